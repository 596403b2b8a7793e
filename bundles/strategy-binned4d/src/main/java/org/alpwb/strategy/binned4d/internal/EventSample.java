package org.alpwb.strategy.binned4d.internal;

import java.util.Arrays;
import java.util.List;
import org.alpwb.api.table.ColumnTable;

/**
 * The rows of one reconstructed sample that pass the mass-independent selection, sorted by m_gg so that
 * a mass window is a contiguous range: m_gg, weight (pb) and the analysis variables, and per variable the rows
 * in ascending order of its value (the scan's per-hypothesis quantiles walk them instead of sorting).
 *
 * @param name process (background) or "signal-MASS"
 * @param massGeV generated ALP mass (NaN for a background)
 * @param generatedWeightPb sum of the generated weights (signal: sigma at the reference coupling; NaN for a background)
 * @param orderByVariable per variable, the row indices sorted by that variable's value
 */
record EventSample(String name, double massGeV, double generatedWeightPb, double[] mggGeV, double[] weightPb,
        double[][] variables, int[][] orderByVariable) {

    static EventSample of(String name, double massGeV, double generatedWeightPb, ColumnTable table, Selection selection,
            List<String> variableNames, String source) {
        boolean[] pass = selection.massIndependent(table, source);
        double[] m = Selection.column(table, Selection.MASS, source);
        double[] w = Selection.column(table, Selection.WEIGHT, source);
        double[][] v = new double[variableNames.size()][];
        for (int a = 0; a < v.length; a++) {
            v[a] = Selection.column(table, variableNames.get(a), source);
        }
        int n = 0;
        for (int r = 0; r < pass.length; r++) {
            if (pass[r] && allFinite(v, r)) {
                n++;
            }
        }
        Integer[] rows = new Integer[n];
        int k = 0;
        for (int r = 0; r < pass.length; r++) {
            if (pass[r] && allFinite(v, r)) {
                rows[k++] = r;
            }
        }
        Arrays.sort(rows, (a, b) -> a.equals(b) ? 0 : Double.compare(m[a], m[b]) != 0 ? Double.compare(m[a], m[b])
                : Integer.compare(a, b));
        double[] ms = new double[n];
        double[] ws = new double[n];
        double[][] vs = new double[v.length][n];
        for (int i = 0; i < n; i++) {
            ms[i] = m[rows[i]];
            ws[i] = w[rows[i]];
            for (int a = 0; a < v.length; a++) {
                vs[a][i] = v[a][rows[i]];
            }
        }
        int[][] order = new int[v.length][];
        for (int a = 0; a < v.length; a++) {
            double[] values = vs[a];
            order[a] = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted((i, j) -> Double.compare(values[i], values[j])).mapToInt(Integer::intValue).toArray();
        }
        return new EventSample(name, massGeV, generatedWeightPb, ms, ws, vs, order);
    }

    private static boolean allFinite(double[][] v, int r) {
        for (double[] c : v) {
            if (!Double.isFinite(c[r])) {
                return false;
            }
        }
        return true;
    }

    int rows() {
        return mggGeV.length;
    }

    /** First row with m_gg >= lo. */
    int from(double lo) {
        int a = 0;
        int b = mggGeV.length;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (mggGeV[mid] < lo) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    /** One past the last row with m_gg <= hi. */
    int to(double hi) {
        int a = 0;
        int b = mggGeV.length;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (mggGeV[mid] <= hi) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    double[] point(int row, double[] into) {
        for (int a = 0; a < variables.length; a++) {
            into[a] = variables[a][row];
        }
        return into;
    }
}
