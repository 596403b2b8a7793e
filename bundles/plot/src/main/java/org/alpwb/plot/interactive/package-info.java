/** JFreeChart charts from chart specifications, for the desktop workbench's interactive chart views. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.plot.interactive;
