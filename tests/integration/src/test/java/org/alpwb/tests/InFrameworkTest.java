package org.alpwb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The product's bundles in a real Felix with SCR, ConfigAdmin, FileInstall and Gogo. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InFrameworkTest {
    @TempDir
    static Path work;
    static Path plugins;
    static EmbeddedFramework framework;

    @BeforeAll
    static void start() throws Exception {
        plugins = Files.createDirectories(work.resolve("plugins"));
        framework = new EmbeddedFramework(work, plugins);
    }

    @AfterAll
    static void stop() throws Exception {
        framework.close();
    }

    private static BundleContext context() {
        return framework.context();
    }

    private static ServiceReference<?> service(String kind, String id) throws InvalidSyntaxException {
        ServiceReference<?>[] references = context().getAllServiceReferences(null,
                "(&(alpwb.kind=" + kind + ")(alpwb.id=" + id + "))");
        return references == null ? null : references[0];
    }

    @Test
    @Order(1)
    void everyBundleResolvesAndStarts() {
        List<String> notActive = new ArrayList<>();
        for (Bundle bundle : context().getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && bundle.getState() != Bundle.ACTIVE) {
                notActive.add(bundle.getSymbolicName() + " state " + bundle.getState());
            }
        }
        assertTrue(notActive.isEmpty(), "bundles not active: " + notActive);
        assertTrue(context().getBundles().length > 20, "the product has all its bundles");
    }

    @Test
    @Order(2)
    void platformServicesRegisterAndActivate() throws Exception {
        for (String[] kindAndId : new String[][] {{"study-engine", "default"}, {"cache", "mapdb"},
                {"command", "run"}, {"command", "plugins"}, {"command", "version"}, {"command", "cache"}}) {
            ServiceReference<?> reference = service(kindAndId[0], kindAndId[1]);
            assertNotNull(reference, "no " + kindAndId[0] + " service with id " + kindAndId[1]);
            assertNotNull(context().getService(reference), kindAndId[1] + " does not activate");
            context().ungetService(reference);
        }
    }

    @Test
    @Order(3)
    void everyWorkbenchServiceCarriesIdLabelAndKind() throws Exception {
        ServiceReference<?>[] references = context().getAllServiceReferences(null, "(alpwb.kind=*)");
        assertNotNull(references);
        for (ServiceReference<?> reference : references) {
            for (String property : new String[] {"alpwb.id", "alpwb.label"}) {
                Object value = reference.getProperty(property);
                assertTrue(value instanceof String && !((String) value).isBlank(),
                        reference + " lacks " + property);
            }
        }
    }

    @Test
    @Order(3)
    void everyWorkbenchServiceActivates() throws Exception {
        List<String> failed = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (ServiceReference<?> reference : context().getAllServiceReferences(null, "(alpwb.kind=*)")) {
            Object service = context().getService(reference);
            String name = reference.getProperty("alpwb.kind") + "/" + reference.getProperty("alpwb.id");
            if (service == null) {
                failed.add(name);
            } else {
                kinds.add(String.valueOf(reference.getProperty("alpwb.kind")));
                context().ungetService(reference);
            }
        }
        assertTrue(failed.isEmpty(), "services that fail to activate in Felix: " + failed);
        for (String kind : new String[] {"generator", "detector", "channel", "shape-fitter", "background-model",
                "interpolator", "limit-calculator", "plot", "task", "command", "cache", "study-engine", "executor"}) {
            assertTrue(kinds.contains(kind), "no active service of kind " + kind + "; kinds: " + kinds);
        }
    }

    @Test
    @Order(4)
    void apiPackagesAreExportedWithVersions() {
        Bundle api = java.util.Arrays.stream(context().getBundles())
                .filter(b -> "org.alpwb.api".equals(b.getSymbolicName())).findFirst().orElseThrow();
        String exports = api.getHeaders().get(Constants.EXPORT_PACKAGE);
        for (String pkg : new String[] {"org.alpwb.api.event", "org.alpwb.api.study", "org.alpwb.api.cache"}) {
            assertTrue(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(pkg) + ";version=\"1\\.\\d+\\.\\d+\"")
                    .matcher(exports).find(), pkg + " not exported with a 1.x version: " + exports);
        }
    }

    @Test
    @Order(5)
    void droppedJarIsDeployedAndItsRemovalUndeploysIt() throws Exception {
        Path jar = plugins.resolve("toy-plugins.jar");
        Files.copy(Paths.toyPluginJar(), jar, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(EmbeddedFramework.eventually(15_000, () -> safeService("task", "toy-random") != null),
                "toy-random did not appear after the jar was dropped in");
        ServiceReference<?> good = service("task", "toy-random");
        assertNotNull(context().getService(good));
        context().ungetService(good);

        // a plugin whose activation throws is isolated: its service cannot be obtained, the rest still works
        ServiceReference<?> broken = service("task", "toy-broken");
        assertNotNull(broken, "the throwing component is still registered (delayed component)");
        assertNull(context().getService(broken), "activation failure must surface as a null service");
        assertNotNull(context().getService(service("study-engine", "default")));

        Files.delete(jar);
        assertTrue(EmbeddedFramework.eventually(15_000, () -> safeService("task", "toy-random") == null),
                "toy-random is still registered after the jar was removed");
    }

    @Test
    @Order(6)
    void aBrokenJarTakesNothingDown() throws Exception {
        int activeBefore = activeCount();
        Path garbage = plugins.resolve("not-a-bundle.jar");
        Files.write(garbage, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        Thread.sleep(1500); // FileInstall polls every 200 ms here; give it several rounds
        assertEquals(activeBefore, activeCount(), "the broken jar changed the set of active bundles");
        assertNotNull(service("study-engine", "default"));
        Files.delete(garbage);
        assertFalse(Files.exists(garbage));
    }

    @Test
    @Order(3)
    void mlpClassifierWiresTheVectorApi() throws Exception {
        // the classifier imports jdk.incubator.vector optionally; unwired, it would silently run its scalar
        // kernels (same results, ~15x slower). The system bundle must export it and the import must wire.
        Bundle mlp = null;
        for (Bundle bundle : context().getBundles()) {
            if ("org.alpwb.classifier.nn".equals(bundle.getSymbolicName())) {
                mlp = bundle;
            }
        }
        assertNotNull(mlp, "bundle org.alpwb.classifier.nn is not in the product");
        boolean wired = false;
        for (org.osgi.framework.wiring.BundleWire wire : mlp.adapt(org.osgi.framework.wiring.BundleWiring.class)
                .getRequiredWires("osgi.wiring.package")) {
            wired |= "jdk.incubator.vector".equals(wire.getCapability().getAttributes().get("osgi.wiring.package"));
        }
        assertTrue(wired, "jdk.incubator.vector is not wired to the mlp classifier");
        ServiceReference<?> classifier = service("classifier", "mlp");
        assertNotNull(classifier, "no classifier service mlp");
        Object service = context().getService(classifier);
        // the kernels the service picked (reflection: the implementation package is private)
        java.lang.reflect.Method kernels = service.getClass().getDeclaredMethod("kernelName");
        kernels.setAccessible(true);
        assertTrue(String.valueOf(kernels.invoke(service)).startsWith("vector-"), "mlp uses " + kernels.invoke(service));
        context().ungetService(classifier);
    }

    private static int activeCount() {
        int count = 0;
        for (Bundle bundle : context().getBundles()) {
            count += bundle.getState() == Bundle.ACTIVE ? 1 : 0;
        }
        return count;
    }

    private static ServiceReference<?> safeService(String kind, String id) {
        try {
            return service(kind, id);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
