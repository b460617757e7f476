package dev.prewarm.application.remotelist;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An {@code InsertWay=oss} list: UTF-8 text, copied unchanged into the spool, so that line numbers,
 * CRLF, a byte-order mark and {@code #} comments reach the intake exactly as the author wrote them.
 * Bytes that are not UTF-8 refuse the whole file, naming the line: replacing them would silently
 * turn a URL into another one, and a binary file named by mistake should be reported as such.
 */
final class PlainTextList {
    private static final int BUFFER = 64 * 1024;

    private PlainTextList() {}

    static void copy(InputStream decoded, Writer spool) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        long newlines = 0;
        boolean end = false;
        while (!end) {
            int n = decoded.read(bytes.array(), bytes.position(), bytes.remaining());
            end = n < 0;
            bytes.position(bytes.position() + Math.max(n, 0)).flip();
            CoderResult result;
            do { // UTF-8 never yields more chars than bytes, so this loops once; the loop keeps it so
                result = utf8.decode(bytes, chars, end);
                newlines += drain(chars, spool);
                if (result.isError()) {
                    throw new RemoteListException(
                            "the file is not UTF-8 text (invalid bytes in line " + (newlines + 1) + ")");
                }
            } while (result.isOverflow());
            if (end) {
                utf8.flush(chars);
                drain(chars, spool);
            }
            bytes.compact();
        }
    }

    /** Writes the decoded characters out and counts their line feeds. */
    private static long drain(CharBuffer chars, Writer spool) throws IOException {
        chars.flip();
        long newlines = 0;
        for (int i = chars.position(); i < chars.limit(); i++) {
            newlines += chars.get(i) == '\n' ? 1 : 0;
        }
        spool.write(chars.array(), chars.position(), chars.remaining());
        chars.clear();
        return newlines;
    }
}
