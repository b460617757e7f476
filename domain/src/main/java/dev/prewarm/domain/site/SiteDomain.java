package dev.prewarm.domain.site;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.url.HostSyntax;

/**
 * One domain entry of a site: an exact host ({@code www.example.com}) or a wildcard
 * ({@code *.example.com}), stored normalized (lower case, punycode).
 *
 * <p>A wildcard matches subdomains at any depth ({@code a.example.com}, {@code a.b.example.com})
 * but not the apex {@code example.com} itself: that follows how certificates and CDNs read
 * {@code *.}, and an operator who wants the apex too lists it as its own entry.
 */
public record SiteDomain(String value) {
    private static final String WILDCARD_PREFIX = "*.";

    public SiteDomain {
        value = normalize(value);
    }

    public static SiteDomain of(String value) {
        return new SiteDomain(value);
    }

    public boolean isWildcard() {
        return value.startsWith(WILDCARD_PREFIX);
    }

    /** True when the normalized host (lower case, punycode, IPv6 without brackets) belongs to this entry. */
    public boolean matches(String host) {
        if (isWildcard()) {
            String suffix = value.substring(1);
            return host.length() > suffix.length() && host.endsWith(suffix);
        }
        return value.equals(host) || (value.startsWith("[") && value.equals("[" + host + "]"));
    }

    private static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("Domains", "a domain must not be empty, got '" + raw + "'");
        }
        String text = raw.strip();
        boolean wildcard = text.startsWith(WILDCARD_PREFIX);
        String host = wildcard ? text.substring(WILDCARD_PREFIX.length()) : text;
        String normalized;
        try {
            normalized = HostSyntax.normalize(host);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("Domains", "'" + raw + "' is not a valid domain: " + e.getMessage());
        }
        if (wildcard && (normalized.startsWith("[") || normalized.indexOf('.') < 0)) {
            // "*.com" would let one tenant warm every host under a public suffix.
            throw new InvalidParameterException(
                    "Domains", "the wildcard '" + raw + "' must name a domain with at least two labels");
        }
        return wildcard ? WILDCARD_PREFIX + normalized : normalized;
    }

    @Override
    public String toString() {
        return value;
    }
}
