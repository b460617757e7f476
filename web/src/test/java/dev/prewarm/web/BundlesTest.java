package dev.prewarm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English and Chinese bundles have the same keys, and every key a page or a view uses exists. */
class BundlesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/dev/prewarm/web");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    // Keys passed as literals to UiMessages (text, error, info, note) by the page beans.
    private static final Pattern JAVA_KEY =
            Pattern.compile("(?:text|error|info|note)\\((?:[^;\"]*?, )?\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9_.]+)\"");

    @Test
    void messageBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_zh_CN.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void validationBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("validation_zh_CN.properties")).isEqualTo(keys("validation.properties"));
    }

    @Test
    void everyKeyUsedByAPageExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path page : PageTextTest.pages()) {
            collect(PAGE_KEY, Files.readString(page), used);
        }
        used.removeIf(key -> key.endsWith("."));
        assertThat(keys("messages.properties")).containsAll(used);
    }

    @Test
    void everyKeyUsedByAViewExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(JAVA_KEY, Files.readString(source), used);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys("messages.properties")).containsAll(used);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
