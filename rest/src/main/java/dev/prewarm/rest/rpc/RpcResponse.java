package dev.prewarm.rest.rpc;

import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.PrewarmException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two body shapes of the contract: a flat success object that always carries RequestId, and
 * the error envelope (RequestId, HostId, Code, Message, Recommend) that never holds internals.
 */
public final class RpcResponse {
    private static final Jsonb JSON = JsonbBuilder.create();

    private RpcResponse() {}

    public static String success(String requestId, Map<String, Object> body) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("RequestId", requestId);
        out.putAll(body);
        return JSON.toJson(out);
    }

    public static String error(String requestId, String hostId, PrewarmException error) {
        return envelope(requestId, hostId, error.code(), error.getMessage());
    }

    public static String internalError(String requestId, String hostId) {
        return envelope(
                requestId, hostId, ErrorCode.INTERNAL_ERROR.codeTemplate(), ErrorCode.INTERNAL_ERROR.messageTemplate());
    }

    private static String envelope(String requestId, String hostId, String code, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("RequestId", requestId);
        out.put("HostId", hostId);
        out.put("Code", code);
        out.put("Message", message);
        out.put("Recommend", "");
        return JSON.toJson(out);
    }
}
