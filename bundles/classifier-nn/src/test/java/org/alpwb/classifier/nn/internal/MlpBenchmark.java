package org.alpwb.classifier.nn.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Training and inference throughput of the thesis network (26 -> 12 x 170 ELU -> 1, batch 4608) and the
 * default network on 1 and 2 threads; run by tests/nn-benchmark/run.sh next to PyTorch. Prints one
 * line per measurement: {@code java <net> <threads> train|infer <samples/s per round...>}.
 * Arguments: rounds (default 5), steps per round (default 4).
 */
public final class MlpBenchmark {
    private MlpBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        String only = args.length > 2 ? args[2] : "all";
        Kernels kernels = Kernels.best();
        System.out.println("# kernels " + kernels.name() + ", java " + System.getProperty("java.version"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (MlpConfig config : List.of(MlpConfig.thesis(), MlpConfig.smallDefault().with(1, 4608))) {
                String name = config.preset();
                if (!only.equals("all") && !only.equals(name)) {
                    continue;
                }
                for (int threads : new int[] {1, 2}) {
                    Parallel parallel = new Parallel(threads == 1 ? null : pool, threads);
                    run(name, config, kernels, parallel, rounds, steps);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void run(String name, MlpConfig config, Kernels kernels, Parallel parallel, int rounds,
            int steps) {
        int batch = config.batchSize();
        int dims = 26;
        int rows = batch * steps;
        Samples samples = random(rows, dims);
        Trainer trainer = new Trainer(config.with(1, batch), dims, kernels, parallel, 1, rows);
        Network network = trainer.network();
        double flopsPerSample = 6.0 * network.forwardMultiplyAdds(); // forward 2, backward 4 FLOP per multiply-add
        trainer.loadBatch(samples, 0, batch);
        trainer.step(batch, 1e-4); // warm-up (JIT)
        trainer.step(batch, 1e-4);
        List<Double> train = new ArrayList<>();
        List<Double> infer = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                trainer.loadBatch(samples, s * batch, batch);
                trainer.step(batch, 1e-4);
            }
            train.add(rows / ((System.nanoTime() - t0) / 1e9));
            long t1 = System.nanoTime();
            network.predict(kernels, parallel, samples.x(), rows);
            infer.add(rows / ((System.nanoTime() - t1) / 1e9));
        }
        print(name, parallel.threads(), "train", train, flopsPerSample);
        print(name, parallel.threads(), "infer", infer, 2.0 * network.forwardMultiplyAdds());
    }

    private static void print(String name, int threads, String what, List<Double> rates, double flops) {
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "java %s %d %s median %.0f min %.0f max "
                + "%.0f GFLOP/s %.1f rounds", name, threads, what, median, sorted[0], sorted[sorted.length - 1],
                median * flops / 1e9));
        for (double r : rates) {
            line.append(String.format(Locale.ROOT, " %.0f", r));
        }
        System.out.println(line);
    }

    static Samples random(int rows, int dims) {
        SplittableRandom random = new SplittableRandom(42);
        float[] x = new float[rows * dims];
        float[] y = new float[rows];
        float[] w = new float[rows];
        for (int r = 0; r < rows; r++) {
            for (int d = 0; d < dims; d++) {
                x[r * dims + d] = (float) random.nextDouble();
            }
            y[r] = random.nextBoolean() ? 1 : 0;
            w[r] = 1;
        }
        Arrays.fill(w, 1f);
        return new Samples(rows, dims, x, y, w);
    }
}
