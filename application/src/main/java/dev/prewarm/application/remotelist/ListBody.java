package dev.prewarm.application.remotelist;

import dev.prewarm.application.preload.Download;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The bytes of a list as its author wrote them. First the HTTP {@code Content-Encoding} is undone
 * (only gzip is asked for and accepted), then the body itself is gunzipped when it starts with the
 * gzip magic bytes — the magic decides, not the file name, since servers label {@code .gz} files in
 * every way. A server that claims gzip ({@code Content-Encoding: gzip}, or {@code Content-Type:
 * application/gzip} on an unencoded body) for bytes that are not gzip is refused, as is corrupt or
 * truncated gzip. Bytes on the wire and after unpacking are counted against the budget.
 */
final class ListBody {
    private static final int BUFFER = 64 * 1024;
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private ListBody() {}

    static InputStream open(Download download, TransferBudget budget) throws IOException {
        budget.ensureRoomFor(download.contentLength());
        return decode(
                budget.countingFileBytes(download.body()),
                download.header("Content-Encoding"),
                download.header("Content-Type"),
                budget);
    }

    static InputStream decode(
            InputStream wire, Optional<String> contentEncoding, Optional<String> contentType, TransferBudget budget)
            throws IOException {
        String encoding = contentEncoding.map(ListBody::token).orElse("");
        boolean encoded = switch (encoding) {
            case "", "identity" -> false;
            case "gzip", "x-gzip" -> true;
            default ->
                throw new RemoteListException("the server sent Content-Encoding '"
                        + contentEncoding.get().strip() + "'; only gzip is supported");
        };
        InputStream in = new BufferedInputStream(wire, BUFFER);
        if (encoded) {
            in = new BufferedInputStream(
                    gunzip(in, "the server says Content-Encoding: gzip but the body is not gzip"), BUFFER);
        }
        if (startsWithGzipMagic(in)) {
            in = gunzip(in, "not gzip");
        } else if (!encoded
                && contentType.map(ListBody::token).filter(ListBody::isGzipType).isPresent()) {
            throw new RemoteListException(
                    "the server says Content-Type: " + contentType.get().strip() + " but the file is not gzip");
        }
        return budget.countingDecodedBytes(in);
    }

    private static InputStream gunzip(InputStream in, String notGzipReason) throws IOException {
        if (!startsWithGzipMagic(in)) {
            throw new RemoteListException(notGzipReason);
        }
        try {
            return new GzipFailures(new GZIPInputStream(in, BUFFER));
        } catch (ZipException | EOFException e) {
            throw corrupt(e);
        }
    }

    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        byte[] head = in.readNBytes(2);
        in.reset();
        return head.length == 2 && (head[0] & 0xff) == GZIP_MAGIC_1 && (head[1] & 0xff) == GZIP_MAGIC_2;
    }

    private static boolean isGzipType(String mediaType) {
        return mediaType.equals("application/gzip") || mediaType.equals("application/x-gzip");
    }

    /** A header value's first token, lower case: {@code "Application/GZIP; q=1"} → {@code application/gzip}. */
    private static String token(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(0, semicolon) : value).strip().toLowerCase(Locale.ROOT);
    }

    private static RemoteListException corrupt(IOException e) {
        return new RemoteListException("the gzip data is corrupt or cut short (" + e.getMessage() + ")", e);
    }

    /** Reports broken gzip as such; other failures (size limits, a dropped connection) pass unchanged. */
    private static final class GzipFailures extends FilterInputStream {
        GzipFailures(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ZipException | EOFException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (ZipException | EOFException e) {
                throw corrupt(e);
            }
        }
    }
}
