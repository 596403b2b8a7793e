package org.alpwb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The hot-deploy directory watched by FileInstall ({@code felix.fileinstall.dir}). A one-shot command
 * waits until every jar there has been installed and started (or has visibly failed), so that
 * {@code alpwb plugins} and {@code alpwb run} see the plugins a user just dropped in.
 */
final class PluginDirectory {
    static final String PROPERTY = "felix.fileinstall.dir";

    private final BundleContext context;
    private final Path directory;

    PluginDirectory(BundleContext context) {
        this.context = context;
        String configured = context.getProperty(PROPERTY);
        this.directory = configured == null ? null : Path.of(configured);
    }

    /** Waits up to {@code timeoutMillis}; reports jars that did not become active bundles. */
    void awaitDeployed(long timeoutMillis, PrintStream err) {
        if (directory == null || !Files.isDirectory(directory)) {
            return;
        }
        List<Path> jars = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (Path jar : jars()) {
            String problem = notABundle(jar);
            if (problem == null) {
                jars.add(jar);
            } else {
                invalid.add(problem); // FileInstall will never install it: no reason to wait for it
            }
        }
        for (String problem : invalid) {
            err.println("alpwb: warning: " + problem);
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        List<String> problems = problems(jars);
        while (!problems.isEmpty() && System.currentTimeMillis() < deadline) {
            sleep(100);
            problems = problems(jars);
        }
        for (String problem : problems) {
            err.println("alpwb: warning: " + problem);
        }
    }

    private List<String> problems(List<Path> jars) {
        List<String> problems = new ArrayList<>();
        for (Path jar : jars) {
            Bundle bundle = installed(jar);
            if (bundle == null) {
                problems.add("plugin " + jar + " was not installed (not a valid OSGi bundle?)");
            } else if (bundle.getState() != Bundle.ACTIVE && bundle.getHeaders().get("Fragment-Host") == null) {
                problems.add("plugin " + jar + " (" + bundle.getSymbolicName() + ") is not active: "
                        + (bundle.getState() == Bundle.INSTALLED ? "unresolved requirements" : "its start failed"));
            }
        }
        return problems;
    }

    /** Why {@code jar} cannot be a bundle (not a zip, no manifest, no Bundle-SymbolicName), or null if it can. */
    static String notABundle(Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return "plugin " + jar + " is not an OSGi bundle (its manifest has no Bundle-SymbolicName); ignored";
            }
            return null;
        } catch (IOException e) {
            return "plugin " + jar + " is not a jar file (" + e.getMessage() + "); ignored";
        }
    }

    private Bundle installed(Path jar) {
        String uri = jar.toUri().toString();
        for (Bundle bundle : context.getBundles()) {
            String location = bundle.getLocation();
            if (location.equals(uri) || location.endsWith(jar.getFileName().toString())) {
                return bundle;
            }
        }
        return null;
    }

    private List<Path> jars() {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.jar")) {
            stream.forEach(jars::add);
        } catch (IOException e) {
            return List.of();
        }
        return jars;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
