package org.alpwb.classifier.nn.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Back-propagated gradients against central finite differences of the weighted BCE. */
class GradientCheckTest {

    @Test
    void tanhNetwork() {
        // smooth activation: central differences with h = 1e-2 have truncation error ~h^2 |f'''| / 6 ~ 1e-5 and
        // rounding noise ~1e-7 / h = 1e-5 (float logits); tolerance 2e-3 of the largest gradient component
        check(Activation.TANH, 1e-2f, 2e-3);
    }

    @Test
    void eluAndSeluNetworks() {
        // kinks of ELU' and SELU' at 0 (see check); h = 1e-3, noise ~1e-4 relative; tolerance 1e-2
        check(Activation.ELU, 1e-3f, 1e-2);
        check(Activation.SELU, 1e-3f, 1e-2);
    }

    private static void check(Activation activation, float h, double tolerance) {
        MlpConfig config = new MlpConfig("test", 7, 2, Shape.TRIANGLE, activation, 1, 40, 1e-3, 0.1, 1, 0, 0,
                "standard", 1);
        int dims = 5;
        int rows = 40;
        SplittableRandom random = new SplittableRandom(3);
        float[] x = new float[rows * dims];
        float[] y = new float[rows];
        float[] w = new float[rows];
        for (int r = 0; r < rows; r++) {
            for (int d = 0; d < dims; d++) {
                x[r * dims + d] = (float) random.nextGaussian();
            }
            y[r] = r % 3 == 0 ? 1 : 0;
            w[r] = (float) (0.5 + random.nextDouble());
        }
        Samples samples = new Samples(rows, dims, x, y, w);
        Trainer trainer = new Trainer(config, dims, Kernels.best(), new Parallel(null, 1), 99, rows);
        trainer.loadBatch(samples, 0, rows);
        trainer.lossAndGradient(rows);
        float[] analytic = trainer.gradient().clone();
        float[] p = trainer.network().parameters;
        double largest = 0;
        for (float g : analytic) {
            largest = Math.max(largest, Math.abs(g));
        }
        double worst = 0;
        int checked = 0;
        for (int i = 0; i < p.length; i++) {
            if (!isReal(trainer.network(), i)) {
                assertTrue(analytic[i] == 0, "padding parameter " + i + " has gradient " + analytic[i]);
                continue;
            }
            float saved = p[i];
            p[i] = saved + h;
            double up = trainer.loss(samples);
            p[i] = saved - h;
            double down = trainer.loss(samples);
            p[i] = saved;
            double center = trainer.loss(samples);
            double numeric = (up - down) / ((double) (saved + h) - (double) (saved - h));
            double error = Math.abs(numeric - analytic[i]);
            if (activation != Activation.TANH) {
                // a kink of the activation's derivative inside [p - h, p + h] spoils the central difference;
                // then the analytic gradient is a one-sided derivative: compare with the one-sided differences
                error = Math.min(error, Math.min(Math.abs((up - center) / h - analytic[i]),
                        Math.abs((center - down) / h - analytic[i])));
            }
            worst = Math.max(worst, error);
            checked++;
        }
        assertTrue(checked == trainer.network().trainableParameters(), "checked " + checked);
        assertTrue(worst <= tolerance * largest, activation + ": worst |numeric - analytic| " + worst
                + " > " + tolerance + " x " + largest);
    }

    /** True for parameters of real (not padding) units. */
    static boolean isReal(Network n, int index) {
        for (int l = 0; l < n.layers(); l++) {
            int w = n.weightOffset[l];
            int b = n.biasOffset[l];
            if (index >= w && index < b) {
                int k = (index - w) / n.outPadded[l];
                int j = (index - w) % n.outPadded[l];
                return k < n.inReal[l] && j < n.outReal[l];
            }
            if (index >= b && index < b + n.outPadded[l]) {
                return index - b < n.outReal[l];
            }
        }
        return false;
    }
}
