package dev.prewarm.domain.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A URL host read without DNS: an IP literal in any form a resolver or browser accepts
 * ({@code 127.1}, {@code 2130706433}, {@code 0x7f.0.0.1}, {@code [::1]}), a host name to resolve,
 * or text that looks numeric but is no valid address, which must be refused rather than guessed.
 */
public sealed interface HostLiteral {

    /** An IP literal; the address was built from validated bytes, never by a lookup. */
    record IpLiteral(InetAddress address) implements HostLiteral {
        public IpLiteral {
            Objects.requireNonNull(address, "address");
        }
    }

    /** Not a literal: the engine resolves it and asks the policy about every resolved address. */
    record HostName(String name) implements HostLiteral {
        public HostName {
            Objects.requireNonNull(name, "name");
        }
    }

    record Invalid(String host, String reason) implements HostLiteral {
        public Invalid {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Reads a host as it appears in a URL. Bare IPv6 text is accepted too, as a resolver prints it;
     * no host name can contain a colon, so this cannot mistake a name for an address.
     */
    static HostLiteral parse(String host) {
        if (host == null || host.isEmpty()) {
            return new Invalid(host == null ? "" : host, "host is missing");
        }
        try {
            if (host.startsWith("[") || host.endsWith("]")) {
                if (!host.startsWith("[") || !host.endsWith("]") || host.length() < 2) {
                    return new Invalid(host, host + " has unbalanced brackets");
                }
                return literal(Ipv6Text.parse(host.substring(1, host.length() - 1)));
            }
            if (host.indexOf(':') >= 0) {
                return literal(Ipv6Text.parse(host));
            }
            if (Ipv4Text.endsInNumber(host)) {
                return literal(Ipv4Text.parseLenient(host));
            }
            return new HostName(host);
        } catch (IllegalArgumentException e) {
            return new Invalid(host, e.getMessage());
        }
    }

    private static HostLiteral literal(byte[] bytes) {
        try {
            // getByAddress only wraps the bytes; it is getByName that may ask DNS.
            return new IpLiteral(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("address of " + bytes.length + " bytes", e);
        }
    }
}
