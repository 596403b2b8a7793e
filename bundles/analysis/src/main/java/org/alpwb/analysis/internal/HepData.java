package org.alpwb.analysis.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * HEPData-style YAML (one table): independent variable m_a; dependent variables the median expected
 * limits with the 1 and 2 sigma bands as asymmetric errors; '-' where there is no limit (excluded
 * regions, failed points).
 */
final class HepData {
    private HepData() {
    }

    static byte[] write(LimitScan.Point[] points, double lumiFb, double[] projFb, double cl, String strategy,
            double gRef) {
        StringBuilder y = new StringBuilder();
        y.append("# expected limits, strategy ").append(strategy).append(", reference coupling ").append(gRef)
                .append(" GeV^-1\n");
        y.append("independent_variables:\n- header: {name: 'm_a', units: 'GeV'}\n  values:\n");
        for (LimitScan.Point p : points) {
            y.append("  - {value: ").append(p.massGeV()).append("}\n");
        }
        y.append("dependent_variables:\n");
        String clText = String.format(Locale.ROOT, "%.4g", 100 * cl);
        variable(y, points, "Expected " + clText + "% CL upper limit on sigma(e+e- -> e+e- a, a -> gamma gamma)", "pb",
                lumiFb, "asymptotic CLs", LimitScan.Point::sigmaUpPb);
        variable(y, points, "Expected " + clText + "% CL upper limit on g_agammagamma", "GeV^-1", lumiFb,
                "thesis eq. 9.2", LimitScan.Point::couplingUp);
        for (int j = 0; j < projFb.length; j++) {
            int k = j;
            variable(y, points, "Expected " + clText + "% CL upper limit on g_agammagamma", "GeV^-1", projFb[j],
                    "recomputed at the projected luminosity",
                    p -> p.projections() == null ? null : p.projections().get(k).couplingUp());
            variable(y, points, "Expected " + clText + "% CL upper limit on g_agammagamma", "GeV^-1", projFb[j],
                    "L^-1/4 scaling from " + lumiFb + " fb^-1",
                    p -> p.projections() == null ? null : p.projections().get(k).couplingUpFourthRoot());
        }
        return y.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void variable(StringBuilder y, LimitScan.Point[] points, String name, String units, double lumiFb,
            String method, Function<LimitScan.Point, double[]> band) {
        y.append("- header: {name: '").append(name).append("', units: '").append(units).append("'}\n");
        y.append("  qualifiers:\n  - {name: 'SQRT(S)', units: 'GeV', value: 10.58}\n");
        y.append("  - {name: 'LUMINOSITY', units: 'fb^-1', value: ").append(lumiFb).append("}\n");
        y.append("  - {name: 'METHOD', value: '").append(method).append("'}\n");
        y.append("  values:\n");
        for (LimitScan.Point p : points) {
            double[] v = band.apply(p);
            if (v == null || !Double.isFinite(v[2])) {
                y.append("  - {value: '-'}\n");
                continue;
            }
            y.append("  - value: ").append(v[2]).append('\n');
            y.append("    errors:\n");
            y.append("    - {asymerror: {minus: ").append(v[1] - v[2]).append(", plus: ").append(v[3] - v[2])
                    .append("}, label: 'expected 1 sigma'}\n");
            y.append("    - {asymerror: {minus: ").append(v[0] - v[2]).append(", plus: ").append(v[4] - v[2])
                    .append("}, label: 'expected 2 sigma'}\n");
        }
    }
}
