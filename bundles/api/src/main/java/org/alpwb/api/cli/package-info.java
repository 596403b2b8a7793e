/**
 * Command-line contributions: every bundle may register {@link org.alpwb.api.cli.Command} services;
 * the CLI bundle dispatches {@code alpwb NAME ...} to them and offers them in the Gogo shell.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.alpwb.api.cli;
