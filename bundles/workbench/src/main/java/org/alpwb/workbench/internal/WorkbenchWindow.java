package org.alpwb.workbench.internal;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import io.github.andrewauclair.moderndocking.DockingRegion;
import io.github.andrewauclair.moderndocking.app.Docking;
import io.github.andrewauclair.moderndocking.app.DockingState;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javax.swing.AbstractButton;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.alpwb.api.ui.EditorContribution;
import org.alpwb.api.ui.PerspectiveContribution;
import org.alpwb.api.ui.PerspectiveContribution.Placement;
import org.alpwb.api.ui.StudySessionListener;
import org.alpwb.api.ui.TaskState;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewArea;
import org.alpwb.api.ui.ViewContext;
import org.alpwb.api.ui.ViewContribution;

/** The main window: toolbar, perspectives, one docking slot per view id. Event thread only. */
final class WorkbenchWindow {
    private final Workbench workbench;
    private final DefaultStudySession session;
    private final ConsoleLog log;
    private final Path configDirectory;
    private final Slots slots = new Slots();
    private final Layouts layouts;
    private final Map<String, ViewArea> areas = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Contribution<PerspectiveContribution>> perspectives = new LinkedHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final ViewContext context;
    private final JToolBar perspectiveBar = new JToolBar();
    private final JMenu perspectiveMenu = new JMenu("Perspective");
    private final JMenu viewMenu = new JMenu("View");
    private final JLabel status = new JLabel(" ");
    private final StudySessionListener statusListener = changes -> updateStatus();
    private JFrame frame;
    private JButton runButton;
    private JButton cancelButton;
    private String perspective;
    private boolean shown;
    private final WindowAdapter closer = new WindowAdapter() {
        @Override
        public void windowClosing(WindowEvent event) {
            close();
        }
    };

    WorkbenchWindow(Workbench workbench, DefaultStudySession session, ConsoleLog log, Path configDirectory) {
        this.workbench = workbench;
        this.session = session;
        this.log = log;
        this.configDirectory = configDirectory;
        this.layouts = new Layouts(configDirectory);
        this.context = new ViewContext() {
            @Override
            public org.alpwb.api.ui.StudySession session() {
                return session;
            }

            @Override
            public void log(String line) {
                log.log(line);
            }

            @Override
            public Path configDirectory() {
                return configDirectory;
            }
        };
    }

    void show(Collection<Contribution<ViewContribution>> views, Collection<Contribution<EditorContribution>> editors,
            Collection<Contribution<PerspectiveContribution>> initialPerspectives) {
        installLookAndFeel();
        frame = DockingHost.frame();
        frame.setName("alpwb.workbench");
        frame.setTitle("ALP Workbench");
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(closer);
        frame.setSize(new Dimension(1400, 880));
        frame.setLocationByPlatform(true);
        for (java.awt.Component old : frame.getContentPane().getComponents()) {
            if (!(old instanceof io.github.andrewauclair.moderndocking.api.RootDockingPanelAPI)) {
                frame.getContentPane().remove(old); // toolbar and status line of an earlier opening
            }
        }
        frame.setJMenuBar(menus());
        frame.add(toolbar(), BorderLayout.NORTH);
        DockingHost.attach(frame, BorderLayout.CENTER);
        status.setName("workbench.status");
        frame.add(status, BorderLayout.SOUTH);
        for (Contribution<ViewContribution> view : views) {
            viewArrived(view);
        }
        for (Contribution<EditorContribution> editor : editors) {
            editorArrived(editor);
        }
        perspectivesChanged(initialPerspectives);
        session.addListener(statusListener);
        frame.setVisible(true);
        shown = true;
        if (!perspectives.isEmpty()) {
            apply(perspectives.keySet().iterator().next());
        }
        updateStatus();
        log.log("workbench open; layouts in " + configDirectory.resolve("layouts"));
    }

