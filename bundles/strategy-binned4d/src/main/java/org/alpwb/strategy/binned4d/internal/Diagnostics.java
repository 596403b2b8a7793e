package org.alpwb.strategy.binned4d.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alpwb.fit.minimize.MinimizationResult;
import org.alpwb.limits.model.HistFactoryModel;
import org.alpwb.limits.pyhf.WorkspaceWriter;

/**
 * What the report shows of a study-chosen mass: the pyhf workspace, the projections of the signal and
 * background histograms on each axis, the bins ranked by their share of the Asimov sensitivity, the
 * post-fit pulls and constraints of the nuisance parameters on the background-only Asimov data, and a
 * closure fit (signal injected into the Asimov data at the median expected limit, fitted back).
 */
final class Diagnostics {
    private Diagnostics() {
    }

    static String tag(double massGeV) {
        return String.format(Locale.ROOT, "m%.4f", massGeV).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    static Map<String, Object> write(PointCalculator.Point p, PointCalculator calc, BinnedLimitsTask.Config config,
            CrossSections xsec, Map<String, byte[]> files) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("massGeV", p.massGeV());
        out.put("status", p.status());
        if (p.model() == null) {
            return out;
        }
        String tag = tag(p.massGeV());
        String ws = "workspace-" + tag + ".json";
        files.put(ws, WorkspaceWriter.toJson(p.model().workspace()).getBytes(StandardCharsets.UTF_8));
        out.put("workspace", ws);
        out.put("muUp", BinnedLimitsTask.nums(p.muUp()));
        String proj = "projections-" + tag + ".csv";
        files.put(proj, projections(p, config, calc));
        out.put("projections", proj);
        String bins = "bins-" + tag + ".csv";
        List<double[]> ranked = sensitivity(p);
        files.put(bins, binsCsv(ranked));
        out.put("bins", bins);
        out.put("leadingBinShareOfSensitivity", ranked.isEmpty() ? null : ranked.get(0)[5]);
        MinimizationResult pulls = pulls(p.model().model(), p.muUp()[2]);
        String pullFile = "pulls-" + tag + ".csv";
        files.put(pullFile, pullsCsv(p.model(), pulls));
        out.put("pulls", pullFile);
        out.put("pullFitConverged", pulls.converged());
        out.put("closure", closure(p));
        return out;
    }

    /** Per merged bin at the median limit: {bin, s, b, mcError, z2, share of total z2}, sorted by z2 descending. */
    static List<double[]> sensitivity(PointCalculator.Point p) {
        double mu = p.muUp()[2];
        BinnedModel m = p.model();
        List<double[]> rows = new ArrayList<>();
        double total = 0;
        for (int b = 0; b < m.signal().length; b++) {
            double s = mu * m.signal()[b];
            double bg = m.background()[b];
            double z2 = 2 * ((s + bg) * Math.log1p(s / bg) - s);
            total += z2;
            rows.add(new double[] {b, s, bg, m.backgroundMcError()[b], z2, 0});
        }
        for (double[] r : rows) {
            r[5] = total > 0 ? r[4] / total : 0;
        }
        rows.sort((a, b) -> Double.compare(b[4], a[4]));
        return rows;
    }

    private static byte[] binsCsv(List<double[]> rows) {
        StringBuilder csv = new StringBuilder("bin,signalAtMedianLimit,background,backgroundMcError,asimovZ2,shareOfZ2\n");
        for (double[] r : rows) {
            csv.append((int) r[0]);
            for (int k = 1; k < r.length; k++) {
                csv.append(',').append(BinnedLimitsTask.cell(r[k]));
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 1D projections (events at the nominal luminosity; signal at the reference coupling) of every axis. */
    private static byte[] projections(PointCalculator.Point p, BinnedLimitsTask.Config config, PointCalculator calc) {
        CellGrid g = p.signal().grid();
        double lumi = calc.settings().luminosityInvPb();
        double sigmaRef = p.referenceSigmaPb();
        StringBuilder csv = new StringBuilder("variable,bin,lowEdge,highEdge,signalAtReferenceCoupling");
        for (Templates.Background b : p.backgrounds()) {
            csv.append(',').append(b.name());
        }
        csv.append(",backgroundMcRows\n");
        for (int a = 0; a < g.axes(); a++) {
            int nb = g.axisBins(a);
            double[] s = new double[nb];
            double[][] bg = new double[p.backgrounds().size()][nb];
            long[] rows = new long[nb];
            for (int c = 0; c < g.cells(); c++) {
                int k = g.axisIndex(c, a);
                s[k] += p.signal().efficiency()[c] * sigmaRef * lumi;
                for (int j = 0; j < bg.length; j++) {
                    bg[j][k] += p.backgrounds().get(j).weightPb()[c] * lumi;
                    rows[k] += p.backgrounds().get(j).rows()[c];
                }
            }
            double[] edges = g.interiorEdges(a);
            for (int k = 0; k < nb; k++) {
                csv.append(config.variables().get(a)).append(',').append(k).append(',')
                        .append(k == 0 ? "-inf" : Double.toString(edges[k - 1])).append(',')
                        .append(k == nb - 1 ? "inf" : Double.toString(edges[k])).append(',').append(s[k]);
                for (double[] b : bg) {
                    csv.append(',').append(b[k]);
                }
                csv.append(',').append(rows[k]).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Free fit of the background-only Asimov data (mu' = 0, nuisances nominal). */
    static MinimizationResult pulls(HistFactoryModel model, double poiScale) {
        double[] nominal = model.initialValues();
        nominal[model.poiIndex()] = 0;
        return Fits.free(model.asimov(nominal), nominal, poiScale);
    }

    private static byte[] pullsCsv(BinnedModel binned, MinimizationResult r) {
        HistFactoryModel model = binned.model();
        StringBuilder csv = new StringBuilder("parameter,nominal,prefitSigma,postfit,postfitError,pull,constraint\n");
        double[] sigma = binned.prefitSigmas();
        double[] nominal = model.initialValues();
        nominal[model.poiIndex()] = 0;
        List<String> names = model.parameterNames();
        for (int i = 0; i < names.size(); i++) {
            if (model.fixedParameters()[i]) {
                continue;
            }
            double pull = Double.isFinite(sigma[i]) ? (r.values()[i] - nominal[i]) / sigma[i] : Double.NaN;
            double constraint = Double.isFinite(sigma[i]) ? r.errors()[i] / sigma[i] : Double.NaN;
            csv.append(names.get(i)).append(',').append(nominal[i]).append(',').append(BinnedLimitsTask.cell(sigma[i]))
                    .append(',').append(r.values()[i]).append(',').append(r.errors()[i]).append(',')
                    .append(BinnedLimitsTask.cell(pull)).append(',').append(BinnedLimitsTask.cell(constraint)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Signal injected at the median expected limit into the Asimov data, fitted back with mu free. */
    static Map<String, Object> closure(PointCalculator.Point p) {
        HistFactoryModel model = p.model().model();
        double[] x = model.initialValues();
        double injected = p.muUp()[2];
        x[model.poiIndex()] = injected;
        double[] start = model.initialValues();
        start[model.poiIndex()] = 0.5 * injected; // away from the truth, on the POI's own scale
        MinimizationResult r = Fits.free(model.asimov(x), start, injected);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("muInjected", injected);
        m.put("muFitted", r.values()[model.poiIndex()]);
        m.put("muError", r.errors()[model.poiIndex()]);
        m.put("deviationInErrors", (r.values()[model.poiIndex()] - injected) / r.errors()[model.poiIndex()]);
        m.put("converged", r.converged());
        return m;
    }
}
