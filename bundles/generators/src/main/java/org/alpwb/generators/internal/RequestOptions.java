package org.alpwb.generators.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.generator.ProcessRequest;
import picocli.CommandLine.Option;

/** Options shared by {@code xsec} and {@code generate}. */
final class RequestOptions {
    @Option(names = "--process", required = true, paramLabel = "ID",
            description = "Process id: alp-fusion, alp-strahlung, pi0-fusion, eta-fusion, etaprime-fusion, bhabha, "
                    + "bhabha-gamma, bhabha-2gamma, diphoton, triphoton, mumu, pi0-gamma, eta-gamma, etaprime-gamma.")
    String process;

    @Option(names = "--mass", paramLabel = "GEV", description = "ALP mass in GeV (ALP processes).")
    Double massGeV;

    @Option(names = "--coupling", paramLabel = "PER_GEV", defaultValue = "1e-3",
            description = "g_a_gamma_gamma in GeV^-1 (default ${DEFAULT-VALUE}).")
    double couplingPerGeV;

    @Option(names = "--sqrt-s", paramLabel = "GEV", defaultValue = "10.5796",
            description = "CM energy of symmetric beams in GeV (default ${DEFAULT-VALUE}).")
    double sqrtSGeV;

    @Option(names = "--isr", paramLabel = "on|off", defaultValue = "off",
            description = "Collinear initial-state radiation (default ${DEFAULT-VALUE}).")
    String isr;

    @Option(names = "--diagrams", paramLabel = "all|fusion|conversion", defaultValue = "all",
            description = "Diagram classes for e+e- -> e+e- X (default ${DEFAULT-VALUE}).")
    String diagrams;

    @Option(names = "--cut", paramLabel = "NAME=VALUE",
            description = "Generator-level cut in the CM frame, repeatable: theta_min_deg, theta_max_deg, e_min_gev, "
                    + "lepton_/photon_ variants, m_ll_min_gev, m_gg_min_gev, m_gg_max_gev, angle_gg_min_deg, angle_lg_min_deg.")
    Map<String, String> cuts = new LinkedHashMap<>();

    @Option(names = "--precision", paramLabel = "REL", defaultValue = "5e-3",
            description = "Target relative MC error of sigma (default ${DEFAULT-VALUE}).")
    double precision;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores; results do not depend on it).")
    Integer threads;

    ProcessRequest toRequest() {
        if (!isr.equals("on") && !isr.equals("off")) {
            throw new InvalidInputException("command line", "--isr", isr, "on, off");
        }
        Map<String, Double> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, String> cut : cuts.entrySet()) {
            try {
                parsed.put(cut.getKey(), Double.parseDouble(cut.getValue()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("command line", "--cut " + cut.getKey(), cut.getValue(), "a number");
            }
        }
        return new ProcessRequest(process, sqrtSGeV, massGeV == null ? Double.NaN : massGeV, couplingPerGeV, diagrams,
                isr.equals("on"), parsed, precision);
    }

    int threadCount() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new InvalidInputException("command line", "--threads", n, "1..256");
        }
        return n;
    }
}
