package com.example.alpwb;

import java.nio.charset.StandardCharsets;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.ui.StudySession;
import org.alpwb.api.ui.StudySessionListener;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewContext;
import org.alpwb.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Component;

/**
 * A view for the desktop workbench ({@code alpwb gui}): the expected event counts of the selected
 * {@code expected-events} task, read from the result cache. It appears in the window as soon as the plugin's jar
 * is dropped into product/plugins/ and turns into a placeholder when the jar is removed.
 */
@Component(service = ViewContribution.class, property = {ServiceProperties.KIND + "=" + ViewContribution.KIND,
        ServiceProperties.ID + "=expected-events-view",
        ServiceProperties.LABEL + "=Expected events", ViewContribution.AREA + "=right"})
public class ExpectedEventsView implements ViewContribution {

    @Override
    public View create(ViewContext context) {
        StudySession session = context.session();
        JTextArea text = new JTextArea("Select an expected-events task.");
        text.setEditable(false);
        // listeners are called on the event thread; the cache is read in the background
        StudySessionListener listener = changes -> session.selectedTask().ifPresent(task ->
                session.artifact(task).thenAccept(artifact -> SwingUtilities.invokeLater(() -> text.setText(
                        artifact.filter(a -> a.type().equals("text/csv"))
                                .map(a -> task + "\n" + new String(a.payload(), StandardCharsets.UTF_8))
                                .orElse(task + ": no expected-events result yet")))));
        JScrollPane scroll = new JScrollPane(text);
        // adds the listener now and removes it in dispose(): an uninstalled plugin leaves nothing behind
        return View.following(scroll, session, listener);
    }
}
