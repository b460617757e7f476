package dev.prewarm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every text a viewer reads comes from the message bundles: a page with a literal word in its
 * body or in a visible attribute (a label, a header, a title, an empty message…) fails here.
 * Punctuation between expressions is allowed; letters are not.
 */
class PageTextTest {
    static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of(
            "value",
            "label",
            "header",
            "headerText",
            "footerText",
            "title",
            "placeholder",
            "itemLabel",
            "emptyMessage",
            "summary",
            "detail",
            "requiredMessage",
            "converterMessage",
            "validatorMessage",
            "alt",
            "message",
            "noSelectionLabel",
            "yesButtonLabel",
            "noButtonLabel");
    /** Attributes named "value" that hold data (parameters, link targets), not text, on these elements. */
    private static final Set<String> DATA_VALUE_ELEMENTS =
            Set.of("f:param", "f:viewParam", "f:attribute", "h:outputLink");

    @Test
    void pagesHaveNoLiteralText() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            problems.addAll(literalTextIn(page));
        }
        assertThat(problems)
                .as("literal text in pages; put it in messages.properties")
                .isEmpty();
    }

    @Test
    void theCheckNoticesALiteralWord() throws Exception {
        Path page = Files.createTempFile("page", ".xhtml");
        try {
            Files.writeString(
                    page, "<div xmlns:p=\"primefaces\"><p:column headerText=\"Name\">#{x} Hello</p:column></div>");
            assertThat(literalTextIn(page)).hasSize(2);
        } finally {
            Files.delete(page);
        }
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static List<String> literalTextIn(Path page) throws Exception {
        List<String> problems = new ArrayList<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newSAXParser().parse(page.toFile(), new DefaultHandler() {
            private Locator locator;
            private final StringBuilder text = new StringBuilder();

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                flushText();
                for (int i = 0; i < attributes.getLength(); i++) {
                    String name = attributes.getQName(i);
                    boolean dataValue = name.equals("value") && DATA_VALUE_ELEMENTS.contains(qName);
                    if (VISIBLE_ATTRIBUTES.contains(name) && !dataValue && hasLiteralWords(attributes.getValue(i))) {
                        problems.add(where() + " <" + qName + " " + name + "=\"" + attributes.getValue(i) + "\">");
                    }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                flushText();
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            private void flushText() {
                if (hasLiteralWords(text.toString())) {
                    problems.add(where() + " text \"" + text.toString().strip() + "\"");
                }
                text.setLength(0);
            }

            private String where() {
                return page + ":" + (locator == null ? "?" : locator.getLineNumber());
            }
        });
        return problems;
    }

    static boolean hasLiteralWords(String text) {
        return LETTER.matcher(EXPRESSION.matcher(text).replaceAll("")).find();
    }
}
