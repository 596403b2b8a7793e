package org.alpwb.generators.internal;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.physics.integration.IntegrationResult;
import org.alpwb.physics.integration.IntegrationSettings;
import org.alpwb.physics.integration.MultiChannelIntegrator;
import org.alpwb.physics.integration.ScatteringIntegrand;
import org.alpwb.physics.random.RandomStreams;

/**
 * Long validations and performance figures for docs/validation/generators.md. Sections by argument
 * (default: all): radiative. Run:
 * mvn -q -o test-compile exec:java -pl bundles/generators -Dexec.mainClass=org.alpwb.generators.internal.GeneratorsValidation -Dexec.classpathScope=test -Dexec.args="radiative"
 */
public final class GeneratorsValidation {
    private GeneratorsValidation() {
    }

    static void print(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }

    static ExecutorService pool(int threads) {
        return threads <= 1 ? null : Executors.newFixedThreadPool(threads);
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "all";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        if (what.equals("all") || what.equals("radiative")) {
            radiative(threads);
        }
        System.exit(0);
    }

    /** Points and time to 1 % with the radiative channels, and with RAMBO alone (fixed budget, extrapolated). */
    static void radiative(int threads) {
        print("## radiative QED processes, default cuts, sqrt(s) = 10.5796 GeV, %d threads", threads);
        print("| process | channels | sigma (pb) | rel. err | points (adapt + frozen) | time (s) | points for 1 %% (extrapolated) |");
        print("|---|---|---|---|---|---|---|");
        for (String id : new String[] {"bhabha-gamma", "triphoton", "bhabha-2gamma"}) {
            ProcessRequest request = ProcessRequest.of(id).withPrecision(0.01);
            for (boolean flat : new boolean[] {false, true}) {
                ScatteringIntegrand integrand = ProcessCatalog.integrand(request, "validation", flat);
                IntegrationSettings settings = IntegrationSettings.forPrecision(0.01)
                        .withMaxPoints(flat ? 2_000_000L : CatalogGenerator.MAX_POINTS);
                ExecutorService pool = pool(threads);
                long t0 = System.nanoTime();
                IntegrationResult r = new MultiChannelIntegrator(settings, pool).integrate(integrand,
                        new RandomStreams(new SeedSequence(7, "radiative/" + id)), ProgressMonitor.NONE);
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (pool != null) {
                    pool.shutdownNow();
                }
                long adapt = (long) settings.adaptIterations() * settings.chunksPerIteration() * settings.pointsPerChunk();
                double rel = r.errorPb() / r.valuePb();
                double needed = r.points() * Math.pow(rel / 0.01, 2);
                print("| %s | %s | %.5g | %.2f %% | %d + %d | %.1f | %.3g |", id,
                        flat ? "RAMBO only (before)" : integrand.channelCount() + " (radiative + RAMBO)", r.valuePb(),
                        100 * rel, adapt, r.points(), seconds, needed + adapt);
            }
        }
    }
}
