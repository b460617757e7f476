package dev.prewarm.rest.rpc;

import dev.prewarm.rest.rpc.signature.SignatureVerifier;
import dev.prewarm.rest.rpc.signature.SignedRequest;
import dev.prewarm.rest.rpc.signature.VerifiedCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who is calling: the AccessKey whose signature verifies and its account, and nothing else. */
@ApplicationScoped
public class RpcAuthentication {
    @Inject
    SignatureVerifier verifier;

    VerifiedCaller authenticate(RpcRequest request) {
        SignedRequest signed = new SignedRequest(
                request.method(), request.rawQuery(), request.headers(), request.body(), request.parameters());
        return verifier.verify(signed);
    }
}
