package dev.prewarm.domain.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlLinesTest {

    @Test
    void splitsOnLfCrLfAndLoneCr() {
        assertThat(UrlLines.split("a\nb\r\nc\rd")).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aFinalTerminatorAddsNoEmptyLineButInnerEmptyLinesCount() {
        assertThat(UrlLines.split("a\n\n\r\nb\n")).containsExactly("a", "", "", "b");
        assertThat(UrlLines.split("\r\n")).containsExactly("");
        assertThat(UrlLines.split("")).isEmpty();
    }

    @Test
    void dropsALeadingByteOrderMarkOnly() {
        assertThat(UrlLines.split("\uFEFFa\n\uFEFFb")).containsExactly("a", "\uFEFFb");
    }

    @Test
    void cutsOverlongLinesAndFlagsThem() {
        List<String> flags = new ArrayList<>();
        UrlLines.forEach(
                new StringReader("x".repeat(UrlLines.MAX_LINE_CHARS + 5) + "\nshort"),
                (text, truncated) -> flags.add(text.length() + ":" + truncated));

        assertThat(flags).containsExactly(UrlLines.MAX_LINE_CHARS + ":true", "5:false");
    }
}
