package org.alpwb.strategy.binned4d.internal;

import java.util.List;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.ParticleStatus;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.table.ColumnTable;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Synthetic candidate tables with the eegg channel's columns, all passing the slides' mass-independent cuts. */
final class Synthetic {
    static final List<String> COLUMNS = List.of("minEnergyCmGeV", "minThetaCmRad", "maxThetaCmRad",
            "minAngularSeparationRad", "mGammaGammaGeV", "weightPb", "tPlusGeV2", "tMinusGeV2", "sPlusGeV2", "sMinusGeV2");

    /** Draws (m_gg, t+, t-, s+, s-) of one row. */
    interface RowSampler {
        double[] draw(UniformRandomProvider rng);
    }

    private Synthetic() {
    }

    static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_SHI_RO_256_PP.create(seed);
    }

    static ColumnTable table(int rows, double weightPb, RowSampler sampler, long seed) {
        UniformRandomProvider rng = rng(seed);
        ColumnTable.Builder b = ColumnTable.builder().columns(COLUMNS);
        for (int i = 0; i < rows; i++) {
            double[] v = sampler.draw(rng);
            b.row(1.0, Math.toRadians(30), Math.toRadians(150), 0.5, v[0], weightPb, v[1], v[2], v[3], v[4]);
        }
        return b.build();
    }

    static double gauss(UniformRandomProvider rng) {
        double u = Math.max(1e-300, rng.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    static Artifact tableArtifact(ColumnTable t) {
        return Artifact.of(BinnedLimitsTask.TABLE_TYPE, t.toBytes());
    }

    /** A generated sample of {@code events} equal-weight events of total weight {@code sigmaPb}. */
    static Artifact generated(int events, double sigmaPb) {
        EventBlock.Builder b = EventBlock.builder(0);
        for (int i = 0; i < events; i++) {
            b.particle(22, ParticleStatus.OUTGOING, 0, 0, 1, 0, 0, 1);
            b.endEvent(sigmaPb / events, "");
        }
        return Artifact.of(BinnedLimitsTask.EVENTS_TYPE, b.build().toBytes());
    }

    static Artifact xsec(double massGeV, double sigmaPb) {
        String json = "{\"process\": \"alp-fusion\", \"mass_gev\": " + massGeV + ", \"sigma_pb\": " + sigmaPb
                + ", \"coupling_per_gev\": 0.001}";
        return Artifact.of(BinnedLimitsTask.XSEC_TYPE, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
