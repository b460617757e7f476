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
import java.util.Optional;
import org.apache.hc.core5.http.HttpHost;

/**
 * Turns a request into a pinned route. A direct fetch resolves the URL's host once, asks the
 * outbound policy about every address and pins the first allowed one, so a DNS answer that changes
 * between check and connect (rebinding) cannot reach a refused address. Edge targets are trusted.
 */
final class RoutePlanner {
    private final OutboundPolicy policy;
    private final HostResolver resolver;

    RoutePlanner(OutboundPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    Route plan(PreloadRequest request) {
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

    private static int portOf(PreloadUrl url) {
        int port = URI.create(url.value()).getPort();
        return port > 0 ? port : url.isHttps() ? 443 : 80;
    }
}
