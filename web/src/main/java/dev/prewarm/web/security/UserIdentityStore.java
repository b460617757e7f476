package dev.prewarm.web.security;

import dev.prewarm.application.user.UserAuthentication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Users and their PBKDF2 hashes from the database; the user's role is their one group. */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {
    @Inject
    UserAuthentication authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authentication
                .authenticate(login.getCaller(), login.getPasswordAsString())
                .map(user -> new CredentialValidationResult(
                        user.username().value(), Set.of(user.role().wireName())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
