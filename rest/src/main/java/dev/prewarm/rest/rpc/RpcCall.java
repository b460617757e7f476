package dev.prewarm.rest.rpc;

import dev.prewarm.domain.account.AccountId;

/**
 * One authenticated RPC call: the account learnt from the verified AccessKey, the parameters, and
 * the base URL of this server (for links such as {@code FailedFileOss}).
 */
public record RpcCall(AccountId account, RpcParameters parameters, String baseUrl) {}
