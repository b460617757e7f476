package dev.prewarm.application.preload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authorities outbound TLS trusts: the JDK's default trust store, plus, if the
 * operator names one, a PEM bundle of extra CAs (cache nodes behind a private CA).
 *
 * <p>The extra CAs are added to one trust store together with the JDK's anchors rather than given as
 * a second trust manager, because JSSE consults only the first X509TrustManager of a context.
 */
public final class TlsTrust {
    private final SSLContext context;
    private final X509TrustManager trustManager;
    private final int extraCertificates;

    private TlsTrust(SSLContext context, X509TrustManager trustManager, int extraCertificates) {
        this.context = context;
        this.trustManager = trustManager;
        this.extraCertificates = extraCertificates;
    }

    /** The JDK's default trust, as any Java client has it. */
    public static TlsTrust jdkDefaults() {
        return withExtra(List.of());
    }

    /**
     * The JDK's default trust plus every certificate of a PEM bundle (a CA, or a self-signed
     * server certificate trusted as is).
     *
     * @throws IllegalArgumentException saying what is wrong with the file: missing, unreadable, not
     *     PEM, or holding no certificate
     */
    public static TlsTrust withExtraCaFile(Path pemBundle) {
        return withExtra(readPemBundle(pemBundle));
    }

    public SSLContext context() {
        return context;
    }

    /** How many certificates the extra bundle added (0 with the JDK's defaults only). */
    public int extraCertificates() {
        return extraCertificates;
    }

    /** Every certificate trusted as an anchor. */
    List<X509Certificate> anchors() {
        return List.of(trustManager.getAcceptedIssuers());
    }

    private static TlsTrust withExtra(List<X509Certificate> extra) {
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            int n = 0;
            for (X509Certificate jdk : trustManager(null).getAcceptedIssuers()) {
                anchors.setCertificateEntry("jdk-" + n++, jdk);
            }
            for (X509Certificate certificate : extra) {
                anchors.setCertificateEntry("extra-" + n++, certificate);
            }
            X509TrustManager manager = trustManager(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {manager}, null);
            return new TlsTrust(context, manager, extra.size());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up the TLS trust store: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore anchors) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(anchors); // null: the JDK's default trust store (cacerts, or javax.net.ssl.trustStore)
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JDK offers no X509TrustManager");
    }

    static List<X509Certificate> readPemBundle(Path file) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (CertificateException e) {
            throw new IllegalArgumentException(
                    file + ": not a PEM bundle of X.509 certificates (" + e.getMessage() + ")");
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(
                    file + ": holds no certificate (expected PEM blocks" + " '-----BEGIN CERTIFICATE-----')");
        }
        return certificates.stream().map(X509Certificate.class::cast).toList();
    }
}
