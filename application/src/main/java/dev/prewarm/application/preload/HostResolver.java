package dev.prewarm.application.preload;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a URL's host name to every address it has, so the outbound policy can judge each one. */
@FunctionalInterface
public interface HostResolver {
    List<InetAddress> resolve(String hostName) throws UnknownHostException;

    static HostResolver system() {
        return hostName -> List.of(InetAddress.getAllByName(hostName));
    }
}
