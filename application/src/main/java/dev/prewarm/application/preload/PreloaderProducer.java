package dev.prewarm.application.preload;

import dev.prewarm.domain.outbound.Cidr;
import dev.prewarm.domain.outbound.OutboundPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Preloaders of the application, with the outbound policy of the installation: the standard
 * denials, plus the CIDRs the operator allows explicitly ({@code PREWARM_OUTBOUND_ALLOWED_CIDRS},
 * comma-separated, e.g. {@code 127.0.0.1/32}), and the installation's TLS trust
 * ({@link OutboundTls}).
 */
@ApplicationScoped
public class PreloaderProducer {
    @Inject
    @ConfigProperty(name = "prewarm.outbound.allowed-cidrs")
    Optional<String> allowedCidrs;

    /** Scheduled fetches in flight across all batches of this instance (PRODUCT.md §3). */
    @Inject
    @ConfigProperty(name = "prewarm.engine.global-concurrency", defaultValue = "64")
    int globalConcurrency;

    @Inject
    OutboundTls tls;

    // Dependent, not application-scoped: each of its two users (both application-scoped) holds its
    // own, so scheduled batches (BatchExecution) and instant tasks (InstantLane) get separate
    // connection pools, as PRODUCT.md section 3 asks: a busy batch never holds up an instant task.
    @Produces
    Preloader preloader() {
        return new Preloader(outboundPolicy(), globalConcurrency, tls.trust());
    }

    /** The same policy for everything else that connects out (the downloads of remote URL lists). */
    @Produces
    OutboundPolicy outboundPolicy() {
        List<Cidr> allowed = allowedCidrs.stream()
                .flatMap(text -> Arrays.stream(text.split(",")))
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(Cidr::parse)
                .toList();
        return OutboundPolicy.withAllowed(allowed);
    }

    void close(@Disposes Preloader preloader) {
        preloader.close();
    }
}
