package dev.prewarm.application.remotelist;

import dev.prewarm.application.preload.Download;
import dev.prewarm.application.preload.DownloadException;
import dev.prewarm.application.preload.Downloader;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.job.InsertWay;
import dev.prewarm.domain.url.PreloadUrl;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;

/**
 * Downloads a job's remote list into a {@link SpooledList}: for {@code oss} the text file itself,
 * for {@code sitemap} the page URLs of the sitemap (or of every sitemap an index leads to), one per
 * line in document order — so for a sitemap the "line" of a rejected URL is its place among all
 * {@code <loc>}s. Any failure is {@code InvalidParameter.OssUrl} with the reason, and leaves no file.
 */
public final class ListSpooler {
    private final Downloader downloader;
    private final Clock clock;

    public ListSpooler(Downloader downloader, Clock clock) {
        this.downloader = downloader;
        this.clock = clock;
    }

    /** @throws InvalidParameterException {@code OssUrl}: not a URL, or the download or its content failed */
    public SpooledList spool(InsertWay way, String ossUrl, ListLimits limits) {
        PreloadUrl url = PreloadUrl.parse(ossUrl, "OssUrl");
        TransferBudget budget = new TransferBudget(limits, clock);
        SpooledList spool = newSpool();
        try {
            switch (way) {
                case OSS -> {
                    try (InputStream in = openDocument(url, budget)) {
                        PlainTextList.copy(in, spool.writer());
                    }
                }
                case SITEMAP ->
                    new SitemapCrawl(next -> openDocument(next, budget), limits.maxDocuments())
                            .crawl(url, loc -> writeLine(spool.writer(), loc));
                case TEXT_BOX -> throw new IllegalArgumentException("a text box is no remote list");
            }
            spool.finish();
            return spool;
        } catch (IOException e) {
            spool.close();
            throw new InvalidParameterException("OssUrl", reason(e, url, budget));
        } catch (RuntimeException e) {
            spool.close();
            throw e;
        }
    }

    private InputStream openDocument(PreloadUrl url, TransferBudget budget) throws IOException {
        budget.startDocument(url);
        Download download = downloader.open(url, budget.deadline());
        try {
            return new FilterInputStream(ListBody.open(download, budget)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        download.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            download.close();
            throw e;
        }
    }

    /** One {@code <loc>} as one line: a line break inside it must not split it into two URLs. */
    private static void writeLine(Writer out, String loc) throws IOException {
        out.write(loc.replace('\r', ' ').replace('\n', ' '));
        out.write('\n');
    }

    private static String reason(IOException e, PreloadUrl url, TransferBudget budget) {
        if (budget.deadlinePassed()) {
            return budget.timeLimitReason();
        }
        if (e instanceof RemoteListException || e instanceof DownloadException) {
            return e.getMessage();
        }
        return "reading " + url + " failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }

    private static SpooledList newSpool() {
        try {
            return SpooledList.create();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for a remote list", e);
        }
    }
}
