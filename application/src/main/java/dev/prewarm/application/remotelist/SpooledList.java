package dev.prewarm.application.remotelist;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A downloaded list unpacked into a local temporary file of URL lines (UTF-8), ready for the job
 * intake to stream; the file is deleted on close. Its size is bounded by the unpacked-size limit.
 */
public final class SpooledList implements AutoCloseable {
    private final Path file;
    private final BufferedWriter writer;

    private SpooledList(Path file) throws IOException {
        this.file = file;
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    static SpooledList create() throws IOException {
        return new SpooledList(Files.createTempFile("prewarm-list-", ".txt"));
    }

    Writer writer() {
        return writer;
    }

    void finish() throws IOException {
        writer.close();
    }

    /** The URL lines, one per line, as the intake takes them. */
    public BufferedReader reader() {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the spooled list " + file, e);
        }
    }

    public long bytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException ignored) {
            // the file goes away next; nothing of it is needed
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("deleting the spooled list " + file, e);
        }
    }
}
