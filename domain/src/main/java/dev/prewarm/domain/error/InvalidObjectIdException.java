package dev.prewarm.domain.error;

/** A job or execution id that does not have the shape of one (24 lowercase hex characters). */
public final class InvalidObjectIdException extends PrewarmException {
    private final String value;

    public InvalidObjectIdException(String value) {
        super(ErrorCode.INVALID_OBJECT_ID);
        this.value = value;
    }

    public String value() {
        return value;
    }
}
