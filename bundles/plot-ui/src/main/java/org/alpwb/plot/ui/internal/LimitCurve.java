package org.alpwb.plot.ui.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.study.Artifact;

/**
 * The numbers of an {@code alpwb/limit-curve} artifact (payload documented in bundles/analysis/README.md) that the
 * chart and comparison views show: per mass the five expected-limit quantiles (-2, -1, median, +1, +2 sigma) on
 * the cross section and on the coupling, NaN where the point has none, with the reason.
 */
record LimitCurve(String task, String strategy, double luminosityInvFb, double cl, double[] massGeV,
        double[][] sigmaUpPb, double[][] couplingUpPerGeV, boolean[] excluded, String[] status) {
    static final String TYPE = "alpwb/limit-curve";
    private static final ObjectMapper JSON = new ObjectMapper();

    static LimitCurve of(String task, Artifact artifact) {
        if (!TYPE.equals(artifact.type())) {
            throw new IllegalArgumentException(task + " produced " + artifact.type() + ", not " + TYPE);
        }
        JsonNode root;
        try {
            root = JSON.readTree(artifact.payload());
        } catch (IOException e) {
            throw new IllegalArgumentException(task + ": limit curve is not valid JSON: " + e.getMessage(), e);
        }
        List<JsonNode> points = new ArrayList<>();
        root.path("points").forEach(points::add);
        int n = points.size();
        double[] mass = new double[n];
        double[][] sigma = new double[5][n];
        double[][] coupling = new double[5][n];
        boolean[] excluded = new boolean[n];
        String[] status = new String[n];
        for (int i = 0; i < n; i++) {
            JsonNode point = points.get(i);
            mass[i] = point.path("massGeV").asDouble(Double.NaN);
            excluded[i] = point.path("excluded").asBoolean(false);
            status[i] = point.path("status").asText("");
            for (int q = 0; q < 5; q++) {
                sigma[q][i] = quantile(point.path("sigmaUpPb"), q);
                coupling[q][i] = quantile(point.path("couplingUpPerGeV"), q);
            }
        }
        String strategy = root.path("strategy").asText(task);
        return new LimitCurve(task, strategy.isEmpty() ? task : strategy, root.path("luminosityInvFb").asDouble(Double.NaN),
                root.path("cl").asDouble(Double.NaN), mass, sigma, coupling, excluded, status);
    }

    private static double quantile(JsonNode values, int q) {
        JsonNode value = values.path(q);
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }

    double[][] quantiles(boolean onCoupling) {
        return onCoupling ? couplingUpPerGeV : sigmaUpPb;
    }

    /**
     * The median limit at {@code mass}, interpolated linearly in log(limit) between the two neighbouring scan points
     * that have one; NaN outside the scan, in an excluded window or next to a point without a limit.
     */
    double medianAt(double mass, boolean onCoupling) {
        double[] median = quantiles(onCoupling)[2];
        for (int i = 0; i + 1 < massGeV.length; i++) {
            if (mass >= massGeV[i] && mass <= massGeV[i + 1]) {
                if (excluded[i] || excluded[i + 1] || Double.isNaN(median[i]) || Double.isNaN(median[i + 1])) {
                    return Double.NaN;
                }
                double t = (mass - massGeV[i]) / (massGeV[i + 1] - massGeV[i]);
                return Math.exp((1 - t) * Math.log(median[i]) + t * Math.log(median[i + 1]));
            }
        }
        return massGeV.length == 1 && mass == massGeV[0] ? median[0] : Double.NaN;
    }

    long pointsWithLimit() {
        long count = 0;
        for (double value : sigmaUpPb[2]) {
            if (!Double.isNaN(value)) {
                count++;
            }
        }
        return count;
    }
}
