package org.alpwb.reco.fit;

/**
 * The four constraints sum_i p_i - P_beam = 0 (energy and three momentum components, GeV) for
 * particles of the given types, three measured parameters each. Not thread-safe (scratch array).
 */
public final class MomentumConservation implements ConstraintFunction {
    private final ParticleFitType[] types;
    private final double[] massesGeV;
    private final double[] beam;
    private final double[] p4 = new double[4];

    /**
     * @param beamFourMomentum (E, px, py, pz) of the initial state in GeV
     */
    public MomentumConservation(ParticleFitType[] types, double[] massesGeV, double[] beamFourMomentum) {
        if (types.length != massesGeV.length || beamFourMomentum.length != 4) {
            throw new IllegalArgumentException("need one mass per particle and a four-vector beam");
        }
        this.types = types.clone();
        this.massesGeV = massesGeV.clone();
        this.beam = beamFourMomentum.clone();
    }

    @Override
    public int constraintCount() {
        return 4;
    }

    @Override
    public void evaluate(double[] measured, double[] unmeasured, double[] values, double[][] dMeasured,
            double[][] dUnmeasured) {
        for (int c = 0; c < 4; c++) {
            values[c] = -beam[c];
        }
        for (int i = 0; i < types.length; i++) {
            types[i].fourMomentum(measured, 3 * i, massesGeV[i], p4, dMeasured, 3 * i);
            for (int c = 0; c < 4; c++) {
                values[c] += p4[c];
            }
        }
    }
}
