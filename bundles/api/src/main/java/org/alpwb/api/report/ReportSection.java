package org.alpwb.api.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One section of the report.
 *
 * @param id    unique within the report: letters, digits and '-' (anchor of the table of contents, key in report.json)
 * @param title shown as the section heading (plain text)
 * @param html  a well-formed XHTML fragment (no {@code <html>}/{@code <body>}, no scripts, no external resources);
 *              images only from {@link ReportContext#chart}
 * @param data  machine-readable content, JSON-ready with a fixed key order: written to report.json under
 *              {@code sections.<id>}
 */
public record ReportSection(String id, String title, String html, Map<String, Object> data) {

    public ReportSection {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("section id '" + id + "' must be letters, digits and '-'");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(html, "html");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
