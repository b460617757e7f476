package dev.prewarm.application.preload;

import dev.prewarm.domain.fetch.FetchOutcome;
import org.apache.hc.core5.http.HttpHost;

/** Where one fetch connects, decided before any socket is opened. */
sealed interface Route {

    /** Connect to {@code host.getAddress()}, with {@code host.getHostName()} (the URL's host) for SNI. */
    record Pinned(HttpHost host) implements Route {}

    /** No connection at all: {@code blocked} by the outbound policy, or a host that does not resolve. */
    record Refused(FetchOutcome outcome, String reason) implements Route {}
}
