package dev.prewarm.application.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code prewarm_api_calls_total{action, code}}: RPC API calls by action and by result, {@code OK}
 * or the error code answered. Callers pass only actions the API knows (anything else is
 * {@link #UNKNOWN_ACTION}) and codes from the error catalogue, so no request can add series.
 */
@ApplicationScoped
public class ApiMetrics {
    public static final String UNKNOWN_ACTION = "unknown";
    public static final String OK = "OK";
    static final String CALLS = "prewarm.api.calls";

    private static final Metadata METADATA = Metadata.builder()
            .withName(CALLS)
            .withDescription("ESA-compatible RPC API calls by action and result code (OK or the error code)")
            .build();

    @Inject
    MetricRegistry registry;

    public void called(String action, String code) {
        registry.counter(METADATA, new Tag("action", action), new Tag("code", code))
                .inc();
    }
}
