package org.alpwb.plot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * The JFreeChart wrapper bundle must resolve in Felix without extra bundles: every import is a
 * JDK package (exported by the system bundle), one of its own exports, or optional.
 */
class WrapperManifestTest {
    @Test
    void everyMandatoryImportIsAJdkPackageOrSelfExported() throws Exception {
        Manifest manifest = wrapperManifest();
        assertEquals("org.alpwb.wrap.jfreechart", manifest.getMainAttributes().getValue("Bundle-SymbolicName"));
        Set<String> exports = new HashSet<>();
        for (String clause : clauses(manifest.getMainAttributes().getValue("Export-Package"))) {
            exports.add(clause.split(";")[0].trim());
        }
        Set<String> jdk = jdkPackages();
        List<String> unresolvable = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        for (String clause : clauses(manifest.getMainAttributes().getValue("Import-Package"))) {
            String name = clause.split(";")[0].trim();
            if (clause.replace(" ", "").contains("resolution:=optional")) {
                optional.add(name);
            } else if (!jdk.contains(name) && !exports.contains(name)) {
                unresolvable.add(name);
            }
        }
        assertEquals(List.of(), unresolvable, "mandatory imports no JDK module or the bundle itself provides");
        assertTrue(exports.contains("org.jfree.chart") && exports.contains("org.jfree.data.xy"), exports.toString());
        assertTrue(optional.containsAll(List.of("javax.servlet", "org.jfree.svg")), optional.toString());
    }

    private static Manifest wrapperManifest() throws Exception {
        URI location = JFreeChart.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        Path path = Path.of(location);
        if (Files.isDirectory(path)) {
            try (InputStream in = Files.newInputStream(path.resolve("META-INF/MANIFEST.MF"))) {
                return new Manifest(in);
            }
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.getManifest();
        }
    }

    private static Set<String> jdkPackages() {
        Set<String> packages = new HashSet<>();
        for (Module module : ModuleLayer.boot().modules()) {
            for (ModuleDescriptor.Exports export : module.getDescriptor().exports()) {
                if (!export.isQualified()) {
                    packages.add(export.source());
                }
            }
        }
        return packages;
    }

    /** Splits an OSGi header at commas outside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        return clauses;
    }
}
