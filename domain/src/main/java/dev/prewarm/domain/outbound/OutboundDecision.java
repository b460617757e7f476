package dev.prewarm.domain.outbound;

import java.net.InetAddress;
import java.util.Objects;

/** The verdict on one resolved address, with a reason fit for a task outcome or a log line. */
public sealed interface OutboundDecision {

    InetAddress address();

    /** Names the address and the range that decided, e.g. "127.0.0.1 is loopback (127.0.0.0/8)". */
    String reason();

    default boolean allowed() {
        return this instanceof Allowed;
    }

    record Allowed(InetAddress address, String reason) implements OutboundDecision {
        public Allowed {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Denied(InetAddress address, String reason) implements OutboundDecision {
        public Denied {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
