package dev.prewarm.application.preload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.fetch.RetryPolicy;
import dev.prewarm.domain.outbound.Cidr;
import dev.prewarm.domain.outbound.OutboundPolicy;
import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.HeaderVariant;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.url.PreloadUrl;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS edge targets: a node whose certificate a private CA signed is warmed once the operator adds
 * that CA ({@code prewarm.tls.extra-ca-file}), the connection goes to the node's address with the
 * URL's host as SNI and certificate name, and each kind of TLS failure is a network error that says
 * what is wrong. Remote URL lists are downloaded with the same trust.
 */
class PreloaderTlsTest {
    private static TestCa ca;
    private static TlsOrigin signed;
    private static TlsOrigin wrongName;

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startServers() throws Exception {
        ca = TestCa.create("Prewarm Test CA");
        signed = new TlsOrigin(ca.serverKeyStore("www", "www.example.com"), TestCa.PASSWORD);
        wrongName = new TlsOrigin(ca.serverKeyStore("other", "other.example.org"), TestCa.PASSWORD);
    }

    @AfterAll
    static void stopServers() {
        try (TlsOrigin a = signed;
                TlsOrigin b = wrongName) {
            // both closed
        }
    }

    @Test
    void aNodeSignedByTheExtraCaIsWarmedWithTheUrlsHostAsSniAndHostHeader() {
        try (Preloader preloader = preloader(TlsTrust.withExtraCaFile(ca.certificatePem()))) {
            FetchResult result = preloader.fetch(through(signed, "/tls/ok"), RequestProfile.defaults());

            assertThat(result.outcome()).as(result.error()).isEqualTo(FetchOutcome.WARMED);
            assertThat(result.httpStatus()).isEqualTo(200);
            assertThat(result.bytes()).isEqualTo(Origin.BODY.length);
            assertThat(signed.serverName("/tls/ok")).isEqualTo("www.example.com");
            assertThat(signed.hostHeader("/tls/ok")).isEqualTo("www.example.com");
        }
    }

    @Test
    void withoutTheExtraCaTheNodeIsNotTrustedAndTheErrorSaysHowToFixIt() {
        try (Preloader preloader = preloader(TlsTrust.jdkDefaults())) {
            FetchResult result = preloader.fetch(through(signed, "/tls/untrusted"), RequestProfile.defaults());

            assertThat(result.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
            assertThat(result.error())
                    .startsWith("TLS: the certificate of 127.0.0.1:" + signed.port()
                            + " for www.example.com is not trusted")
                    .contains("prewarm.tls.extra-ca-file");
            assertThat(result.attempts())
                    .as("the node presents the same certificate again: not retried like other network errors")
                    .isEqualTo(1);
            assertThat(signed.hits("/tls/untrusted"))
                    .as("no request got past the handshake")
                    .isZero();
        }
    }

    @Test
    void aTrustedCertificateForAnotherNameIsRefused() {
        try (Preloader preloader = preloader(TlsTrust.withExtraCaFile(ca.certificatePem()))) {
            FetchResult result = preloader.fetch(through(wrongName, "/tls/other"), RequestProfile.defaults());

            assertThat(result.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
            assertThat(result.error())
                    .startsWith("TLS: the certificate of 127.0.0.1:" + wrongName.port()
                            + " is not valid for www.example.com")
                    .contains("No subject alternative DNS name matching www.example.com");
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(wrongName.hits("/tls/other")).isZero();
        }
    }

    @Test
    void theExtraCasAreAddedToTheJdksNotInsteadOfThem() {
        List<X509Certificate> jdk = TlsTrust.jdkDefaults().anchors();
        TlsTrust extended = TlsTrust.withExtraCaFile(ca.certificatePem());

        assertThat(jdk).isNotEmpty();
        assertThat(extended.extraCertificates()).isEqualTo(1);
        assertThat(extended.anchors()).hasSize(jdk.size() + 1).containsAll(jdk);
        assertThat(extended.anchors().stream()
                        .map(c -> c.getSubjectX500Principal().getName()))
                .contains("CN=Prewarm Test CA");
    }

    @Test
    void aBadCaFileIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        Path garbage = Files.writeString(
                dir.resolve("garbage.pem"),
                "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n",
                StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> TlsTrust.withExtraCaFile(dir.resolve("missing.pem")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(dir.resolve("missing.pem") + ": no such file");
        assertThatThrownBy(() -> TlsTrust.withExtraCaFile(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds no certificate");
        assertThatThrownBy(() -> TlsTrust.withExtraCaFile(garbage))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PEM bundle of X.509 certificates");
    }

    @Test
    void theSettingNamesItselfWhenItsFileIsBad(@TempDir Path dir) {
        OutboundTls tls = new OutboundTls();
        tls.extraCaFile = Optional.of(dir.resolve("missing.pem").toString());

        assertThatThrownBy(tls::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The setting prewarm.tls.extra-ca-file (PREWARM_TLS_EXTRA_CA_FILE) names a bad CA file: "
                        + dir.resolve("missing.pem") + ": no such file");
    }

    @Test
    void withoutTheSettingOnlyTheJdksCasAreTrusted() {
        OutboundTls tls = new OutboundTls();
        tls.extraCaFile = Optional.empty();
        tls.load();

        assertThat(tls.trust().extraCertificates()).isZero();
        assertThat(tls.summary()).isEqualTo("Outbound TLS trusts the JDK's default CAs");
    }

    @Test
    void aRemoteListOnAServerOfTheExtraCaDownloadsAndAnUntrustedOneSaysWhy() throws Exception {
        PreloadUrl list = PreloadUrl.parse("https://www.example.com:" + signed.port() + "/lists/urls.txt", "OssUrl");
        OutboundPolicy loopbackAllowed = OutboundPolicy.withAllowed(List.of(Cidr.parse("127.0.0.1/32")));
        HostResolver toLoopback = name -> List.of(InetAddress.getLoopbackAddress());
        Instant deadline = Instant.now().plusSeconds(30);

        try (Downloader trusting = new Downloader(
                        loopbackAllowed,
                        toLoopback,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5),
                        Clock.systemUTC(),
                        TlsTrust.withExtraCaFile(ca.certificatePem()));
                Download download = trusting.open(list, deadline)) {
            assertThat(download.body().readAllBytes()).isEqualTo(Origin.BODY);
            assertThat(signed.serverName("/lists/urls.txt")).isEqualTo("www.example.com");
        }
        try (Downloader jdkOnly = new Downloader(
                loopbackAllowed, toLoopback, Duration.ofSeconds(5), Duration.ofSeconds(5), Clock.systemUTC())) {
            assertThatThrownBy(() -> jdkOnly.open(list, deadline))
                    .isInstanceOf(DownloadException.class)
                    .hasMessageContaining("TLS: the certificate of 127.0.0.1:" + signed.port()
                            + " for www.example.com is not trusted");
        }
    }

    private Preloader preloader(TlsTrust trust) {
        return new Preloader(
                OutboundPolicy.standard(),
                RetryPolicy.defaults(),
                sleeps::add,
                Clock.systemUTC(),
                HostResolver.system(),
                4,
                Preloader.DEFAULT_GLOBAL_CONCURRENCY,
                trust);
    }

    private static PreloadRequest through(TlsOrigin server, String path) {
        return new PreloadRequest(
                0,
                PreloadUrl.parse("https://www.example.com" + path, "Url"),
                Optional.of(new EdgeTarget("https", "127.0.0.1", server.port())),
                HeaderVariant.gzip());
    }
}
