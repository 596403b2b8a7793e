package org.alpwb.classifier.nn.internal;

import java.util.Locale;
import java.util.SplittableRandom;

/** The three products of one hidden layer of the thesis network, alone, per CPU second of this thread. */
final class KernelBench {
    private KernelBench() {
    }

    public static void main(String[] args) {
        Kernels k = Kernels.best();
        int rows = 4608;
        int in = 176;
        int n = 176;
        int kReal = 170;
        SplittableRandom r = new SplittableRandom(1);
        float[] a = new float[rows * in];
        float[] w = new float[in * n];
        float[] c = new float[rows * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) r.nextDouble();
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) r.nextDouble();
        }
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 6; round++) {
            long t0 = bean.getCurrentThreadCpuTime();
            for (int rep = 0; rep < 5; rep++) {
                k.multiplyAdd(a, 0, in, 1, w, 0, n, c, 0, n, 0, rows, 0, kReal, n);
            }
            long t1 = bean.getCurrentThreadCpuTime();
            for (int rep = 0; rep < 5; rep++) {
                for (int k0 = 0; k0 < rows; k0 += 256) {
                    k.multiplyAdd(a, 0, 1, in, c, 0, n, w, 0, n, 0, kReal, k0, Math.min(rows, k0 + 256), n);
                }
            }
            long t2 = bean.getCurrentThreadCpuTime();
            double flops = 5 * 2.0 * rows * kReal * n;
            System.out.println(String.format(Locale.ROOT, "forward %.1f GFLOP/s, weight gradient %.1f GFLOP/s",
                    flops / (t1 - t0), flops / (t2 - t1)));
        }
    }
}
