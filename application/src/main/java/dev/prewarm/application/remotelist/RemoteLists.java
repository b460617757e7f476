package dev.prewarm.application.remotelist;

import dev.prewarm.application.preload.Downloader;
import dev.prewarm.application.preload.HostResolver;
import dev.prewarm.application.preload.OutboundTls;
import dev.prewarm.domain.job.InsertWay;
import dev.prewarm.domain.outbound.OutboundPolicy;
import dev.prewarm.domain.quota.QuotaPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's downloader of remote lists. Size and time limits are the account's quota
 * (OSS / sitemap file bytes, download time); the installation sets the timeouts of each connection,
 * the cap on unpacked bytes (against gzip bombs) and how many sitemap documents one list may span.
 */
@ApplicationScoped
public class RemoteLists {
    @Inject
    OutboundPolicy policy;

    @Inject
    Clock clock;

    @Inject
    OutboundTls tls;

    @Inject
    @ConfigProperty(name = "prewarm.remote-list.connect-timeout-seconds", defaultValue = "10")
    long connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "prewarm.remote-list.read-timeout-seconds", defaultValue = "30")
    long readTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "prewarm.remote-list.max-unpacked-bytes", defaultValue = "1073741824")
    long maxUnpackedBytes;

    @Inject
    @ConfigProperty(name = "prewarm.remote-list.max-sitemaps", defaultValue = "1000")
    int maxSitemaps;

    private Downloader downloader;
    private ListSpooler spooler;

    @PostConstruct
    void open() {
        downloader = new Downloader(
                policy,
                HostResolver.system(),
                Duration.ofSeconds(connectTimeoutSeconds),
                Duration.ofSeconds(readTimeoutSeconds),
                clock,
                tls.trust());
        spooler = new ListSpooler(downloader, clock);
    }

    /**
     * Downloads the list named by {@code OssUrl} into a local spool file; close it when ingested.
     *
     * @throws dev.prewarm.domain.error.InvalidParameterException {@code OssUrl} with the reason
     */
    public SpooledList download(InsertWay way, String ossUrl, QuotaPolicy quota) {
        return spooler.spool(way, ossUrl, ListLimits.of(quota, maxUnpackedBytes, maxSitemaps));
    }

    @PreDestroy
    void close() {
        if (downloader != null) {
            downloader.close();
        }
    }
}
