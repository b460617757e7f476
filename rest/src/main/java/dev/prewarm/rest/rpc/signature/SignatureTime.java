package dev.prewarm.rest.rpc.signature;

import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.RequestRejectedException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** The signed date ({@code x-acs-date}) or Timestamp of a request and the window it must fall in. */
final class SignatureTime {
    /** Either side of the server clock; nonces are kept exactly as long (RequestNonces.RETENTION). */
    static final Duration WINDOW = Duration.ofMinutes(15);

    // The pattern first: the formatter alone would accept other digit counts and signs of years.
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withResolverStyle(ResolverStyle.STRICT);

    private SignatureTime() {}

    /**
     * @throws RequestRejectedException {@code InvalidTimeStamp.Format} unless it is {@code
     *     yyyy-MM-ddTHH:mm:ssZ} and a real date; {@code InvalidTimeStamp.Expired} when it is more
     *     than {@link #WINDOW} away from {@code now}, in the past or the future
     */
    static Instant checked(String timestamp, Instant now) {
        Instant signedAt = parse(timestamp);
        if (Duration.between(signedAt, now).abs().compareTo(WINDOW) > 0) {
            throw new RequestRejectedException(ErrorCode.TIMESTAMP_EXPIRED);
        }
        return signedAt;
    }

    private static Instant parse(String timestamp) {
        if (timestamp == null || !SHAPE.matcher(timestamp).matches()) {
            throw new RequestRejectedException(ErrorCode.TIMESTAMP_FORMAT);
        }
        try {
            return LocalDateTime.parse(timestamp, FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new RequestRejectedException(ErrorCode.TIMESTAMP_FORMAT);
        }
    }
}
