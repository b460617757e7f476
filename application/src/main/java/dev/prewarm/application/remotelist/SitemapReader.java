package dev.prewarm.application.remotelist;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one sitemap document (sitemaps.org) with the JDK's StAX parser, streaming: a {@code
 * <urlset>} hands each {@code <url><loc>} to one handler, a {@code <sitemapindex>} each {@code
 * <sitemap><loc>} to the other. Other elements ({@code lastmod}, image and alternate-language
 * extensions, whose {@code loc}s sit under other parents) are ignored; names are matched by local
 * name, so a missing or odd namespace is tolerated.
 *
 * <p>Hostile XML: a DOCTYPE is refused outright (a sitemap never needs one), which rules out
 * external entities (XXE) and entity expansion (billion laughs); DTD support and external entities
 * are also switched off in the parser, element nesting is capped, and a {@code loc} is cut at
 * {@value #MAX_LOC_CHARS} characters (the intake then rejects it as too long) so one huge text node
 * cannot fill memory.
 */
final class SitemapReader {
    static final int MAX_LOC_CHARS = 64 * 1024;
    private static final int MAX_DEPTH = 32;

    enum Kind {
        URL_SET,
        INDEX
    }

    @FunctionalInterface
    interface LocHandler {
        void loc(String text) throws IOException;
    }

    private final XMLInputFactory factory;

    SitemapReader() {
        // The JDK's own implementation whatever else is on the class path, so these settings mean what they say.
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not loaded (" + systemId + ")");
        });
    }

    /** @param name the document's URL, for messages */
    Kind read(InputStream in, String name, LocHandler urls, LocHandler sitemaps) throws IOException {
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            return document(xml, name, urls, sitemaps);
        } catch (XMLStreamException e) {
            IOException cause = ioCause(e);
            if (cause != null) {
                throw cause; // the download failed (limit, time, connection), not the XML
            }
            throw new RemoteListException(
                    "the sitemap " + name + " is not well-formed XML" + where(e.getLocation()) + ": " + message(e), e);
        } finally {
            close(xml);
        }
    }

    private static Kind document(XMLStreamReader xml, String name, LocHandler urls, LocHandler sitemaps)
            throws XMLStreamException, IOException {
        Kind kind = null;
        String[] path = new String[MAX_DEPTH + 1]; // path[d] = local name of the open element at depth d
        int depth = 0;
        StringBuilder loc = null;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.DTD ->
                    throw new RemoteListException("the sitemap " + name + " has a DOCTYPE, which is not allowed");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > MAX_DEPTH) {
                        throw new RemoteListException(
                                "the sitemap " + name + " nests elements deeper than " + MAX_DEPTH);
                    }
                    path[depth] = xml.getLocalName();
                    if (depth == 1) {
                        kind = kindOf(path[1], name);
                    }
                    if (depth == 3 && path[3].equals("loc") && isEntry(kind, path[2])) {
                        loc = new StringBuilder();
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (loc != null && loc.length() < MAX_LOC_CHARS) {
                        String text = xml.getText();
                        loc.append(text, 0, Math.min(text.length(), MAX_LOC_CHARS - loc.length()));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (loc != null && depth == 3) {
                        (kind == Kind.URL_SET ? urls : sitemaps)
                                .loc(loc.toString().strip());
                        loc = null;
                    }
                    depth--;
                }
                default -> {
                    // comments, processing instructions, whitespace: nothing to do
                }
            }
        }
        if (kind == null) {
            throw new RemoteListException("the sitemap " + name + " is empty");
        }
        return kind;
    }

    private static Kind kindOf(String root, String name) throws RemoteListException {
        return switch (root) {
            case "urlset" -> Kind.URL_SET;
            case "sitemapindex" -> Kind.INDEX;
            default ->
                throw new RemoteListException("the document " + name + " is not a sitemap: its root element is <" + root
                        + ">, not <urlset> or <sitemapindex>");
        };
    }

    private static boolean isEntry(Kind kind, String parent) {
        return kind == Kind.URL_SET ? "url".equals(parent) : "sitemap".equals(parent);
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t instanceof XMLStreamException xse && xse.getNestedException() instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 0
                ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    private static String message(XMLStreamException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int detail = text.indexOf("Message: ");
        return detail >= 0 ? text.substring(detail + "Message: ".length()).strip() : text.strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // the stream is closed by its owner
            }
        }
    }
}
