package dev.prewarm.rest.problem;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * One RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, plus the
 * extension members {@code code} (the domain error code clients match on) and, for a bad input,
 * {@code parameter}. The type stays {@code about:blank}: {@code code} already names the problem,
 * and there is no documentation URL to point to yet.
 */
public record Problem(int status, String code, String detail, String parameterOrNull) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    public static Problem of(int status, String code, String detail) {
        return new Problem(status, code, detail, null);
    }

    public Problem withParameter(String parameter) {
        return new Problem(status, code, detail, parameter);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title())
                .add("status", status)
                .add("detail", detail)
                .add("code", code);
        if (parameterOrNull != null) {
            json.add("parameter", parameterOrNull);
        }
        return json.build().toString();
    }

    /** A response builder with the body and media type set, for callers that add headers. */
    public Response.ResponseBuilder toResponseBuilder() {
        // Serialized here rather than by a JSON provider: the +json media type must not depend on
        // which providers happen to claim it.
        return Response.status(status).type(MEDIA_TYPE).entity(toJson());
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }

    private String title() {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
