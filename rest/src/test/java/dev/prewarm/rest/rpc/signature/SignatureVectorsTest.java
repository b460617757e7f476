package dev.prewarm.rest.rpc.signature;

import static dev.prewarm.rest.rpc.signature.Vectors.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The requests captured from the real SDK (API.md §2) verify, step by step and as a whole. */
class SignatureVectorsTest {
    private final Set<String> nonces = new HashSet<>();

    @Test
    void vectorAHasTheCanonicalRequestTheSdkHashed() throws Exception {
        Acs3Claim claim = (Acs3Claim) SignatureClaim.of(Vectors.a());

        String canonicalRequest = claim.canonicalRequest();

        assertThat(TestSigner.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Vectors.A_CANONICAL_REQUEST_SHA256);
        assertThat(claim.isSignedWith(Vectors.SECRET)).isTrue();
    }

    @Test
    void vectorAVerifiesAndNamesTheKeysAccount() {
        VerifiedCaller caller = verifierAt(Vectors.A_DATE).verify(Vectors.a());

        assertThat(caller.account()).isEqualTo(ACCOUNT);
        assertThat(caller.accessKeyId().value()).isEqualTo("testAk");
        assertThat(nonces).containsExactly("db358325d532efadeb6d1592382929c89eeb57fe503f74e4a9a6ae06ada048ad");
    }

    @Test
    void vectorCHasTheStringToSignTheSdkSigned() {
        HmacSha1Claim claim = (HmacSha1Claim) SignatureClaim.of(Vectors.c());

        assertThat(claim.stringToSign()).isEqualTo(Vectors.C_STRING_TO_SIGN);
    }

    @Test
    void vectorCVerifiesAndNamesTheKeysAccount() {
        VerifiedCaller caller = verifierAt(Vectors.C_DATE).verify(Vectors.c());

        assertThat(caller.account()).isEqualTo(ACCOUNT);
        assertThat(nonces).containsExactly("11bca6a923fcb3b74c444473683b78322daea802e8d13fc5b45b68ff3189aa6f");
    }

    @Test
    void theIndependentTestSignerReproducesVectorsAAndC() throws Exception {
        String authorization = TestSigner.acs3Authorization(
                "POST",
                Vectors.decode(Vectors.A_QUERY),
                Vectors.aSignedHeaders(),
                Vectors.A_BODY.getBytes(StandardCharsets.UTF_8),
                Vectors.SECRET);
        var parameters = new java.util.HashMap<>(Vectors.decode(Vectors.C_QUERY));
        String signature = parameters.remove("Signature");

        assertThat(authorization).isEqualTo(Vectors.aHeaders().get("authorization"));
        assertThat(TestSigner.hmacSha1Signature("POST", parameters, Vectors.SECRET))
                .isEqualTo(signature);
    }

    private SignatureVerifier verifierAt(Instant now) {
        return new SignatureVerifier(
                id -> id.equals(Vectors.KEY.id()) ? Optional.of(Vectors.KEY) : Optional.empty(),
                (nonce, at) -> nonces.add(nonce),
                Vectors.clockAt(now));
    }
}
