package org.alpwb.workbench.internal;

import io.github.andrewauclair.moderndocking.app.Docking;
import io.github.andrewauclair.moderndocking.app.RootDockingPanel;
import java.awt.Window;
import javax.swing.JFrame;

/**
 * The one main frame and root docking panel of this JVM. ModernDocking is a static singleton whose state classes
 * (DockingState, LayoutPersistence) keep the instance they were first used with, so it is initialised once and
 * never uninitialised; a window opened again in the same process (tests, the Gogo shell) reuses the frame.
 * Event thread only.
 */
final class DockingHost {
    private DockingHost() {
    }

    private static JFrame frame;
    private static RootDockingPanel root;

    static JFrame frame() {
        if (frame == null) {
            Window existing = mainWindow();
            if (existing != null) {
                throw new IllegalStateException("the docking framework already belongs to another window");
            }
            frame = new JFrame("ALP Workbench");
            Docking.initialize(frame);
            root = new RootDockingPanel(frame);
        }
        return frame;
    }

    /** Puts the root panel (back) into the frame: removing it, or disposing the frame, deregisters it. */
    static void attach(JFrame target, Object constraints) {
        if (root.getParent() != target.getContentPane()) {
            target.getContentPane().add(root, constraints);
        }
        if (!Docking.getRootPanels().containsKey(target)) {
            Docking.registerDockingPanel(root, target);
        }
    }

    private static Window mainWindow() {
        try {
            return Docking.getMainWindow();
        } catch (RuntimeException notInitialised) {
            return null;
        }
    }
}