    private static void installLookAndFeel() {
        if (UIManager.getLookAndFeel() instanceof FlatLaf) {
            return;
        }
        FlatLightLaf.setup();
        // Swing loads UI delegates by class name; in OSGi only FlatLaf's bundle can see FlatLaf's delegates
        UIManager.put("ClassLoader", FlatLaf.class.getClassLoader());
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("File");
        JMenuItem open = new JMenuItem("Open study…");
        open.addActionListener(event -> chooseStudy());
        JMenuItem exit = new JMenuItem("Exit");
        exit.addActionListener(event -> close());
        file.add(open);
        file.addSeparator();
        file.add(exit);
        bar.add(file);
        bar.add(perspectiveMenu);
        bar.add(viewMenu);
        return bar;
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        runButton = new JButton("Run");
        runButton.setName("workbench.run");
        runButton.setToolTipText("Run the open study with the profile and overrides set in the study editor");
        runButton.addActionListener(event -> session.run());
        cancelButton = new JButton("Cancel");
        cancelButton.setName("workbench.cancel");
        cancelButton.addActionListener(event -> session.cancel());
        bar.add(runButton);
        bar.add(cancelButton);
        bar.addSeparator();
        bar.add(new JLabel("Perspective: "));
        perspectiveBar.setFloatable(false);
        perspectiveBar.setBorderPainted(false);
        bar.add(perspectiveBar);
        return bar;
    }

    private void chooseStudy() {
        JFileChooser chooser = new JFileChooser(session.studyFile().map(p -> p.getParent().toFile()).orElse(null));
        chooser.setFileFilter(new FileNameExtensionFilter("Study files (*.json)", "json"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            session.open(chooser.getSelectedFile().toPath());
        }
    }

    private void updateStatus() {
        List<TaskState> tasks = session.tasks();
        long done = tasks.stream().filter(t -> t.status() == TaskState.Status.CACHED
                || t.status() == TaskState.Status.COMPUTED).count();
        long failed = tasks.stream().filter(t -> t.status() == TaskState.Status.FAILED).count();
        String study = session.studyFile().map(p -> p.getFileName().toString()).orElse("no study open");
        String text = study + (session.overrides().isEmpty() ? "" : " " + session.overrides()) + "  |  "
                + (session.running() ? "running" : "idle") + "  |  " + done + "/" + tasks.size() + " tasks done"
                + (failed > 0 ? ", " + failed + " failed" : "");
        status.setText(session.problem().map(p -> text + "  |  " + p).orElse(text));
        runButton.setEnabled(!session.running() && session.studyFile().isPresent());
        cancelButton.setEnabled(session.running());
        frame.setTitle("ALP Workbench - " + study);
    }

    // --- contributions -------------------------------------------------------------------------------------

    void viewArrived(Contribution<ViewContribution> contribution) {
        areas.put(contribution.id(), ViewArea.of(contribution.properties().get(ViewContribution.AREA)));
        View view;
        try {
            view = contribution.service().create(context);
        } catch (RuntimeException | LinkageError e) {
            log.log("view " + contribution.id() + " failed to open: " + e);
            return;
        }
        fill(contribution, view);
    }

    void editorArrived(Contribution<EditorContribution> contribution) {
        if (!EditorContribution.STUDY_JSON.equals(contribution.properties().get(EditorContribution.CONTENT_TYPE))) {
            return;
        }
        areas.put(contribution.id(), ViewArea.EDITOR);
        View view;
        try {
            view = contribution.service().open(session.studyFile().orElse(null), context);
        } catch (RuntimeException | LinkageError e) {
            log.log("editor " + contribution.id() + " failed to open: " + e);
            return;
        }
        fill(contribution, view);
    }

    private void fill(Contribution<?> contribution, View view) {
        labels.put(contribution.id(), contribution.label());
        Slot slot = slots.slot(contribution.id(), contribution.label());
        slot.fill(contribution.label(), view);
        Docking.updateTabInfo(slot);
        refreshViewMenu();
        if (shown && !Docking.isDocked(slot)) {
            dockNew(slot); // a plugin installed while the window is open: show its view at once
        }
        log.log("view " + contribution.id() + " (" + contribution.label() + ") available");
    }

    void viewLeft(Contribution<?> contribution) {
        Slot slot = slots.find(contribution.id());
        if (slot != null) {
            slot.vacate();
            log.log("view " + contribution.id() + " left: its plugin is not available");
        }
    }

    private void dockNew(Slot slot) {
        ViewArea area = areas.getOrDefault(slot.viewId(), ViewArea.EDITOR);
        for (Slot other : slots.all()) {
            if (other != slot && Docking.isDocked(other) && areas.get(other.viewId()) == area) {
                Docking.dock(slot, other, DockingRegion.CENTER);
                Docking.display(slot);
                return;
            }
        }
        DockingRegion region = switch (area) {
            case NAVIGATOR -> DockingRegion.WEST;
            case RIGHT -> DockingRegion.EAST;
            case BOTTOM -> DockingRegion.SOUTH;
            case EDITOR -> DockingRegion.CENTER;
        };
        Docking.dock(slot, frame, region, 0.25);
    }

    private void refreshViewMenu() {
        viewMenu.removeAll();
        for (Slot slot : slots.all()) {
            JMenuItem item = new JMenuItem(labels.getOrDefault(slot.viewId(), slot.viewId()));
            item.setName("view." + slot.viewId());
            item.addActionListener(event -> {
                if (Docking.isDocked(slot)) {
                    Docking.display(slot);
                } else {
                    dockNew(slot);
                }
            });
            viewMenu.add(item);
        }
    }

    // --- perspectives ----------------------------------------------------------------------------------------

    void perspectivesChanged(Collection<Contribution<PerspectiveContribution>> all) {
        List<Contribution<PerspectiveContribution>> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((Contribution<PerspectiveContribution> c) -> c.order())
                .thenComparing(Contribution::id));
        perspectives.clear();
        sorted.forEach(c -> perspectives.put(c.id(), c));
        perspectiveBar.removeAll();
        perspectiveMenu.removeAll();
        ButtonGroup group = new ButtonGroup();
        for (Contribution<PerspectiveContribution> c : sorted) {
            JToggleButton button = new JToggleButton(c.label());
            button.setName("perspective." + c.id());
            button.setSelected(c.id().equals(perspective));
            button.addActionListener(event -> apply(c.id()));
            group.add(button);
            perspectiveBar.add(button);
            JMenuItem item = new JMenuItem(c.label());
            item.addActionListener(event -> apply(c.id()));
            perspectiveMenu.add(item);
        }
        perspectiveMenu.addSeparator();
        JMenuItem reset = new JMenuItem("Reset perspective");
        reset.setName("perspective.reset");
        reset.addActionListener(event -> resetPerspective());
        perspectiveMenu.add(reset);
        perspectiveBar.revalidate();
        perspectiveBar.repaint();
    }

