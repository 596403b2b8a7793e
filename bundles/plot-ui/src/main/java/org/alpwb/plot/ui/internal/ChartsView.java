package org.alpwb.plot.ui.internal;

import java.awt.BorderLayout;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.plot.PlotService;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.ui.ArtifactChartContribution;
import org.alpwb.api.ui.StudySession;
import org.alpwb.api.ui.StudySessionListener;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewContext;
import org.alpwb.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The charts of the selected task's result: whichever {@link ArtifactChartContribution} knows its artifact type
 * draws it (one tab per chart), interactive; the result is read from the cache off the event thread.
 */
@Component(service = ViewContribution.class, property = {ServiceProperties.KIND + "=" + ViewContribution.KIND,
        ServiceProperties.ID + "=charts",
        ServiceProperties.LABEL + "=Charts", ViewContribution.AREA + "=editor"})
public class ChartsView implements ViewContribution {
    private final Map<String, ArtifactChartContribution> byType = new ConcurrentHashMap<>();
    private volatile PlotService plots;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChartContribution(ArtifactChartContribution contribution, Map<String, Object> properties) {
        byType.put(String.valueOf(properties.get(ArtifactChartContribution.ARTIFACT_TYPE)), contribution);
    }

    void removeChartContribution(ArtifactChartContribution contribution, Map<String, Object> properties) {
        byType.remove(String.valueOf(properties.get(ArtifactChartContribution.ARTIFACT_TYPE)), contribution);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setPlots(PlotService service) {
        plots = service;
    }

    void unsetPlots(PlotService service) {
        if (plots == service) {
            plots = null;
        }
    }

    @Override
    public View create(ViewContext context) {
        StudySession session = context.session();
        JPanel panel = new JPanel(new BorderLayout());
        panel.setName("charts.view");
        AtomicInteger generation = new AtomicInteger();
        String[] shown = {null};
        Runnable refresh = () -> {
            String task = session.selectedTask().orElse(null);
            shown[0] = task;
            int mine = generation.incrementAndGet();
            if (task == null) {
                replace(panel, message("Select a task with a result to see its charts."));
                return;
            }
            session.artifact(task).whenComplete((artifact, error) -> SwingUtilities.invokeLater(() -> {
                if (mine == generation.get()) {
                    replace(panel, error != null ? message(task + ": " + error.getMessage()) : charts(task, artifact));
                }
            }));
        };
        StudySessionListener listener = changes -> {
            boolean selectionMoved = changes.contains(StudySessionListener.Change.SELECTION)
                    && !java.util.Objects.equals(shown[0], session.selectedTask().orElse(null));
            if (selectionMoved || changes.contains(StudySessionListener.Change.RUN)
                    || changes.contains(StudySessionListener.Change.PLAN)) {
                refresh.run();
            }
        };
        refresh.run();
        return View.following(panel, session, listener, generation::incrementAndGet);
    }

    private JComponent charts(String task, Optional<Artifact> artifact) {
        if (artifact.isEmpty()) {
            return message(task + " has no result in the cache yet: run the study.");
        }
        ArtifactChartContribution contribution = byType.get(artifact.get().type());
        if (contribution == null) {
            return message(task + " produced " + artifact.get().type() + "; no installed plugin charts that type (charted: "
                    + String.join(", ", byType.keySet()) + ").");
        }
        List<ArtifactChartContribution.NamedChart> charts;
        try {
            charts = contribution.charts(task, artifact.get());
        } catch (RuntimeException e) {
            return message(task + ": " + e.getMessage());
        }
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("charts.tabs");
        for (ArtifactChartContribution.NamedChart chart : charts) {
            tabs.addTab(chart.name(), new InteractiveChart(task + "-" + chart.name(), chart.chart(), plots));
        }
        return tabs;
    }

    static JComponent message(String text) {
        JLabel label = new JLabel("<html><div style='padding:12px'>" + text + "</div></html>", SwingConstants.CENTER);
        label.setName("charts.message");
        return label;
    }

    static void replace(JPanel panel, JComponent content) {
        panel.removeAll();
        panel.add(content, BorderLayout.CENTER);
        panel.revalidate();
        panel.repaint();
    }
}
