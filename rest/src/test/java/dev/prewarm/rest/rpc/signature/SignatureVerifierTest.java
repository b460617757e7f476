package dev.prewarm.rest.rpc.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.error.PrewarmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a V3 request can be wrong, starting from vector A, with the exact wire code. */
class SignatureVerifierTest {
    private final VerifierHarness harness = new VerifierHarness();

    @Test
    void aChangedBodyDoesNotMatchItsSignedHash() {
        assertCode(Vectors.v3("POST", Vectors.A_QUERY, Vectors.aHeaders(), Vectors.A_BODY + "x"))
                .isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void aChangedBodyWithItsNewHashDoesNotMatchTheSignature() throws Exception {
        Map<String, String> headers = Vectors.aHeaders();
        headers.put("x-acs-content-sha256", TestSigner.sha256Hex("Executions=%5B%5D".getBytes()));

        assertCode(Vectors.v3("POST", Vectors.A_QUERY, headers, "Executions=%5B%5D"))
                .isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void aChangedQueryDoesNotMatch() {
        assertCode(Vectors.v3("POST", "Id=665d3af3621bccf3fe29e1a5", Vectors.aHeaders(), Vectors.A_BODY))
                .isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void anAddedQueryParameterDoesNotMatch() {
        assertCode(Vectors.v3("POST", Vectors.A_QUERY + "&RegionId=cn", Vectors.aHeaders(), Vectors.A_BODY))
                .isEqualTo("SignatureDoesNotMatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"host", "x-acs-action", "x-acs-version", "content-type", "x-acs-credentials-provider"})
    void aChangedSignedHeaderDoesNotMatch(String header) {
        Map<String, String> headers = Vectors.aHeaders();
        headers.put(header, headers.get(header) + "1");

        assertCode(Vectors.v3("POST", Vectors.A_QUERY, headers, Vectors.A_BODY)).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void anotherMethodDoesNotMatch() {
        assertCode(Vectors.v3("GET", Vectors.A_QUERY, Vectors.aHeaders(), Vectors.A_BODY))
                .isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void anotherSecretDoesNotMatch() {
        harness.key = new SigningKey(harness.key.id(), harness.key.owner(), true, "otherSecret");

        assertCode(Vectors.a()).isEqualTo("SignatureDoesNotMatch");
    }

    @ParameterizedTest
    @ValueSource(ints = {-16, 16})
    void aDateSixteenMinutesFromTheClockHasExpired(int minutes) {
        assertCodeAt(Vectors.a(), Vectors.A_DATE.plus(Duration.ofMinutes(minutes)))
                .isEqualTo("InvalidTimeStamp.Expired");
    }

    @ParameterizedTest
    @ValueSource(ints = {-15, -14, 14, 15})
    void aDateUpToFifteenMinutesFromTheClockIsAccepted(int minutes) {
        VerifiedCaller caller =
                verifierAt(Vectors.A_DATE.plus(Duration.ofMinutes(minutes))).verify(Vectors.a());

        assertThat(caller.account()).isEqualTo(Vectors.ACCOUNT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-28 12:04:01",
                "2026-11-28T12:04:01+00:00",
                "2026-11-28T12:04:01.000Z",
                "2026-02-30T12:04:01Z",
                "2026-11-28T24:04:01Z",
                "1764331441",
                ""
            })
    void aDateInAnotherFormatIsRejectedBeforeTheSignature(String date) {
        Map<String, String> headers = Vectors.aHeaders();
        headers.put("x-acs-date", date);

        assertCode(Vectors.v3("POST", Vectors.A_QUERY, headers, Vectors.A_BODY)).isEqualTo("InvalidTimeStamp.Format");
    }

    @Test
    void aReplayedNonceIsRefusedAfterItsFirstUse() {
        verifierAt(Vectors.A_DATE).verify(Vectors.a());

        assertCode(Vectors.a()).isEqualTo("SignatureNonceUsed");
    }

    @Test
    void aForgedRequestDoesNotUseUpTheNonceOfTheGenuineOne() {
        assertCode(Vectors.v3("GET", Vectors.A_QUERY, Vectors.aHeaders(), Vectors.A_BODY))
                .isEqualTo("SignatureDoesNotMatch");

        assertThat(verifierAt(Vectors.A_DATE).verify(Vectors.a()).account()).isEqualTo(Vectors.ACCOUNT);
    }

    @Test
    void anUnknownKeyIsNotFound() {
        harness.key = new SigningKey(AccessKeyId.of("otherAk"), Vectors.ACCOUNT, true, Vectors.SECRET);

        assertThatThrownBy(() -> verifierAt(Vectors.A_DATE).verify(Vectors.a()))
                .isInstanceOfSatisfying(PrewarmException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidAccessKeyId.NotFound");
                    assertThat(e.httpStatus()).isEqualTo(404);
                });
        assertThat(harness.nonces).isEmpty();
    }

    @Test
    void aCredentialThatCannotBeAnAccessKeyIdIsNotFound() {
        Map<String, String> headers = Vectors.aHeaders();
        headers.put("authorization", headers.get("authorization").replace("Credential=testAk", "Credential=te/st"));

        assertCode(Vectors.v3("POST", Vectors.A_QUERY, headers, Vectors.A_BODY))
                .isEqualTo("InvalidAccessKeyId.NotFound");
    }

    @Test
    void aDisabledKeyIsInactiveAndItsNonceStaysUnused() {
        harness.key = new SigningKey(harness.key.id(), harness.key.owner(), false, Vectors.SECRET);

        assertCode(Vectors.a()).isEqualTo("InvalidAccessKeyId.Inactive");
        assertThat(harness.nonces).isEmpty();
    }

    /** The key's status is only told to a caller who holds its secret. */
    @Test
    void aDisabledKeyWithAWrongSignatureIsAMismatch() {
        harness.key = new SigningKey(harness.key.id(), harness.key.owner(), false, "otherSecret");

        assertCode(Vectors.a()).isEqualTo("SignatureDoesNotMatch");
    }

    private AbstractStringAssert<?> assertCode(SignedRequest request) {
        return harness.assertCode(request, Vectors.A_DATE);
    }

    private AbstractStringAssert<?> assertCodeAt(SignedRequest request, Instant now) {
        return harness.assertCode(request, now);
    }

    private SignatureVerifier verifierAt(Instant now) {
        return harness.at(now);
    }
}
