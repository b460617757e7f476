package dev.prewarm.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Provisions test data through the admin REST API, as the README tells operators to. */
final class AdminClient {
    static final String ADMIN_PASSWORD = "it-admin-password";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    AdminClient(URI serverRoot) {
        this.base = serverRoot.resolve("/api/v1/admin/");
    }

    /** A new account with one AccessKey and one active site owning {@code domain}. */
    Tenant tenant(String name, String domain) throws IOException, InterruptedException {
        return tenant(name, domain, JsonObject.EMPTY_JSON_OBJECT);
    }

    /** A new account with one AccessKey and an active site warmed through one edge target. */
    Tenant tenantWarmedThrough(String name, String domain, String edgeTarget) throws IOException, InterruptedException {
        return tenant(
                name,
                domain,
                Json.createObjectBuilder()
                        .add("edgeTargets", Json.createArrayBuilder().add(edgeTarget))
                        .build());
    }

    /** A new account with one AccessKey and an active site with the given request profile (admin API fields). */
    Tenant tenant(String name, String domain, JsonObject profile) throws IOException, InterruptedException {
        String accountId = post(
                        "accounts", Json.createObjectBuilder().add("name", name).build())
                .getString("id");
        JsonObject key = post("accounts/" + accountId + "/access-keys", JsonObject.EMPTY_JSON_OBJECT);
        JsonObject site = post(
                "accounts/" + accountId + "/sites",
                Json.createObjectBuilder()
                        .add("name", name + "-site")
                        .add("domains", Json.createArrayBuilder().add(domain))
                        .add("status", "active")
                        .add("profile", profile)
                        .build());
        return new Tenant(
                accountId,
                key.getString("accessKeyId"),
                key.getString("accessKeySecret"),
                site.getJsonNumber("siteId").longValue(),
                domain);
    }

    JsonObject post(String path, JsonObject body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    /** A user of the admin UI: a member of the account, or an operator when accountId is null. */
    JsonObject user(String username, String password, String accountId) throws IOException, InterruptedException {
        var body = Json.createObjectBuilder().add("username", username).add("password", password);
        if (accountId != null) {
            body.add("accountId", accountId);
        }
        return post("users", body.build());
    }

    /** Overrides the account's API call rate (the other quotas keep their defaults). */
    JsonObject apiRate(String accountId, int callsPerSecond, int burst) throws IOException, InterruptedException {
        return send(
                "PUT",
                "accounts/" + accountId + "/quota",
                Json.createObjectBuilder()
                        .add("apiCallsPerSecond", callsPerSecond)
                        .add("apiBurst", burst)
                        .build());
    }

    /** A second AccessKey of the account, disabled at once: for the InvalidAccessKeyId.Inactive case. */
    JsonObject disabledKey(String accountId) throws IOException, InterruptedException {
        JsonObject key = post("accounts/" + accountId + "/access-keys", JsonObject.EMPTY_JSON_OBJECT);
        post(
                "accounts/" + accountId + "/access-keys/" + key.getString("accessKeyId") + "/disable",
                JsonObject.EMPTY_JSON_OBJECT);
        return key;
    }

    JsonValue get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", basic())
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    private JsonObject send(String method, String path, JsonObject body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String basic() {
        return "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    record Tenant(String accountId, String accessKeyId, String accessKeySecret, long siteId, String domain) {
        /** What the Node suites read about a tenant: PREFIX_AK, _SK, _SITE_ID and _DOMAIN. */
        Map<String, String> environment(String prefix) {
            return Map.of(
                    prefix + "_AK", accessKeyId,
                    prefix + "_SK", accessKeySecret,
                    prefix + "_SITE_ID", Long.toString(siteId),
                    prefix + "_DOMAIN", domain);
        }
    }
}
