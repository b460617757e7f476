package dev.prewarm.application.preload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority made for one test run with the JDK's keytool: its certificate as PEM (what
 * an operator would put in {@code prewarm.tls.extra-ca-file}) and PKCS#12 key stores of servers it
 * signed, for {@link TlsOrigin}. Test-only keys in a temporary directory.
 */
public final class TestCa {
    public static final String PASSWORD = "changeit";
    private final Path dir;
    private final Path keyStore;
    private final Path certificatePem;

    private TestCa(Path dir) {
        this.dir = dir;
        this.keyStore = dir.resolve("ca.p12");
        this.certificatePem = dir.resolve("ca.pem");
    }

    /** A new CA, "CN=name", in a new temporary directory. */
    public static TestCa create(String name) throws IOException, InterruptedException {
        TestCa ca = new TestCa(Files.createTempDirectory("test-ca"));
        keytool(
                "-genkeypair",
                "-alias",
                "ca",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=" + name,
                "-ext",
                "bc:c",
                "-validity",
                "2",
                "-keystore",
                ca.keyStore.toString(),
                "-storepass",
                PASSWORD);
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "ca",
                "-keystore",
                ca.keyStore.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                ca.certificatePem.toString());
        return ca;
    }

    public Path certificatePem() {
        return certificatePem;
    }

    /** A PKCS#12 key store (password {@link #PASSWORD}) with a key and a certificate this CA issued for the DNS names. */
    public Path serverKeyStore(String name, String... dnsNames) throws IOException, InterruptedException {
        Path store = dir.resolve(name + ".p12");
        Path request = dir.resolve(name + ".csr");
        Path certificate = dir.resolve(name + ".pem");
        keytool(
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=" + dnsNames[0],
                "-validity",
                "2",
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD);
        keytool(
                "-certreq",
                "-alias",
                "server",
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                request.toString());
        keytool(
                "-gencert",
                "-alias",
                "ca",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                PASSWORD,
                "-infile",
                request.toString(),
                "-outfile",
                certificate.toString(),
                "-rfc",
                "-validity",
                "2",
                "-ext",
                "san="
                        + String.join(
                                ",",
                                List.of(dnsNames).stream()
                                        .map(dns -> "dns:" + dns)
                                        .toList()),
                "-ext",
                "eku=serverAuth");
        // The CA first, so that the signed certificate's chain can be built when it replaces the self-signed one.
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "ca",
                "-file",
                certificatePem.toString(),
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD);
        keytool(
                "-importcert",
                "-alias",
                "server",
                "-file",
                certificate.toString(),
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD);
        return store;
    }

    /** A PKCS#12 key store (password {@link #PASSWORD}) with a self-signed certificate for the DNS name: trusted by no one. */
    public static Path selfSignedKeyStore(String dnsName) throws IOException, InterruptedException {
        Path store = Files.createTempDirectory("self-signed").resolve(dnsName + ".p12");
        keytool(
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=" + dnsName,
                "-ext",
                "san=dns:" + dnsName,
                "-validity",
                "2",
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD);
        return store;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", arguments) + " failed:\n" + output);
        }
    }
}
