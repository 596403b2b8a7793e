package org.alpwb.api.channel;

import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.event.EventBlock;

/**
 * A physics channel, registered with {@code alpwb.kind=channel} and {@code alpwb.id}. Implementations
 * are thread-safe and deterministic.
 */
public interface Channel {

    /** The {@code alpwb.id}. */
    String id();

    /** Classifier input features (columns of the candidate table) with their normalisation ranges. */
    List<Feature> features();

    /** Name of the column scanned for a resonance, e.g. the fitted di-photon mass. */
    String scanVariable();

    /** Regions of the scan variable excluded from a search (irreducible peaking backgrounds). */
    List<MassRegion> excludedRegions();

    /** Names of the selections offered by {@link #selection(String)}. */
    List<String> selectionNames();

    /** The named selection; throws InvalidInputException listing {@link #selectionNames()} otherwise. */
    Selection selection(String name);

    /**
     * Reconstructs candidates, applies the channel's preselection and best-candidate choice.
     *
     * @param reco   reconstructed events (laboratory frame)
     * @param events the generator events the reco block was simulated from (truth), or null for data
     * @param beams  the beams the reco block was simulated with (4C constraint and CM frame)
     * @return one row per selected candidate and the preselection cut flow
     * @throws InvalidInputException if {@code events} does not match {@code reco}
     */
    Reconstruction reconstruct(RecoBlock reco, EventBlock events, BeamConditions beams);

    /** A classifier input: column name, valid range for normalisation to [0, 1], unit. */
    record Feature(String name, double min, double max, String unit) {
        /** (value - min) / (max - min), not clipped. */
        public double normalise(double value) {
            return (value - min) / (max - min);
        }
    }

    /** A closed interval [loGeV, hiGeV] of the scan variable. */
    record MassRegion(String name, double loGeV, double hiGeV) {
        public boolean contains(double massGeV) {
            return massGeV >= loGeV && massGeV <= hiGeV;
        }
    }

    /** Output of {@link Channel#reconstruct}. */
    record Reconstruction(org.alpwb.api.table.ColumnTable candidates, CutFlow cutFlow) {
    }
}
