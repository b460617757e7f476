package dev.prewarm.rest.rpc;

import dev.prewarm.domain.error.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An RPC request as received: method, raw query, lower-cased headers, raw body bytes (read before
 * any form parsing, since the V3 signature hashes them), and the merged query + form parameters.
 */
record RpcRequest(
        String method, String rawQuery, Map<String, String> headers, byte[] body, Map<String, String> parameters) {
    /** Form bodies up to this size: a 16 MiB UrlList, percent-encoded, with room to spare. */
    static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    static RpcRequest read(HttpServletRequest http) throws IOException {
        byte[] body = readBody(http);
        String rawQuery = http.getQueryString() == null ? "" : http.getQueryString();
        Map<String, String> parameters = new LinkedHashMap<>(FormEncoding.parse(rawQuery));
        String contentType = http.getContentType();
        if (contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            parameters.putAll(FormEncoding.parse(new String(body, StandardCharsets.ISO_8859_1)));
        }
        return new RpcRequest(http.getMethod(), rawQuery, headers(http), body, parameters);
    }

    /** The action: header {@code x-acs-action} (V3) or parameter {@code Action} (V2). */
    String action() {
        String header = headers.get("x-acs-action");
        return header != null && !header.isBlank() ? header.strip() : parameters.getOrDefault("Action", "");
    }

    String version() {
        String header = headers.get("x-acs-version");
        return header != null && !header.isBlank() ? header.strip() : parameters.getOrDefault("Version", "");
    }

    private static byte[] readBody(HttpServletRequest http) throws IOException {
        try (InputStream in = http.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new InvalidParameterException(
                        "Body", "the request body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }

    private static Map<String, String> headers(HttpServletRequest http) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(http.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), String.join(",", Collections.list(http.getHeaders(name))));
        }
        return headers;
    }
}
