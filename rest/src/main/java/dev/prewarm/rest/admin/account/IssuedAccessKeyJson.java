package dev.prewarm.rest.admin.account;

import dev.prewarm.application.account.AccessKeys.IssuedAccessKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A freshly issued AccessKey: the one response that carries the secret. */
public record IssuedAccessKeyJson(String accessKeyId, String accessKeySecret, String status, Instant createdAt) {
    public static IssuedAccessKeyJson from(IssuedAccessKey issued) {
        return new IssuedAccessKeyJson(
                issued.key().id().value(),
                issued.secret().value(),
                issued.key().status().wireName(),
                issued.key().createdAt().truncatedTo(ChronoUnit.MILLIS));
    }
}
