package dev.prewarm.domain.job;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.url.PreloadUrl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data builder: {@code aJob().withUrls("https://example.com/a", "https://example.com/b").build()}.
 * The URLs go through a real intake (site domains {@code example.com, *.example.com} unless changed);
 * {@link #acceptedUrls()} gives what the accepted sink received.
 */
public final class JobBuilder {
    private JobId id = JobId.of("0123456789abcdef01234567");
    private AccountId owner = AccountId.of("1001");
    private SiteId siteId = SiteId.of(1);
    private JobName name = JobName.of("launch");
    private InsertWay insertWay = InsertWay.TEXT_BOX;
    private Instant createdAt = Instant.parse("2025-01-01T00:00:00Z");
    private SiteDomains domains = SiteDomains.of("example.com", "*.example.com");
    private long urlQuota = 1_000_000;
    private List<String> lines = List.of("https://example.com/a", "https://example.com/b", "https://example.com/c");
    private final List<PreloadUrl> accepted = new ArrayList<>();

    private JobBuilder() {}

    public static JobBuilder aJob() {
        return new JobBuilder();
    }

    public JobBuilder withId(String value) {
        this.id = JobId.of(value);
        return this;
    }

    public JobBuilder ownedBy(String accountId) {
        this.owner = AccountId.of(accountId);
        return this;
    }

    public JobBuilder forSite(long value) {
        this.siteId = SiteId.of(value);
        return this;
    }

    public JobBuilder named(String value) {
        this.name = JobName.of(value);
        return this;
    }

    public JobBuilder insertedBy(InsertWay value) {
        this.insertWay = value;
        return this;
    }

    public JobBuilder createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public JobBuilder withSiteDomains(String... values) {
        this.domains = SiteDomains.of(values);
        return this;
    }

    public JobBuilder withUrlQuota(long value) {
        this.urlQuota = value;
        return this;
    }

    public JobBuilder withUrls(String... urlLines) {
        this.lines = List.of(urlLines);
        return this;
    }

    /** {@code count} distinct URLs {@code https://example.com/u0 …}. */
    public JobBuilder withUrlCount(int count) {
        List<String> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            generated.add("https://example.com/u" + i);
        }
        this.lines = generated;
        return this;
    }

    public IntakeCounts intake() {
        accepted.clear();
        UrlListIntake intake =
                new UrlListIntake(domains, urlQuota, (position, url) -> accepted.add(url), (n, l, r, d) -> {});
        lines.forEach(intake::accept);
        return intake.counts();
    }

    public PreloadJob build() {
        return PreloadJob.create(id, owner, siteId, name, insertWay, intake(), createdAt);
    }

    public List<PreloadUrl> acceptedUrls() {
        return List.copyOf(accepted);
    }
}
