package org.alpwb.limits.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command-line options of {@code alpwb limits}. */
@Command(name = "limits", mixinStandardHelpOptions = false, sortOptions = false,
        description = "CLs (q~mu, q_mu) or p0 (q0) for a POI value, or CLs upper limits, from a pyhf JSON workspace, "
                + "with pyhf's semantics.")
final class LimitsOptions {
    @Option(names = "--workspace", required = true, paramLabel = "WS.json", description = "pyhf JSON workspace")
    String workspace;

    @Option(names = "--measurement", paramLabel = "NAME", description = "measurement to use (default: the first)")
    String measurement;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--poi-value", paramLabel = "MU", description = "test this POI value: CLs_obs and expected band")
        Double poiValue;

        @Option(names = "--upper-limit", description = "observed and expected CLs upper limits")
        boolean upperLimit;
    }

    @Option(names = "--test-stat", paramLabel = "T", defaultValue = "qtilde",
            description = "test statistic: qtilde (default, as pyhf's hypotest), q, or q0 (discovery p0 at mu = 0)")
    String testStat;

    @Option(names = "--normsys-interp", paramLabel = "CODE", defaultValue = "code1",
            description = "normsys interpolation: code1 (default, as pyhf), code4, code0, code2, code4p")
    String normsysInterp;

    @Option(names = "--histosys-interp", paramLabel = "CODE", defaultValue = "code0",
            description = "histosys interpolation: code0 (default, as pyhf), code2, code4p, code1, code4")
    String histosysInterp;

    @Option(names = "--cl", paramLabel = "CL", defaultValue = "0.95", description = "confidence level (default 0.95)")
    double cl;

    @Option(names = "--toys", paramLabel = "N", defaultValue = "0",
            description = "use N pseudo-experiments per hypothesis instead of asymptotic formulae")
    int toys;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "toy seed (default 1)")
    long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "toy threads (default: all cores)")
    int threads;

    @Option(names = "--json", description = "print JSON: cls_obs, cls_exp (p0_obs, p0_exp for q0) or mu_up_obs, mu_up_exp")
    boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;
}
