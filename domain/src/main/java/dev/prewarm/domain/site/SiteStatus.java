package dev.prewarm.domain.site;

import dev.prewarm.domain.error.InvalidParameterException;
import java.util.Arrays;

/** Whether plans may run on a site: only {@code active} ones are warmed. */
public enum SiteStatus {
    PENDING("pending"),
    ACTIVE("active"),
    OFFLINE("offline");

    private final String wireName;

    SiteStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static SiteStatus parse(String text) {
        return Arrays.stream(values())
                .filter(status -> status.wireName.equals(text))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException(
                        "Status", "must be pending, active or offline, got '" + text + "'"));
    }
}
