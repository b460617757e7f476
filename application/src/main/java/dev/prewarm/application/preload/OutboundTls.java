package dev.prewarm.application.preload;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's outbound TLS trust: the JDK's CAs plus the PEM bundle named by {@code
 * prewarm.tls.extra-ca-file} ({@code PREWARM_TLS_EXTRA_CA_FILE}), for cache nodes whose
 * certificates a private CA signed. Loaded once; a bad file stops the application at start-up
 * (see the startup sequence) rather than failing every HTTPS fetch later.
 */
@ApplicationScoped
public class OutboundTls {
    static final String SETTING = "prewarm.tls.extra-ca-file";

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> extraCaFile;

    private TlsTrust trust;

    @PostConstruct
    void load() {
        trust = extraCaFile
                .map(String::strip)
                .filter(path -> !path.isEmpty())
                .map(OutboundTls::load)
                .orElseGet(TlsTrust::jdkDefaults);
    }

    private static TlsTrust load(String path) {
        try {
            return TlsTrust.withExtraCaFile(Path.of(path));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The setting " + SETTING + " (PREWARM_TLS_EXTRA_CA_FILE) names a bad CA file: " + e.getMessage(),
                    e);
        }
    }

    public TlsTrust trust() {
        return trust;
    }

    /** One line for the start-up log. */
    public String summary() {
        return trust.extraCertificates() == 0
                ? "Outbound TLS trusts the JDK's default CAs"
                : "Outbound TLS trusts the JDK's default CAs and " + trust.extraCertificates() + " certificate(s) from "
                        + extraCaFile.orElseThrow().strip();
    }
}
