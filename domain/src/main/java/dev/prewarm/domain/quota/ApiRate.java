package dev.prewarm.domain.quota;

/** The API call rate of one AccessKey (API.md §6): a steady rate per second and the burst on top. */
public record ApiRate(int perSecond, int burst) {
    public ApiRate {
        if (perSecond <= 0 || burst <= 0) {
            throw new IllegalArgumentException(
                    "an API rate needs a positive rate and burst, got " + perSecond + "/s burst " + burst);
        }
    }

    public static ApiRate of(QuotaPolicy policy) {
        return new ApiRate(policy.apiCallsPerSecond(), policy.apiBurst());
    }
}
