package org.alpwb.classifier.nn.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.Artifact;

/**
 * The cut on the network score at a mass hypothesis: one fixed value (thesis: 0.9 at every mass), or per trained
 * mass the cut of largest Punzi figure of merit from the training's test-part evaluation ({@link MassEvaluation}),
 * linear in mass between the trained masses and constant beyond the outermost ones.
 */
final class WorkingPoint {
    private final double[] massesGeV;
    private final double[] cuts;

    private WorkingPoint(double[] massesGeV, double[] cuts) {
        this.massesGeV = massesGeV;
        this.cuts = cuts;
    }

    static WorkingPoint fixed(double cut) {
        return new WorkingPoint(new double[0], new double[] {cut});
    }

    /** Interpolation of the given per-mass cuts (masses ascending, at least one). */
    static WorkingPoint perMass(double[] massesGeV, double[] cuts) {
        return new WorkingPoint(massesGeV.clone(), cuts.clone());
    }

    /** The per-mass Punzi cuts of the {@code evaluation} block in a train-nn artifact's training.json. */
    static WorkingPoint punzi(Artifact trainNn, String source) {
        byte[] json = trainNn.files().get("training.json");
        String expected = "a train-nn artifact (train-nn-3 or later) whose training.json has evaluation.punzi with "
                + "bestCut per mass";
        if (json == null) {
            throw new InvalidInputException(source, "inputs." + NnStrategy.CLASSIFIER_INPUT + ".training.json",
                    "(missing)", expected);
        }
        JsonNode punzi;
        try {
            punzi = new ObjectMapper().readTree(json).path("evaluation").path("punzi");
        } catch (IOException e) {
            throw new InvalidInputException(source, "inputs." + NnStrategy.CLASSIFIER_INPUT + ".training.json",
                    e.getMessage(), expected);
        }
        List<double[]> points = new ArrayList<>();
        for (JsonNode p : punzi) {
            if (p.path("bestCut").isNumber()) {
                points.add(new double[] {p.path("massGeV").asDouble(), p.path("bestCut").asDouble()});
            }
        }
        if (points.isEmpty()) {
            throw new InvalidInputException(source, "inputs." + NnStrategy.CLASSIFIER_INPUT
                    + ".training.json:evaluation.punzi", punzi.isMissingNode() ? "(missing)" : "no mass with a bestCut",
                    expected);
        }
        points.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] m = new double[points.size()];
        double[] c = new double[points.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = points.get(i)[0];
            c[i] = points.get(i)[1];
        }
        return new WorkingPoint(m, c);
    }

    boolean massIndependent() {
        return massesGeV.length == 0;
    }

    double at(double massGeV) {
        if (massesGeV.length == 0) {
            return cuts[0];
        }
        if (massGeV <= massesGeV[0]) {
            return cuts[0];
        }
        int last = massesGeV.length - 1;
        if (massGeV >= massesGeV[last]) {
            return cuts[last];
        }
        int i = 0;
        while (massesGeV[i + 1] < massGeV) {
            i++;
        }
        double t = (massGeV - massesGeV[i]) / (massesGeV[i + 1] - massesGeV[i]);
        return cuts[i] + t * (cuts[i + 1] - cuts[i]);
    }

    /** The cut as a cut-flow label: as given when fixed, 4 decimals when interpolated. */
    String label(double cut) {
        return massIndependent() ? Double.toString(cut) : String.format(Locale.ROOT, "%.4f", cut);
    }

    Object record() {
        if (massIndependent()) {
            return cuts[0];
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("massesGeV", MlpClassifier.toList(massesGeV));
        r.put("cuts", MlpClassifier.toList(cuts));
        return r;
    }
}
