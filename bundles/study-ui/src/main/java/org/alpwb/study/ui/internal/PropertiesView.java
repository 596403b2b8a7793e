package org.alpwb.study.ui.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.Font;
import java.util.Locale;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.study.PlannedTask;
import org.alpwb.api.study.StudyPlan;
import org.alpwb.api.ui.StudySession;
import org.alpwb.api.ui.StudySessionListener;
import org.alpwb.api.ui.TaskState;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewContext;
import org.alpwb.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The selected task: type and version, key, status, its inputs with their keys, and its resolved configuration. */
@Component(service = ViewContribution.class, property = {ServiceProperties.KIND + "=" + ViewContribution.KIND,
        ServiceProperties.ID + "=properties",
        ServiceProperties.LABEL + "=Properties", ViewContribution.AREA + "=right"})
public class PropertiesView implements ViewContribution {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public View create(ViewContext context) {
        StudySession session = context.session();
        JTextArea text = new JTextArea();
        text.setName("properties.text");
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        StudySessionListener listener = changes -> show(session, text);
        show(session, text);
        JScrollPane scroll = new JScrollPane(text);
        return View.following(scroll, session, listener);
    }

    private static void show(StudySession session, JTextArea text) {
        String content = describe(session);
        if (!content.equals(text.getText())) {
            text.setText(content);
            text.setCaretPosition(0);
        }
    }

    static String describe(StudySession session) {
        StudyPlan plan = session.plan().orElse(null);
        String name = session.selectedTask().orElse(null);
        PlannedTask task = plan == null || name == null ? null : plan.task(name);
        if (task == null) {
            return "Select a task in the study navigator.";
        }
        StringBuilder text = new StringBuilder();
        text.append("task     ").append(task.name()).append('\n');
        text.append("type     ").append(task.type()).append("  (version ").append(task.version()).append(")\n");
        text.append("key      ").append(task.key()).append('\n');
        session.task(name).ifPresent(state -> {
            text.append("status   ").append(state.status().name().toLowerCase(Locale.ROOT));
            if (state.seconds() > 0) {
                text.append(", ").append(Formats.seconds(state.seconds()));
            }
            if (!state.message().isEmpty()) {
                text.append("\n         ").append(state.message());
            }
            text.append('\n');
        });
        text.append("\ninputs\n");
        if (task.inputs().isEmpty()) {
            text.append("  (none)\n");
        }
        task.inputs().forEach((input, producer) -> {
            PlannedTask source = plan.task(producer);
            text.append("  ").append(input).append(" \u2190 ").append(producer);
            if (source != null) {
                text.append("  [").append(Formats.shortKey(source.key())).append(']');
            }
            text.append('\n');
        });
        text.append("\nconfiguration (resolved)\n");
        try {
            text.append(JSON.writeValueAsString(task.config()));
        } catch (JsonProcessingException e) {
            text.append(task.config());
        }
        return text.append('\n').toString();
    }
}
