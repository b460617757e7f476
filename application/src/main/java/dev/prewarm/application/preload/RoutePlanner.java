package dev.prewarm.application.preload;

import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.outbound.HostLiteral;
import dev.prewarm.domain.outbound.OutboundDecision;
import dev.prewarm.domain.outbound.OutboundPolicy;
import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.url.PreloadUrl;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.core5.http.HttpHost;

/**
 * Turns a request into a pinned route. A direct fetch resolves the URL's host once, asks the
 * outbound policy about every address and pins the first allowed one, so a DNS answer that changes
 * between check and connect (rebinding) cannot reach a refused address. Edge targets are trusted.
 *
 * <p>A batch plans with {@link #forBatch()}: a planner that keeps each pinned route for the rest
 * of the batch, so its thousands of URLs of one host through one target are resolved and checked
 * once, not once each (the connection still goes to the checked address). Refusals are not kept:
 * a host that did not resolve is tried again for the next URL, as before.
 */
final class RoutePlanner {
    private final OutboundPolicy policy;
    private final HostResolver resolver;
    private final Map<String, Route.Pinned> pinned;

    RoutePlanner(OutboundPolicy policy, HostResolver resolver) {
        this(policy, resolver, null);
    }

    private RoutePlanner(OutboundPolicy policy, HostResolver resolver, Map<String, Route.Pinned> pinned) {
        this.policy = policy;
        this.resolver = resolver;
        this.pinned = pinned;
    }

    /** The same planner, keeping the routes it pinned for as long as it is used: one batch. */
    RoutePlanner forBatch() {
        return new RoutePlanner(policy, resolver, new ConcurrentHashMap<>());
    }

    Route plan(PreloadRequest request) {
        if (pinned == null) {
            return planAfresh(request);
        }
        // What decides the route: the target (or none) and the URL's scheme, host and port.
        String key = request.edge().map(EdgeTarget::toString).orElse(PreloadRequest.DIRECT) + " "
                + authorityOf(request.url());
        Route.Pinned known = pinned.get(key);
        if (known != null) {
            return known;
        }
        // Planned inside computeIfAbsent: the batch's other workers wait for this first lookup
        // of the host instead of making their own. A refusal is returned but not kept.
        Route[] planned = new Route[1];
        Route.Pinned kept = pinned.computeIfAbsent(key, ignored -> {
            planned[0] = planAfresh(request);
            return planned[0] instanceof Route.Pinned fresh ? fresh : null;
        });
        return kept != null ? kept : planned[0];
    }

    private Route planAfresh(PreloadRequest request) {
        String urlHost = request.url().host();
        try {
            if (request.edge().isPresent()) {
                EdgeTarget edge = request.edge().get();
                InetAddress address = addressesOf(edge.host()).getFirst();
                return new Route.Pinned(new HttpHost(edge.scheme(), address, urlHost, edge.port()));
            }
            return direct(request.url());
        } catch (UnknownHostException e) {
            return new Route.Refused(FetchOutcome.NETWORK_ERROR, "cannot resolve " + e.getMessage());
        }
    }

    /** A route to the URL's own host, checked and pinned: what a fetch without an edge target uses. */
    Route planDirect(PreloadUrl url) {
        try {
            return direct(url);
        } catch (UnknownHostException e) {
            return new Route.Refused(FetchOutcome.NETWORK_ERROR, "cannot resolve " + e.getMessage());
        }
    }

    private Route direct(PreloadUrl url) throws UnknownHostException {
        String urlHost = url.host();
        if (HostLiteral.parse(urlHost) instanceof HostLiteral.Invalid invalid) {
            return new Route.Refused(FetchOutcome.BLOCKED, invalid.reason());
        }
        List<String> denials = new ArrayList<>();
        for (InetAddress address : addressesOf(urlHost)) {
            OutboundDecision decision = policy.decide(address);
            if (decision.allowed()) {
                String scheme = url.isHttps() ? "https" : "http";
                return new Route.Pinned(new HttpHost(scheme, address, urlHost, portOf(url)));
            }
            denials.add(decision.reason());
        }
        return new Route.Refused(FetchOutcome.BLOCKED, "outbound policy: " + String.join("; ", denials));
    }

    private List<InetAddress> addressesOf(String host) throws UnknownHostException {
        return switch (HostLiteral.parse(host)) {
            case HostLiteral.IpLiteral literal -> List.of(literal.address());
            case HostLiteral.HostName name -> nonEmpty(host, resolver.resolve(name.name()));
            case HostLiteral.Invalid invalid -> throw new UnknownHostException(host + ": " + invalid.reason());
        };
    }

    private static List<InetAddress> nonEmpty(String host, List<InetAddress> addresses) throws UnknownHostException {
        return Optional.ofNullable(addresses)
                .filter(list -> !list.isEmpty())
                .orElseThrow(() -> new UnknownHostException(host + ": no address"));
    }

    /** {@code scheme://host[:port]} of a normalized URL (no user info): everything before its path or query. */
    private static String authorityOf(PreloadUrl url) {
        String value = url.value();
        int start = value.indexOf("://") + 3;
        int end = start;
        while (end < value.length() && value.charAt(end) != '/' && value.charAt(end) != '?') {
            end++;
        }
        return value.substring(0, end);
    }

    private static int portOf(PreloadUrl url) {
        int port = URI.create(url.value()).getPort();
        return port > 0 ? port : url.isHttps() ? 443 : 80;
    }
}
