package dev.prewarm.rest.rpc;

import java.util.Map;
import java.util.function.Function;

/**
 * A family of actions of the ESA-compatible API (jobs, plans, ...). Implementations are CDI beans;
 * each maps action names to handlers whose result is the response body without RequestId, in key
 * order.
 */
public interface RpcActions {
    Map<String, Function<RpcCall, Map<String, Object>>> actions();
}
