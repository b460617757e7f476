package dev.prewarm.domain.error;

/** The object exists but belongs to another account. */
public final class PermissionDeniedException extends PrewarmException {
    private final String objectId;

    public PermissionDeniedException(String objectId) {
        super(ErrorCode.PERMISSION_DENIED);
        this.objectId = objectId;
    }

    public String objectId() {
        return objectId;
    }
}
