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
        Kernels kernels = Kernels.best();
        System.out.println("# kernels " + kernels.name() + ", java " + System.getProperty("java.version"));
        if (args.length > 0 && args[0].equals("peak")) {
            peak();
            return;
        }
        String preset = args.length > 0 ? args[0] : "thesis";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        // both networks at the thesis batch size 4608, as in the PyTorch script
        MlpConfig config = (preset.equals("thesis") ? MlpConfig.thesis() : MlpConfig.smallDefault()).with(1, 4608);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            run(preset, config, kernels, new Parallel(pool, threads), rounds, steps);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * FP32 fma throughput of one thread with the same Vector API (12 independent accumulators, enough to hide
     * the fma latency): the measured vector peak of one core, per second of CPU time.
     */
    static void peak() {
        double best = 0;
        for (int round = 0; round < 5; round++) {
            long iterations = 20_000_000;
            long c0 = cpuNanos();
            float sum = PeakLoop.run(iterations);
            double seconds = (cpuNanos() - c0) / 1e9;
            double flops = 2.0 * PeakLoop.lanes() * 12 * iterations / seconds;
            best = Math.max(best, flops);
            if (sum == 42) {
                System.out.println();
            }
        }
        System.out.println(String.format(Locale.ROOT, "peak fp32 fma per core (measured, per CPU second) GFLOP/s %.1f",
                best / 1e9));
    }

    private static void run(String name, MlpConfig config, Kernels kernels, Parallel parallel, int rounds,
            int steps) {
        int batch = config.batchSize();
        int dims = Integer.getInteger("dims", 26);
        int rows = batch * steps;
        Samples samples = random(rows, dims);
        Trainer trainer = new Trainer(config.with(1, batch), dims, kernels, parallel, 1, rows);
        Network network = trainer.network();
        double flopsPerSample = 6.0 * network.forwardMultiplyAdds(); // forward 2, backward 4 FLOP per multiply-add
        trainer.loadBatch(samples, 0, batch);
        trainer.step(batch, 1e-4); // warm-up (JIT)
        trainer.step(batch, 1e-4);
        List<Double> train = new ArrayList<>();
        List<Double> trainCpu = new ArrayList<>();
        List<Double> infer = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            for (int s = 0; s < steps; s++) {
                trainer.loadBatch(samples, s * batch, batch);
                trainer.step(batch, 1e-4);
            }
            train.add(rows / ((System.nanoTime() - t0) / 1e9));
            trainCpu.add(rows / ((cpuNanos() - c0) / 1e9));
            long t1 = System.nanoTime();
            network.predict(kernels, parallel, samples.x(), rows);
            infer.add(rows / ((System.nanoTime() - t1) / 1e9));
        }
        print(name, parallel.threads(), "train", train, flopsPerSample);
        // samples per second of CPU time of the whole JVM (all threads): what the load left us is not in it
        print(name, parallel.threads(), "train-per-cpu-second", trainCpu, flopsPerSample);
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

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
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
