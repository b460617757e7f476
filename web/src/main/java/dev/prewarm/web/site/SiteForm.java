package dev.prewarm.web.site;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.HeaderVariant;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.Site;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The site form's fields as the page edits them (text, one entry per line) and their conversion
 * to domain values, which validate themselves: a bad entry comes back as the domain's
 * InvalidParameterException naming the field.
 */
public class SiteForm implements Serializable {
    private String name = "";
    private String domains = "";
    private String status = "active";
    private String edgeTargets = "";
    private String variants = "gzip; Accept-Encoding: gzip";
    private String userAgent = RequestProfile.DEFAULT_USER_AGENT;
    private int connectTimeoutSeconds = 5;
    private int readTimeoutSeconds = 30;
    private long maxBodyMiB = RequestProfile.DEFAULT_MAX_BODY_BYTES / (1024 * 1024);
    private int concurrency = 16;
    private Integer requestsPerSecond;
    private boolean followRedirects;

    static SiteForm of(Site site) {
        SiteForm form = new SiteForm();
        RequestProfile p = site.profile();
        form.name = site.name().value();
        form.domains = String.join("\n", site.domains().asText().split(","));
        form.status = site.status().wireName();
        form.edgeTargets = String.join(
                "\n", p.edgeTargets().stream().map(EdgeTarget::toString).toList());
        form.variants = String.join(
                "\n", p.variants().stream().map(SiteForm::variantLine).toList());
        form.userAgent = p.userAgent();
        form.connectTimeoutSeconds = (int) p.connectTimeout().toSeconds();
        form.readTimeoutSeconds = (int) p.readTimeout().toSeconds();
        form.maxBodyMiB = p.maxBodyBytes() / (1024 * 1024);
        form.concurrency = p.concurrency();
        form.requestsPerSecond =
                p.requestsPerSecond().isPresent() ? p.requestsPerSecond().getAsInt() : null;
        form.followRedirects = p.followRedirects();
        return form;
    }

    RequestProfile profile() {
        return new RequestProfile(
                lines(edgeTargets).stream().map(EdgeTarget::parse).toList(),
                lines(variants).stream().map(SiteForm::parseVariant).toList(),
                userAgent,
                Duration.ofSeconds(connectTimeoutSeconds),
                Duration.ofSeconds(readTimeoutSeconds),
                maxBodyMiB * 1024 * 1024,
                concurrency,
                requestsPerSecond == null ? OptionalInt.empty() : OptionalInt.of(requestsPerSecond),
                followRedirects);
    }

    /** "name; Header: value; Header: value" — the form's one-line spelling of a variant. */
    static HeaderVariant parseVariant(String line) {
        String[] parts = line.split(";");
        if (parts[0].contains(":")) {
            // "Accept-Encoding: gzip" alone would be a variant of that name with no header at all.
            throw new InvalidParameterException(
                    "Variants",
                    "start each line with the variant's name, then its headers: 'gzip; Accept-Encoding: gzip', got '"
                            + line.strip() + "'");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw new InvalidParameterException(
                        "Variants", "write each header as 'Name: value', got '" + part + "' in '" + line + "'");
            }
            headers.put(
                    part.substring(0, colon).strip(), part.substring(colon + 1).strip());
        }
        return new HeaderVariant(parts[0].strip(), headers);
    }

    static String variantLine(HeaderVariant variant) {
        StringBuilder line = new StringBuilder(variant.name());
        variant.headers()
                .forEach((header, value) ->
                        line.append("; ").append(header).append(": ").append(value));
        return line.toString();
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDomains() {
        return domains;
    }

    public void setDomains(String domains) {
        this.domains = domains;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getEdgeTargets() {
        return edgeTargets;
    }

    public void setEdgeTargets(String edgeTargets) {
        this.edgeTargets = edgeTargets;
    }

    public String getVariants() {
        return variants;
    }

    public void setVariants(String variants) {
        this.variants = variants;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    public void setConnectTimeoutSeconds(int v) {
        this.connectTimeoutSeconds = v;
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    public void setReadTimeoutSeconds(int v) {
        this.readTimeoutSeconds = v;
    }

    public long getMaxBodyMiB() {
        return maxBodyMiB;
    }

    public void setMaxBodyMiB(long v) {
        this.maxBodyMiB = v;
    }

    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public Integer getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(Integer v) {
        this.requestsPerSecond = v;
    }

    public boolean isFollowRedirects() {
        return followRedirects;
    }

    public void setFollowRedirects(boolean v) {
        this.followRedirects = v;
    }
}
