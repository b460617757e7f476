package dev.prewarm.domain.site;

import dev.prewarm.domain.error.InvalidParameterException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * How a site's URLs are requested (PRODUCT.md §1): edge targets, header variants, User-Agent,
 * timeouts, body cap, concurrency, rate cap and redirects. Immutable; change it with the
 * {@code with…} methods, each of which validates the whole profile again.
 *
 * @param requestsPerSecond empty means no rate cap
 */
public record RequestProfile(
        List<EdgeTarget> edgeTargets,
        List<HeaderVariant> variants,
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        int concurrency,
        OptionalInt requestsPerSecond,
        boolean followRedirects) {

    public static final String DEFAULT_USER_AGENT = "Prewarm/0.1";
    public static final long DEFAULT_MAX_BODY_BYTES = 512L * 1024 * 1024;
    // Each URL costs targets × variants fetches; these caps keep one batch's fan-out bounded.
    public static final int MAX_EDGE_TARGETS = 64;
    public static final int MAX_VARIANTS = 16;
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    public RequestProfile {
        edgeTargets = List.copyOf(require("EdgeTargets", edgeTargets));
        variants = List.copyOf(require("Variants", variants));
        if (edgeTargets.size() > MAX_EDGE_TARGETS) {
            throw new InvalidParameterException("EdgeTargets", "at most 64 edge targets, got " + edgeTargets.size());
        }
        if (variants.isEmpty() || variants.size() > MAX_VARIANTS) {
            throw new InvalidParameterException("Variants", "1 to 16 header variants, got " + variants.size());
        }
        if (userAgent == null
                || userAgent.isBlank()
                || userAgent.length() > 512
                || userAgent.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("UserAgent", "must be 1 to 512 characters, got '" + userAgent + "'");
        }
        requireTimeout("ConnectTimeout", connectTimeout);
        requireTimeout("ReadTimeout", readTimeout);
        if (maxBodyBytes < 0) {
            throw new InvalidParameterException("MaxBodyBytes", "must not be negative, got " + maxBodyBytes);
        }
        if (concurrency < 1 || concurrency > 1024) {
            throw new InvalidParameterException("Concurrency", "must be 1 to 1024, got " + concurrency);
        }
        requestsPerSecond = require("RequestsPerSecond", requestsPerSecond);
        if (requestsPerSecond.isPresent()
                && (requestsPerSecond.getAsInt() < 1 || requestsPerSecond.getAsInt() > 100_000)) {
            throw new InvalidParameterException(
                    "RequestsPerSecond", "must be 1 to 100000 or unlimited, got " + requestsPerSecond.getAsInt());
        }
    }

    public static RequestProfile defaults() {
        return new RequestProfile(
                List.of(),
                List.of(HeaderVariant.gzip()),
                DEFAULT_USER_AGENT,
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                DEFAULT_MAX_BODY_BYTES,
                16,
                OptionalInt.empty(),
                false);
    }

    public RequestProfile withEdgeTargets(List<EdgeTarget> targets) {
        return new RequestProfile(
                targets,
                variants,
                userAgent,
                connectTimeout,
                readTimeout,
                maxBodyBytes,
                concurrency,
                requestsPerSecond,
                followRedirects);
    }

    public RequestProfile withVariants(List<HeaderVariant> newVariants) {
        return new RequestProfile(
                edgeTargets,
                newVariants,
                userAgent,
                connectTimeout,
                readTimeout,
                maxBodyBytes,
                concurrency,
                requestsPerSecond,
                followRedirects);
    }

    public RequestProfile withUserAgent(String newUserAgent) {
        return new RequestProfile(
                edgeTargets,
                variants,
                newUserAgent,
                connectTimeout,
                readTimeout,
                maxBodyBytes,
                concurrency,
                requestsPerSecond,
                followRedirects);
    }

    public RequestProfile withTimeouts(Duration connect, Duration read) {
        return new RequestProfile(
                edgeTargets,
                variants,
                userAgent,
                connect,
                read,
                maxBodyBytes,
                concurrency,
                requestsPerSecond,
                followRedirects);
    }

    public RequestProfile withMaxBodyBytes(long bytes) {
        return new RequestProfile(
                edgeTargets,
                variants,
                userAgent,
                connectTimeout,
                readTimeout,
                bytes,
                concurrency,
                requestsPerSecond,
                followRedirects);
    }

    public RequestProfile withConcurrency(int newConcurrency) {
        return new RequestProfile(
                edgeTargets,
                variants,
                userAgent,
                connectTimeout,
                readTimeout,
                maxBodyBytes,
                newConcurrency,
                requestsPerSecond,
                followRedirects);
    }

    public RequestProfile withRequestsPerSecond(OptionalInt rate) {
        return new RequestProfile(
                edgeTargets,
                variants,
                userAgent,
                connectTimeout,
                readTimeout,
                maxBodyBytes,
                concurrency,
                rate,
                followRedirects);
    }

    public RequestProfile withFollowRedirects(boolean follow) {
        return new RequestProfile(
                edgeTargets,
                variants,
                userAgent,
                connectTimeout,
                readTimeout,
                maxBodyBytes,
                concurrency,
                requestsPerSecond,
                follow);
    }

    /** No edge target: each URL goes to its own host as DNS resolves it. */
    public boolean usesDns() {
        return edgeTargets.isEmpty();
    }

    private static <T> T require(String parameter, T value) {
        if (value == null) {
            throw new InvalidParameterException(parameter, "must be given, got null");
        }
        return value;
    }

    private static void requireTimeout(String parameter, Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidParameterException(
                    parameter, "must be more than 0 and at most 10 minutes, got " + timeout);
        }
    }
}
