package dev.prewarm.rest.rpc;

import dev.prewarm.application.audit.AuditActor;
import dev.prewarm.application.metrics.ApiMetrics;
import dev.prewarm.application.quota.ApiRateLimit;
import dev.prewarm.domain.audit.ActorKind;
import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.error.RequestRejectedException;
import dev.prewarm.rest.rpc.signature.VerifiedCaller;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The ESA-compatible RPC endpoint at the web root. A plain servlet rather than JAX-RS: the
 * signature needs the raw body and query, every path of failure must answer with the ESA envelope
 * (never an HTML page), and a JAX-RS application at "/*" would shadow the admin UI. It holds the
 * default mapping ("/"), so any other unmatched path goes on to the container's default servlet.
 */
public class RpcServlet extends HttpServlet {
    static final String VERSION = "2024-09-10";
    private static final Logger LOG = Logger.getLogger(RpcServlet.class.getName());
    private static final Set<String> METHODS = Set.of("GET", "POST");
    private static final String KNOWN_ACTION = "dev.prewarm.rpc.action";

    @Inject
    Instance<RpcActions> families;

    @Inject
    RpcAuthentication authentication;

    @Inject
    ApiRateLimit rateLimit;

    @Inject
    AuditActor auditActor;

    @Inject
    ApiMetrics metrics;

    private Map<String, Function<RpcCall, Map<String, Object>>> actions;

    @Override
    public void init() {
        Map<String, Function<RpcCall, Map<String, Object>>> all = new HashMap<>();
        families.forEach(family -> all.putAll(family.actions()));
        actions = Map.copyOf(all);
    }

    @Override
    protected void service(HttpServletRequest http, HttpServletResponse response) throws IOException, ServletException {
        if (!"/".equals(http.getServletPath()) || http.getPathInfo() != null) {
            getServletContext().getNamedDispatcher("default").forward(http, response);
            return;
        }
        String requestId = UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
        String hostId = http.getServerName();
        try {
            Map<String, Object> body = handle(http);
            write(response, 200, RpcResponse.success(requestId, body));
            count(http, ApiMetrics.OK);
        } catch (PrewarmException e) {
            write(response, e.httpStatus(), RpcResponse.error(requestId, hostId, e));
            count(http, e.code());
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.SEVERE, "RPC request " + requestId + " failed", e);
            write(response, 500, RpcResponse.internalError(requestId, hostId));
            count(http, ErrorCode.INTERNAL_ERROR.codeTemplate());
        }
    }

    /** By the action only once it is known to exist (see handle), so unknown names add no series. */
    private void count(HttpServletRequest http, String code) {
        Object action = http.getAttribute(KNOWN_ACTION);
        metrics.called(action == null ? ApiMetrics.UNKNOWN_ACTION : action.toString(), code);
    }

    private Map<String, Object> handle(HttpServletRequest http) throws IOException {
        if (!METHODS.contains(http.getMethod())) {
            throw NotFoundException.api(http.getMethod());
        }
        RpcRequest request = RpcRequest.read(http);
        if (!VERSION.equals(request.version())) {
            throw new RequestRejectedException(ErrorCode.INVALID_VERSION);
        }
        Function<RpcCall, Map<String, Object>> action = actions.get(request.action());
        if (action == null) {
            throw NotFoundException.api(request.action());
        }
        http.setAttribute(KNOWN_ACTION, request.action());
        VerifiedCaller caller = authentication.authenticate(request);
        auditActor.is(ActorKind.RPC, caller.accessKeyId().value()); // changes from here on are audited
        // Limited per AccessKey once it is known to be genuine; a refused call runs nothing.
        if (!rateLimit.tryTake(caller.account(), caller.accessKeyId())) {
            throw new RequestRejectedException(ErrorCode.TOO_MANY_REQUESTS);
        }
        String baseUrl = http.getScheme() + "://" + request.headers().getOrDefault("host", http.getServerName());
        return action.apply(new RpcCall(caller.account(), new RpcParameters(request.parameters()), baseUrl));
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
