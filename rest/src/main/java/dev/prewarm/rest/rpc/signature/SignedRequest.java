package dev.prewarm.rest.rpc.signature;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A request as the signature sees it. Both signature versions sign the wire form, so the query
 * stays raw, exactly as received (V3 re-canonicalises it; decoding and re-encoding loses what the
 * client left unescaped), and the body stays the raw bytes, read before any form parsing.
 *
 * @param method the HTTP method as received, e.g. {@code POST}
 * @param rawQuery the query string without {@code ?}, undecoded; empty when there is none
 * @param headers one value per header name (several values joined with {@code ,}); names are
 *     lower-cased here
 * @param body the raw body bytes, empty when there is none; not copied, so not to be changed
 * @param parameters the decoded query and form-body parameters merged, which V2 signs
 */
public record SignedRequest(
        String method, String rawQuery, Map<String, String> headers, byte[] body, Map<String, String> parameters) {
    public SignedRequest {
        Objects.requireNonNull(method, "method");
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = lowerCaseNames(Objects.requireNonNull(headers, "headers"));
        body = body == null ? new byte[0] : body;
        parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    }

    /** The header's value, or {@code null} when the request has none. */
    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    /** The parameter's decoded value, or {@code null} when the request has none. */
    public String parameter(String name) {
        return parameters.get(name);
    }

    private static Map<String, String> lowerCaseNames(Map<String, String> headers) {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        return Map.copyOf(lower);
    }
}
