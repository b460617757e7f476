package dev.prewarm.domain.plan;

import dev.prewarm.domain.error.InvalidParameterException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A StartTime or EndTime: the instant plus the UTC offset the client wrote it in, because the
 * contract echoes times "in the offset the client used" (API.md §3). The wire has seconds
 * precision, so the instant is truncated to whole seconds: what is stored is what is echoed, and
 * every schedule slot falls on a whole second.
 */
public record PlanTime(Instant instant, ZoneOffset offset) {
    private static final int MAX_YEAR = 9999;
    private static final DateTimeFormatter ECHO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            new DateTimeFormatterBuilder()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .appendOffset("+HHMM", "Z")
                    .toFormatter());

    public PlanTime {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(offset, "offset");
        instant = instant.truncatedTo(ChronoUnit.SECONDS);
    }

    public static PlanTime utc(Instant instant) {
        return new PlanTime(instant, ZoneOffset.UTC);
    }

    public static PlanTime of(OffsetDateTime time) {
        return new PlanTime(time.toInstant(), time.getOffset());
    }

    /**
     * Parses ISO-8601 with {@code Z}, {@code ±HH:MM} or {@code ±HHMM}, with or without fractional
     * seconds. A time without an offset is rejected, never guessed (API.md §4).
     */
    public static PlanTime parse(String parameter, String text) {
        if (text != null) {
            for (DateTimeFormatter format : ACCEPTED) {
                OffsetDateTime parsed;
                try {
                    parsed = OffsetDateTime.parse(text.strip(), format);
                } catch (DateTimeParseException e) {
                    continue; // try the next accepted form
                }
                // ISO-8601 lets a sign widen the year ("+99999-01-01T00:00:00Z"); no plan runs then.
                if (parsed.getYear() < 1 || parsed.getYear() > MAX_YEAR) {
                    throw new InvalidParameterException(
                            parameter, "must have a year from 1 to " + MAX_YEAR + ", got '" + text + "'");
                }
                return of(parsed);
            }
        }
        throw new InvalidParameterException(
                parameter, "must be ISO-8601 with an offset (Z, +HH:MM or +HHMM), got '" + text + "'");
    }

    /** Same point in time, written in this time's offset: used when StartTime becomes "now". */
    public PlanTime at(Instant other) {
        return new PlanTime(other, offset);
    }

    public OffsetDateTime toOffsetDateTime() {
        return instant.atOffset(offset);
    }

    /** The wire text: {@code yyyy-MM-ddTHH:mm:ss±HH:MM}, or {@code Z} for UTC. */
    public String echo() {
        return ECHO.format(toOffsetDateTime());
    }

    public boolean isBefore(PlanTime other) {
        return instant.isBefore(other.instant);
    }

    @Override
    public String toString() {
        return echo();
    }
}
