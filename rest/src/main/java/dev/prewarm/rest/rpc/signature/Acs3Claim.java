package dev.prewarm.rest.rpc.signature;

import static dev.prewarm.rest.rpc.signature.SignatureClaim.incomplete;

import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.RequestRejectedException;
import java.nio.charset.StandardCharsets;

/** A V3 ({@code ACS3-HMAC-SHA256}) signature, API.md §2. */
record Acs3Claim(SignedRequest request, Acs3Authorization authorization, String hashedPayload)
        implements SignatureClaim {

    /**
     * Checks the shape (see {@link Acs3Authorization#parse}; every signed header present) and that
     * the body is the one whose hash was signed, which needs no key.
     *
     * @throws RequestRejectedException {@code SignatureDoesNotMatch} when the body's SHA-256 is not
     *     {@code x-acs-content-sha256}
     */
    static Acs3Claim parse(SignedRequest request) {
        Acs3Authorization authorization = Acs3Authorization.parse(request.header("authorization"));
        if (!authorization.signedHeaders().stream().allMatch(name -> request.header(name) != null)) {
            throw incomplete();
        }
        SignatureClaim.checkedNonce(request.header("x-acs-signature-nonce"));
        String hashedPayload = SignatureDigests.sha256Hex(request.body());
        if (!SignatureDigests.same(hashedPayload, request.header("x-acs-content-sha256"))) {
            throw new RequestRejectedException(ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        }
        return new Acs3Claim(request, authorization, hashedPayload);
    }

    @Override
    public String accessKeyId() {
        return authorization.accessKeyId();
    }

    @Override
    public String timestamp() {
        return request.header("x-acs-date");
    }

    @Override
    public String nonce() {
        return request.header("x-acs-signature-nonce");
    }

    @Override
    public boolean isSignedWith(String secret) {
        String stringToSign = Acs3Authorization.ALGORITHM + "\n"
                + SignatureDigests.sha256Hex(canonicalRequest().getBytes(StandardCharsets.UTF_8));
        return SignatureDigests.same(SignatureDigests.hmacSha256Hex(secret, stringToSign), authorization.signature());
    }

    /** Only the canonical URI {@code /} exists: every RPC call goes to the web root. */
    String canonicalRequest() {
        StringBuilder headers = new StringBuilder();
        for (String name : authorization.signedHeaders()) {
            headers.append(name)
                    .append(':')
                    .append(request.header(name).strip())
                    .append('\n');
        }
        return request.method() + "\n/\n"
                + CanonicalQuery.of(request.rawQuery()) + "\n"
                + headers + "\n"
                + String.join(";", authorization.signedHeaders()) + "\n"
                + hashedPayload;
    }
}
