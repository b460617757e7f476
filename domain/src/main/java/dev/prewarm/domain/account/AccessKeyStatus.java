package dev.prewarm.domain.account;

/** Whether requests signed with an AccessKey are accepted. */
public enum AccessKeyStatus {
    ENABLED("enabled"),
    DISABLED("disabled");

    private final String wireName;

    AccessKeyStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
