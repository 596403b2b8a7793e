package org.alpwb.detector.belle2;

import java.util.List;
import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.DetectorModel;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.RunCondition;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;

/** A DetectorModel service backed by one configured {@link FastSimulation}; variants differ only in parameters. */
abstract class FastSimulationModel implements DetectorModel {
    private final FastSimulation simulation;

    FastSimulationModel(FastSimulation simulation) {
        this.simulation = simulation;
    }

    @Override
    public String id() {
        return simulation.detectorId;
    }

    @Override
    public BeamConditions beams() {
        return simulation.beams;
    }

    @Override
    public List<RunCondition> runConditions() {
        return simulation.conditions;
    }

    @Override
    public RecoBlock simulate(EventBlock events, SimulationOptions options, long[] seed) {
        return simulation.simulate(events, 0, events.eventCount(), options, seed);
    }

    FastSimulation simulation() {
        return simulation;
    }
}
