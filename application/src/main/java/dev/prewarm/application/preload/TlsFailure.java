package dev.prewarm.application.preload;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.core5.http.HttpHost;

/**
 * Explains a failed TLS connection to an operator: which node, for which host name, and whether its
 * certificate is untrusted (with the setting that fixes a private CA), issued for another name, or
 * the TLS layer failed otherwise. The JDK's own text ("PKIX path building failed: ...") names
 * neither the node nor the remedy.
 */
final class TlsFailure {
    private TlsFailure() {}

    static String describe(SSLException e, HttpHost route) {
        String node = route.getAddress() == null
                ? route.getHostName() + ":" + route.getPort()
                : route.getAddress().getHostAddress() + ":" + route.getPort();
        String host = route.getHostName();
        if (e instanceof SSLPeerUnverifiedException || isNameMismatch(rootMessage(e))) {
            return "TLS: the certificate of " + node + " is not valid for " + host + " (" + rootMessage(e) + ")";
        }
        Throwable certificateProblem = certificateProblem(e);
        if (certificateProblem != null) {
            return "TLS: the certificate of " + node + " for " + host + " is not trusted (" + rootMessage(e)
                    + "); if a private CA signed it, add the CA to " + OutboundTls.SETTING;
        }
        return "TLS: the connection to " + node + " for " + host + " failed (" + e.getMessage() + ")";
    }

    /**
     * Whether the node's certificate itself was refused (untrusted, or for another name): the node
     * presents the same one to every attempt, so retrying only multiplies the wait. Other TLS
     * failures, such as a handshake cut off, may pass the next time.
     */
    static boolean isCertificateRefused(SSLException e) {
        return e instanceof SSLPeerUnverifiedException
                || isNameMismatch(rootMessage(e))
                || certificateProblem(e) != null;
    }

    /**
     * The JDK checks the name during the handshake (HttpClient asks it to); its HostnameChecker says
     * "No subject alternative DNS name matching ..." or "No name matching ...".
     */
    private static boolean isNameMismatch(String message) {
        return message.startsWith("No subject alternative") || message.startsWith("No name matching");
    }

    private static Throwable certificateProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateException
                    || t instanceof CertPathBuilderException
                    || t instanceof CertPathValidatorException
                    || (t instanceof GeneralSecurityException
                            && String.valueOf(t.getMessage()).contains("PKIX"))) {
                return t;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
