package org.alpwb.report.internal;

import java.util.List;

/**
 * A minimal XHTML writer: escapes all text and attribute values, so the report is well-formed XML
 * (and valid HTML5) whatever the study names contain.
 */
final class Html {
    private final StringBuilder out = new StringBuilder();

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        s.append(' ');
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** Opens {@code tag} with attribute name/value pairs (null values are skipped). */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag attrs>text</tag>}. */
    Html element(String tag, String text, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag attrs/>}. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup produced by another {@link Html} (already escaped). */
    Html raw(Html other) {
        out.append(other.out);
        return this;
    }

    Html rawMarkup(String markup) {
        out.append(markup);
        return this;
    }

    Html p(String text, String... attributes) {
        return element("p", text, attributes);
    }

    /** A paragraph with code-styled fragments: odd elements of {@code parts} are shown as code. */
    Html pWithCode(List<String> parts) {
        out.append("<p>");
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 1) {
                out.append("<code>").append(escape(parts.get(i))).append("</code>");
            } else {
                out.append(escape(parts.get(i)));
            }
        }
        out.append("</p>\n");
        return this;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
