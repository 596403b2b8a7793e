package org.alpwb.workbench.internal;

import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alpwb.api.cache.ResultCache;
import org.alpwb.api.study.StudyEngine;
import org.alpwb.api.ui.EditorContribution;
import org.alpwb.api.ui.PerspectiveContribution;
import org.alpwb.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The whiteboard consumer of views, editors and perspectives. Contributions are tracked from the start; the
 * window (at most one per JVM: ModernDocking is a singleton) fills and vacates slots as they come and go. Every
 * bind and unbind is marshalled to the event thread and waits for it, so a leaving bundle's view is disposed
 * while its bundle is still active.
 */
@Component(service = Workbench.class)
public class Workbench {
    private final StudyEngine engine;
    private final ResultCache cache;
    private final ConsoleLog log;
    private final Map<String, Contribution<ViewContribution>> views = new ConcurrentHashMap<>();
    private final Map<String, Contribution<EditorContribution>> editors = new ConcurrentHashMap<>();
    private final Map<String, Contribution<PerspectiveContribution>> perspectives = new ConcurrentHashMap<>();
    private volatile WorkbenchWindow window;

    @Activate
    public Workbench(@Reference StudyEngine engine, @Reference ResultCache cache, @Reference ConsoleLog log) {
        this.engine = engine;
        this.cache = cache;
        this.log = log;
    }

    @Deactivate
    void deactivate() {
        WorkbenchWindow open = window;
        if (open != null) {
            onEventThread(open::close);
        }
    }

    /** Opens the window on the event thread; returns when the user closed it. */
    public void openAndWait(Path study, Map<String, Object> overrides, Path outputDirectory) throws InterruptedException {
        WorkbenchWindow opened = onEventThread(() -> {
            if (window != null) {
                throw new IllegalStateException("the workbench window is already open in this process");
            }
            Path workingDirectory = Path.of(System.getProperty("alpwb.workdir", System.getProperty("user.dir")));
            DefaultStudySession session = new DefaultStudySession(engine, cache, log, workingDirectory);
            session.setOutputDirectory(outputDirectory);
            window = new WorkbenchWindow(this, session, log, ConfigDirectory.resolve());
            window.show(views.values(), editors.values(), perspectives.values());
            if (!overrides.isEmpty()) {
                session.setOverrides(overrides);
            }
            if (study != null) {
                session.open(study);
            }
            return window;
        });
        try {
            opened.awaitClosed();
        } finally {
            window = null;
        }
    }

    ConsoleLog log() {
        return log;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution view, Map<String, Object> properties) {
        Contribution<ViewContribution> contribution = Contribution.of(view, properties);
        views.put(contribution.id(), contribution);
        withWindow(open -> open.viewArrived(contribution));
    }

    void removeView(ViewContribution view, Map<String, Object> properties) {
        Contribution<ViewContribution> contribution = Contribution.of(view, properties);
        if (views.remove(contribution.id(), views.get(contribution.id()))) {
            withWindow(open -> open.viewLeft(contribution));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEditor(EditorContribution editor, Map<String, Object> properties) {
        Contribution<EditorContribution> contribution = Contribution.of(editor, properties);
        editors.put(contribution.id(), contribution);
        withWindow(open -> open.editorArrived(contribution));
    }

    void removeEditor(EditorContribution editor, Map<String, Object> properties) {
        Contribution<EditorContribution> contribution = Contribution.of(editor, properties);
        if (editors.remove(contribution.id()) != null) {
            withWindow(open -> open.viewLeft(contribution));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPerspective(PerspectiveContribution perspective, Map<String, Object> properties) {
        Contribution<PerspectiveContribution> contribution = Contribution.of(perspective, properties);
        perspectives.put(contribution.id(), contribution);
        withWindow(open -> open.perspectivesChanged(perspectives.values()));
    }

    void removePerspective(PerspectiveContribution perspective, Map<String, Object> properties) {
        perspectives.remove(Contribution.of(perspective, properties).id());
        withWindow(open -> open.perspectivesChanged(perspectives.values()));
    }

    private void withWindow(java.util.function.Consumer<WorkbenchWindow> action) {
        if (window == null) {
            return;
        }
        onEventThread(() -> {
            WorkbenchWindow open = window;
            if (open != null) {
                action.accept(open);
            }
            return null;
        });
    }

    private static void onEventThread(Runnable action) {
        onEventThread(() -> {
            action.run();
            return null;
        });
    }

    static <T> T onEventThread(java.util.concurrent.Callable<T> action) {
        if (EventQueue.isDispatchThread()) {
            try {
                return action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Object[] result = new Object[1];
        try {
            EventQueue.invokeAndWait(() -> {
                try {
                    result[0] = action.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event thread", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
