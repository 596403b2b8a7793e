package org.alpwb.workbench.internal;

import io.github.andrewauclair.moderndocking.Dockable;
import java.awt.BorderLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.alpwb.api.ui.View;

/**
 * The docking slot of one view id. It is registered with the docking framework once and never removed, so that
 * layouts naming the id always restore; the contributed view fills it, and a placeholder takes its place when
 * the contributing bundle leaves. Only touched on the event thread.
 */
final class Slot extends JPanel implements Dockable {
    private static final long serialVersionUID = 1L;
    private final String viewId;
    private String label;
    private transient View view;

    Slot(String viewId, String label) {
        super(new BorderLayout());
        this.viewId = viewId;
        this.label = label;
        setName("slot." + viewId);
        showPlaceholder();
    }

    String viewId() {
        return viewId;
    }

    boolean filled() {
        return view != null;
    }

    void fill(String newLabel, View newView) {
        vacate();
        label = newLabel;
        view = newView;
        removeAll();
        add(newView.component(), BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    /** Disposes the view (it removes its listeners) and shows the placeholder. */
    void vacate() {
        if (view == null) {
            return;
        }
        View leaving = view;
        view = null;
        try {
            leaving.dispose();
        } finally {
            showPlaceholder();
        }
    }

    private void showPlaceholder() {
        removeAll();
        JLabel placeholder = new JLabel(label + ": plugin not available", SwingConstants.CENTER);
        placeholder.setName("placeholder." + viewId);
        add(placeholder, BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    @Override
    public String getPersistentID() {
        return viewId;
    }

    @Override
    public String getTabText() {
        return label;
    }

    @Override
    public boolean isWrappableInScrollpane() {
        return false; // charts and editors scroll themselves
    }

    @Override
    public boolean isClosable() {
        return true;
    }

    @Override
    public boolean isFloatingAllowed() {
        return false; // floating windows need a window manager; one main window is enough for the workbench
    }
}