    String perspective() {
        return perspective;
    }

    /** Saves the current perspective's layout and shows {@code id}: the user's saved layout, else its default. */
    void apply(String id) {
        Contribution<PerspectiveContribution> target = perspectives.get(id);
        if (target == null) {
            return;
        }
        saveLayout();
        perspective = id;
        boolean restored = false;
        if (layouts.saved(id)) {
            try {
                layouts.viewIds(id).forEach((viewId, savedLabel) -> // a placeholder for views whose plugin is gone
                        slots.slot(viewId, labels.getOrDefault(viewId, savedLabel)));
                DockingState.restoreApplicationLayout(layouts.load(id));
                restored = true;
            } catch (Exception e) {
                log.log("saved layout of " + id + " cannot be restored (" + e + "); using the default");
            }
        }
        if (!restored) {
            List<Placement> placements = target.service().placements();
            for (Placement placement : placements) {
                areas.putIfAbsent(placement.viewId(), placement.area());
                slots.slot(placement.viewId(), labels.get(placement.viewId()));
            }
            DockingState.restoreApplicationLayout(Layouts.build(placements));
        }
        for (java.awt.Component button : perspectiveBar.getComponents()) {
            if (button instanceof AbstractButton toggle) {
                toggle.setSelected(("perspective." + id).equals(toggle.getName()));
            }
        }
        refreshViewMenu();
    }

    private void resetPerspective() {
        if (perspective == null) {
            return;
        }
        try {
            layouts.forget(perspective);
        } catch (java.io.IOException e) {
            log.log("cannot delete the saved layout: " + e.getMessage());
        }
        String current = perspective;
        perspective = null; // do not save the layout being reset
        apply(current);
    }

    /** Saves the current layout as the user's layout of the current perspective. */
    void saveLayout() {
        if (perspective == null) {
            return;
        }
        try {
            layouts.save(perspective);
        } catch (Exception e) {
            log.log("cannot save the layout of " + perspective + ": " + e);
        }
    }

    Set<String> slotIds() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        slots.all().forEach(slot -> ids.add(slot.viewId()));
        return ids;
    }

    void close() {
        if (frame == null) {
            return;
        }
        saveLayout();
        session.removeListener(statusListener);
        for (Slot slot : slots.all()) {
            slot.vacate();
        }
        session.close();
        Docking.deregisterAllDockables();
        frame.removeWindowListener(closer);
        frame.setVisible(false); // not dispose(): ModernDocking would forget the root panel of its only main frame
        frame = null;
        closed.countDown();
    }

    void awaitClosed() throws InterruptedException {
        closed.await();
    }
}
