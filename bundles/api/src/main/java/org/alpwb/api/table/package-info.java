/** Columnar tables of named double columns (candidate tables, scores, scan results). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.table;
