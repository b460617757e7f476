package dev.prewarm.domain.error;

import java.util.Objects;

/**
 * The one unchecked root of every domain error. Each instance resolves to exactly one API error
 * code, HTTP status and message, so the edges (RPC, REST, UI) never have to guess.
 */
public abstract class PrewarmException extends RuntimeException {
    private final ErrorCode errorCode;
    private final String code;

    protected PrewarmException(ErrorCode errorCode, String code, String message) {
        super(Objects.requireNonNull(message));
        this.errorCode = Objects.requireNonNull(errorCode);
        this.code = Objects.requireNonNull(code);
    }

    protected PrewarmException(ErrorCode errorCode) {
        this(errorCode, errorCode.codeTemplate(), errorCode.messageTemplate());
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The wire code, e.g. {@code InvalidParameter.Interval}. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return errorCode.httpStatus();
    }
}
