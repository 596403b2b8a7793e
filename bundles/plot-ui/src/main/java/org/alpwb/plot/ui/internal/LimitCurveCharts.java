package org.alpwb.plot.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.Region;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.ui.ArtifactChartContribution;
import org.osgi.service.component.annotations.Component;

/** Charts of a limit curve: expected limits with their 1 and 2 sigma bands on the cross section and on g. */
@Component(service = ArtifactChartContribution.class, property = {ServiceProperties.KIND + "=" + ArtifactChartContribution.KIND,
        ServiceProperties.ID + "=limit-curve-charts",
        ServiceProperties.LABEL + "=Expected limits (Brazil bands)", ArtifactChartContribution.ARTIFACT_TYPE + "=" + LimitCurve.TYPE})
public class LimitCurveCharts implements ArtifactChartContribution {

    @Override
    public List<NamedChart> charts(String taskName, Artifact artifact) {
        LimitCurve curve = LimitCurve.of(taskName, artifact);
        List<NamedChart> charts = new ArrayList<>();
        String title = String.format(Locale.ROOT, "%s: expected %.0f %% CL limits, %.2f fb\u207b\u00b9", curve.strategy(),
                100 * curve.cl(), curve.luminosityInvFb());
        charts.add(new NamedChart("sigma", brazil(curve, false, title)));
        charts.add(new NamedChart("coupling", brazil(curve, true, title)));
        return charts;
    }

    static ChartSpec brazil(LimitCurve curve, boolean onCoupling, String title) {
        double[][] q = curve.quantiles(onCoupling);
        List<Integer> with = new ArrayList<>();
        for (int i = 0; i < curve.massGeV().length; i++) {
            if (!curve.excluded()[i] && !Double.isNaN(q[2][i])) {
                with.add(i);
            }
        }
        if (with.isEmpty()) {
            throw new IllegalArgumentException(curve.task() + ": no mass point has a limit");
        }
        double[] x = pick(curve.massGeV(), with);
        ChartSpec.Builder chart = ChartSpec.builder(Axis.linear("m\u2090 [GeV]"),
                Axis.log(onCoupling ? "g\u2090\u03b3\u03b3 upper limit [GeV\u207b\u00b9]" : "\u03c3 upper limit [pb]"))
                .title(title).legend(LegendPosition.TOP_RIGHT)
                .expectedLimitBands(x, pick(q[2], with), pick(q[1], with), pick(q[3], with), pick(q[0], with),
                        pick(q[4], with));
        excludedRegions(curve).forEach(chart::region);
        return chart.build();
    }

    /** Runs of consecutive excluded scan points (the pi0 / eta / eta' windows) as shaded regions. */
    static List<Region> excludedRegions(LimitCurve curve) {
        List<Region> regions = new ArrayList<>();
        double[] mass = curve.massGeV();
        int i = 0;
        while (i < mass.length) {
            if (!curve.excluded()[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i + 1 < mass.length && curve.excluded()[i + 1]) {
                i++;
            }
            double from = start > 0 ? 0.5 * (mass[start - 1] + mass[start]) : mass[start];
            double to = i + 1 < mass.length ? 0.5 * (mass[i] + mass[i + 1]) : mass[i];
            if (to > from) {
                regions.add(Region.of(from, to, "excluded"));
            }
            i++;
        }
        return regions;
    }

    private static double[] pick(double[] values, List<Integer> indices) {
        return indices.stream().mapToDouble(i -> values[i]).toArray();
    }
}
