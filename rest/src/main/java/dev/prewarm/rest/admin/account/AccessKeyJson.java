package dev.prewarm.rest.admin.account;

import dev.prewarm.domain.account.AccessKey;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** An AccessKey without its secret, which is shown only once, at issue ({@link IssuedAccessKeyJson}). */
public record AccessKeyJson(
        String accessKeyId,
        String status,
        Instant createdAt,
        @JsonbNillable Instant lastUsedAt) {
    public static AccessKeyJson from(AccessKey key) {
        return new AccessKeyJson(
                key.id().value(),
                key.status().wireName(),
                key.createdAt().truncatedTo(ChronoUnit.MILLIS),
                key.lastUsedAt().map(at -> at.truncatedTo(ChronoUnit.MILLIS)).orElse(null));
    }
}
