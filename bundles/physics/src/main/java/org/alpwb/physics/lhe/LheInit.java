package org.alpwb.physics.lhe;

import java.util.List;

/**
 * The {@code <init>} block of an LHE file: beams (PDG id, energy in GeV), the weighting strategy
 * IDWTUP and per process its cross section and error in pb, maximum weight and id.
 */
public record LheInit(int beam1Pdg, int beam2Pdg, double beam1EnergyGeV, double beam2EnergyGeV, int weightStrategy,
        List<Process> processes) {

    public LheInit {
        processes = List.copyOf(processes);
    }

    public record Process(double crossSectionPb, double errorPb, double maxWeight, int id) {
    }

    /** Sum of the process cross sections in pb. */
    public double totalCrossSectionPb() {
        return processes.stream().mapToDouble(Process::crossSectionPb).sum();
    }

    public double totalErrorPb() {
        return Math.sqrt(processes.stream().mapToDouble(p -> p.errorPb() * p.errorPb()).sum());
    }
}
