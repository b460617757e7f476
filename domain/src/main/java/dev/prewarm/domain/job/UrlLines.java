package dev.prewarm.domain.job;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a URL list into lines without holding more than one line: {@code \n}, {@code \r\n} and a
 * lone {@code \r} each end a line; a final terminator does not add an empty line; a leading UTF-8
 * byte-order mark (as Windows editors write) is dropped.
 *
 * <p>A line longer than {@value #MAX_LINE_CHARS} characters is cut there and flagged, so that a
 * 256 MiB file without a newline cannot exhaust memory; no valid URL is anywhere near that long.
 */
public final class UrlLines {
    public static final int MAX_LINE_CHARS = 64 * 1024;

    /** Receives each line in order. */
    @FunctionalInterface
    public interface LineHandler {
        /** @param truncated the line was longer than {@link #MAX_LINE_CHARS}; {@code text} is its beginning */
        void line(String text, boolean truncated);
    }

    private UrlLines() {}

    /** For small texts (tests, a text box); a large list should go through {@link #forEach}. */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        forEach(new StringReader(text), (line, truncated) -> lines.add(line));
        return lines;
    }

    public static void forEach(Reader reader, LineHandler handler) {
        try {
            read(reader, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(Reader reader, LineHandler handler) throws IOException {
        Splitter splitter = new Splitter(handler);
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            for (int i = 0; i < n; i++) {
                splitter.feed(buffer[i]);
            }
        }
        splitter.finish();
    }

    private static final class Splitter {
        private final LineHandler handler;
        private final StringBuilder line = new StringBuilder();
        private boolean truncated;
        private boolean afterCr;
        private boolean first = true;

        Splitter(LineHandler handler) {
            this.handler = handler;
        }

        void feed(char c) {
            boolean byteOrderMark = first && c == '\uFEFF';
            first = false;
            if (byteOrderMark || (c == '\n' && afterCr)) {
                afterCr = false;
                return;
            }
            afterCr = c == '\r';
            if (c == '\n' || c == '\r') {
                emit();
            } else if (line.length() < MAX_LINE_CHARS) {
                line.append(c);
            } else {
                truncated = true;
            }
        }

        void finish() {
            if (!line.isEmpty() || truncated) {
                emit();
            }
        }

        private void emit() {
            handler.line(line.toString(), truncated);
            line.setLength(0);
            truncated = false;
        }
    }
}
