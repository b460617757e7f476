package dev.prewarm.rest.problem;

import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.MissingParameterException;
import dev.prewarm.domain.error.PrewarmException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one exception mapper of {@code /api/v1}. Domain errors keep their own status, code and
 * message; a body that is not JSON of the expected shape is a 400; JAX-RS's own answers (unknown
 * path, wrong method, wrong media type) keep their status; anything else is a logged 500 whose
 * body says nothing about the internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Optional<PrewarmException> domain = cause(thrown, PrewarmException.class);
        if (domain.isPresent()) {
            return fromDomain(domain.get()).toResponse();
        }
        if (isUnreadableBody(thrown)) {
            return unreadableBody(thrown).toResponse();
        }
        if (thrown instanceof WebApplicationException web) {
            return fromWebApplication(web);
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the REST API", thrown);
        return Problem.of(
                        ErrorCode.INTERNAL_ERROR.httpStatus(),
                        ErrorCode.INTERNAL_ERROR.codeTemplate(),
                        ErrorCode.INTERNAL_ERROR.messageTemplate())
                .toResponse();
    }

    static Problem fromDomain(PrewarmException e) {
        Problem problem = Problem.of(e.httpStatus(), e.code(), e.getMessage());
        return switch (e) {
            case InvalidParameterException invalid -> problem.withParameter(invalid.parameter());
            case MissingParameterException missing -> problem.withParameter(missing.parameter());
            default -> problem;
        };
    }

    private static Problem unreadableBody(Throwable thrown) {
        String where = cause(thrown, JsonParsingException.class)
                .map(JsonParsingException::getLocation)
                .map(at -> " at line " + at.getLineNumber() + ", column " + at.getColumnNumber())
                .orElse("");
        // Parser and binder messages can name internal classes, so only the location is passed on.
        InvalidParameterException invalid = new InvalidParameterException(
                "Body", "the request body must be a well-formed JSON object of the documented shape" + where);
        return fromDomain(invalid);
    }

    private static Response fromWebApplication(WebApplicationException web) {
        Response original = web.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        if (status >= 500) {
            LOG.log(Level.SEVERE, "REST API answered " + status, web);
        }
        Response.ResponseBuilder response = forStatus(status).toResponseBuilder();
        copyHeader(original, response, HttpHeaders.ALLOW);
        copyHeader(original, response, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(original, response, HttpHeaders.RETRY_AFTER);
        return response.build();
    }

    /** The problem for an HTTP error status that has no domain error behind it. */
    static Problem forStatus(int status) {
        return switch (status) {
            case 404 ->
                Problem.of(404, ErrorCode.API_NOT_FOUND.codeTemplate(), ErrorCode.API_NOT_FOUND.messageTemplate());
            case 405 ->
                Problem.of(405, "MethodNotAllowed", "This path does not support the method; see the Allow header.");
            case 415 -> Problem.of(415, "UnsupportedMediaType", "Send the request body as application/json.");
            default -> Problem.of(status, reasonCode(status), "The request cannot be processed (HTTP " + status + ").");
        };
    }

    private static boolean isUnreadableBody(Throwable thrown) {
        return cause(thrown, JsonException.class).isPresent()
                || cause(thrown, JsonbException.class).isPresent()
                || (cause(thrown, ProcessingException.class).isPresent()
                        && !(thrown instanceof WebApplicationException));
    }

    private static String reasonCode(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Http" + status : known.getReasonPhrase().replaceAll("[^A-Za-z]", "");
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }

    private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        // Bounded: a cause chain can in theory loop.
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < 16; depth++, current = current.getCause()) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
        }
        return Optional.empty();
    }
}
