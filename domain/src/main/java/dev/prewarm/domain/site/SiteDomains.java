package dev.prewarm.domain.site;

import dev.prewarm.domain.error.InvalidParameterException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The domains a site owns: at least one, at most {@value #MAX_ENTRIES}, distinct, in the order given. */
public record SiteDomains(List<SiteDomain> entries) {
    public static final int MAX_ENTRIES = 100;

    public SiteDomains {
        if (entries == null || entries.isEmpty()) {
            throw new InvalidParameterException("Domains", "a site needs at least one domain, got none");
        }
        entries = List.copyOf(new LinkedHashSet<>(entries));
        if (entries.size() > MAX_ENTRIES) {
            throw new InvalidParameterException(
                    "Domains", "a site has at most " + MAX_ENTRIES + " domains, got " + entries.size());
        }
    }

    public static SiteDomains of(String... domains) {
        return of(Arrays.asList(domains));
    }

    public static SiteDomains of(Collection<String> domains) {
        if (domains == null) {
            throw new InvalidParameterException("Domains", "a site needs at least one domain, got none");
        }
        List<SiteDomain> entries = new ArrayList<>(domains.size());
        for (String domain : domains) {
            entries.add(SiteDomain.of(domain));
        }
        return new SiteDomains(entries);
    }

    /** Parses the stored / form form: entries separated by commas, whitespace or newlines. */
    public static SiteDomains parse(String text) {
        if (text == null) {
            throw new InvalidParameterException("Domains", "a site needs at least one domain, got none");
        }
        return of(Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList());
    }

    /** True when the host belongs to one of the entries; the host is compared case-insensitively. */
    public boolean matches(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        for (SiteDomain entry : entries) {
            if (entry.matches(lower)) {
                return true;
            }
        }
        return false;
    }

    /** The comma-separated form, inverse of {@link #parse}. */
    public String asText() {
        return entries.stream().map(SiteDomain::value).collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return asText();
    }
}
