package dev.prewarm.web.job;

import dev.prewarm.application.job.JobIngestion;
import dev.prewarm.application.job.RemoteListIngestion;
import dev.prewarm.application.site.Sites;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.job.InsertWay;
import dev.prewarm.domain.job.JobName;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.web.viewer.UiMessages;
import dev.prewarm.web.viewer.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.primefaces.model.file.UploadedFile;

/** admin/jobs/create.xhtml: a job from a text area, an uploaded .txt / .gz file, a remote list or a sitemap. */
@Named
@ViewScoped
public class JobCreateView implements Serializable {
    private static final Map<String, String> FIELDS = Map.of(
            "Name", "name",
            "SiteId", "site",
            "UrlList", "urls",
            "File", "file",
            "OssUrl", "listUrl");

    @Inject
    JobIngestion ingestion;

    @Inject
    RemoteListIngestion remoteLists;

    @Inject
    Sites sites;

    @Inject
    Workspace workspace;

    @Inject
    UiMessages messages;

    private List<Site> siteChoices = List.of();
    private Long siteId;
    private String name;
    private String source = "text";
    private String urls;
    private String listUrl;
    private transient UploadedFile file;

    public void load() {
        siteChoices = workspace.account().map(sites::list).orElse(List.of());
        if (siteId == null && !siteChoices.isEmpty()) {
            siteId = siteChoices.get(0).id().value();
        }
    }

    public String create() {
        try {
            PreloadJob job = switch (source) {
                case "file" -> fromFile();
                case "url" -> remoteLists.create(account(), site(), JobName.of(name), InsertWay.OSS, listUrl);
                case "sitemap" -> remoteLists.create(account(), site(), JobName.of(name), InsertWay.SITEMAP, listUrl);
                default -> ingestion.createFromText(account(), site(), JobName.of(name), urls);
            };
            return "/admin/jobs/detail?faces-redirect=true&created=true&id="
                    + job.id().value();
        } catch (InvalidParameterException e) {
            messages.error("job:" + FIELDS.getOrDefault(e.parameter(), "source"), e);
        } catch (PrewarmException e) {
            messages.error("job:" + fieldOfSource(), e);
        } catch (IOException e) {
            messages.error("job:file", "job.file.unreadable", e.getMessage());
        }
        return null;
    }

    private String fieldOfSource() {
        return switch (source) {
            case "file" -> "file";
            case "url", "sitemap" -> "listUrl";
            default -> "urls";
        };
    }

    private PreloadJob fromFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            throw new InvalidParameterException("File", "choose a .txt or .gz file with one URL per line");
        }
        try (Reader lines = new InputStreamReader(decompressed(file.getInputStream()), StandardCharsets.UTF_8)) {
            return ingestion.createFromStream(account(), site(), JobName.of(name), InsertWay.TEXT_BOX, lines);
        }
    }

    /** Gzip is recognised by its magic bytes, whatever the file is called. */
    static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 64 * 1024) : in;
    }

    private AccountId account() {
        return workspace.account().orElseThrow();
    }

    private SiteId site() {
        if (siteId == null) {
            throw new InvalidParameterException("SiteId", "choose the site the URLs belong to");
        }
        return SiteId.of(siteId);
    }

    public List<Site> getSiteChoices() {
        return siteChoices;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getUrls() {
        return urls;
    }

    public void setUrls(String urls) {
        this.urls = urls;
    }

    public String getListUrl() {
        return listUrl;
    }

    public void setListUrl(String listUrl) {
        this.listUrl = listUrl;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
