package dev.prewarm.domain.url;

/** Why a submitted URL line was not accepted into a job; the wire names are those of the contract. */
public enum RejectionReason {
    INVALID_URL("InvalidUrl"),
    INVALID_DOMAIN("InvalidDomain"),
    QUOTA_EXCESS("QuotaExcess"),
    DUPLICATE("Duplicate");

    private final String wireName;

    RejectionReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
