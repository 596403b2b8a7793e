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
import org.osgi.framework.BundleException;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The hot-deploy directory watched by FileInstall ({@code felix.fileinstall.dir}). A one-shot command
 * waits until every jar there has been installed and started (or has visibly failed), so that
 * {@code alpwb plugins} and {@code alpwb run} see the plugins a user just dropped in; a jar that cannot
 * become active is reported in one line as soon as that is certain, without waiting for a timeout.
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

    /**
     * Waits until every jar there is settled (see {@link #settle}), at most {@code timeoutMillis} for jars FileInstall
     * has not installed yet; prints one line per jar that did not become an active bundle.
     */
    void awaitDeployed(long timeoutMillis, PrintStream err) {
        if (directory == null || !Files.isDirectory(directory)) {
            return;
        }
        List<Path> pending = new ArrayList<>(jars());
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            for (java.util.Iterator<Path> it = pending.iterator(); it.hasNext();) {
                Outcome outcome = settle(it.next());
                if (outcome != null) {
                    it.remove();
                    if (outcome.problem()) {
                        err.println("alpwb: warning: " + outcome.line());
                    }
                }
            }
            if (pending.isEmpty() || System.currentTimeMillis() >= deadline) {
                break;
            }
            sleep(100);
        }
        for (Path jar : pending) {
            err.println("alpwb: warning: " + notInstalled(jar, timeoutMillis));
        }
    }

    static String notInstalled(Path jar, long waitedMillis) {
        return "plugin " + jar + " was not installed within " + waitedMillis / 1000 + " s (not a valid OSGi bundle?)";
    }

    /** What became of a jar of the plugins directory, in one line; {@code problem} if it is not an active bundle. */
    record Outcome(boolean problem, String line) {
    }

    /**
     * The outcome of {@code jar}, or null while FileInstall has not installed it yet. Conclusive at once: a file that
     * cannot be a bundle, a bundle whose requirements no installed bundle provides, one whose start fails (it is
     * started here, as FileInstall would, so that the failure is known now and not after a timeout).
     */
    Outcome settle(Path jar) {
        String invalid = notABundle(jar);
        if (invalid != null) {
            return new Outcome(true, invalid); // FileInstall will never install it: no reason to wait for it
        }
        Bundle bundle = installed(jar);
        if (bundle == null) {
            String twin = sameIdentityAsInstalled(jar);
            return twin == null ? null : new Outcome(true, twin);
        }
        String name = "plugin " + jar + " (" + bundle.getSymbolicName() + " " + bundle.getVersion() + ")";
        if (bundle.getHeaders().get("Fragment-Host") != null) {
            return new Outcome(false, name + " deployed (fragment)");
        }
        if (bundle.getState() == Bundle.INSTALLED) {
            FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
            if (!wiring.resolveBundles(List.of(bundle))) {
                return new Outcome(true, name + " is not active: unresolved requirements: " + missing(bundle, wiring));
            }
        }
        if (bundle.getState() == Bundle.RESOLVED) {
            try {
                bundle.start();
            } catch (BundleException | IllegalStateException e) {
                return new Outcome(true, name + " is not active: its start failed: " + firstLine(e));
            }
        }
        int state = bundle.getState();
        if (state == Bundle.ACTIVE || state == Bundle.STARTING) {
            return new Outcome(false, name + " deployed");
        }
        return state == Bundle.UNINSTALLED ? new Outcome(true, name + " was uninstalled") : null;
    }

    /** The mandatory requirements of {@code bundle} that nothing installed provides, named briefly. */
    private static String missing(Bundle bundle, FrameworkWiring wiring) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<String> missing = new ArrayList<>();
        if (revision != null) {
            for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
                boolean optional = "optional".equals(requirement.getDirectives().get("resolution"));
                if (!optional && wiring.findProviders(requirement).isEmpty()) {
                    missing.add(describe(requirement));
                }
            }
        }
        return missing.isEmpty() ? "no single requirement is missing (a uses conflict?); ALPWB_DEBUG=1 shows more"
                : String.join(", ", missing);
    }

    private static String describe(BundleRequirement requirement) {
        String filter = requirement.getDirectives().getOrDefault("filter", "");
        java.util.regex.Matcher packageName = java.util.regex.Pattern
                .compile("\\(osgi\\.wiring\\.package=([^)]+)\\)").matcher(filter);
        if (PackageNamespace.PACKAGE_NAMESPACE.equals(requirement.getNamespace()) && packageName.find()) {
            return "package " + packageName.group(1) + (filter.contains("version") ? " " + filter : "");
        }
        return requirement.getNamespace() + " " + filter;
    }

    /** A one-line reason: the deepest message (an activator's own exception), up to its first line break. */
    private static String firstLine(Exception e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest && deepest.getCause().getMessage() != null) {
            deepest = deepest.getCause();
        }
        String message = String.valueOf(deepest.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Why FileInstall cannot install {@code jar}: an installed bundle from elsewhere has its name and version. */
    private String sameIdentityAsInstalled(Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Attributes main = file.getManifest().getMainAttributes();
            String symbolicName = main.getValue("Bundle-SymbolicName").split(";")[0].trim();
            org.osgi.framework.Version version = org.osgi.framework.Version.parseVersion(main.getValue("Bundle-Version"));
            for (Bundle bundle : context.getBundles()) {
                if (!isFrom(bundle, jar) && symbolicName.equals(bundle.getSymbolicName())
                        && version.equals(bundle.getVersion())) {
                    return "plugin " + jar + " has the symbolic name and version of the installed bundle "
                            + bundle.getLocation() + " (" + symbolicName + " " + version + "); ignored";
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // FileInstall decides; the timeout reports it if it never appears
        }
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
        for (Bundle bundle : context.getBundles()) {
            if (isFrom(bundle, jar)) {
                return bundle;
            }
        }
        return null;
    }

    private static boolean isFrom(Bundle bundle, Path jar) {
        String location = bundle.getLocation();
        return location.equals(jar.toUri().toString()) || location.endsWith("/" + jar.getFileName());
    }

    List<Path> jars() {
        List<Path> jars = new ArrayList<>();
        if (directory == null) {
            return jars;
        }
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
