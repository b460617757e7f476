package dev.prewarm.rest.rpc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Time texts of the wire contract: ISO-8601 UTC to the second ({@code 2026-11-28T12:04:01Z}). */
public final class WireTime {
    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TASK_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private WireTime() {}

    public static String iso(Instant instant) {
        return instant == null ? "" : ISO_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The {@code yyyy-MM-dd HH:mm:ss} (UTC) form DescribePreloadTasks uses. */
    public static String taskTime(Instant instant) {
        return instant == null ? "" : TASK_TIME.format(instant);
    }
}
