/** pyhf JSON workspaces (HistFactory): immutable records, reader with path-naming errors, writer. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.alpwb.limits.pyhf;
