package org.alpwb.study.ui.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.StudyEngine;
import org.alpwb.api.ui.StudySession;
import org.alpwb.api.ui.StudySessionListener;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewContext;
import org.fife.ui.rsyntaxtextarea.ErrorStrip;
import org.fife.ui.rsyntaxtextarea.RSyntaxDocument;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rsyntaxtextarea.parser.AbstractParser;
import org.fife.ui.rsyntaxtextarea.parser.DefaultParseResult;
import org.fife.ui.rsyntaxtextarea.parser.DefaultParserNotice;
import org.fife.ui.rsyntaxtextarea.parser.ParseResult;
import org.fife.ui.rtextarea.RTextScrollPane;

/**
 * One open study file: JSON with highlighting and folding, checked by the study engine as you type (400 ms after
 * the last key stroke, off the event thread) with a marker at the field the engine names; profile and
 * {@code --set} overrides; check, save and run. Run saves the buffer first, since the engine runs the file.
 */
final class StudyEditor implements View {
    private static final int CHECK_DELAY_MILLIS = 400;
    private static final String DEFAULT_PROFILE = "(study default)";
    private final StudyEngine engine;
    private final StudySession session;
    private final ViewContext context;
    private final RSyntaxTextArea text = new RSyntaxTextArea(30, 80);
    private final JLabel problem = new JLabel(" ");
    private final JComboBox<String> profile = new JComboBox<>(new DefaultComboBoxModel<>());
    private final JTextField overrides = new JTextField(14);
    private final JPanel panel = new JPanel(new BorderLayout());
    private final Timer checkTimer;
    private final Notices notices = new Notices();
    private final AtomicInteger generation = new AtomicInteger();
    private final StudySessionListener sessionListener;
    private Path file;
    private boolean dirty;
    private boolean loading;

