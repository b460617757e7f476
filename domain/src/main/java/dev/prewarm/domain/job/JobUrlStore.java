package dev.prewarm.domain.job;

import java.util.List;

/**
 * Storage port for the URL lists of jobs: written while the list is ingested (streamed, in
 * batches, never whole in memory) and read back a slice at a time by position.
 */
public interface JobUrlStore {
    /** A writer for a new job's accepted URLs; close it to flush the last batch. */
    Writer acceptedWriter(JobId job);

    /** A writer for a new job's rejected lines; close it to flush the last batch. */
    RejectedWriter rejectedWriter(JobId job);

    /** The accepted URLs at positions [range.from, range.to), in order. */
    List<PositionedUrl> slice(JobId job, UrlRange range);

    /** Rejected lines in line order, a page at a time. */
    List<RejectedLine> rejectedLines(JobId job, long offset, int limit);

    interface Writer extends AcceptedUrlSink, AutoCloseable {
        @Override
        void close();
    }

    interface RejectedWriter extends RejectedLineSink, AutoCloseable {
        @Override
        void close();
    }

    record PositionedUrl(long position, String url) {}

    record RejectedLine(long lineNumber, String text, String reason, String detail) {}
}
