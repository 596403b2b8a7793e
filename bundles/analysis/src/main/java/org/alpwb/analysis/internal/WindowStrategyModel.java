package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.fit.BackgroundModel;
import org.alpwb.api.fit.Interpolator;
import org.alpwb.api.fit.ShapeFitter;
import org.alpwb.api.strategy.BackgroundSample;
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.strategy.MassHypothesis;
import org.alpwb.api.strategy.StrategyInput;
import org.alpwb.api.strategy.StrategyModel;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.table.ColumnTable;

/**
 * The shared window analysis as a {@link StrategyModel}: the signal model of the {@code model} input, the
 * background selected with the strategy's selection (once, or at each hypothesis for a mass-dependent selection),
 * hypotheses from {@link LimitScan#hypothesis}.
 */
public final class WindowStrategyModel implements StrategyModel {
    private final SignalModel model;
    private final LimitScan scan;
    private final CandidateSelection selection;
    private final List<BackgroundSample> backgrounds;
    private final String scanVariable;
    private final LimitScan.Background background;
    private final Map<String, Object> summary;

    private WindowStrategyModel(SignalModel model, LimitScan scan, CandidateSelection selection,
            List<BackgroundSample> backgrounds, String scanVariable, LimitScan.Background background,
            Map<String, Object> summary) {
        this.model = model;
        this.scan = scan;
        this.selection = selection;
        this.backgrounds = backgrounds;
        this.scanVariable = scanVariable;
        this.background = background;
        this.summary = summary;
    }

    public static WindowStrategyModel prepare(StrategyInput input, CandidateSelection selection) {
        TaskConfig config = input.task().config();
        String task = "task " + input.task().taskName();
        Artifact artifact = input.task().input("model");
        Inputs.requireType(input.task().taskName(), "model", artifact, SignalModelTask.TYPE);
        SignalModel model = SignalModel.parse(artifact.payload(), task + " input model");
        if (!model.strategyId().equals(input.strategyId())) {
            throw config.invalid("strategy", input.strategyId(), "the strategy of the input model, "
                    + model.strategyId());
        }
        byte[] mine = Json.write(selection.record());
        byte[] theirs = Json.write(model.selection());
        if (!Arrays.equals(mine, theirs)) {
            throw config.invalid("parameters", new String(mine, java.nio.charset.StandardCharsets.UTF_8).replaceAll(
                    "\\s+", " "), "the selection of the input model (re-run its signal-model task with the same "
                    + "strategy version and parameters): " + new String(theirs,
                            java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " "));
        }
        double[] window = selection.countingWindowSigma();
        String method = config.choice("method", window != null ? LimitScan.COUNTING : LimitScan.WINDOW_FIT,
                LimitScan.WINDOW_FIT, LimitScan.COUNTING);
        if (method.equals(LimitScan.COUNTING) && window == null) {
            throw config.invalid("method", method, LimitScan.WINDOW_FIT + " (strategy " + input.strategyId()
                    + " defines no counting window)");
        }
        double lumiPb = input.luminosityInvFb() * 1000;
        LimitScan.Settings settings = new LimitScan.Settings(lumiPb, new double[0], Double.NaN,
                config.number("windowSigma", 30, 2, 200), config.number("blindSigma", 3, 0.5, 100),
                (int) Math.round(config.number("binsPerSigma", 2, 0.1, 50)),
                (int) config.integer("gridCells", 600, 50, 100000),
                (int) config.integer("minSidebandRows", 10, 1, 1_000_000), method);
        if (config.number("binsPerSigma", 2, 0.1, 50) != settings.binsPerSigma()) {
            throw config.invalid("binsPerSigma", config.number("binsPerSigma", 2, 0.1, 50), "an integer");
        }
        LimitScan.checkSettings(settings, config.source());
        BackgroundModel bg = input.task().service(BackgroundModel.class, config.string("backgroundModel", "chebyshev"));
        long order = config.integer("backgroundOrder", 3, 0, 10);
        if (bg.parameterNames().size() - 1 != order) {
            throw config.invalid("backgroundOrder", order, "the order of the configured background model service ("
                    + (bg.parameterNames().size() - 1) + "; set its component property 'order')");
        }
        LimitScan.Services services = new LimitScan.Services(
                input.task().service(ShapeFitter.class, config.string("shapeFitter", "dscb")),
                input.task().service(Interpolator.class, config.string("interpolator", "chebyshev-interpolation")), bg,
                null);
        List<BackgroundSample> samples = input.backgrounds();
        if (samples.isEmpty()) {
            throw new InvalidInputException(task, "inputs", input.task().inputs().keySet(),
                    "at least one background-<process> input (column table of reconstruct)");
        }
        List<Map<String, Object>> backgroundSummary = new ArrayList<>();
        LimitScan.Background selected = selection.massIndependent()
                ? select(samples, selection, Double.NaN, input.scanVariable(), task, backgroundSummary) : null;
        LimitScan scan = new LimitScan(model, settings, services, selected, List.of(), null, window);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("analysis", "window");
        summary.put("selection", selection.record());
        summary.put("method", method);
        summary.put("windowSigma", settings.windowSigma());
        summary.put("blindSigma", settings.blindSigma());
        summary.put("binsPerSigma", settings.binsPerSigma());
        summary.put("gridCells", settings.gridCells());
        summary.put("backgroundModel", config.string("backgroundModel", "chebyshev"));
        summary.put("backgroundOrder", order);
        summary.put("minSidebandRows", settings.minSidebandRows());
        summary.put("countingWindowSigma", window == null ? null : Json.nums(window));
        summary.put("backgrounds", selection.massIndependent() ? backgroundSummary : "selected per mass hypothesis");
        return new WindowStrategyModel(model, scan, selection, samples, input.scanVariable(), selected, summary);
    }

