package dev.prewarm.rest.rpc;

import dev.prewarm.application.account.AccessKeys;
import dev.prewarm.rest.rpc.signature.SignatureVerifier;
import dev.prewarm.rest.rpc.signature.SignedRequest;
import dev.prewarm.rest.rpc.signature.VerifiedCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Who is calling: the AccessKey whose signature verifies and its account, and nothing else. */
@ApplicationScoped
public class RpcAuthentication {
    private static final Logger LOG = Logger.getLogger(RpcAuthentication.class.getName());

    @Inject
    SignatureVerifier verifier;

    @Inject
    AccessKeys accessKeys;

    VerifiedCaller authenticate(RpcRequest request) {
        SignedRequest signed = new SignedRequest(
                request.method(), request.rawQuery(), request.headers(), request.body(), request.parameters());
        VerifiedCaller caller = verifier.verify(signed);
        noteUse(caller);
        return caller;
    }

    /** Best effort: a lost race with a concurrent request of the same key must not fail this one. */
    private void noteUse(VerifiedCaller caller) {
        try {
            accessKeys.noteUse(caller.accessKeyId());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not record the use of " + caller.accessKeyId(), e);
        }
    }
}
