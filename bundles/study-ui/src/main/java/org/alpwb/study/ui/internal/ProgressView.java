package org.alpwb.study.ui.internal;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableCellRenderer;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.ui.StudySession;
import org.alpwb.api.ui.StudySessionListener;
import org.alpwb.api.ui.TaskState;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewContext;
import org.alpwb.api.ui.ViewContribution;

/** Every task of the open study with its live progress, rate and estimated time left; cancel the run. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class, property = {ServiceProperties.KIND + "=" + ViewContribution.KIND,
        
        ServiceProperties.ID + "=progress", ServiceProperties.LABEL + "=Progress", ViewContribution.AREA + "=bottom"})
public class ProgressView implements ViewContribution {
    private static final String[] COLUMNS = {"Task", "Status", "Progress", "Rate", "ETA", "Time", "Detail"};

    @Override
    public View create(ViewContext context) {
        StudySession session = context.session();
        Model model = new Model();
        JTable table = new JTable(model);
        table.setName("progress.table");
        table.getColumnModel().getColumn(2).setCellRenderer(new BarRenderer());
        table.getColumnModel().getColumn(0).setPreferredWidth(180);
        table.getColumnModel().getColumn(6).setPreferredWidth(260);
        JProgressBar overall = new JProgressBar(0, 1000);
        overall.setName("progress.overall");
        overall.setStringPainted(true);
        JButton cancel = new JButton("Cancel run");
        cancel.setName("progress.cancel");
        cancel.addActionListener(event -> session.cancel());
        JPanel top = new JPanel(new BorderLayout());
        top.add(overall, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        buttons.add(cancel);
        top.add(buttons, BorderLayout.EAST);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(top, BorderLayout.NORTH);
        panel.add(new JScrollPane(table), BorderLayout.CENTER);
        Runnable update = () -> {
            List<TaskState> tasks = session.tasks();
            model.set(tasks);
            long done = tasks.stream().filter(t -> t.status() == TaskState.Status.CACHED
                    || t.status() == TaskState.Status.COMPUTED).count();
            double running = tasks.stream().filter(t -> t.status() == TaskState.Status.RUNNING)
                    .mapToDouble(t -> Math.max(0, t.fraction())).sum();
            double fraction = tasks.isEmpty() ? 0 : (done + running) / tasks.size();
            overall.setValue((int) Math.round(1000 * fraction));
            overall.setString(String.format(Locale.ROOT, "%d / %d tasks done%s", done, tasks.size(),
                    session.running() ? " (running)" : ""));
            cancel.setEnabled(session.running());
        };
        StudySessionListener listener = changes -> update.run();
        update.run();
        return View.following(panel, session, listener);
    }

    private static final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private transient List<TaskState> tasks = List.of();

        void set(List<TaskState> newTasks) {
            boolean sameRows = newTasks.size() == tasks.size();
            tasks = newTasks;
            if (sameRows) {
                fireTableRowsUpdated(0, Math.max(0, tasks.size() - 1));
            } else {
                fireTableDataChanged();
            }
        }

        @Override
        public int getRowCount() {
            return tasks.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            TaskState t = tasks.get(row);
            return switch (column) {
                case 0 -> t.name();
                case 1 -> t.status().name().toLowerCase(Locale.ROOT);
                case 2 -> t.fraction();
                case 3 -> Formats.rate(t.ratePerSecond());
                case 4 -> t.etaSeconds() >= 0 ? Formats.seconds(t.etaSeconds()) : "";
                case 5 -> Formats.seconds(t.seconds());
                default -> t.message().isEmpty() ? t.subtask() : t.message();
            };
        }
    }

    private static final class BarRenderer extends JProgressBar implements TableCellRenderer {
        private static final long serialVersionUID = 1L;

        BarRenderer() {
            super(0, 1000);
            setStringPainted(true);
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                int row, int column) {
            double fraction = value instanceof Double d ? d : -1;
            setIndeterminate(false);
            setValue(fraction < 0 ? 0 : (int) Math.round(1000 * fraction));
            setString(fraction < 0 ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * fraction));
            return this;
        }
    }
}