    StudyEditor(StudyEngine engine, Path file, ViewContext context) {
        this.engine = engine;
        this.context = context;
        this.session = context.session();
        this.checkTimer = new Timer(CHECK_DELAY_MILLIS, event -> check());
        checkTimer.setRepeats(false);
        text.setName("editor.text");
        text.setSyntaxEditingStyle(SyntaxConstants.SYNTAX_STYLE_JSON);
        text.setCodeFoldingEnabled(true);
        text.setTabSize(2);
        text.addParser(notices);
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                edited();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                edited();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
            }
        });
        problem.setName("editor.problem");
        panel.add(toolbar(), BorderLayout.NORTH);
        RTextScrollPane scroll = new RTextScrollPane(text);
        panel.add(scroll, BorderLayout.CENTER);
        panel.add(new ErrorStrip(text), BorderLayout.LINE_END);
        panel.add(problem, BorderLayout.SOUTH);
        sessionListener = changes -> {
            if (changes.contains(StudySessionListener.Change.PLAN)) {
                Path open = session.studyFile().orElse(null);
                if (open != null && !open.equals(this.file) && !dirty) {
                    load(open);
                }
            }
        };
        session.addListener(sessionListener);
        if (file != null) {
            load(file);
        }
    }

    private JPanel toolbar() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        profile.setName("editor.profile");
        profile.addActionListener(event -> {
            if (!loading) {
                applyOverrides();
            }
        });
        overrides.setName("editor.overrides");
        overrides.setToolTipText("setting overrides as on the command line: NAME=VALUE, NAME=VALUE");
        overrides.addActionListener(event -> applyOverrides());
        JButton checkButton = button("Check", "editor.check", this::check);
        JButton save = button("Save", "editor.save", this::save);
        JButton run = button("Run", "editor.run", this::run);
        bar.add(run);
        bar.add(checkButton);
        bar.add(save);
        bar.add(new JLabel("  Profile"));
        bar.add(profile);
        bar.add(new JLabel("--set"));
        bar.add(overrides);
        return bar;
    }

    private static JButton button(String label, String name, Runnable action) {
        JButton button = new JButton(label);
        button.setName(name);
        button.addActionListener(event -> action.run());
        return button;
    }

    private void load(Path newFile) {
        try {
            String content = Files.readString(newFile, StandardCharsets.UTF_8);
            loading = true;
            file = newFile;
            text.setText(content);
            text.setCaretPosition(0);
            text.discardAllEdits();
            dirty = false;
            updateProfiles(content);
        } catch (IOException e) {
            showProblem("cannot read " + newFile + ": " + e.getMessage(), null);
        } finally {
            loading = false;
        }
        check();
    }

    private void edited() {
        if (loading) {
            return;
        }
        dirty = true;
        checkTimer.restart();
    }

    /** Plans the buffer with the engine in the background; the newest check wins. */
    private void check() {
        if (file == null) {
            return;
        }
        int mine = generation.incrementAndGet();
        String content = text.getText();
        Path source = file;
        Map<String, Object> settings = currentOverrides();
        session.background().execute(() -> {
            String message = null;
            String field = null;
            try {
                engine.plan(source, content, settings);
            } catch (InvalidInputException e) {
                message = e.getMessage();
                field = e.field();
            } catch (RuntimeException e) {
                message = e.toString();
            }
            String why = message;
            String where = field;
            SwingUtilities.invokeLater(() -> {
                if (mine != generation.get()) {
                    return;
                }
                if (why == null) {
                    notices.clear();
                    problem.setForeground(new Color(0x2e7d32));
                    problem.setText("valid" + (settings.isEmpty() ? "" : " with " + settings));
                    text.forceReparsing(notices);
                } else {
                    showProblem(why, where);
                }
                updateProfiles(content);
            });
        });
    }

    private void showProblem(String message, String field) {
        String content = text.getText();
        FieldLocator.Place place = FieldLocator.locate(content, field, message);
        notices.set(message, place);
        text.forceReparsing(notices);
        problem.setForeground(new Color(0xc62828));
        problem.setText("line " + (place.line() + 1) + ": " + message);
        problem.setToolTipText(message);
    }

    private void updateProfiles(String content) {
        List<String> names = new ArrayList<>();
        names.add(DEFAULT_PROFILE);
        try {
            JsonNode profiles = new ObjectMapper().readTree(content).path("profiles");
            profiles.fieldNames().forEachRemaining(names::add);
        } catch (IOException | RuntimeException e) {
            return; // keep the list while the text is not valid JSON
        }
        Object selected = session.overrides().getOrDefault("profile", DEFAULT_PROFILE);
        DefaultComboBoxModel<String> model = (DefaultComboBoxModel<String>) profile.getModel();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < model.getSize(); i++) {
            current.add(model.getElementAt(i));
        }
        boolean wasLoading = loading;
        loading = true;
        try {
            if (!current.equals(names)) {
                model.removeAllElements();
                names.forEach(model::addElement);
            }
            if (!Objects.equals(model.getSelectedItem(), selected)) {
                model.setSelectedItem(String.valueOf(selected));
            }
        } finally {
            loading = wasLoading;
        }
    }

    /** Profile and --set pairs as the command line passes them: values are strings, resolved by the engine. */
    private Map<String, Object> currentOverrides() {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String pair : overrides.getText().split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                settings.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        Object chosen = profile.getSelectedItem();
        if (chosen != null && !DEFAULT_PROFILE.equals(chosen)) {
            settings.put("profile", chosen.toString());
        }
        return settings;
    }

    private void applyOverrides() {
        Map<String, Object> settings = currentOverrides();
        if (!settings.equals(session.overrides())) {
            session.setOverrides(settings);
        }
        check();
    }

    private boolean save() {
        if (file == null || !dirty) {
            return true;
        }
        try {
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".alpwb-", ".json");
            Files.writeString(temporary, text.getText(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dirty = false;
            context.log("saved " + file);
            session.open(file);
            return true;
        } catch (IOException e) {
            showProblem("cannot save " + file + ": " + e.getMessage(), null);
            return false;
        }
    }

    private void run() {
        applyOverrides();
        if (save()) {
            session.run();
        }
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void dispose() {
        checkTimer.stop();
        session.removeListener(sessionListener);
        text.removeParser(notices);
    }

    /** The engine's verdict as RSyntaxTextArea parser notices (squiggle, gutter and error strip). */
    private static final class Notices extends AbstractParser {
        private String message;
        private FieldLocator.Place place;

        void set(String newMessage, FieldLocator.Place newPlace) {
            message = newMessage;
            place = newPlace;
        }

        void clear() {
            message = null;
            place = null;
        }

        @Override
        public ParseResult parse(RSyntaxDocument document, String style) {
            DefaultParseResult result = new DefaultParseResult(this);
            if (message != null && place != null) {
                int length = Math.max(1, Math.min(place.length(), document.getLength() - place.offset()));
                result.addNotice(new DefaultParserNotice(this, message, place.line(), place.offset(), length));
            }
            return result;
        }
    }
}
