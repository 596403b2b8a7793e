package org.alpwb.api.ui;

import javax.swing.JComponent;

/** One open view: its Swing content and how to release it. Both methods are called on the event thread. */
public interface View {

    JComponent component();

    /**
     * Called when the view closes or its bundle leaves: remove every listener registered on shared objects
     * (the session, timers, UIManager, KeyboardFocusManager), so that an uninstalled bundle leaks nothing.
     */
    void dispose();
}
