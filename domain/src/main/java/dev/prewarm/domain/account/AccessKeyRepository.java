package dev.prewarm.domain.account;

import java.util.List;
import java.util.Optional;

/**
 * Storage port for AccessKey pairs. {@link #findForSignature} is the one unscoped lookup: a request
 * names only its AccessKeyId, and the account is learnt from the key it resolves to.
 */
public interface AccessKeyRepository {
    Optional<AccessKey> findForSignature(AccessKeyId id);

    List<AccessKey> list(AccountId owner);

    void add(AccessKey key);

    void remove(AccessKey key);
}
