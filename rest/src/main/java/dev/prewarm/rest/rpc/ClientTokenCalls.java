package dev.prewarm.rest.rpc;

import dev.prewarm.application.idempotency.ClientTokens;
import dev.prewarm.domain.idempotency.ClientToken;
import dev.prewarm.domain.idempotency.IdempotencyKey;
import dev.prewarm.domain.idempotency.ParameterFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code ClientToken} of the create actions: with a token, the action runs once and repeats
 * with the same parameters get the first response body again (under their own new RequestId, which
 * names the request, not the result). Without a token the action simply runs. The first call's
 * body also goes through the stored JSON text, so first answer and replays are the same bytes.
 */
@ApplicationScoped
public class ClientTokenCalls {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ClientTokens tokens;

    /**
     * @param meaningful the parameters that decide what the action does; signature, nonce,
     *     timestamp and the token itself are never among them
     */
    public Map<String, Object> once(
            String action, RpcCall call, Collection<String> meaningful, Function<RpcCall, Map<String, Object>> work) {
        Optional<String> token = call.parameters().optional("ClientToken");
        if (token.isEmpty()) {
            return work.apply(call);
        }
        IdempotencyKey key = new IdempotencyKey(call.account(), action, ClientToken.of(token.get()));
        ParameterFingerprint fingerprint =
                ParameterFingerprint.of(call.parameters().asMap(), meaningful);
        String body = tokens.once(key, fingerprint, () -> JSON.toJson(work.apply(call)));
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return object(reader.readObject());
        }
    }

    // Plain maps and lists in the stored key order, for RpcResponse to write like any other body.
    private static Map<String, Object> object(JsonObject json) {
        Map<String, Object> out = new LinkedHashMap<>();
        json.forEach((name, value) -> out.put(name, plain(value)));
        return out;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> object(value.asJsonObject());
            case ARRAY -> array(value.asJsonArray());
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static List<Object> array(JsonArray json) {
        List<Object> out = new ArrayList<>(json.size());
        json.forEach(value -> out.add(plain(value)));
        return out;
    }

    private static Object number(JsonNumber number) {
        return number.isIntegral() ? number.bigIntegerValue() : number.bigDecimalValue();
    }
}
