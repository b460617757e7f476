package dev.prewarm.application.remotelist;

import dev.prewarm.domain.url.PreloadUrl;
import dev.prewarm.domain.url.UrlNormalization;
import dev.prewarm.domain.url.UrlNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a sitemap or sitemap index depth-first, in document order, and hands every page URL on.
 * Levels count documents: the one the user named is level 1, so with {@value #MAX_LEVELS} levels an
 * index may list indexes that list sitemaps, and an index at level 3 that lists anything is refused
 * (as is a loop, which is just an endless nesting). A document listed twice is read once. An index
 * is read to its end before its children are fetched, so no more than one connection is open.
 */
final class SitemapCrawl {
    static final int MAX_LEVELS = 3;

    /** Opens a document's unpacked bytes; the caller closes the stream. */
    @FunctionalInterface
    interface Documents {
        InputStream open(PreloadUrl url) throws IOException;
    }

    private final Documents documents;
    private final int maxDocuments;
    private final SitemapReader reader = new SitemapReader();
    private final Set<String> seen = new HashSet<>();

    /** @param maxDocuments also bounds the children of one index held in memory */
    SitemapCrawl(Documents documents, int maxDocuments) {
        this.documents = documents;
        this.maxDocuments = maxDocuments;
    }

    void crawl(PreloadUrl root, SitemapReader.LocHandler pages) throws IOException {
        visit(root, 1, pages);
    }

    private void visit(PreloadUrl url, int level, SitemapReader.LocHandler pages) throws IOException {
        if (!seen.add(url.value())) {
            return;
        }
        List<String> children = new ArrayList<>();
        SitemapReader.Kind kind;
        try (InputStream in = documents.open(url)) {
            kind = reader.read(in, url.value(), pages, child -> {
                if (children.size() == maxDocuments) {
                    throw new RemoteListException(
                            "the sitemap index " + url + " lists more than " + maxDocuments + " sitemaps");
                }
                children.add(child);
            });
        }
        if (kind == SitemapReader.Kind.INDEX && !children.isEmpty() && level == MAX_LEVELS) {
            throw new RemoteListException("sitemap indexes nest deeper than " + MAX_LEVELS + " levels: " + url
                    + " is at level " + MAX_LEVELS + " and lists further sitemaps");
        }
        for (String child : children) {
            visit(sitemapUrl(child, url), level + 1, pages);
        }
    }

    private static PreloadUrl sitemapUrl(String loc, PreloadUrl index) throws RemoteListException {
        return switch (UrlNormalizer.normalize(loc)) {
            case UrlNormalization.Accepted accepted -> accepted.url();
            case UrlNormalization.Rejected rejected ->
                throw new RemoteListException("the sitemap index " + index + " lists '" + shortened(loc)
                        + "', which is not a URL to fetch: " + rejected.detail());
        };
    }

    private static String shortened(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
