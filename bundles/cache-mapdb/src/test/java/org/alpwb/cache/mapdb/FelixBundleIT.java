package org.alpwb.cache.mapdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.alpwb.api.cache.ResultCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Runs after {@code package} (failsafe): starts a real Felix 7 with nothing but the OSGi runtime the
 * product uses (SCR with the org.osgi.service.component API bundle it imports, util.promise/function,
 * ConfigAdmin) and the API bundle, installs the built jar,
 * configures the cache directory through ConfigAdmin, and uses the ResultCache and Command services.
 * Services live in bundle class loaders, so they are called reflectively.
 */
class FelixBundleIT {

    @TempDir
    Path dir;

    @Test
    void bundleResolvesStartsAndServesTheCache() throws Exception {
        Path bundleJar = Path.of(System.getProperty("alpwb.bundle.jar", "target/org.alpwb.cache.mapdb-0.1.0-SNAPSHOT.jar"));
        assertTrue(Files.isRegularFile(bundleJar), "built bundle missing: " + bundleJar + " (run after package)");

        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, dir.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        FrameworkFactory factory = java.util.ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        Framework framework = factory.newFramework(config);
        framework.start();
        try {
            BundleContext context = framework.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (String location : List.of(
                    location("org/osgi/util/function/Function.class"),
                    location("org/osgi/util/promise/Promise.class"),
                    location("org/osgi/service/component/ComponentContext.class"),
                    location("org/apache/felix/scr/impl/Activator.class"),
                    location("org/apache/felix/cm/impl/ConfigurationAdminImpl.class"),
                    location("org/alpwb/api/cache/ResultCache.class"),
                    bundleJar.toUri().toString())) {
                bundles.add(context.installBundle(location));
            }
            for (Bundle bundle : bundles) {
                bundle.start();
            }
            Bundle cacheBundle = bundles.get(bundles.size() - 1);
            assertEquals("org.alpwb.cache.mapdb", cacheBundle.getSymbolicName());
            assertEquals(Bundle.ACTIVE, cacheBundle.getState());
            String imports = cacheBundle.getHeaders().get(Constants.IMPORT_PACKAGE);
            assertFalse(imports.contains("org.mapdb") || imports.contains("kotlin;") || imports.contains("picocli"),
                    imports);
            assertNull(cacheBundle.getHeaders().get(Constants.EXPORT_PACKAGE), "exports nothing");

            // point the cache at a temporary directory through ConfigAdmin
            Path cacheDir = dir.resolve("configured-cache");
            ServiceReference<?> cmRef = await(context, "org.osgi.service.cm.ConfigurationAdmin", null);
            Object cm = context.getService(cmRef);
            Class<?> cmType = cmRef.getBundle().loadClass("org.osgi.service.cm.ConfigurationAdmin");
            Object configuration = cmType.getMethod("getConfiguration", String.class, String.class)
                    .invoke(cm, MapDbResultCache.PID, "?");
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("cacheDir", cacheDir.toString());
            configuration.getClass().getMethod("update", Dictionary.class).invoke(configuration, properties);

            Path expected = cacheDir.resolve("results.mapdb");
            Object cache = null;
            ServiceReference<?> cacheRef = null;
            for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline; Thread.sleep(100)) {
                ServiceReference<?>[] refs = context.getAllServiceReferences(ResultCache.class.getName(), "(alpwb.id=mapdb)");
                if (refs == null) {
                    continue;
                }
                cacheRef = refs[0];
                if (!cacheDir.toString().equals(cacheRef.getProperty("cacheDir"))) {
                    continue;
                }
                cache = context.getService(cacheRef);
                break;
            }
            assertNotNull(cache, "ResultCache service with the configured cacheDir never appeared");
            assertEquals("cache", cacheRef.getProperty("alpwb.kind"));

            byte[] value = "hello from Felix".getBytes(StandardCharsets.UTF_8);
            call(cache, "put", "k".repeat(64), value);
            Optional<?> read = (Optional<?>) call(cache, "get", "k".repeat(64));
            assertArrayEquals(value, (byte[]) read.orElseThrow());
            Object stats = call(cache, "statistics");
            assertEquals(expected.toString(), stats.getClass().getMethod("location").invoke(stats));
            assertTrue(Files.isRegularFile(expected));

            // the cache command, with picocli embedded in the bundle
            ServiceReference<?> commandRef = await(context, "org.alpwb.api.cli.Command", "(alpwb.id=cache)");
            Object command = context.getService(commandRef);
            Class<?> ioType = commandRef.getBundle().loadClass("org.alpwb.api.cli.CommandIO");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Supplier<Object> noProgress = () -> null;
            Object io = ioType.getConstructor(InputStream.class, PrintStream.class, PrintStream.class, boolean.class,
                    Path.class, Supplier.class).newInstance(new ByteArrayInputStream(new byte[0]),
                            new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8), false, dir, noProgress);
            Method run = command.getClass().getMethod("run", List.class, ioType);
            int exit = (Integer) run.invoke(command, List.of("stats", "--json"), io);
            assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"entries\":1,"), out.toString(StandardCharsets.UTF_8));
        } finally {
            framework.stop();
            FrameworkEvent stopped = framework.waitForStop(30_000);
            assertEquals(FrameworkEvent.STOPPED, stopped.getType());
        }
        // the framework stop deactivated the component, which released the file
        try (MapDbStore store = MapDbStore.open(dir.resolve("configured-cache/results.mapdb"), message -> { })) {
            assertArrayEquals("hello from Felix".getBytes(StandardCharsets.UTF_8), store.get("k".repeat(64)).orElseThrow());
        }
    }

    /** Waits (services may register asynchronously) for a service; fails after 30 s. */
    private static ServiceReference<?> await(BundleContext context, String type, String filter) throws Exception {
        for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline; Thread.sleep(50)) {
            ServiceReference<?>[] refs = context.getAllServiceReferences(type, filter);
            if (refs != null) {
                return refs[0];
            }
        }
        throw new AssertionError("no " + type + " service " + (filter == null ? "" : filter) + " within 30 s");
    }

    private static Object call(Object target, String name, Object... args) throws Exception {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                return method.invoke(target, args);
            }
        }
        throw new AssertionError("no method " + name + " on " + target.getClass());
    }

    /** Install location of the jar (or classes directory) on the test class path that holds {@code resource}. */
    private static String location(String resource) throws Exception {
        URL url = FelixBundleIT.class.getClassLoader().getResource(resource);
        assertNotNull(url, resource + " is not on the test class path");
        String text = url.toString();
        if (text.startsWith("jar:")) {
            return text.substring(4, text.indexOf("!/"));
        }
        // a reactor build may hand us target/classes: install the directory in place
        Path root = Path.of(url.toURI());
        for (int i = 0; i < resource.split("/").length; i++) {
            root = root.getParent();
        }
        return "reference:" + root.toUri();
    }
}
