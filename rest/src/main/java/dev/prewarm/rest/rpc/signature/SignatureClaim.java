package dev.prewarm.rest.rpc.signature;

import dev.prewarm.domain.account.SignatureNonces;
import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.RequestRejectedException;

/**
 * What a request claims about its signature, parsed and checked for shape before any key is
 * looked up: the AccessKeyId, the signed time and nonce, and a way to recompute the signature once
 * the secret is known.
 */
sealed interface SignatureClaim permits Acs3Claim, HmacSha1Claim {
    String accessKeyId();

    /** The signed date or timestamp, as sent. */
    String timestamp();

    String nonce();

    /** Recomputes the signature with this secret and compares it in constant time. */
    boolean isSignedWith(String secret);

    /**
     * V3 when the request has an Authorization header, else V2 when it has a Signature parameter.
     *
     * @throws RequestRejectedException {@code IncompleteSignature} when it has neither, or a claim
     *     of the wrong shape; {@code InvalidSignatureMethod} for another algorithm
     */
    static SignatureClaim of(SignedRequest request) {
        if (request.header("authorization") != null) {
            return Acs3Claim.parse(request);
        }
        if (request.parameter("Signature") != null) {
            return HmacSha1Claim.parse(request);
        }
        throw incomplete();
    }

    /** Nonces must fit the nonce table; any visible ASCII is allowed. */
    static String checkedNonce(String nonce) {
        if (nonce == null
                || nonce.isEmpty()
                || nonce.length() > SignatureNonces.MAX_LENGTH
                || !nonce.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw incomplete();
        }
        return nonce;
    }

    static RequestRejectedException incomplete() {
        return new RequestRejectedException(ErrorCode.INCOMPLETE_SIGNATURE);
    }
}
