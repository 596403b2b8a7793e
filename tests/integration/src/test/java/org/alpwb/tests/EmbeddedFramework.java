package org.alpwb.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * A real Apache Felix with exactly the bundles of the exported product (taken from
 * product/target/alpwb.jar), started in-process. Tests observe it through the core OSGi API only,
 * so no product class is loaded twice.
 */
final class EmbeddedFramework implements AutoCloseable {
    private final Framework framework;

    EmbeddedFramework(Path workDirectory, Path pluginDirectory) throws IOException, BundleException {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, workDirectory.resolve("storage").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("felix.fileinstall.dir", pluginDirectory.toString());
        properties.put("felix.fileinstall.poll", "200");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        properties.put("felix.fileinstall.log.level", "1");
        properties.put("gosh.args", "--nointeractive");
        // like the product (alpwb.bndrun -runsystempackages): the mlp classifier's optional Vector API import
        properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "jdk.incubator.vector");
        properties.put("alpwb.cache.dir", workDirectory.resolve("cache").toString());
        System.setProperty("alpwb.cache.dir", workDirectory.resolve("cache").toString());
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        framework = factory.newFramework(properties);
        framework.init();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : productBundles(workDirectory.resolve("bundles"))) {
            installed.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
        }
        framework.start();
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /** Polls {@code condition} every 50 ms for up to {@code millis}; true if it became true. */
    static boolean eventually(long millis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    private static List<Path> productBundles(Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> bundles = new ArrayList<>();
        try (JarFile product = new JarFile(Paths.productJar().toFile())) {
            for (Enumeration<JarEntry> entries = product.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.startsWith("jar/") || !name.endsWith(".jar") || name.contains("biz.aQute.launcher")
                        || name.contains("org.apache.felix.framework")) {
                    continue;
                }
                Path jar = target.resolve(name.substring(4));
                try (InputStream in = product.getInputStream(entry)) {
                    Files.copy(in, jar);
                }
                bundles.add(jar);
            }
        }
        return bundles;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(30_000);
    }
}
