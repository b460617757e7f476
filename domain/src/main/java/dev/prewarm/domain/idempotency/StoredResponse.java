package dev.prewarm.domain.idempotency;

import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.RequestRejectedException;
import java.util.Objects;

/** The successful response of the first call with a ClientToken, and what it was called with. */
public record StoredResponse(ParameterFingerprint fingerprint, String body) {
    public StoredResponse {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(body, "body");
    }

    /** The body to answer a repeated call with, if it carries the same parameters as the first. */
    public String replayFor(ParameterFingerprint repeated) {
        if (!fingerprint.equals(repeated)) {
            throw new RequestRejectedException(ErrorCode.IDEMPOTENT_PARAMETER_MISMATCH);
        }
        return body;
    }
}
