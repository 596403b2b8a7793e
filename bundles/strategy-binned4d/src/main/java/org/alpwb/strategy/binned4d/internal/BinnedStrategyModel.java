package org.alpwb.strategy.binned4d.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.strategy.MassHypothesis;
import org.alpwb.api.strategy.StrategyModel;

/** A prepared binned strategy: one HistFactory model per mass hypothesis (POI = selected signal events). */
final class BinnedStrategyModel implements StrategyModel {
    private final PointCalculator calc;
    private final Map<String, Object> summary;

    BinnedStrategyModel(PointCalculator calc, Map<String, Object> summary) {
        this.calc = calc;
        this.summary = new LinkedHashMap<>(summary);
        this.summary.put("signalPeaks", new java.util.TreeMap<>(Map.of("massesGeV", List.of(box(calc.peaks().massesGeV())),
                "peakGeV", List.of(box(calc.peaks().peaksGeV())), "sigmaGeV", List.of(box(calc.peaks().sigmasGeV())))));
    }

    private static Double[] box(double[] a) {
        Double[] b = new Double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i];
        }
        return b;
    }

    @Override
    public double lowGeV() {
        return calc.peaks().lowGeV();
    }

    @Override
    public double highGeV() {
        return calc.peaks().highGeV();
    }

    @Override
    public MassHypothesis at(double massGeV) {
        PointCalculator.Point p = calc.hypothesis(massGeV);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("signalPeakGeV", BinnedLimitsTask.num(p.peakGeV()));
        details.put("signalSigmaGeV", BinnedLimitsTask.num(p.sigmaGeV()));
        details.put("windowGeV", BinnedLimitsTask.nums(p.windowGeV()));
        details.put("cells", p.cells());
        details.put("bins", p.bins());
        details.put("backgroundMcRows", p.backgroundRows());
        if (p.model() == null) {
            return MassHypothesis.without(massGeV, p.status(), p.efficiency(),
                    p.backgroundInWindow(), Double.NaN, details);
        }
        double err = 0;
        for (double e : p.model().backgroundMcError()) {
            err += e * e;
        }
        BinnedModel model = p.model();
        return new MassHypothesis(massGeV, MassHypothesis.OK, p.efficiency(), model.model(),
                k -> model.withBackgroundScaled().apply(k).model(), p.backgroundInWindow(), Math.sqrt(err), details);
    }

    @Override
    public List<SignalPoint> signalPoints() {
        List<SignalPoint> out = new ArrayList<>();
        for (EventSample s : calc.signals()) {
            double m = s.massGeV();
            Templates.Signal t = Templates.signal(calc.signals(), calc.peaks().peaksGeV(), calc.peaks().sigmasGeV(),
                    calc.settings().selection(), m, calc.settings().binsPerAxis(), null);
            double var = 0;
            for (double v : t.efficiencyVariance()) {
                var += v;
            }
            out.add(new SignalPoint(m, t.totalEfficiency(), Math.sqrt(var), Double.NaN));
        }
        return out;
    }

    @Override
    public Map<String, Object> summary() {
        return summary;
    }
}