    /** The selected background rows of all samples, sorted by mass (stable: ties keep input order). */
    static LimitScan.Background select(List<BackgroundSample> samples, CandidateSelection selection, double massGeV,
            String scan, String task, List<Map<String, Object>> summary) {
        List<double[]> rows = new ArrayList<>();
        for (BackgroundSample sample : samples) {
            String source = task + " input " + sample.inputName();
            ColumnTable table = sample.candidates();
            CandidateSelection.Selected applied = selection.apply(table, massGeV, source);
            double[] x = SignalModelTask.column(table, scan, source);
            double[] w = SignalModelTask.column(table, CandidateSelection.WEIGHT, source);
            long kept = 0;
            double weight = 0;
            for (int r = 0; r < x.length; r++) {
                if (applied.passed()[r] && Double.isFinite(x[r])) {
                    rows.add(new double[] {x[r], w[r]});
                    kept++;
                    weight += w[r];
                }
            }
            if (summary != null) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("name", sample.inputName());
                s.put("rows", table.rowCount());
                s.put("selectedRows", kept);
                s.put("selectedWeightPb", weight);
                summary.add(s);
            }
        }
        rows.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] m = new double[rows.size()];
        double[] w = new double[rows.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = rows.get(i)[0];
            w[i] = rows.get(i)[1];
        }
        return new LimitScan.Background(m, w);
    }

    @Override
    public double lowGeV() {
        return model.lowGeV();
    }

    @Override
    public double highGeV() {
        return model.highGeV();
    }

    @Override
    public MassHypothesis at(double massGeV) {
        LimitScan.Background b = background != null ? background
                : select(backgrounds, selection, massGeV, scanVariable, "mass " + massGeV, null);
        return scan.hypothesis(massGeV, b);
    }

    @Override
    public List<SignalPoint> signalPoints() {
        return model.points();
    }

    @Override
    public Map<String, Object> summary() {
        return summary;
    }
}
