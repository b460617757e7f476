package dev.prewarm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Node test files of src/test/node (the official ESA SDK as a client) against a deployment
 * and fails with their output unless all pass. Output goes to a file so the timeout holds even if
 * node hangs.
 */
final class NodeSuite {
    private static final Path DIR = Path.of("src/test/node");

    private NodeSuite() {}

    static String run(URL server, Map<String, String> environment, long timeoutSeconds, String... files)
            throws Exception {
        if (!Files.isDirectory(DIR.resolve("node_modules/@alicloud/esa20240910"))) {
            throw new IllegalStateException("The ESA SDK is not installed: run scripts/test.sh, or"
                    + " 'npm ci' in it/src/test/node (needs Node.js and npm).");
        }
        Path log = Files.createTempFile("node-suite", ".log");
        List<String> command = new ArrayList<>(List.of("node", "--test", "--test-reporter=spec"));
        command.addAll(List.of(files));
        ProcessBuilder node = new ProcessBuilder(command)
                .directory(DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("ESA_ENDPOINT", server.getHost() + ":" + server.getPort());
        node.environment().putAll(environment);
        Process process = node.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "the Node suite did not finish in " + timeoutSeconds + " s:\n" + output);
        assertEquals(0, process.exitValue(), "the Node suite failed:\n" + output);
        return output;
    }
}
