package dev.prewarm.rest.rpc.signature;

import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.account.AccountId;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The test vectors of API.md §2, captured from the real SDK, as requests to tamper with. */
final class Vectors {
    static final String ACCESS_KEY_ID = "testAk";
    static final String SECRET = "testSecret";
    static final AccountId ACCOUNT = AccountId.of("1234567890123456");
    static final SigningKey KEY = new SigningKey(AccessKeyId.of(ACCESS_KEY_ID), ACCOUNT, true, SECRET);

    static final Instant A_DATE = Instant.parse("2026-11-28T12:04:01Z");
    static final String A_QUERY = "Id=665d3af3621bccf3fe29e1a4";
    static final String A_BODY = "Executions=%5B%7B%22EndTime%22%3A%222024-06-04T02%3A02%3A09Z%22%2C%22Interval%22"
            + "%3A30%2C%22SliceLen%22%3A10%2C%22StartTime%22%3A%222024-06-03T16%3A00%3A00Z%22%7D%5D";
    static final String A_SIGNED_HEADERS = "content-type;host;x-acs-action;x-acs-content-sha256;"
            + "x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version";
    static final String A_SIGNATURE = "658c4f1a9cd531e69407c83fc6a92494e9b995d826d40c2964ceffa7ffc05021";
    static final String A_CANONICAL_REQUEST_SHA256 = "a2a6383d46fce5b82bb170887b40316a5ca4bd04678bbd9389468d8008c109e8";

    static final Instant C_DATE = Instant.parse("2026-11-28T12:04:11Z");
    static final String C_QUERY = "Action=DeleteScheduledPreloadJob&Format=json&Version=2024-09-10"
            + "&Timestamp=2026-11-28T12%3A04%3A11Z"
            + "&SignatureNonce=11bca6a923fcb3b74c444473683b78322daea802e8d13fc5b45b68ff3189aa6f&Id=j1"
            + "&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&AccessKeyId=testAk"
            + "&Signature=T2HiG2%2BDUlVxguSmQXURoQLZ8nU%3D";
    static final String C_STRING_TO_SIGN = "POST&%2F&AccessKeyId%3DtestAk%26Action%3DDeleteScheduledPreloadJob"
            + "%26Format%3Djson%26Id%3Dj1%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce"
            + "%3D11bca6a923fcb3b74c444473683b78322daea802e8d13fc5b45b68ff3189aa6f%26SignatureVersion%3D1.0"
            + "%26Timestamp%3D2026-11-28T12%253A04%253A11Z%26Version%3D2024-09-10";

    private Vectors() {}

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** Vector A's headers, Authorization included; a mutable copy to tamper with. */
    static Map<String, String> aHeaders() {
        Map<String, String> headers = new LinkedHashMap<>(aSignedHeaders());
        headers.put(
                "authorization",
                "ACS3-HMAC-SHA256 Credential=testAk,SignedHeaders=" + A_SIGNED_HEADERS + ",Signature=" + A_SIGNATURE);
        return headers;
    }

    static Map<String, String> aSignedHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "127.0.0.1:8080");
        headers.put("x-acs-version", "2024-09-10");
        headers.put("x-acs-action", "CreateScheduledPreloadExecutions");
        headers.put("x-acs-date", "2026-11-28T12:04:01Z");
        headers.put("x-acs-signature-nonce", "db358325d532efadeb6d1592382929c89eeb57fe503f74e4a9a6ae06ada048ad");
        headers.put("content-type", "application/x-www-form-urlencoded");
        headers.put("x-acs-credentials-provider", "static_ak");
        headers.put("x-acs-content-sha256", "1de200f638c757f7f784f41e5593fc38c50152f5998a0f5b523c76b8d55f858a");
        return headers;
    }

    static SignedRequest a() {
        return v3("POST", A_QUERY, aHeaders(), A_BODY);
    }

    static SignedRequest v3(String method, String rawQuery, Map<String, String> headers, String body) {
        Map<String, String> parameters = new HashMap<>(decode(rawQuery));
        parameters.putAll(decode(body));
        return new SignedRequest(method, rawQuery, headers, body.getBytes(StandardCharsets.UTF_8), parameters);
    }

    static SignedRequest c() {
        return v2("POST", C_QUERY);
    }

    static SignedRequest v2(String method, String rawQuery) {
        return new SignedRequest(method, rawQuery, Map.of("host", "127.0.0.1:8080"), new byte[0], decode(rawQuery));
    }

    /** Form decoding as a servlet container does it, for the merged parameters. */
    static Map<String, String> decode(String form) {
        Map<String, String> decoded = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                decoded.put(
                        URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return decoded;
    }
}
