package dev.prewarm.domain.error;

/** An operation the plan's current status does not allow ({@code InvalidExecution.Status}). */
public final class InvalidStatusException extends PrewarmException {
    private final String status;
    private final String allowed;

    public InvalidStatusException(String status, String allowed) {
        super(
                ErrorCode.INVALID_EXECUTION_STATUS,
                ErrorCode.INVALID_EXECUTION_STATUS.codeTemplate(),
                ErrorCode.INVALID_EXECUTION_STATUS.messageTemplate().formatted(status, allowed));
        this.status = status;
        this.allowed = allowed;
    }

    public String status() {
        return status;
    }

    public String allowed() {
        return allowed;
    }
}
