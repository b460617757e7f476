package dev.prewarm.domain.outbound;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides per resolved address whether the engine may connect (PRODUCT.md §2). The engine asks
 * about every address a host resolves to and pins the connection to an allowed one, so this never
 * sees host names. Operator-allowed CIDRs win over the refused ranges; nothing else does.
 */
public final class OutboundPolicy {
    private final List<Cidr> allowed;

    private OutboundPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** The policy with no operator exceptions. */
    public static OutboundPolicy standard() {
        return new OutboundPolicy(List.of());
    }

    /** The policy where addresses inside {@code allowed} are allowed even when otherwise refused. */
    public static OutboundPolicy withAllowed(List<Cidr> allowed) {
        Objects.requireNonNull(allowed, "allowed CIDRs");
        return new OutboundPolicy(allowed);
    }

    public List<Cidr> allowed() {
        return allowed;
    }

    public OutboundDecision decide(InetAddress address) {
        Objects.requireNonNull(address, "address");
        byte[] bytes = address.getAddress();
        String shown = AddressClass.show(bytes);
        Optional<Cidr> exception =
                allowed.stream().filter(cidr -> cidr.contains(bytes)).findFirst();
        if (exception.isPresent()) {
            return new OutboundDecision.Allowed(
                    address, shown + " is allowed by the operator (" + exception.get() + ")");
        }
        return AddressClass.denial(bytes)
                .<OutboundDecision>map(reason -> new OutboundDecision.Denied(address, reason))
                .orElseGet(() -> new OutboundDecision.Allowed(address, shown + " is a public address"));
    }
}
