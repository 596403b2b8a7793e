package org.alpwb.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.pyhf.Channel;
import org.alpwb.limits.pyhf.Measurement;
import org.alpwb.limits.pyhf.Modifier;
import org.alpwb.limits.pyhf.ModifierType;
import org.alpwb.limits.pyhf.Observation;
import org.alpwb.limits.pyhf.Sample;
import org.alpwb.limits.pyhf.Workspace;

/**
 * Asymptotic hypotest and full observed + expected upper limit on the pyhf two-bin example and on a
 * 200-bin model (Gaussian signal on a falling background; per-bin staterror, one normsys, one
 * histosys: 203 parameters). Prints the median wall time of repeated runs after warm-up.
 */
public final class LimitsBenchmark {
    private LimitsBenchmark() {
    }

    static Workspace twoHundredBins() {
        int n = 200;
        double[] sig = new double[n];
        double[] bkg = new double[n];
        double[] stat = new double[n];
        double[] hi = new double[n];
        double[] lo = new double[n];
        double[] obs = new double[n];
        for (int i = 0; i < n; i++) {
            double x = (i + 0.5) / n;
            sig[i] = 30.0 / n * Math.exp(-0.5 * Math.pow((x - 0.5) / 0.03, 2)) / (0.03 * Math.sqrt(2 * Math.PI));
            bkg[i] = 100 * Math.exp(-2 * x);
            stat[i] = 0.05 * bkg[i];
            hi[i] = bkg[i] * (1 + 0.05 * x);
            lo[i] = bkg[i] * (1 - 0.05 * x);
            obs[i] = Math.round(bkg[i] + 3 * Math.sin(7 * i));
        }
        Sample s = new Sample("signal", sig, List.of(Modifier.simple("mu", ModifierType.NORMFACTOR)));
        Sample b = new Sample("background", bkg, List.of(Modifier.perBin("staterror", ModifierType.STATERROR, stat),
                Modifier.normsys("bkg_norm", 1.03, 0.97), Modifier.histosys("bkg_slope", hi, lo)));
        return new Workspace(List.of(new Channel("mass", List.of(s, b))), List.of(new Observation("mass", obs)),
                List.of(new Measurement("m", "mu", List.of())), "1.0.0");
    }

    private static double medianMillis(Runnable r, int repeats) {
        List<Double> t = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            r.run();
            t.add((System.nanoTime() - start) / 1e6);
        }
        t.sort(null);
        return t.get(t.size() / 2);
    }

    private static void bench(String name, LikelihoodModel m, int repeats) {
        AsymptoticCalculator calc = new AsymptoticCalculator();
        CalculatorOptions o = CalculatorOptions.defaults();
        Runnable test = () -> calc.hypothesisTest(m, 1.0, o, ProgressMonitor.NONE);
        Runnable limit = () -> calc.upperLimit(m, 0.95, o, ProgressMonitor.NONE);
        medianMillis(test, repeats); // warm-up
        medianMillis(limit, Math.max(2, repeats / 4));
        System.out.printf(Locale.ROOT, "%-10s %3d parameters: hypotest %8.2f ms, upper limit (obs + 5 exp) %8.2f ms%n",
                name, m.parameterNames().size(), medianMillis(test, repeats), medianMillis(limit, Math.max(3, repeats / 4)));
    }

    /** The window analysis' likelihood (600 cells, spurious-signal term) and its pyhf form (WorkspaceForm). */
    static org.alpwb.limits.model.WindowModel window() {
        org.alpwb.limits.model.Shape gauss = org.alpwb.limits.model.Shape.of(x -> Math.exp(-0.5 * x * x / 1e-4));
        org.alpwb.limits.model.Shape flat = org.alpwb.limits.model.Shape.of(x -> 1 + 0.5 * x);
        return org.alpwb.limits.model.WindowModel.builder().window(-0.3, 0.3).gridCells(600).signal(gauss, 1.0, 1e5)
                .background(flat, List.of(), new double[0], new double[0], new double[0], false).spuriousSignal(5, 8)
                .expectedBackground(3000).build().asimov(new double[] {0, 3000, 0});
    }

    public static void main(String[] args) {
        bench("two-bin", Models.twoBin(), 200);
        bench("200-bin", HistFactoryCompiler.compile(twoHundredBins(), null, "200-bin"), 8);
        bench("window-600", window(), 40);
        bench("pyhf-600", HistFactoryCompiler.compile(window().workspace().orElseThrow(), null, "window form"), 40);
    }
}
