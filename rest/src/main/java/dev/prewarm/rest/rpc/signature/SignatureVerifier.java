package dev.prewarm.rest.rpc.signature;

import dev.prewarm.application.account.AccessKeys;
import dev.prewarm.application.account.RequestNonces;
import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.error.RequestRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Verifies the AccessKey signature of an RPC request (API.md §2) and says who signed it. The
 * checks run in this order, each failing with its own code:
 *
 * <ol>
 *   <li>signature material: an Authorization header (V3) or a Signature parameter (V2), else
 *       {@code IncompleteSignature};
 *   <li>its shape: the algorithm or SignatureMethod ({@code InvalidSignatureMethod}), a well-formed
 *       Authorization signing every required header that is present, the V2 parameters, a nonce of
 *       1–128 visible ASCII characters ({@code IncompleteSignature}); for V3 the body against
 *       {@code x-acs-content-sha256} ({@code SignatureDoesNotMatch});
 *   <li>the signed time: format ({@code InvalidTimeStamp.Format}), ±15 minutes of the clock ({@code
 *       InvalidTimeStamp.Expired});
 *   <li>the AccessKeyId: unknown or not a possible id ({@code InvalidAccessKeyId.NotFound});
 *   <li>the signature itself ({@code SignatureDoesNotMatch});
 *   <li>the key enabled ({@code InvalidAccessKeyId.Inactive});
 *   <li>the nonce unused on any instance ({@code SignatureNonceUsed}).
 * </ol>
 *
 * Steps 1–3 need no database, so junk and stale requests cost nothing. A key's status is only
 * told to whoever proves they hold its secret, and the nonce is recorded last, so traffic that is
 * not validly signed by an enabled key can never use up a nonce.
 */
@ApplicationScoped
public class SignatureVerifier {
    private final Function<AccessKeyId, Optional<SigningKey>> keys;
    private final NonceRegistry nonces;
    private final Clock clock;

    protected SignatureVerifier() {
        // for the CDI proxy, which delegates every call and never uses these
        this((Function<AccessKeyId, Optional<SigningKey>>) null, null, null);
    }

    @Inject
    SignatureVerifier(AccessKeys accessKeys, RequestNonces requestNonces, Clock clock) {
        this(id -> accessKeys.forSignature(id).map(SigningKey::of), requestNonces::firstUse, clock);
    }

    public SignatureVerifier(Function<AccessKeyId, Optional<SigningKey>> keys, NonceRegistry nonces, Clock clock) {
        this.keys = keys;
        this.nonces = nonces;
        this.clock = clock;
    }

    /**
     * @return the account and key that signed the request
     * @throws RequestRejectedException for the signature codes of API.md §7, in the order described
     *     on the class
     * @throws NotFoundException {@code InvalidAccessKeyId.NotFound}
     */
    public VerifiedCaller verify(SignedRequest request) {
        SignatureClaim claim = SignatureClaim.of(request);
        Instant signedAt = SignatureTime.checked(claim.timestamp(), clock.instant());
        SigningKey key = keyOf(claim.accessKeyId());
        if (!claim.isSignedWith(key.secret())) {
            throw new RequestRejectedException(ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        }
        if (!key.enabled()) {
            throw new RequestRejectedException(ErrorCode.ACCESS_KEY_INACTIVE);
        }
        if (!nonces.firstUse(claim.nonce(), signedAt)) {
            throw new RequestRejectedException(ErrorCode.SIGNATURE_NONCE_USED);
        }
        return new VerifiedCaller(key.owner(), key.id());
    }

    private SigningKey keyOf(String accessKeyId) {
        AccessKeyId id;
        try {
            id = AccessKeyId.of(accessKeyId);
        } catch (InvalidParameterException notAnId) {
            // No key can have this id; the caller learns only that it does not exist.
            throw NotFoundException.accessKey(accessKeyId);
        }
        return keys.apply(id).orElseThrow(() -> NotFoundException.accessKey(accessKeyId));
    }
}
