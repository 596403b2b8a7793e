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

    /** A view of {@code component} whose {@link #dispose()} runs {@code onDispose}. */
    static View of(JComponent component, Runnable onDispose) {
        return new View() {
            @Override
            public JComponent component() {
                return component;
            }

            @Override
            public void dispose() {
                onDispose.run();
            }
        };
    }

    /** A view that follows the session: {@code listener} is added now and removed on {@link #dispose()}. */
    static View following(JComponent component, StudySession session, StudySessionListener listener) {
        return following(component, session, listener, () -> {
        });
    }

    /**
     * The common case: a view that follows the session. Adds {@code listener} to {@code session} now and removes
     * it on {@link #dispose()}, after {@code onDispose} (stop timers, cancel work).
     */
    static View following(JComponent component, StudySession session, StudySessionListener listener,
            Runnable onDispose) {
        session.addListener(listener);
        return of(component, () -> {
            session.removeListener(listener);
            onDispose.run();
        });
    }
}
