package org.alpwb.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.text.JTextComponent;
import javax.swing.tree.TreeModel;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTreeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Assumptions;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * The desktop workbench of the real product bundles in a real Felix, on a real display (Xvfb in CI), driven
 * like a user would with AssertJ Swing. The tests share one framework and window and run in order: the study
 * run of one is the data of the next. Each leaves a screenshot in target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchGuiTest {
    private static final long RUN_MINUTES = 12;
    private Path work;
    private Path study;
    private EmbeddedFramework framework;
    private Robot robot;
    private FrameFixture window;
    private Thread gui;
    private final AtomicInteger guiExit = new AtomicInteger(-1);
    private final AtomicReference<Throwable> guiFailure = new AtomicReference<>();

    @BeforeAll
    void openWorkbench() throws Exception {
        requireDisplay();
        work = Files.createTempDirectory("alpwb-gui-test");
        study = work.resolve("alp-eegg.json");
        Files.copy(Paths.root().resolve("examples/alp-eegg.json"), study);
        System.setProperty("alpwb.config.dir", work.resolve("config").toString());
        framework = new EmbeddedFramework(work, Files.createDirectories(work.resolve("plugins")));
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
        open();
    }

    /** With CI=true a missing display is a failure (a skipped class would count as "ran no test"). */
    private static void requireDisplay() {
        boolean headless = GraphicsEnvironment.isHeadless();
        if (headless && "true".equals(System.getenv("CI"))) {
            fail("no display: the GUI tests need one (.ci/run starts Xvfb); DISPLAY=" + System.getenv("DISPLAY"));
        }
        Assumptions.assumeFalse(headless, "no display (DISPLAY unset): GUI tests skipped outside CI");
    }

    /** Runs "alpwb gui STUDY --profile ci --out gui-out" in the framework, as the launcher would. */
    private void open() throws Exception {
        ServiceReference<?>[] references = framework.context().getServiceReferences("org.alpwb.api.cli.Command",
                "(alpwb.id=gui)");
        assertThat(references).as("the gui command service").isNotNull().hasSize(1);
        Object command = framework.context().getService(references[0]);
        Class<?> ioType = command.getClass().getClassLoader().loadClass("org.alpwb.api.cli.CommandIO");
        Constructor<?> constructor = ioType.getConstructors()[0];
        Supplier<Object> noProgress = () -> null;
        Object io = constructor.newInstance(InputStream.nullInputStream(), System.out, System.err, false, work,
                noProgress);
        Method run = command.getClass().getMethod("run", List.class, ioType);
        List<String> args = List.of(study.toString(), "--profile", "ci", "--out", work.resolve("gui-out").toString());
        guiExit.set(-1);
        gui = new Thread(() -> {
            try {
                guiExit.set((Integer) run.invoke(command, args, io));
            } catch (ReflectiveOperationException e) {
                guiFailure.set(e.getCause() != null ? e.getCause() : e);
                guiExit.set(99);
            }
        }, "alpwb-gui-command");
        gui.start();
        window = WindowFinder.findFrame("alpwb.workbench").withTimeout(60, TimeUnit.SECONDS).using(robot);
        waitFor("the study is planned", 60, () -> taskCount() > 20);
    }

    private void close() throws InterruptedException {
        JFrame frame = (JFrame) window.target();
        GuiActionRunner.execute(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
        gui.join(30_000);
        assertEquals(0, guiExit.get(), () -> "alpwb gui exit code after closing the window"
                + (guiFailure.get() == null ? "" : "; the gui command threw " + guiFailure.get()));
    }

    @AfterAll
    void shutDown() throws Exception {
        if (window != null && window.target().isShowing()) {
            close();
        }
        if (robot != null) {
            robot.cleanUp();
        }
        if (framework != null) {
            framework.close();
        }
    }

    @Test
    @Order(1)
    void windowOpensWithItsPerspectives() throws Exception {
        for (String perspective : new String[] {"study", "compare", "plugins"}) {
            window.toggleButton("perspective." + perspective).requireVisible().click();
            robot.waitForIdle();
            String expected = switch (perspective) {
                case "study" -> "navigator.tree";
                case "compare" -> "compare.strategies";
                default -> "plugins.table";
            };
            waitFor(expected + " showing in " + perspective, 20, () -> showing(expected));
            screenshot("perspective-" + perspective + "-before-run");
        }
        // the plugins view lists the workbench's own services
        JTable plugins = (JTable) find("plugins.table");
        assertThat(GuiActionRunner.execute(() -> plugins.getRowCount())).isGreaterThan(20);
        window.toggleButton("perspective.study").click();
        waitFor("navigator back", 20, () -> showing("navigator.tree"));
    }

    @Test
    @Order(2)
    void selectingATaskShowsItsResolvedConfiguration() throws Exception {
        JTreeFixture tree = window.tree("navigator.tree");
        tree.replaceCellReader((jTree, node) -> String.valueOf(node));
        tree.clickPath("alp-eegg/limits-thesis-cuts");
        waitFor("properties of limits-thesis-cuts", 20,
                () -> text("properties.text").contains("task     limits-thesis-cuts"));
        String properties = text("properties.text");
        assertThat(properties).contains("type     expected-limits")
                .contains("\"luminosityInvFb\" : 54.24") // "${luminosityInvFb}" resolved
                .contains("\"massStepGeV\" : 0.05") // the ci profile's value, not the file's 0.02
                .contains("model \u2190 model-thesis-cuts")
                .doesNotContain("${");
        assertThat(properties).containsPattern("key      [0-9a-f]{64}");
        screenshot("selected-task-properties");
    }

    @Test
    @Order(3)
    void anEditWithAMistakeShowsAMarkerNamingTheField() throws Exception {
        JTextComponent editor = (JTextComponent) find("editor.text");
        String original = GuiActionRunner.execute(() -> editor.getText());
        int at = original.indexOf("\"cl\": 0.9");
        assertThat(at).as("the study has a confidence level").isPositive();
        int valueAt = at + "\"cl\": ".length();
        GuiActionRunner.execute(() -> editor.select(valueAt, valueAt + 3));
        window.textBox("editor.text").enterText("1.9");
        waitFor("a validation message for the confidence level", 20,
                () -> label("editor.problem").contains(".config.cl"));
        String message = label("editor.problem");
        assertThat(message).contains("tasks.limits-").contains("config.cl").contains("1.9");
        int clLine = (int) original.substring(0, at).chars().filter(c -> c == '\n').count();
        assertThat(message).startsWith("line " + (clLine + 1) + ":");
        waitFor("the parser notice on the line of \"cl\"", 10, () -> noticeLines(editor).contains(clLine));
        screenshot("editor-validation-marker");
        GuiActionRunner.execute(() -> editor.setText(original));
        waitFor("valid again", 20, () -> label("editor.problem").startsWith("valid"));
        assertThat(noticeLines(editor)).isEmpty();
    }

    @Test
    @Order(4)
    void theCiStudyRunFromTheWindowEqualsTheCommandLineRun() throws Exception {
        window.button("editor.run").click();
        waitFor("the run to start", 30, () -> status().contains("running"));
        Thread.sleep(8000); // a few tasks under way: progress bars with rate and ETA
        screenshot("during-run-progress");
        waitFor("the run to finish", RUN_MINUTES * 60, () -> status().contains("idle"));
        assertThat(status()).containsPattern("\\|\\s+(\\d+)/\\1 tasks done").doesNotContain("failed");
        screenshot("after-run-progress");

        // the GUI holds its cache: a command-line run on it gets the clear "in use" message
        Path plugins = work.resolve("plugins");
        Workbench.Result blocked = new Workbench(work.resolve("cache"), plugins, work).run("cache", "stats");
        assertThat(blocked.exitCode()).as(blocked.toString()).isNotZero();
        assertThat(blocked.err()).contains("in use");

        // the same study on the command line, on its own empty cache: the same bytes in every output file
        Workbench.Result cli = new Workbench(work.resolve("cli-cache"), plugins, work)
                .run("run", study.toString(), "--profile", "ci", "--out", work.resolve("cli-out").toString());
        assertEquals(0, cli.exitCode(), cli.toString());
        Map<String, byte[]> fromGui = files(work.resolve("gui-out"));
        Map<String, byte[]> fromCli = files(work.resolve("cli-out"));
        assertThat(fromGui.keySet()).isEqualTo(fromCli.keySet()).contains("limits-thesis-cuts/limits.json",
                "limits-slides-cuts/limits.json", "report/report.html");
        List<String> different = new ArrayList<>();
        fromGui.forEach((name, bytes) -> {
            if (!java.util.Arrays.equals(bytes, fromCli.get(name))) {
                different.add(name);
            }
        });
        assertThat(different).as("files that differ between the GUI run and the command-line run").isEmpty();
    }

    @Test
    @Order(5)
    void theLimitTaskShowsItsInteractiveChart() throws Exception {
        JTreeFixture tree = window.tree("navigator.tree");
        tree.replaceCellReader((jTree, node) -> String.valueOf(node));
        tree.clickPath("alp-eegg/limits-slides-cuts");
        tree.clickPath("alp-eegg/limits-thesis-cuts");
        window.menuItemWithPath("View", "Charts").click();
        waitFor("the limit chart", 30, () -> showing("chart.limits-thesis-cuts-sigma.panel"));
        screenshot("study-perspective-after-run");
    }

    @Test
    @Order(6)
    void theComparisonViewListsEveryStrategyOfTheStudy() throws Exception {
        // independent of the view: the strategies (and their limit tasks) the command-line run's compare-strategies
        // task compared; the view lists these and any other limit curve of the study (the tagger scan's)
        List<String> expected = new ArrayList<>();
        new ObjectMapper().readTree(work.resolve("cli-out/comparison/comparison.json").toFile()).get("strategies")
                .forEach(strategy -> expected.add(strategy.get("id").asText() + " | " + strategy.get("input").asText()));
        assertThat(expected).contains("thesis-cuts | limits-thesis-cuts", "slides-cuts | limits-slides-cuts",
                "binned-4d | limits-binned-4d");
        window.toggleButton("perspective.compare").click();
        waitFor("the comparison", 30, () -> showing("compare.strategies"));
        JTable strategies = (JTable) find("compare.strategies");
        Supplier<List<String>> shownWithCurve = () -> GuiActionRunner.execute(() -> {
            List<String> shown = new ArrayList<>();
            for (int row = 0; row < strategies.getRowCount(); row++) {
                if (Boolean.TRUE.equals(strategies.getValueAt(row, 0))) {
                    shown.add(strategies.getValueAt(row, 1) + " | " + strategies.getValueAt(row, 2));
                }
            }
            return shown;
        });
        waitFor(() -> "the " + expected.size() + " compared strategies with limits; shown: " + rows(strategies), 30,
                () -> shownWithCurve.get().containsAll(expected));
        int curves = shownWithCurve.get().size();
        JTable limits = (JTable) find("compare.table");
        // mass, one column per shown curve, best
        assertThat(GuiActionRunner.execute(() -> limits.getColumnCount())).isEqualTo(curves + 2);
        waitFor("the overlay chart", 20, () -> showing("chart.comparison.panel"));
        // the generic compare-strategies task's result, summarised: the best strategy per mass
        waitFor("the comparison task's summary", 20, () -> label("compare.summary").contains("best on g"));
        screenshot("compare-perspective-after-run");
    }

    @Test
    @Order(7)
    void aPluginViewAppearsTurnsIntoItsPlaceholderAndLayoutsRestoreWithAndWithoutIt() throws Exception {
        window.toggleButton("perspective.study").click();
        waitFor("study perspective", 20, () -> showing("navigator.tree"));
        Bundle toy = framework.context().installBundle(Paths.toyPluginJar().toUri().toString());
        toy.start();
        waitFor("the plugin's view", 30, () -> showing("toy.view.label"));
        screenshot("plugin-view-installed");

        toy.uninstall();
        waitFor("the placeholder", 30, () -> showing("placeholder.toy-view"));
        assertThat(label("placeholder.toy-view")).isEqualTo("Toy view: plugin not available");
        screenshot("plugin-view-placeholder");

        // the saved Study layout names toy-view; it restores with the plugin absent, in a new window
        window.toggleButton("perspective.compare").click();
        waitFor("compare", 20, () -> showing("compare.strategies"));
        window.toggleButton("perspective.study").click();
        waitFor("the placeholder after switching back", 20, () -> showing("placeholder.toy-view"));
        close();
        assertThat(Files.readString(work.resolve("config/layouts/study.xml"))).contains("toy-view");
        open();
        waitFor("the placeholder in a new window", 30, () -> showing("placeholder.toy-view"));
        assertThat(label("placeholder.toy-view")).isEqualTo("Toy view: plugin not available"); // label from the layout
        assertThat(text("console.text")).doesNotContain("cannot be restored");
        screenshot("layout-restored-without-plugin");

        // and with it: the view fills its saved place
        Bundle again = framework.context().installBundle(Paths.toyPluginJar().toUri().toString());
        again.start();
        waitFor("the plugin's view in its saved place", 30, () -> showing("toy.view.label"));
        assertThat(text("console.text")).doesNotContain("cannot be restored");
        screenshot("layout-restored-with-plugin");
        again.uninstall();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private int taskCount() {
        if (!showing("navigator.tree")) {
            return -1;
        }
        JTree tree = (JTree) find("navigator.tree");
        return GuiActionRunner.execute(() -> {
            TreeModel model = tree.getModel();
            return model.getChildCount(model.getRoot());
        });
    }

    private String status() {
        return label("workbench.status");
    }

    private Component find(String name) {
        return robot.finder().find(window.target(), new GenericTypeMatcher<Component>(Component.class, false) {
            @Override
            protected boolean isMatching(Component component) {
                return name.equals(component.getName());
            }
        });
    }

    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> robot.finder().findAll(window.target(),
                new GenericTypeMatcher<Component>(Component.class, true) {
                    @Override
                    protected boolean isMatching(Component component) {
                        return name.equals(component.getName());
                    }
                }).size() > 0);
    }

    private String label(String name) {
        JLabel label = (JLabel) find(name);
        return GuiActionRunner.execute(() -> label.getText());
    }

    private String text(String name) {
        JTextComponent text = (JTextComponent) find(name);
        return GuiActionRunner.execute(() -> text.getText());
    }

    /** Lines (0-based) of RSyntaxTextArea's parser notices, read reflectively (the class is the bundle's). */
    private static List<Integer> noticeLines(JTextComponent editor) {
        return GuiActionRunner.execute(() -> {
            List<Integer> lines = new ArrayList<>();
            for (Object notice : (List<?>) editor.getClass().getMethod("getParserNotices").invoke(editor)) {
                lines.add((Integer) notice.getClass().getMethod("getLine").invoke(notice));
            }
            return lines;
        });
    }

    private static void waitFor(String what, long seconds, BooleanSupplier condition) throws InterruptedException {
        waitFor(() -> what, seconds, condition);
    }

    private static String rows(JTable table) {
        return GuiActionRunner.execute(() -> {
            List<String> rows = new ArrayList<>();
            for (int row = 0; row < table.getRowCount(); row++) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < table.getColumnCount(); column++) {
                    cells.add(String.valueOf(table.getValueAt(row, column)));
                }
                rows.add(String.join(" | ", cells));
            }
            return rows.toString();
        });
    }

    private static void waitFor(Supplier<String> what, long seconds, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        if (!condition.getAsBoolean()) {
            fail("waited " + seconds + " s for " + what.get());
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (!name.equals("study-manifest.json") && !name.equals("alpwb-errors.log")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** The window as a PNG in target/screenshots (java.awt.Robot), for a reviewer to look at. */
    private void screenshot(String name) throws Exception {
        robot.waitForIdle();
        Thread.sleep(300);
        Rectangle bounds = GuiActionRunner.execute(() -> window.target().getBounds());
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        Path directory = Path.of(System.getProperty("alpwb.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        ImageIO.write(image, "png", directory.resolve(name + ".png").toFile());
    }
}
