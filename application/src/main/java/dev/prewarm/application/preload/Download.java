package dev.prewarm.application.preload;

import dev.prewarm.domain.url.PreloadUrl;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BooleanSupplier;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;

/**
 * An open 2xx response of {@link Downloader}: the URL it finally came from, its headers and its
 * body exactly as sent (no decompression). Close it when done: a body not read to its end is
 * dropped with its connection rather than drained.
 */
public final class Download implements AutoCloseable {
    private final PreloadUrl url;
    private final HttpGet request;
    private final ClassicHttpResponse response;
    private final ScheduledFuture<?> deadlineTimer;
    private final BooleanSupplier deadlinePassed;
    private final InputStream body;

    Download(
            PreloadUrl url,
            HttpGet request,
            ClassicHttpResponse response,
            ScheduledFuture<?> deadlineTimer,
            BooleanSupplier deadlinePassed)
            throws IOException {
        this.url = url;
        this.request = request;
        this.response = response;
        this.deadlineTimer = deadlineTimer;
        this.deadlinePassed = deadlinePassed;
        InputStream content = response.getEntity() == null
                ? InputStream.nullInputStream()
                : response.getEntity().getContent();
        this.body = new DeadlineAware(content);
    }

    /** Where the body came from, after redirects. */
    public PreloadUrl url() {
        return url;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(response.getFirstHeader(name)).map(Header::getValue);
    }

    /** -1 when the server did not say. */
    public long contentLength() {
        return response.getEntity() == null ? 0 : response.getEntity().getContentLength();
    }

    /** The body as sent; a read that the deadline cut off throws {@link DownloadException}. */
    public InputStream body() {
        return body;
    }

    @Override
    public void close() {
        deadlineTimer.cancel(false);
        request.cancel(); // never drain the rest of a body nobody wants into the pool
        try {
            response.close();
        } catch (IOException | RuntimeException ignored) {
            // the connection is already discarded; nothing to tell the caller
        }
    }

    /** Reports a read cut off by the deadline as such; closed early, it drops the connection instead of draining it. */
    private final class DeadlineAware extends FilterInputStream {
        private boolean ended;

        DeadlineAware(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                ended = b < 0;
                return b;
            } catch (IOException e) {
                throw translated(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = super.read(b, off, len);
                ended = n < 0;
                return n;
            } catch (IOException e) {
                throw translated(e);
            }
        }

        @Override
        public void close() {
            if (!ended) {
                request.cancel();
            }
            try {
                super.close();
            } catch (IOException ignored) {
                // after a cancel the stream may complain; the connection is gone either way
            }
        }

        private IOException translated(IOException e) {
            if (deadlinePassed.getAsBoolean()) {
                return new DownloadException("the download of " + url + " ran past the time limit", e);
            }
            return e;
        }
    }
}
