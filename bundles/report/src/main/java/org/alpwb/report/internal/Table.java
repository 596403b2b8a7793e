package org.alpwb.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A report table. Numeric cells carry the exact input value in a {@code data-value} attribute (and
 * in the CSV form), the text shows it rounded.
 */
final class Table {
    /** A cell: shown text, exact value (null for text cells), CSS class, optional link. */
    record Cell(String text, String value, String cssClass, String href) {
        static Cell text(String text) {
            return new Cell(text, null, null, null);
        }

        static Cell num(double value) {
            return Double.isNaN(value) ? new Cell(Fmt.NONE, null, "num", null)
                    : new Cell(Fmt.num(value), Double.toString(value), "num", null);
        }

        static Cell num(String text, double value) {
            return new Cell(text, Double.isNaN(value) ? null : Double.toString(value), "num", null);
        }

        static Cell count(long value) {
            return new Cell(Fmt.count(value), Long.toString(value), "num", null);
        }

        static Cell percent(double fraction) {
            return num(Fmt.percent(fraction), fraction);
        }

        static Cell note(String text) {
            return new Cell(text, null, "note", null);
        }

        static Cell link(String text, String href) {
            return new Cell(text, null, null, href);
        }

        Cell withClass(String css) {
            return new Cell(text, value, cssClass == null ? css : cssClass + " " + css, href);
        }
    }

    /** A header spanning {@code span} columns. */
    record Group(String label, int span) {
    }

    private final String id;
    private final String caption;
    private final List<String> header;
    private final List<Group> groups = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();

    Table(String id, String caption, List<String> header) {
        this.id = id;
        this.caption = caption;
        this.header = List.copyOf(header);
    }

    Table group(String label, int span) {
        groups.add(new Group(label, span));
        return this;
    }

    Table row(Cell... cells) {
        return row(Arrays.asList(cells));
    }

    Table row(List<Cell> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("table " + id + ": row has " + cells.size() + " cells, header "
                    + header.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    int rowCount() {
        return rows.size();
    }

    void write(Html html) {
        html.open("div", "class", "table-wrap").open("table", "id", id);
        if (caption != null && !caption.isEmpty()) {
            html.element("caption", caption);
        }
        html.open("thead");
        if (!groups.isEmpty()) {
            html.open("tr", "class", "groups");
            for (Group g : groups) {
                html.element("th", g.label(), "colspan", Integer.toString(g.span()), "scope", "colgroup");
            }
            html.close("tr");
        }
        html.open("tr");
        for (String h : header) {
            html.element("th", h, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (List<Cell> row : rows) {
            html.open("tr");
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                String tag = c == 0 ? "th" : "td";
                String[] attributes = {"class", cell.cssClass(), "data-value", cell.value(), "scope",
                    c == 0 ? "row" : null};
                if (cell.href() != null) {
                    html.open(tag, attributes).element("a", cell.text(), "href", cell.href()).close(tag);
                } else {
                    html.element(tag, cell.text(), attributes);
                }
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div");
    }

    /** The table as CSV: exact values for numeric cells, text otherwise. */
    String csv() {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        int g = 0;
        int left = groups.isEmpty() ? Integer.MAX_VALUE : groups.get(0).span();
        for (String h : header) {
            if (left == 0) {
                g++;
                left = groups.get(g).span();
            }
            String prefix = groups.isEmpty() || groups.get(g).label().isEmpty() ? "" : groups.get(g).label() + ": ";
            names.add(prefix + h);
            left--;
        }
        line(out, names);
        for (List<Cell> row : rows) {
            List<String> values = new ArrayList<>();
            for (Cell cell : row) {
                values.add(cell.value() != null ? cell.value() : cell.text());
            }
            line(out, values);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
                v = "\"" + v.replace("\"", "\"\"") + "\"";
            }
            out.append(i == 0 ? "" : ",").append(v);
        }
        out.append('\n');
    }
}
