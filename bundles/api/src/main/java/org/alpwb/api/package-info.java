/** Service property names, exit codes and the input-error type shared by every bundle. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.alpwb.api;
