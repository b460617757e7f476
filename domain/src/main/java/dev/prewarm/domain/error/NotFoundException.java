package dev.prewarm.domain.error;

/** An object of valid id shape that does not exist (for this installation). */
public final class NotFoundException extends PrewarmException {
    private final String id;

    private NotFoundException(ErrorCode code, String id) {
        super(code);
        this.id = id;
    }

    public static NotFoundException job(String id) {
        return new NotFoundException(ErrorCode.JOB_NOT_FOUND, id);
    }

    public static NotFoundException execution(String id) {
        return new NotFoundException(ErrorCode.EXECUTION_NOT_FOUND, id);
    }

    public static NotFoundException site(String id) {
        return new NotFoundException(ErrorCode.SITE_NOT_FOUND, id);
    }

    public static NotFoundException log(String id) {
        return new NotFoundException(ErrorCode.LOG_NOT_FOUND, id);
    }

    public static NotFoundException api(String action) {
        return new NotFoundException(ErrorCode.API_NOT_FOUND, action);
    }

    public static NotFoundException accessKey(String id) {
        return new NotFoundException(ErrorCode.ACCESS_KEY_NOT_FOUND, id);
    }

    /** The id (or action name) that was looked for. */
    public String id() {
        return id;
    }
}
