package org.alpwb.study.ui.internal;

import java.awt.Component;
import java.util.Enumeration;
import java.util.Locale;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.study.PlannedTask;
import org.alpwb.api.study.StudyPlan;
import org.alpwb.api.ui.StudySession;
import org.alpwb.api.ui.StudySessionListener;
import org.alpwb.api.ui.TaskState;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewContext;
import org.alpwb.api.ui.ViewContribution;

/**
 * The task graph of the open study as a tree: one node per task in dependency order with its status
 * (pending / running / cached / computed / failed / skipped), cache key and duration; its children are its
 * inputs and the tasks producing them. Selecting a task selects it in the session (properties, charts).
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class, property = {ServiceProperties.KIND + "=" + ViewContribution.KIND,
        
        ServiceProperties.ID + "=navigator", ServiceProperties.LABEL + "=Study navigator",
        ViewContribution.AREA + "=navigator"})
public class NavigatorView implements ViewContribution {

    @Override
    public View create(ViewContext context) {
        StudySession session = context.session();
        DefaultMutableTreeNode root = new DefaultMutableTreeNode("no study open");
        DefaultTreeModel model = new DefaultTreeModel(root);
        JTree tree = new JTree(model);
        tree.setName("navigator.tree");
        tree.setCellRenderer(new TaskRenderer(session));
        tree.addTreeSelectionListener(event -> {
            TreePath path = event.getNewLeadSelectionPath();
            if (path != null && path.getPathCount() >= 2) {
                Object task = ((DefaultMutableTreeNode) path.getPathComponent(1)).getUserObject();
                session.select(String.valueOf(task));
            }
        });
        StudySessionListener listener = changes -> {
            if (changes.contains(StudySessionListener.Change.PLAN)) {
                rebuild(session, model, root, tree);
            } else if (changes.contains(StudySessionListener.Change.TASKS)) {
                // labels change width (pending -> running 42% -> computed 3.1 s): the tree caches node sizes
                for (int i = 0; i < root.getChildCount(); i++) {
                    model.nodeChanged(root.getChildAt(i));
                }
            }
            if (changes.contains(StudySessionListener.Change.SELECTION)) {
                showSelection(session, root, tree);
            }
        };
        rebuild(session, model, root, tree);
        JScrollPane scroll = new JScrollPane(tree);
        return View.following(scroll, session, listener);
    }

    private static void rebuild(StudySession session, DefaultTreeModel model, DefaultMutableTreeNode root, JTree tree) {
        root.removeAllChildren();
        StudyPlan plan = session.plan().orElse(null);
        root.setUserObject(plan != null ? plan.studyName()
                : session.problem().map(p -> "invalid study: " + p)
                        .orElse(session.studyFile().map(f -> "planning " + f.getFileName() + "…").orElse("no study open")));
        if (plan != null) {
            for (PlannedTask task : plan.tasks()) {
                DefaultMutableTreeNode node = new DefaultMutableTreeNode(task.name());
                task.inputs().forEach((input, producer) -> node.add(new DefaultMutableTreeNode(input + " \u2190 " + producer)));
                root.add(node);
            }
        }
        model.reload();
        showSelection(session, root, tree);
    }

    private static void showSelection(StudySession session, DefaultMutableTreeNode root, JTree tree) {
        String selected = session.selectedTask().orElse(null);
        if (selected == null) {
            tree.clearSelection();
            return;
        }
        for (Enumeration<?> children = root.children(); children.hasMoreElements();) {
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) children.nextElement();
            if (node.getUserObject().equals(selected)) {
                TreePath path = new TreePath(node.getPath());
                if (!path.equals(tree.getSelectionPath())) {
                    tree.setSelectionPath(path);
                    tree.scrollPathToVisible(path);
                }
                return;
            }
        }
    }

    /** Task nodes show "name  status  key  duration"; input nodes show "input <- producer". */
    private static final class TaskRenderer extends DefaultTreeCellRenderer {
        private static final long serialVersionUID = 1L;
        private final transient StudySession session;

        TaskRenderer(StudySession session) {
            this.session = session;
        }

        @Override
        public Component getTreeCellRendererComponent(JTree tree, Object value, boolean selected, boolean expanded,
                boolean leaf, int row, boolean hasFocus) {
            super.getTreeCellRendererComponent(tree, value, selected, expanded, leaf, row, hasFocus);
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) value;
            if (node.getLevel() == 1) {
                String name = String.valueOf(node.getUserObject());
                TaskState state = session.task(name).orElse(null);
                if (state != null) {
                    setText(label(state));
                    setForeground(selected ? getTextSelectionColor() : colour(state.status()));
                }
            }
            return this;
        }

        private static String label(TaskState state) {
            StringBuilder text = new StringBuilder("<html><b>").append(state.name()).append("</b>&nbsp;&nbsp;")
                    .append(state.status().name().toLowerCase(Locale.ROOT));
            if (state.status() == TaskState.Status.RUNNING && state.fraction() >= 0) {
                text.append(String.format(Locale.ROOT, " %.0f%%", 100 * state.fraction()));
            }
            text.append("&nbsp;&nbsp;<font color='#888888'>").append(Formats.shortKey(state.key()))
                    .append("</font>&nbsp;&nbsp;").append(Formats.seconds(state.seconds())).append("</html>");
            return text.toString();
        }

        private static java.awt.Color colour(TaskState.Status status) {
            return switch (status) {
                case PENDING -> new java.awt.Color(0x555555);
                case RUNNING -> new java.awt.Color(0x1565c0);
                case CACHED -> new java.awt.Color(0x2e7d32);
                case COMPUTED -> new java.awt.Color(0x1b5e20);
                case FAILED -> new java.awt.Color(0xc62828);
                case SKIPPED -> new java.awt.Color(0xef6c00);
            };
        }
    }

}
