package org.alpwb.strategy.binned4d.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Validation of the signal interpolation against a generated mass left out: for every generated mass
 * m_k with a neighbour on each side, the template at m_k is interpolated from the other samples alone
 * (peak, width and histogram) and compared with the sample generated at m_k, on the latter's grid, window and
 * merged bins: chi2 of the per-bin efficiencies with both MC errors, the total efficiencies, the widths,
 * and the ratio of the median expected limits computed with the same backgrounds.
 */
final class LeftOutCheck {
    private LeftOutCheck() {
    }

    static List<Map<String, Object>> run(PointCalculator calc) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<EventSample> all = calc.signals();
        SignalPeaks peaks = calc.peaks();
        for (int k = 1; k + 1 < all.size(); k++) {
            out.add(check(calc, all, peaks, k));
        }
        return out;
    }

    static Map<String, Object> check(PointCalculator calc, List<EventSample> all, SignalPeaks peaks, int k) {
        double m = all.get(k).massGeV();
        Selection sel = calc.settings().selection();
        int[] bins = calc.settings().binsPerAxis();
        Templates.Signal actual = Templates.signal(all, peaks.peaksGeV(), peaks.sigmasGeV(), sel, m, bins, null);
        PointCalculator.Point actualPoint = calc.evaluate(m, peaks.peaksGeV()[k], peaks.sigmasGeV()[k],
                sel.window(peaks.peaksGeV()[k], peaks.sigmasGeV()[k]), actual, false);

        List<EventSample> others = new ArrayList<>(all);
        others.remove(k);
        SignalPeaks without = new SignalPeaks(remove(peaks.massesGeV(), k), remove(peaks.peaksGeV(), k),
                remove(peaks.sigmasGeV(), k));
        Templates.Signal interpolated = Templates.signal(others, without.peaksGeV(), without.sigmasGeV(), sel, m, bins,
                actual.grid());
        double peak = without.peakGeV(m);
        double sigma = without.sigmaGeV(m);
        // same window (the generated sample's) and grid for both, so that the limit ratio isolates the signal
        // template: with thin background MC a shifted window edge alone can move the background by one heavy row
        PointCalculator.Point interpolatedPoint = calc.evaluate(m, peak, sigma, actualPoint.windowGeV(), interpolated,
                false);

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("massGeV", m);
        r.put("efficiencyGenerated", actual.totalEfficiency());
        r.put("efficiencyInterpolated", interpolated.totalEfficiency());
        r.put("sigmaGeVGenerated", peaks.sigmasGeV()[k]);
        r.put("sigmaGeVInterpolated", sigma);
        r.put("peakGeVGenerated", peaks.peaksGeV()[k]);
        r.put("peakGeVInterpolated", peak);
        int[] binOf = actualPoint.binOfCell();
        if (binOf != null) {
            int nb = actualPoint.bins();
            double[] a = new double[nb];
            double[] va = new double[nb];
            double[] i = new double[nb];
            double[] vi = new double[nb];
            for (int c = 0; c < binOf.length; c++) {
                a[binOf[c]] += actual.efficiency()[c];
                va[binOf[c]] += actual.efficiencyVariance()[c];
                i[binOf[c]] += interpolated.efficiency()[c];
                vi[binOf[c]] += interpolated.efficiencyVariance()[c];
            }
            double chi2 = 0;
            int ndf = 0;
            for (int b = 0; b < nb; b++) {
                if (va[b] + vi[b] > 0) {
                    chi2 += (a[b] - i[b]) * (a[b] - i[b]) / (va[b] + vi[b]);
                    ndf++;
                }
            }
            r.put("bins", nb);
            r.put("chi2", chi2);
            r.put("ndf", ndf);
            r.put("pValue", ndf > 0 ? 1 - new ChiSquaredDistribution(null, ndf).cumulativeProbability(chi2) : null);
        }
        double[] ma = actualPoint.muUp();
        double[] mi = interpolatedPoint.muUp();
        if (ma != null && mi != null) {
            double sa = actualPoint.sigmaUpPb()[2];
            double si = interpolatedPoint.sigmaUpPb()[2];
            r.put("sigmaUpMedianGenerated", sa);
            r.put("sigmaUpMedianInterpolated", si);
            r.put("medianLimitRatio", si / sa);
        } else {
            r.put("status", actualPoint.status() + " / " + interpolatedPoint.status());
        }
        return r;
    }

    private static double[] remove(double[] a, int k) {
        double[] out = new double[a.length - 1];
        for (int i = 0, j = 0; i < a.length; i++) {
            if (i != k) {
                out[j++] = a[i];
            }
        }
        return out;
    }
}
