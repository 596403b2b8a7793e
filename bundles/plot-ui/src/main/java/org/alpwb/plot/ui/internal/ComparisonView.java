package org.alpwb.plot.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.PlotService;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.PlannedTask;
import org.alpwb.api.study.StudyPlan;
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
 * Strategy comparison: every limit curve of the open study (one per strategy), the median expected limits of the
 * chosen strategies overlaid, and a table of their limits at the chosen masses with the best strategy per mass.
 * Limit curves are the results of the tasks whose declared output type is {@code alpwb/limit-curve}; the result
 * of a task declaring {@code alpwb/strategy-comparison} (the generic compare-strategies task of bundles/analysis)
 * is summarised under the table (best strategy at the study's masses). Strategies not computed yet are listed
 * as such.
 */
@Component(service = ViewContribution.class, property = {ServiceProperties.KIND + "=" + ViewContribution.KIND,
        ServiceProperties.ID + "=compare", ServiceProperties.LABEL + "=Strategy comparison",
        ViewContribution.AREA + "=editor"})
public class ComparisonView implements ViewContribution {
    static final String COMPARISON_TYPE = "alpwb/strategy-comparison";
    private static final String[] PALETTE = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"};
    private volatile PlotService plots;

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
        return new Comparison(context.session(), plots);
    }

    /** One open comparison view. */
    private static final class Comparison implements View {
        private final StudySession session;
        private final PlotService plots;
        private final DefaultTableModel strategies = new DefaultTableModel(
                new Object[] {"Show", "Strategy", "Task", "Points with a limit"}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public Class<?> getColumnClass(int column) {
                return column == 0 ? Boolean.class : String.class;
            }

            @Override
            public boolean isCellEditable(int row, int column) {
                return column == 0;
            }
        };
        private final DefaultTableModel limits = new DefaultTableModel();
        private final JTextField masses = new JTextField("0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0", 28);
        private final JComboBox<String> quantity = new JComboBox<>(new String[] {"cross section", "coupling"});
        private final JPanel chartArea = new JPanel(new BorderLayout());
        private final JLabel summary = new JLabel(" ");
        private final JPanel panel = new JPanel(new BorderLayout());
        private final Map<String, LimitCurve> curves = new LinkedHashMap<>();
        private final AtomicInteger generation = new AtomicInteger();
        private final StudySessionListener listener;
        private boolean filling;

        Comparison(StudySession session, PlotService plots) {
            this.session = session;
            this.plots = plots;
            JTable strategyTable = new JTable(strategies);
            strategyTable.setName("compare.strategies");
            strategies.addTableModelListener(event -> {
                if (!filling) {
                    redraw();
                }
            });
            JTable limitTable = new JTable(limits);
            limitTable.setName("compare.table");
            masses.setName("compare.masses");
            masses.addActionListener(event -> redraw());
            quantity.setName("compare.quantity");
            quantity.addActionListener(event -> redraw());
            JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
            controls.add(new JLabel("Limit on"));
            controls.add(quantity);
            controls.add(new JLabel("Masses [GeV]"));
            controls.add(masses);
            JPanel top = new JPanel(new BorderLayout());
            top.add(controls, BorderLayout.NORTH);
            JScrollPane strategyScroll = new JScrollPane(strategyTable);
            strategyScroll.setPreferredSize(new java.awt.Dimension(400, 90));
            top.add(strategyScroll, BorderLayout.CENTER);
            JScrollPane limitScroll = new JScrollPane(limitTable);
            limitScroll.setPreferredSize(new java.awt.Dimension(400, 150));
            summary.setName("compare.summary");
            JPanel bottom = new JPanel(new BorderLayout());
            bottom.add(limitScroll, BorderLayout.CENTER);
            bottom.add(summary, BorderLayout.SOUTH);
            JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chartArea, bottom);
            split.setResizeWeight(0.7);
            panel.add(top, BorderLayout.NORTH);
            panel.add(split, BorderLayout.CENTER);
            listener = changes -> {
                if (changes.contains(StudySessionListener.Change.PLAN) || changes.contains(StudySessionListener.Change.RUN)) {
                    reload();
                }
            };
            session.addListener(listener);
            reload();
        }

        /** Reads the limit curve of every limit task of the plan from the cache, then fills the tables. */
        private void reload() {
            int mine = generation.incrementAndGet();
            StudyPlan plan = session.plan().orElse(null);
            List<PlannedTask> tasks = plan == null ? List.of()
                    : plan.tasks().stream().filter(t -> LimitCurve.TYPE.equals(t.outputType())).toList();
            PlannedTask comparison = plan == null ? null
                    : plan.tasks().stream().filter(t -> COMPARISON_TYPE.equals(t.outputType())).findFirst().orElse(null);
            summarise(comparison);
            List<CompletableFuture<Optional<Artifact>>> reads = tasks.stream().map(t -> session.artifact(t.name())).toList();
            CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).whenComplete((ignored, error) ->
                    SwingUtilities.invokeLater(() -> {
                        if (mine != generation.get()) {
                            return;
                        }
                        curves.clear();
                        filling = true;
                        strategies.setRowCount(0);
                        for (int i = 0; i < tasks.size(); i++) {
                            PlannedTask task = tasks.get(i);
                            Optional<Artifact> artifact = reads.get(i).isCompletedExceptionally() ? Optional.empty()
                                    : reads.get(i).join();
                            LimitCurve curve = null;
                            String problem = "not computed yet";
                            if (artifact.isPresent()) {
                                try {
                                    curve = LimitCurve.of(task.name(), artifact.get());
                                } catch (IllegalArgumentException e) {
                                    problem = e.getMessage();
                                }
                            }
                            String strategy = curve != null ? curve.strategy() : strategyOf(task, plan);
                            if (curve != null) {
                                curves.put(task.name(), curve);
                            }
                            strategies.addRow(new Object[] {curve != null, strategy, task.name(),
                                curve != null ? String.valueOf(curve.pointsWithLimit()) : problem});
                        }
                        filling = false;
                        redraw();
                    }));
        }

        /** The best strategy per mass from the study's comparison task, when its result is in the cache. */
        private void summarise(PlannedTask comparison) {
            if (comparison == null) {
                summary.setText(" ");
                return;
            }
            int mine = generation.get();
            session.artifact(comparison.name()).whenComplete((artifact, error) -> SwingUtilities.invokeLater(() -> {
                if (mine == generation.get()) {
                    summary.setText(error != null || artifact.isEmpty() ? comparison.name() + ": not computed yet"
                            : StrategyComparison.bestPerMass(comparison.name(), artifact.get()));
                }
            }));
        }

        private static String strategyOf(PlannedTask task, StudyPlan plan) {
            Object own = task.config().get("strategy");
            if (own != null) {
                return own.toString();
            }
            PlannedTask model = plan.task(task.inputs().getOrDefault("model", ""));
            Object fromModel = model == null ? null : model.config().get("strategy");
            return fromModel != null ? fromModel.toString() : task.name();
        }

        private List<LimitCurve> shown() {
            List<LimitCurve> result = new ArrayList<>();
            for (int row = 0; row < strategies.getRowCount(); row++) {
                LimitCurve curve = curves.get(String.valueOf(strategies.getValueAt(row, 2)));
                if (curve != null && Boolean.TRUE.equals(strategies.getValueAt(row, 0))) {
                    result.add(curve);
                }
            }
            return result;
        }

        private void redraw() {
            boolean coupling = quantity.getSelectedIndex() == 1;
            List<LimitCurve> chosen = shown();
            chartArea.removeAll();
            if (chosen.isEmpty()) {
                chartArea.add(ChartsView.message(curves.isEmpty()
                        ? "No limit curve of this study is in the cache yet: run the study."
                        : "Tick the strategies to compare."), BorderLayout.CENTER);
            } else {
                chartArea.add(new InteractiveChart("comparison", overlay(chosen, coupling), plots), BorderLayout.CENTER);
            }
            chartArea.revalidate();
            chartArea.repaint();
            fillTable(chosen, coupling);
        }

        private static ChartSpec overlay(List<LimitCurve> chosen, boolean coupling) {
            ChartSpec.Builder chart = ChartSpec.builder(Axis.linear("m\u2090 [GeV]"),
                    Axis.log(coupling ? "median expected g\u2090\u03b3\u03b3 limit [GeV\u207b\u00b9]"
                            : "median expected \u03c3 limit [pb]"))
                    .title("Strategy comparison (expected limits, median)").legend(LegendPosition.TOP_RIGHT);
            int index = 0;
            for (LimitCurve curve : chosen) {
                chart.add(XYSeries.of(curve.strategy(), curve.massGeV(), withGaps(curve, coupling),
                        Style.line(PALETTE[index++ % PALETTE.length])));
            }
            LimitCurveCharts.excludedRegions(chosen.get(0)).forEach(chart::region);
            return chart.build();
        }

        /** The median with NaN (a gap) at excluded points. */
        private static double[] withGaps(LimitCurve curve, boolean coupling) {
            double[] median = curve.quantiles(coupling)[2].clone();
            for (int i = 0; i < median.length; i++) {
                if (curve.excluded()[i]) {
                    median[i] = Double.NaN;
                }
            }
            return median;
        }

        private void fillTable(List<LimitCurve> chosen, boolean coupling) {
            List<String> columns = new ArrayList<>();
            columns.add("m [GeV]");
            chosen.forEach(curve -> columns.add(curve.strategy() + (coupling ? " g [1/GeV]" : " \u03c3 [pb]")));
            columns.add("best");
            limits.setColumnIdentifiers(columns.toArray());
            limits.setRowCount(0);
            for (String text : masses.getText().split("[,\\s]+")) {
                double mass;
                try {
                    mass = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    continue;
                }
                List<Object> row = new ArrayList<>();
                row.add(text);
                String best = "";
                double bestValue = Double.POSITIVE_INFINITY;
                for (LimitCurve curve : chosen) {
                    double value = curve.medianAt(mass, coupling);
                    row.add(Double.isNaN(value) ? "\u2014" : String.format(Locale.ROOT, "%.3g", value));
                    if (value < bestValue) {
                        bestValue = value;
                        best = curve.strategy();
                    }
                }
                row.add(best);
                limits.addRow(row.toArray());
            }
        }

        @Override
        public JComponent component() {
            return panel;
        }

        @Override
        public void dispose() {
            session.removeListener(listener);
            generation.incrementAndGet();
        }
    }
}
