package dev.prewarm.rest.rpc;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.rest.rpc.signature.SignatureVerifier;
import dev.prewarm.rest.rpc.signature.SignedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who is calling: the account of the AccessKey whose signature verifies, and nothing else. */
@ApplicationScoped
public class RpcAuthentication {
    @Inject
    SignatureVerifier verifier;

    AccountId authenticate(RpcRequest request) {
        SignedRequest signed = new SignedRequest(
                request.method(), request.rawQuery(), request.headers(), request.body(), request.parameters());
        return verifier.verify(signed).account();
    }
}
