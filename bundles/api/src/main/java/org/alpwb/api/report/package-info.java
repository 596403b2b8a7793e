/**
 * Report sections as plugins (service kind {@code report-section}). The {@code report} task asks every
 * {@link org.alpwb.api.report.ReportContributor} for its sections: study-level contributors once, strategy-level
 * contributors once per strategy of the study; the task orders them, numbers them, builds the table of contents
 * and writes {@code report.html}, and the machine-readable data of every section into {@code report.json}.
 * A new strategy bundle adds its own plots (ROC and loss curves, bin maps) by registering a contributor; nothing in
 * the report bundle knows strategy ids.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.report;
