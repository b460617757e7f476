package dev.prewarm.application.preload;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The client's DNS resolver: it resolves nothing. Every route the preloader builds carries the
 * address it already checked (or the trusted edge target's address), so a lookup by the client
 * would mean an unchecked connection; failing it keeps the pinning honest.
 */
final class NoDnsResolver implements DnsResolver {
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        throw new UnknownHostException(host + ": the preloader connects only to addresses it pinned");
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        throw new UnknownHostException(host + ": the preloader connects only to addresses it pinned");
    }
}
