package dev.prewarm.application.remotelist;

import dev.prewarm.domain.url.PreloadUrl;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;

/**
 * The limits of one remote list as it is read: bytes on the wire and after unpacking are counted
 * across all of its documents, and each stream fails as soon as a count passes its cap, so a
 * larger file is never read further than one buffer past the limit.
 */
final class TransferBudget {
    private final ListLimits limits;
    private final Clock clock;
    private final Instant deadline;
    private long fileBytes;
    private long decodedBytes;
    private int documents;

    TransferBudget(ListLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.deadline = clock.instant().plus(limits.timeLimit());
    }

    Instant deadline() {
        return deadline;
    }

    boolean deadlinePassed() {
        return !clock.instant().isBefore(deadline);
    }

    String timeLimitReason() {
        return "the download took longer than the limit of "
                + limits.timeLimit().toSeconds() + " s";
    }

    /** Counts a document about to be fetched; fails past the document cap or the deadline. */
    void startDocument(PreloadUrl url) throws RemoteListException {
        if (++documents > limits.maxDocuments()) {
            throw new RemoteListException(
                    "the sitemaps list more than " + limits.maxDocuments() + " documents (at " + url + ")");
        }
        if (deadlinePassed()) {
            throw new RemoteListException(timeLimitReason());
        }
    }

    /** Fails at once when the server announces a body that cannot fit. */
    void ensureRoomFor(long announcedLength) throws RemoteListException {
        if (announcedLength > limits.fileBytes() - fileBytes) {
            throw tooLarge(fileBytes + announcedLength);
        }
    }

    InputStream countingFileBytes(InputStream in) {
        return new Counting(in, true);
    }

    InputStream countingDecodedBytes(InputStream in) {
        return new Counting(in, false);
    }

    private RemoteListException tooLarge(long bytes) {
        return new RemoteListException("the file is larger than the limit of " + limits.fileBytes() + " bytes" + " ("
                + bytes + " bytes or more)");
    }

    private void add(long n, boolean onTheWire) throws RemoteListException {
        if (onTheWire) {
            fileBytes += n;
            if (fileBytes > limits.fileBytes()) {
                throw tooLarge(fileBytes);
            }
        } else {
            decodedBytes += n;
            if (decodedBytes > limits.decodedBytes()) {
                throw new RemoteListException(
                        "the file unpacks to more than the limit of " + limits.decodedBytes() + " bytes");
            }
        }
    }

    private final class Counting extends FilterInputStream {
        private final boolean onTheWire;

        Counting(InputStream in, boolean onTheWire) {
            super(in);
            this.onTheWire = onTheWire;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1, onTheWire);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n, onTheWire);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped, onTheWire);
            return skipped;
        }
    }
}
