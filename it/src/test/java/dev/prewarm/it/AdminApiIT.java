package dev.prewarm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin REST API over HTTP, as a provisioning script uses it: every endpoint's happy path,
 * authentication, and bad input answered with problem+json while nothing changes. Each test opens
 * its own account, so the tests do not depend on each other's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminApiIT {
    private static final String ADMIN = "admin:it-admin-password";
    private static final String PROBLEM = "application/problem+json";

    private final HttpClient http = HttpClient.newHttpClient();
    private URI api;

    @ArquillianResource
    URL base;

    @Deployment
    static WebArchive realWar() {
        return RealWar.archive();
    }

    @BeforeEach
    void resolveApi() throws Exception {
        api = base.toURI().resolve("/api/v1/admin/");
    }

    @Test
    void accountsAreOpenedWithAGeneratedOrAGivenIdAndListed() throws Exception {
        Reply generated = call("POST", "accounts", "{\"name\":\"Launch team\"}");
        assertEquals(201, generated.status(), generated.body());
        String id = generated.json().getString("id");
        assertTrue(id.matches("[1-9][0-9]{15}"), id);
        assertEquals("Launch team", generated.json().getString("name"));
        assertTrue(generated.json().getBoolean("enabled"));
        assertTrue(generated.json().getString("createdAt").endsWith("Z"), generated.body());
        assertTrue(generated.header("Location").endsWith("/api/v1/admin/accounts/" + id));

        Reply given = call("POST", "accounts", "{\"id\":\"4242\",\"name\":\"Given\"}");
        assertEquals(201, given.status(), given.body());
        assertEquals("4242", given.json().getString("id"));

        List<String> listed = ids(call("GET", "accounts", null).array(), "id");
        assertTrue(listed.containsAll(List.of(id, "4242")), listed.toString());

        assertProblem(call("POST", "accounts", "{\"id\":\"4242\",\"name\":\"Again\"}"), 400, "InvalidParameter.AliUid");
    }

    @Test
    void aQuotaIsReadReplacedAndRejectedWithoutChange() throws Exception {
        String account = newAccount();
        Reply defaults = call("GET", "accounts/" + account + "/quota", null);
        assertEquals(200, defaults.status(), defaults.body());
        assertEquals(100, defaults.json().getInt("jobsPerSite"));
        assertEquals(50, defaults.json().getInt("apiCallsPerSecond"));

        Reply set =
                call("PUT", "accounts/" + account + "/quota", "{\"jobsPerSite\":5,\"apiBurst\":7,\"maxSliceLen\":500}");
        assertEquals(200, set.status(), set.body());
        assertEquals(5, set.json().getInt("jobsPerSite"));
        assertEquals(7, set.json().getInt("apiBurst"));
        assertEquals(500, set.json().getInt("maxSliceLen"));
        assertEquals(1_000_000, set.json().getInt("urlsPerJob"));

        assertProblem(
                call("PUT", "accounts/" + account + "/quota", "{\"jobsPerSite\":0}"), 400, "InvalidParameter.Quota");
        assertProblem(
                call("PUT", "accounts/" + account + "/quota", "{\"minSliceLen\":600,\"maxSliceLen\":500}"),
                400,
                "InvalidParameter.Quota");
        assertProblem(
                call("PUT", "accounts/" + account + "/quota", "{\"apiBurst\":\"many\"}"),
                400,
                "InvalidParameter.ApiBurst");
        assertProblem(
                call("PUT", "accounts/" + account + "/quota", "{\"jobsPerSit\":3}"), 400, "InvalidParameter.Body");
        assertEquals(
                set.json(), call("GET", "accounts/" + account + "/quota", null).json());
    }

    @Test
    void anAccessKeyIsIssuedOnceListedWithoutSecretDisabledEnabledAndDeleted() throws Exception {
        String account = newAccount();
        String keys = "accounts/" + account + "/access-keys";
        Reply issued = call("POST", keys, null);
        assertEquals(201, issued.status(), issued.body());
        String keyId = issued.json().getString("accessKeyId");
        assertTrue(keyId.matches("LTAI[A-Za-z0-9]{20}"), keyId);
        assertTrue(issued.json().getString("accessKeySecret").matches("[A-Za-z0-9]{30}"));
        assertEquals("enabled", issued.json().getString("status"));

        JsonObject listed = call("GET", keys, null).array().getJsonObject(0);
        assertEquals(keyId, listed.getString("accessKeyId"));
        assertFalse(listed.containsKey("accessKeySecret"), listed.toString());
        assertTrue(listed.isNull("lastUsedAt"), listed.toString());

        assertEquals(
                "disabled",
                call("POST", keys + "/" + keyId + "/disable", null).json().getString("status"));
        assertEquals(
                "disabled", call("GET", keys, null).array().getJsonObject(0).getString("status"));
        assertEquals(
                "enabled",
                call("POST", keys + "/" + keyId + "/enable", null).json().getString("status"));

        assertEquals(204, call("DELETE", keys + "/" + keyId, null).status());
        assertEquals(0, call("GET", keys, null).array().size());
        assertProblem(call("DELETE", keys + "/" + keyId, null), 404, "InvalidAccessKeyId.NotFound");
    }

    @Test
    void aSiteIsRegisteredWithItsProfileReadAndPatched() throws Exception {
        String sites = "accounts/" + newAccount() + "/sites";
        Reply created = call("POST", sites, """
                {"name": "shop", "domains": ["WWW.Example.com", "*.cdn.example.com"], "status": "active",
                 "profile": {"edgeTargets": ["http://127.0.0.1:8081"],
                             "variants": [{"name": "gzip", "headers": {"Accept-Encoding": "gzip"}},
                                          {"name": "br", "headers": {"Accept-Encoding": "br"}}],
                             "userAgent": "Prewarm-IT", "connectTimeoutMs": 2000, "readTimeoutMs": 9000,
                             "maxBodyBytes": 1048576, "concurrency": 8, "requestsPerSecond": 20,
                             "followRedirects": true}}
                """);
        assertEquals(201, created.status(), created.body());
        JsonObject site = created.json();
        long siteId = site.getJsonNumber("siteId").longValueExact();
        assertEquals(List.of("www.example.com", "*.cdn.example.com"), strings(site.getJsonArray("domains")));
        assertEquals("active", site.getString("status"));
        JsonObject profile = site.getJsonObject("profile");
        assertEquals(List.of("http://127.0.0.1:8081"), strings(profile.getJsonArray("edgeTargets")));
        assertEquals("br", profile.getJsonArray("variants").getJsonObject(1).getString("name"));
        assertEquals(2000, profile.getInt("connectTimeoutMs"));
        assertEquals(20, profile.getInt("requestsPerSecond"));
        assertTrue(profile.getBoolean("followRedirects"));

        assertEquals(site, call("GET", sites + "/" + siteId, null).json());
        assertEquals(
                List.of(siteId),
                call("GET", sites, null).array().stream()
                        .map(v -> v.asJsonObject().getJsonNumber("siteId").longValueExact())
                        .toList());

        Reply patched = call(
                "PATCH",
                sites + "/" + siteId,
                "{\"name\":\"shop-2\",\"status\":\"offline\",\"profile\":{\"concurrency\":4,\"requestsPerSecond\":null}}");
        assertEquals(200, patched.status(), patched.body());
        assertEquals("shop-2", patched.json().getString("name"));
        assertEquals("offline", patched.json().getString("status"));
        JsonObject merged = patched.json().getJsonObject("profile");
        assertEquals(4, merged.getInt("concurrency"));
        assertTrue(merged.isNull("requestsPerSecond"), merged.toString());
        assertEquals(profile.get("edgeTargets"), merged.get("edgeTargets"));
        assertEquals(profile.get("variants"), merged.get("variants"));

        // The name is valid but the status is not: the whole PATCH is refused, the name included.
        assertProblem(
                call("PATCH", sites + "/" + siteId, "{\"name\":\"shop-3\",\"status\":\"pending\"}"),
                400,
                "InvalidParameter.Status");
        // null means "no cap" for the rate only; elsewhere it would be silently kept as it was.
        assertProblem(call("PATCH", sites + "/" + siteId, "{\"name\":null}"), 400, "InvalidParameter.Name");
        assertProblem(
                call("PATCH", sites + "/" + siteId, "{\"profile\":{\"edgeTargets\":null}}"),
                400,
                "InvalidParameter.EdgeTargets");
        assertEquals(patched.json(), call("GET", sites + "/" + siteId, null).json());
    }

    @Test
    void badSiteBodiesAreProblemsThatCreateNothing() throws Exception {
        String sites = "accounts/" + newAccount() + "/sites";
        Map<String, String> codeByBody = Map.of(
                "{\"name\":\"s\",\"domains\":[\"bad domain.com\"]}", "InvalidParameter.Domains",
                "{\"name\":\"s\",\"domains\":[\"*.com\"]}", "InvalidParameter.Domains",
                "{\"name\":\"s\",\"domains\":[\"a.example.com\"],\"status\":\"paused\"}", "InvalidParameter.Status",
                "{\"name\":\"s\",\"domains\":[\"a.example.com\"],\"profile\":{\"edgeTargets\":[\"ftp://10.0.0.1\"]}}",
                        "InvalidParameter.EdgeTargets",
                "{\"name\":\"s\",\"domains\":[\"a.example.com\"],\"profile\":{\"concurrency\":\"lots\"}}",
                        "InvalidParameter.Concurrency",
                "{\"name\":\"s\",\"domains\":\"a.example.com\"}", "InvalidParameter.Domains",
                "{\"name\":\"s\"}", "MissingDomains",
                "{\"name\":\"s\",\"domains\":[\"a.example.com\"", "InvalidParameter.Body",
                "[1, 2]", "InvalidParameter.Body");
        for (Map.Entry<String, String> bad : codeByBody.entrySet()) {
            assertProblem(call("POST", sites, bad.getKey()), 400, bad.getValue());
        }
        assertEquals(0, call("GET", sites, null).array().size());
        assertProblem(call("GET", sites + "/999999999", null), 404, "InvalidSite.NotFound");
        assertProblem(call("GET", sites + "/abc", null), 400, "InvalidParameter.SiteId");
    }

    @Test
    void unknownOrMalformedAccountsAreProblems() throws Exception {
        assertProblem(call("GET", "accounts/99999999999999999999/sites", null), 400, "InvalidParameter.AliUid");
        assertProblem(call("POST", "accounts/99999999999999999999/access-keys", null), 400, "InvalidParameter.AliUid");
        assertProblem(call("GET", "accounts/99999999999999999999/quota", null), 400, "InvalidParameter.AliUid");
        assertProblem(call("GET", "accounts/not-a-number/access-keys", null), 400, "InvalidParameter.AliUid");
        assertProblem(
                call("POST", "accounts/99999999999999999999/sites", "{\"name\":\"s\",\"domains\":[\"a.example.com\"]}"),
                400,
                "InvalidParameter.AliUid");
    }

    @Test
    void anOperatorIsMadeOnlyWhenAskedForByRoleAndAMemberNeedsItsAccount() throws Exception {
        String account = call("POST", "accounts", "{\"name\":\"Users\"}").json().getString("id");
        int before = call("GET", "users", null).array().size();

        // Forgetting accountId must not make an operator of the account's user.
        assertProblem(
                call("POST", "users", "{\"username\":\"forgot\",\"password\":\"pw-1234567890\"}"),
                400,
                "MissingAccountId");
        assertProblem(
                call("POST", "users", "{\"username\":\"odd\",\"password\":\"pw-1234567890\",\"role\":\"root\"}"),
                400,
                "InvalidParameter.Role");
        assertProblem(
                call(
                        "POST",
                        "users",
                        "{\"username\":\"both\",\"password\":\"pw-1234567890\",\"role\":\"admin\",\"accountId\":\""
                                + account + "\"}"),
                400,
                "InvalidParameter.AccountId");
        assertEquals(before, call("GET", "users", null).array().size());

        Reply member = call(
                "POST",
                "users",
                "{\"username\":\"member\",\"password\":\"pw-1234567890\",\"accountId\":\"" + account + "\"}");
        assertEquals(201, member.status(), member.body());
        assertEquals("user", member.json().getString("role"));
        assertEquals(account, member.json().getString("accountId"));
        Reply operator =
                call("POST", "users", "{\"username\":\"operator2\",\"password\":\"pw-1234567890\",\"role\":\"admin\"}");
        assertEquals(201, operator.status(), operator.body());
        assertEquals("admin", operator.json().getString("role"));
    }

    @Test
    void malformedJsonOpensNoAccount() throws Exception {
        int before = call("GET", "accounts", null).array().size();
        Reply reply = call("POST", "accounts", "{\"name\": \"half");
        assertProblem(reply, 400, "InvalidParameter.Body");
        assertEquals("Body", reply.json().getString("parameter"));
        assertProblem(call("POST", "accounts", "{\"name\": 42}"), 400, "InvalidParameter.Name");
        assertProblem(call("POST", "accounts", "{}"), 400, "MissingName");
        assertEquals(before, call("GET", "accounts", null).array().size());
    }

    @Test
    void withoutValidAdminCredentialsTheAnswerIs401AndNothingChanges() throws Exception {
        int before = call("GET", "accounts", null).array().size();
        for (String credentials : new String[] {null, "admin:wrong-password", "nobody:it-admin-password", "garbage"}) {
            Reply reply = send("POST", "accounts", "{\"name\":\"intruder\"}", credentials);
            assertProblem(reply, 401, "InvalidCredentials");
            assertTrue(reply.header("WWW-Authenticate").startsWith("Basic realm=\"prewarm-admin\""), reply.toString());
        }
        assertProblem(send("GET", "no-such-thing", null, null), 401, "InvalidCredentials");
        assertEquals(before, call("GET", "accounts", null).array().size());
    }

    @Test
    void unknownPathsAndMethodsAreProblems() throws Exception {
        assertProblem(call("GET", "no-such-thing", null), 404, "InvalidApi.NotFound");
        Reply wrongMethod = call("DELETE", "accounts", null);
        assertProblem(wrongMethod, 405, "MethodNotAllowed");
        assertTrue(wrongMethod.header("Allow").contains("GET"), wrongMethod.toString());

        // Two Content-Type headers: Jersey refuses the request before any mapper sees it.
        String basic = Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8));
        HttpRequest twoTypes = HttpRequest.newBuilder(api.resolve("accounts"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"two-types\"}"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .header("Content-Type", "text/plain")
                .build();
        assertProblem(
                new Reply(
                        "POST accounts (two Content-Types)", http.send(twoTypes, HttpResponse.BodyHandlers.ofString())),
                400,
                "BadRequest");
    }

    private String newAccount() throws Exception {
        Reply reply = call("POST", "accounts", "{\"name\":\"it\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    private Reply call(String method, String path, String body) throws Exception {
        return send(method, path, body, ADMIN);
    }

    private Reply send(String method, String path, String body, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (credentials != null) {
            String encoded = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + encoded);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(method + " " + path, response);
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.toString());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"), reply.toString());
        assertEquals(code, problem.getString("code"), reply.toString());
        assertNotNull(problem.getString("title"));
        assertFalse(problem.getString("detail").isBlank(), reply.toString());
        assertFalse(reply.body().contains("Exception"), reply.toString());
    }

    private static List<String> ids(JsonArray array, String field) {
        return array.stream().map(v -> v.asJsonObject().getString(field)).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(s -> s.getString())
                .toList();
    }

    private record Reply(String request, HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        JsonValue value() {
            return Json.createReader(new StringReader(body())).readValue();
        }

        JsonObject json() {
            return value().asJsonObject();
        }

        JsonArray array() {
            JsonValue value = value();
            assertEquals(JsonValue.ValueType.ARRAY, value.getValueType(), toString());
            return value.asJsonArray();
        }

        @Override
        public String toString() {
            return request + " → " + status() + " " + response.headers().map() + " " + body();
        }
    }
}
