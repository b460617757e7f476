package dev.prewarm.rest.rpc.signature;

import static dev.prewarm.rest.rpc.signature.SignatureClaim.incomplete;

import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.RequestRejectedException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A V2 (HMAC-SHA1) signature: everything, the signature included, travels in the parameters. */
record HmacSha1Claim(SignedRequest request) implements SignatureClaim {
    private static final String METHOD = "HMAC-SHA1";
    private static final String VERSION = "1.0";

    /**
     * @throws RequestRejectedException {@code InvalidSignatureMethod} when SignatureMethod is not
     *     HMAC-SHA1; {@code IncompleteSignature} when a signature parameter is missing or
     *     SignatureVersion is not 1.0
     */
    static HmacSha1Claim parse(SignedRequest request) {
        boolean complete = Stream.of("Signature", "SignatureMethod", "Timestamp", "AccessKeyId")
                .allMatch(name -> request.parameter(name) != null
                        && !request.parameter(name).isBlank());
        if (!complete) {
            throw incomplete();
        }
        if (!METHOD.equals(request.parameter("SignatureMethod"))) {
            throw new RequestRejectedException(ErrorCode.INVALID_SIGNATURE_METHOD);
        }
        if (!VERSION.equals(request.parameter("SignatureVersion"))) {
            throw incomplete();
        }
        SignatureClaim.checkedNonce(request.parameter("SignatureNonce"));
        return new HmacSha1Claim(request);
    }

    @Override
    public String accessKeyId() {
        return request.parameter("AccessKeyId");
    }

    @Override
    public String timestamp() {
        return request.parameter("Timestamp");
    }

    @Override
    public String nonce() {
        return request.parameter("SignatureNonce");
    }

    @Override
    public boolean isSignedWith(String secret) {
        String expected = SignatureDigests.hmacSha1Base64(secret + "&", stringToSign());
        return SignatureDigests.same(expected, request.parameter("Signature"));
    }

    /** Every query and form parameter but Signature, sorted by name as the SDK does. */
    String stringToSign() {
        Map<String, String> signed = new TreeMap<>(request.parameters());
        signed.remove("Signature");
        String canonical = signed.entrySet().stream()
                .map(entry -> Rfc3986.encode(entry.getKey()) + "=" + Rfc3986.encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return request.method() + "&" + Rfc3986.encode("/") + "&" + Rfc3986.encode(canonical);
    }
}
