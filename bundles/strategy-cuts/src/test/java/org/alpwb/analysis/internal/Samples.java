package org.alpwb.analysis.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.table.ColumnTable;
import org.alpwb.fit.pdf.BoundShape;
import org.alpwb.fit.pdf.DoubleSidedCrystalBall;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Synthetic eegg candidate tables with known truth, fixed seeds. */
final class Samples {
    static final List<String> COLUMNS = List.of("mGammaGammaGeV", "weightPb", "truthDiagram", "truthAlpMassGeV",
            "vertexDCm", "electronIdEPlus", "electronIdEMinus", "gammaLowDistanceToTrackCm",
            "gammaLowBeamBackgroundScore", "minEnergyCmGeV", "minThetaCmRad", "maxThetaCmRad",
            "minAngularSeparationRad");

    private Samples() {
    }

    static UniformRandomProvider rng(String stream) {
        return RandomSource.XO_SHI_RO_256_PP.create(new SeedSequence(20240601L, "analysis-tests").child(stream).seed(0));
    }

    /** Truth DSCB parameters at mass m (smooth in m). */
    static double[] dscb(double m) {
        return new double[] {m * 0.999, 0.004 + 0.006 * m, 1.2, 3.0, 1.8, 5.0};
    }

    /** Draws from a DSCB by accept-reject on mu +- 30 sigma (the shape's maximum is 1). */
    static double draw(BoundShape shape, double[] p, UniformRandomProvider r) {
        while (true) {
            double x = p[0] + (2 * r.nextDouble() - 1) * 30 * p[1];
            if (r.nextDouble() < shape.value(x)) {
                return x;
            }
        }
    }

    /**
     * A signal table: generated events N with weight sigma/N each; a fraction preselected of them is a
     * row; each row passes every cut of both strategies with probability passAll (otherwise one cut,
     * chosen at random, fails); truthDiagram is 1 with probability fusion, else 2.
     */
    static ColumnTable signal(double m, int generated, double sigmaPb, double preselected, double passAll,
            double fusion, UniformRandomProvider r) {
        BoundShape shape = new DoubleSidedCrystalBall().bind(dscb(m));
        double[] p = dscb(m);
        ColumnTable.Builder b = ColumnTable.builder().columns(COLUMNS);
        double w = sigmaPb / generated;
        for (int i = 0; i < generated; i++) {
            if (r.nextDouble() >= preselected) {
                continue;
            }
            double x = draw(shape, p, r);
            b.row(row(x, w, r.nextDouble() < fusion ? 1 : 2, m, r.nextDouble() < passAll ? -1 : r.nextInt(8), r));
        }
        return b.build();
    }

    /** Rows of a background with mass density uniform on [lo, hi]; every row passes all cuts. */
    static ColumnTable flatBackground(int rows, double lo, double hi, double weightPb, UniformRandomProvider r) {
        ColumnTable.Builder b = ColumnTable.builder().columns(COLUMNS);
        for (int i = 0; i < rows; i++) {
            b.row(row(lo + (hi - lo) * r.nextDouble(), weightPb, 0, 0, -1, r));
        }
        return b.build();
    }

    /**
     * Cut columns: fail = -1 passes everything; 0..3 fail one thesis cut, 4..7 one slides cut. Values
     * are random on either side of the thresholds (never exactly on them).
     */
    private static double[] row(double x, double w, double diagram, double m, int fail, UniformRandomProvider r) {
        double d = fail == 0 ? 1.0 + 5 * r.nextDouble() + 1e-9 : 0.99 * r.nextDouble();
        double eid1;
        double eid2;
        if (fail == 1) {
            eid1 = 0.9 * r.nextDouble();
            eid2 = 0.9 * r.nextDouble();
        } else {
            eid1 = r.nextDouble();
            eid2 = eid1 > 0.9 ? r.nextDouble() : 0.9001 + 0.0999 * r.nextDouble();
        }
        double c2t = fail == 2 ? 29.99 * r.nextDouble() : 30.01 + 100 * r.nextDouble();
        double bb = fail == 3 ? 0.4999 * r.nextDouble() : 0.5001 + 0.4999 * r.nextDouble();
        double e = fail == 4 ? 0.2499 * r.nextDouble() : 0.2501 + r.nextDouble();
        double tMin = fail == 5 && r.nextBoolean() ? Math.toRadians(21.99 * r.nextDouble())
                : Math.toRadians(22.01 + 40 * r.nextDouble());
        double tMax = fail == 5 && tMin >= Math.toRadians(22) ? Math.toRadians(158.01 + 20 * r.nextDouble())
                : Math.toRadians(100 + 57.99 * r.nextDouble());
        double sep = fail == 6 ? 0.0479 * r.nextDouble() : 0.0481 + r.nextDouble();
        // fail == 7: no extra cut (the slides have only three mass-independent cuts): passes everything
        return new double[] {x, w, diagram, m, d, eid1, eid2, c2t, bb, e, tMin, tMax, sep};
    }

    static Artifact tableArtifact(ColumnTable table, long generated, double generatedWeightPb) {
        String flow = "{\"name\": \"eegg preselection (thesis Table 6.1)\", \"steps\": [{\"cut\": \"all events\", "
                + "\"count\": " + generated + ", \"weightPb\": " + generatedWeightPb + ", \"applied\": true}, "
                + "{\"cut\": \"good tracks nCT in [2, 3]\", \"count\": " + table.rowCount() + ", \"weightPb\": "
                + sum(table.column("weightPb")) + ", \"applied\": true}]}";
        return new Artifact("alpwb/column-table", table.toBytes(),
                Map.of("cutflow.json", flow.getBytes(StandardCharsets.UTF_8)));
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
