package org.alpwb.generators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.CrossSectionResult;
import org.alpwb.api.generator.EventGenerator;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.fit.Interpolator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alpwb xsec}: cross section with its MC error, optionally scanned over the ALP mass. */
@Component(service = Command.class, property = {ServiceProperties.ID + "=xsec",
    ServiceProperties.LABEL + "=Cross section of a process", ServiceProperties.KIND + "=" + ServiceProperties.KIND_COMMAND})
public class XsecCommand extends GeneratorCommand {
    /** The smooth fit of {@code --curve}; optional, so that xsec works without the fit bundle. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(" + ServiceProperties.ID + "=chebyshev-interpolation)")
    volatile Interpolator interpolator;

    @Override
    public String summary() {
        return "Cross section (pb) of a process with its Monte Carlo error; --scan-mass for a table";
    }

    @Override
    public String usage() {
        return CommandSupport.usage(new Options(null));
    }

    @Override
    public int run(List<String> args, CommandIO io) {
        return CommandSupport.execute("xsec", new Options(io), args, io);
    }

    @CommandLine.Command(name = "xsec", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Integrates a process within generator-level cuts and prints sigma in pb with its MC error.",
                "Exit codes: 0 ok, 1 failure, 2 bad input."})
    final class Options implements Callable<Integer> {
        private final CommandIO io;

        @Mixin
        RequestOptions request = new RequestOptions();

        @Option(names = "--scan-mass", paramLabel = "FROM:TO:STEP", description = "Scan the ALP mass (GeV), one row per mass.")
        String scan;

        @Option(names = "--curve", description = {"With --scan-mass (alp-fusion): sigma from a smooth fit to direct "
            + "integrations at --nodes masses instead of one integration per mass; each row's error is the fit band "
            + "plus a model error, the fit's chi2 is printed (up to 100000 rows; 0.1:9.5:0.005 in seconds)."})
        boolean curve;

        @Option(names = "--nodes", paramLabel = "N", defaultValue = "40",
                description = "Directly integrated masses of --curve (default ${DEFAULT-VALUE}; --precision applies to each).")
        int nodes;

        @Option(names = "--json", description = "Print JSON (keys sigma_pb, sigma_err_pb and the inputs).")
        boolean json;

        Options(CommandIO io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            ProcessRequest base = request.toRequest();
            EventGenerator generator = registry.get(base.processId());
            if (curve) {
                return curve(base);
            }
            List<Double> masses = scan == null ? List.of(base.massGeV()) : parseScan(scan, 1000);
            ExecutorService pool = CommandSupport.pool(request.threadCount());
            try {
                List<Map<String, Object>> rows = new ArrayList<>();
                SeedSequence seeds = new SeedSequence(request.seed, "xsec/" + base.processId());
                for (double mass : masses) {
                    ProcessRequest r = base.withMass(mass);
                    ProgressMonitor monitor = io.newProgressMonitor();
                    CrossSectionResult result = generator.crossSection(r, scan == null ? seeds : seeds.child("m=" + mass),
                            pool, monitor);
                    Map<String, Object> row = RequestJson.toMap(result, request.seed);
                    rows.add(row);
                    if (!json) {
                        if (scan == null) {
                            io.out().println(describe(r, result.appliedCuts()));
                            io.out().printf(Locale.ROOT, "sigma = %s pb (%.2g %%, %d points)%n",
                                    withError(result.crossSection().valuePb(), result.crossSection().errorPb()),
                                    100 * result.crossSection().relativeError(), result.crossSection().evaluations());
                        } else {
                            if (rows.size() == 1) {
                                io.out().println("# mass_gev sigma_pb sigma_err_pb");
                            }
                            io.out().printf(Locale.ROOT, "%.6g %.6g %.2g%n", mass, result.crossSection().valuePb(),
                                    result.crossSection().errorPb());
                        }
                    }
                }
                if (json) {
                    io.out().println(scan == null ? RequestJson.write(rows.get(0)) : RequestJson.write(rows));
                }
                return ExitCodes.OK;
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }

        private int curve(ProcessRequest base) {
            if (scan == null) {
                throw new InvalidInputException("command line", "--curve", "without --scan-mass",
                        "--curve together with --scan-mass FROM:TO:STEP");
            }
            if (!base.processId().equals("alp-fusion")) {
                throw new InvalidInputException("command line", "--process", base.processId(),
                        "alp-fusion with --curve (the only process whose sigma(m) curve has a reference shape here)");
            }
            Interpolator fit = interpolator;
            if (fit == null) {
                throw new InvalidInputException("command line", "--curve", "chebyshev-interpolation service missing",
                        "a product with the bundle org.alpwb.fit installed");
            }
            double[] grid = parseScan(scan, 100_000).stream().mapToDouble(Double::doubleValue).toArray();
            CrossSectionCurve.Settings d = CrossSectionCurve.Settings.defaults();
            CrossSectionCurve.Settings settings;
            try {
                settings = new CrossSectionCurve.Settings(nodes, base.relativePrecision(), d.targetRelativeError(),
                        d.warmAdaptIterations());
            } catch (InvalidInputException e) {
                boolean nodesField = e.getMessage().contains("nodes");
                throw new InvalidInputException("command line", nodesField ? "--nodes" : "--precision",
                        nodesField ? String.valueOf(nodes) : String.valueOf(base.relativePrecision()),
                        nodesField ? "8..400" : "1e-4..0.1 with --curve");
            }
            ExecutorService pool = CommandSupport.pool(request.threadCount());
            try {
                CrossSectionCurve.Result r = CrossSectionCurve.compute(base, grid, settings, fit,
                        new SeedSequence(request.seed, "xsec-curve/" + base.processId()), pool, io.newProgressMonitor());
                String summary = String.format(Locale.ROOT, "%d masses from a Chebyshev(%d) fit in ln m to %d direct "
                        + "integrations, chi2/ndf = %.1f/%d (p = %.2f), largest relative error %.2f %%", grid.length,
                        r.order(), r.nodes().size(), r.chi2(), r.ndf(), r.pValue(), 100 * r.maxRelativeError());
                if (json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int k = 0; k < grid.length; k++) {
                        rows.add(Map.of("mass_gev", grid[k], "sigma_pb", r.sigmaPb()[k], "sigma_err_pb", r.errorPb()[k]));
                    }
                    Map<String, Object> out = new java.util.TreeMap<>();
                    out.put("process", base.processId());
                    out.put("coupling_per_gev", base.couplingPerGeV());
                    out.put("method", summary);
                    out.put("meets_target", r.meetsTarget());
                    out.put("rows", rows);
                    io.out().println(RequestJson.write(out));
                } else {
                    io.out().println("# " + describe(base.withMass(Double.NaN), ProcessCatalog.appliedCuts(base)));
                    io.out().println("# " + summary);
                    io.out().println("# mass_gev sigma_pb sigma_err_pb");
                    for (int k = 0; k < grid.length; k++) {
                        io.out().printf(Locale.ROOT, "%.6g %.6g %.2g%n", grid[k], r.sigmaPb()[k], r.errorPb()[k]);
                    }
                }
                if (!r.meetsTarget()) {
                    io.err().printf(Locale.ROOT, "warning: the curve misses its target (largest relative error %.2f %% "
                            + "> %.2f %% or fit p-value %.3f < %.2f): more --nodes or a smaller --precision%n",
                            100 * r.maxRelativeError(), 100 * settings.targetRelativeError(), r.pValue(),
                            CrossSectionCurve.MIN_P_VALUE);
                }
                return ExitCodes.OK;
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }
    }

    static List<Double> parseScan(String text, int maxPoints) {
        String[] parts = text.split(":");
        String allowed = "FROM:TO:STEP with 0 < FROM <= TO and STEP > 0, at most " + maxPoints + " points";
        if (parts.length != 3) {
            throw new InvalidInputException("command line", "--scan-mass", text, allowed);
        }
        double from;
        double to;
        double step;
        try {
            from = Double.parseDouble(parts[0]);
            to = Double.parseDouble(parts[1]);
            step = Double.parseDouble(parts[2]);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("command line", "--scan-mass", text, allowed);
        }
        if (!(from > 0 && to >= from && step > 0) || (to - from) / step > maxPoints) {
            throw new InvalidInputException("command line", "--scan-mass", text, allowed);
        }
        List<Double> masses = new ArrayList<>();
        long n = Math.round(Math.floor((to - from) / step + 1e-9));
        for (long i = 0; i <= n; i++) {
            masses.add(from + i * step);
        }
        return masses;
    }

    /** The physics inputs of a request in words: what the number is a cross section of. */
    static String describe(ProcessRequest r, Map<String, Double> cuts) {
        StringBuilder text = new StringBuilder(r.processId());
        if (Double.isFinite(r.massGeV())) {
            text.append(String.format(Locale.ROOT, ", m = %s GeV, g = %s GeV^-1", r.massGeV(), r.couplingPerGeV()));
        }
        text.append(String.format(Locale.ROOT, ", sqrt(s) = %s GeV, ISR %s, cuts: ", r.sqrtSGeV(), r.isr() ? "on" : "off"));
        if (cuts.isEmpty()) {
            text.append("none");
        } else {
            java.util.StringJoiner list = new java.util.StringJoiner(", ");
            new java.util.TreeMap<>(cuts).forEach((name, value) -> list.add(name + " = " + value));
            text.append(list);
        }
        return text.toString();
    }

    /** "1.0570 +- 0.0033": the value rounded to the error's two significant digits. */
    static String withError(double value, double error) {
        int decimals = error > 0 ? Math.max(0, 1 - (int) Math.floor(Math.log10(error))) : 6;
        return String.format(Locale.ROOT, "%." + decimals + "f +- %." + decimals + "f", value, error);
    }
}
