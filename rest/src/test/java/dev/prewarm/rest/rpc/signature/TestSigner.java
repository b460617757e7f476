package dev.prewarm.rest.rpc.signature;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests the way the Alibaba Cloud SDK for Java does, written apart from the production
 * code (URLEncoder plus the SDK's three replacements) so that a shared mistake cannot hide.
 */
final class TestSigner {
    private TestSigner() {}

    static String percentEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** The Authorization header for a V3 request; the query is given decoded, as the SDK holds it. */
    static String acs3Authorization(
            String method, Map<String, String> query, Map<String, String> signedHeaders, byte[] body, String secret)
            throws Exception {
        TreeMap<String, String> headers = new TreeMap<>(signedHeaders);
        String canonicalQuery = new TreeMap<>(query)
                .entrySet().stream()
                        .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                        .collect(Collectors.joining("&"));
        String canonicalHeaders = headers.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().trim() + "\n")
                .collect(Collectors.joining());
        String names = String.join(";", headers.keySet());
        String canonicalRequest = method + "\n/\n" + canonicalQuery + "\n" + canonicalHeaders + "\n" + names + "\n"
                + hex(MessageDigest.getInstance("SHA-256").digest(body));
        String stringToSign = "ACS3-HMAC-SHA256\n"
                + hex(MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        String signature = hex(mac("HmacSHA256", secret, stringToSign));
        return "ACS3-HMAC-SHA256 Credential=" + Vectors.ACCESS_KEY_ID + ",SignedHeaders=" + names + ",Signature="
                + signature;
    }

    /** The Signature parameter of a V2 request over these (decoded) parameters. */
    static String hmacSha1Signature(String method, Map<String, String> parameters, String secret) throws Exception {
        String canonical = new TreeMap<>(parameters)
                .entrySet().stream()
                        .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                        .collect(Collectors.joining("&"));
        String stringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonical);
        return Base64.getEncoder().encodeToString(mac("HmacSHA1", secret + "&", stringToSign));
    }

    static String sha256Hex(byte[] data) throws Exception {
        return hex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private static byte[] mac(String algorithm, String key, String text) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
