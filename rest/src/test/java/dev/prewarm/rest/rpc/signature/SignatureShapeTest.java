package dev.prewarm.rest.rpc.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests whose signature is missing, malformed or of another method; and V2 tampering. */
class SignatureShapeTest {
    private final VerifierHarness harness = new VerifierHarness();

    @Test
    void aRequestWithoutAnySignatureIsIncomplete() {
        Map<String, String> headers = Vectors.aHeaders();
        headers.remove("authorization");

        assertCode(Vectors.v3("POST", Vectors.A_QUERY, headers, Vectors.A_BODY)).isEqualTo("IncompleteSignature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACS3-HMAC-SM3", "ACS3-HMAC-SHA1", "HMAC-SHA1", "Bearer", "acs3-hmac-sha256"})
    void anotherAlgorithmIsAnInvalidMethod(String algorithm) {
        assertCode(withAuthorization(Vectors.aHeaders().get("authorization").replace("ACS3-HMAC-SHA256", algorithm)))
                .isEqualTo("InvalidSignatureMethod");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ACS3-HMAC-SHA256",
                "ACS3-HMAC-SHA256 ",
                "ACS3-HMAC-SHA256 Credential=testAk",
                "ACS3-HMAC-SHA256 Credential=testAk,SignedHeaders=host",
                "ACS3-HMAC-SHA256 Credential=,SignedHeaders=%s,Signature=%s",
                "ACS3-HMAC-SHA256 Credential=testAk;SignedHeaders=%s;Signature=%s",
                "ACS3-HMAC-SHA256 Credential=testAk,SignedHeaders=%s,Signature=%s,Signature=%2$s",
                "ACS3-HMAC-SHA256 Credential=testAk,SignedHeaders=%s,Signature=%s,Region=cn",
                "ACS3-HMAC-SHA256 Credential=testAk,SignedHeaders=%s;;,Signature=%s"
            })
    void aMalformedAuthorizationIsIncomplete(String template) {
        String authorization = template.formatted(Vectors.A_SIGNED_HEADERS, Vectors.A_SIGNATURE);

        assertCode(withAuthorization(authorization)).isEqualTo("IncompleteSignature");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "host",
                "x-acs-action",
                "x-acs-content-sha256",
                "x-acs-date",
                "x-acs-signature-nonce",
                "x-acs-version"
            })
    void aRequiredHeaderLeftOutOfTheSignatureMakesItIncomplete(String header) throws Exception {
        Map<String, String> signed = Vectors.aSignedHeaders();
        signed.remove(header);
        byte[] body = Vectors.A_BODY.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Vectors.aHeaders();
        headers.put(
                "authorization",
                TestSigner.acs3Authorization("POST", Vectors.decode(Vectors.A_QUERY), signed, body, Vectors.SECRET));

        assertCode(Vectors.v3("POST", Vectors.A_QUERY, headers, Vectors.A_BODY)).isEqualTo("IncompleteSignature");
    }

    @Test
    void aSignedHeaderMissingFromTheRequestMakesItIncomplete() {
        Map<String, String> headers = Vectors.aHeaders();
        headers.remove("x-acs-credentials-provider");

        assertCode(Vectors.v3("POST", Vectors.A_QUERY, headers, Vectors.A_BODY)).isEqualTo("IncompleteSignature");
    }

    @Test
    void aNonceTooLongToStoreIsIncomplete() throws Exception {
        Map<String, String> signed = Vectors.aSignedHeaders();
        signed.put("x-acs-signature-nonce", "n".repeat(129));
        Map<String, String> headers = new HashMap<>(signed);
        headers.put(
                "authorization",
                TestSigner.acs3Authorization(
                        "POST",
                        Vectors.decode(Vectors.A_QUERY),
                        signed,
                        Vectors.A_BODY.getBytes(StandardCharsets.UTF_8),
                        Vectors.SECRET));

        assertCode(Vectors.v3("POST", Vectors.A_QUERY, headers, Vectors.A_BODY)).isEqualTo("IncompleteSignature");
    }

    @Test
    void aFreshlySignedRequestWithAnotherQueryVerifies() throws Exception {
        String query = "Content=" + "%5B%22http%3A%2F%2Fa.com%2Fx%20y*(1)!%22%5D" + "&Id=665d3af3621bccf3fe29e1a4";
        Map<String, String> headers = Vectors.aSignedHeaders();
        headers.put(
                "authorization",
                TestSigner.acs3Authorization(
                        "POST",
                        Vectors.decode(query),
                        Vectors.aSignedHeaders(),
                        Vectors.A_BODY.getBytes(StandardCharsets.UTF_8),
                        Vectors.SECRET));

        VerifiedCaller caller = harness.at(Vectors.A_DATE).verify(Vectors.v3("POST", query, headers, Vectors.A_BODY));

        assertThat(caller.account()).isEqualTo(Vectors.ACCOUNT);
    }

    @Test
    void aV2RequestWithAChangedParameterDoesNotMatch() {
        assertV2Code(Vectors.C_QUERY.replace("Id=j1", "Id=j2")).isEqualTo("SignatureDoesNotMatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HMAC-SHA256", "hmac-sha1", ""})
    void aV2RequestWithAnotherSignatureMethodIsInvalid(String method) {
        String query = Vectors.C_QUERY.replace("SignatureMethod=HMAC-SHA1", "SignatureMethod=" + method);

        assertV2Code(query).isEqualTo(method.isEmpty() ? "IncompleteSignature" : "InvalidSignatureMethod");
    }

    @ParameterizedTest
    @ValueSource(strings = {"&AccessKeyId=testAk", "&Timestamp=2026-11-28T12%3A04%3A11Z", "&SignatureVersion=1.0"})
    void aV2RequestMissingASignatureParameterIsIncomplete(String parameter) {
        assertV2Code(Vectors.C_QUERY.replace(parameter, "")).isEqualTo("IncompleteSignature");
    }

    @Test
    void aV2RequestWithoutANonceIsIncomplete() {
        String query = Vectors.C_QUERY.replaceAll("&SignatureNonce=[0-9a-f]+", "");

        assertV2Code(query).isEqualTo("IncompleteSignature");
    }

    @Test
    void aV2TimestampSixteenMinutesOldHasExpiredAndItsNonceCannotBeReplayed() {
        harness.assertCode(Vectors.c(), Vectors.C_DATE.plus(Duration.ofMinutes(16)))
                .isEqualTo("InvalidTimeStamp.Expired");

        harness.at(Vectors.C_DATE.plus(Duration.ofMinutes(14))).verify(Vectors.c());
        harness.assertCode(Vectors.c(), Vectors.C_DATE).isEqualTo("SignatureNonceUsed");
    }

    private AbstractStringAssert<?> assertV2Code(String query) {
        return harness.assertCode(Vectors.v2("POST", query), Vectors.C_DATE);
    }

    private AbstractStringAssert<?> assertCode(SignedRequest request) {
        return harness.assertCode(request, Vectors.A_DATE);
    }

    private static SignedRequest withAuthorization(String authorization) {
        Map<String, String> headers = Vectors.aHeaders();
        headers.put("authorization", authorization);
        return Vectors.v3("POST", Vectors.A_QUERY, headers, Vectors.A_BODY);
    }
}
