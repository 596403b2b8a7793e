/**
 * Service property names, exit codes and the error types shared by every bundle: {@link InvalidInputException}
 * (exit 2) and, since 1.1, {@link EnvironmentException} (exit 1, one line).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.alpwb.api;
