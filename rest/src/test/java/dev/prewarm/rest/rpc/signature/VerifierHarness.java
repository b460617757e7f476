package dev.prewarm.rest.rpc.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.prewarm.domain.error.PrewarmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractStringAssert;

/** A verifier over one key and an in-memory nonce set, both open to the test. */
final class VerifierHarness {
    final Set<String> nonces = new HashSet<>();
    SigningKey key = Vectors.KEY;

    SignatureVerifier at(Instant now) {
        return new SignatureVerifier(
                id -> id.equals(key.id()) ? Optional.of(key) : Optional.empty(),
                (nonce, signedAt) -> nonces.add(nonce),
                Vectors.clockAt(now));
    }

    /** Asserts the request is refused at {@code now} and gives the wire code to assert on. */
    AbstractStringAssert<?> assertCode(SignedRequest request, Instant now) {
        Throwable thrown = catchThrowable(() -> at(now).verify(request));
        assertThat(thrown).isInstanceOf(PrewarmException.class);
        return assertThat(((PrewarmException) thrown).code());
    }
}
