package org.alpwb.workbench.internal;

import io.github.andrewauclair.moderndocking.api.RootDockingPanelAPI;
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

    static JFrame frame() {
        Window existing = mainWindow();
        if (existing instanceof JFrame frame) {
            return frame;
        }
        JFrame frame = new JFrame("ALP Workbench");
        Docking.initialize(frame);
        new RootDockingPanel(frame);
        return frame;
    }

    static RootDockingPanelAPI root(JFrame frame) {
        return Docking.getRootPanels().get(frame);
    }

    private static Window mainWindow() {
        try {
            return Docking.getMainWindow();
        } catch (RuntimeException notInitialised) {
            return null;
        }
    }
}
