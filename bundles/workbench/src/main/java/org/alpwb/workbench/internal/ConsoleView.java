package org.alpwb.workbench.internal;

import java.awt.BorderLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewContext;
import org.alpwb.api.ui.ViewContribution;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The workbench log (runs, tasks, plugins coming and going) and a Gogo shell line: every {@code alpwb} command is
 * there as {@code alpwb:NAME} (e.g. {@code alpwb:plugins}), next to Gogo's own ({@code lb}, {@code inspect}).
 * Shell commands run off the event thread; their output is appended to the log.
 */
@Component(service = ViewContribution.class, property = {ServiceProperties.KIND + "=" + ViewContribution.KIND,
        ServiceProperties.ID + "=console",
        ServiceProperties.LABEL + "=Console", ViewContribution.AREA + "=bottom"})
public class ConsoleView implements ViewContribution {
    private final ConsoleLog log;
    private volatile CommandProcessor shell;

    @Activate
    public ConsoleView(@Reference ConsoleLog log) {
        this.log = log;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setShell(CommandProcessor processor) {
        shell = processor;
    }

    void unsetShell(CommandProcessor processor) {
        if (shell == processor) {
            shell = null;
        }
    }

    @Override
    public View create(ViewContext context) {
        JTextArea text = new JTextArea();
        text.setName("console.text");
        text.setEditable(false);
        text.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, 12));
        log.lines().forEach(line -> text.append(line + "\n"));
        Consumer<List<String>> listener = lines -> {
            lines.forEach(line -> text.append(line + "\n"));
            text.setCaretPosition(text.getDocument().getLength());
        };
        log.addListener(listener);
        JTextField input = new JTextField();
        input.setName("console.input");
        input.setToolTipText("Gogo shell: e.g. lb, alpwb:plugins, alpwb:cache stats");
        input.addActionListener(event -> {
            String command = input.getText().trim();
            input.setText("");
            if (!command.isEmpty()) {
                context.session().background().execute(() -> execute(command));
            }
        });
        JPanel line = new JPanel(new BorderLayout());
        line.add(new JLabel(" g! "), BorderLayout.WEST);
        line.add(input, BorderLayout.CENTER);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(new JScrollPane(text), BorderLayout.CENTER);
        panel.add(line, BorderLayout.SOUTH);
        return new View() {
            @Override
            public JComponent component() {
                return panel;
            }

            @Override
            public void dispose() {
                log.removeListener(listener);
            }
        };
    }

    private void execute(String command) {
        CommandProcessor processor = shell;
        log.log("g! " + command);
        if (processor == null) {
            log.log("the Gogo shell is not installed");
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, out)) {
            Object result = session.execute(command);
            if (result != null) {
                out.println(session.format(result, org.apache.felix.service.command.Converter.INSPECT));
            }
        } catch (Exception e) {
            out.println(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        for (String lineText : bytes.toString(StandardCharsets.UTF_8).split("\\R")) {
            if (!lineText.isBlank()) {
                log.log(lineText);
            }
        }
    }
}
