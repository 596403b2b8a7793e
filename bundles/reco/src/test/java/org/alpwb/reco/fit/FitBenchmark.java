package org.alpwb.reco.fit;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/** Fits per second and iterations per fit of the 4C fit and the vertex fit, single thread. */
public final class FitBenchmark {
    private FitBenchmark() {
    }

    public static void main(String[] args) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {1, 2, 3, 4});
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = 20000;
        double[][] measured = new double[n][12];
        double[][][][] cov = new double[n][4][][];
        for (int e = 0; e < n; e++) {
            double[][] truth;
            do {
                truth = TestKinematics.eeggEvent(rng, TestKinematics.BELLE2_BEAM, 0.3 + 7 * rng.nextDouble());
            } while (!KinematicFit4CTest.accepted(truth));
            for (int i = 0; i < 4; i++) {
                double[] t = new double[3];
                KinematicFit4CTest.TYPES[i].parametersOf(truth[i][1], truth[i][2], truth[i][3], truth[i][0], t, 0);
                cov[e][i] = KinematicFit4CTest.covariance(KinematicFit4CTest.TYPES[i], t);
                for (int k = 0; k < 3; k++) {
                    measured[e][3 * i + k] = t[k] + Math.sqrt(cov[e][i][k][k]) * gauss.sample();
                }
            }
        }
        KinematicFit4C fitter = new KinematicFit4C();
        for (int round = 0; round < 3; round++) { // the first rounds warm up the JIT
            long iterations = 0;
            int converged = 0;
            long start = System.nanoTime();
            for (int e = 0; e < n; e++) {
                FitResult fit = fitter.fit(KinematicFit4CTest.TYPES, KinematicFit4CTest.MASSES, measured[e], cov[e],
                        TestKinematics.BELLE2_BEAM).fit();
                iterations += fit.iterations();
                converged += fit.converged() ? 1 : 0;
            }
            double seconds = (System.nanoTime() - start) * 1e-9;
            System.out.printf("4C fit round %d: %.0f fits/s, %.2f iterations/fit, %d/%d converged%n", round,
                    n / seconds, (double) iterations / n, converged, n);
        }
        VertexFit vertexFit = new VertexFit();
        double[][] h1 = new double[n][];
        double[][] h2 = new double[n][];
        for (int e = 0; e < n; e++) {
            h1[e] = VertexFitTest.smear(Helix.fromPointMomentum(0.01, 0.02, 0.1, 1.0, 0.3 + rng.nextDouble(), 0.4, 1,
                    1.5), gauss);
            h2[e] = VertexFitTest.smear(Helix.fromPointMomentum(0.01, 0.02, 0.1, -0.7, -rng.nextDouble(), -0.2, -1,
                    1.5), gauss);
        }
        for (int round = 0; round < 3; round++) {
            long iterations = 0;
            long start = System.nanoTime();
            for (int e = 0; e < n; e++) {
                VertexFit.Result r = vertexFit.fit(h1[e], VertexFitTest.covariance(h1[e]), h2[e],
                        VertexFitTest.covariance(h2[e]), new double[3]);
                iterations += r.fit().iterations();
            }
            double seconds = (System.nanoTime() - start) * 1e-9;
            System.out.printf("vertex fit round %d: %.0f fits/s, %.2f iterations/fit%n", round, n / seconds,
                    (double) iterations / n);
        }
    }
}
