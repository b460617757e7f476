package dev.prewarm.domain.error;

/** A URL list of which not one line was accepted; the message gives the counts by reason. */
public final class NoValidUrlException extends PrewarmException {
    private final String countsByReason;

    public NoValidUrlException(String countsByReason) {
        super(
                ErrorCode.NO_VALID_URL,
                ErrorCode.NO_VALID_URL.codeTemplate(),
                ErrorCode.NO_VALID_URL.messageTemplate().formatted(countsByReason));
        this.countsByReason = countsByReason;
    }

    public String countsByReason() {
        return countsByReason;
    }
}
