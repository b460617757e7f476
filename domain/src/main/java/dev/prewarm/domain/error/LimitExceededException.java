package dev.prewarm.domain.error;

/** A quota of API.md §6 that a request would exceed; carries the limit that applied. */
public final class LimitExceededException extends PrewarmException {
    private final long limit;

    private LimitExceededException(ErrorCode code, long limit) {
        super(code);
        this.limit = limit;
    }

    public static LimitExceededException jobsPerSite(long limit) {
        return new LimitExceededException(ErrorCode.JOB_COUNT_OF_SITE_FULL, limit);
    }

    public static LimitExceededException plansPerJob(long limit) {
        return new LimitExceededException(ErrorCode.EXECUTION_COUNT_OF_JOB_FULL, limit);
    }

    public static LimitExceededException apiRate(long limit) {
        return new LimitExceededException(ErrorCode.TOO_MANY_REQUESTS, limit);
    }

    public long limit() {
        return limit;
    }
}
