package org.alpwb.api.detector;

import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.EventBlock;

/**
 * A detector simulation: generator-level events in, reconstructed tracks and clusters out.
 * Registered as a DS service with {@code alpwb.kind=detector} and {@code alpwb.id} (e.g.
 * {@code belle2}). Implementations are thread-safe and deterministic: the same events, options and
 * seed give the same {@link RecoBlock}, bit for bit.
 */
public interface DetectorModel {

    /** The {@code alpwb.id} of this model. */
    String id();

    /** Nominal beams: the lab beam four-momentum (4C-fit constraint) and the CM-to-lab transformation. */
    BeamConditions beams();

    /** Named run conditions, low to high beam background; the first is the default. */
    List<RunCondition> runConditions();

    /** The condition called {@code name}; throws InvalidInputException listing the names otherwise. */
    default RunCondition runCondition(String name) {
        for (RunCondition condition : runConditions()) {
            if (condition.name().equals(name)) {
                return condition;
            }
        }
        throw new InvalidInputException("detector " + id(), "condition", name,
                String.join(", ", runConditions().stream().map(RunCondition::name).toList()));
    }

    /**
     * Simulates every event of {@code events} (generator CM frame, symmetric beams, electron beam along
     * +z) into laboratory-frame reconstructed objects. One output event per input event, in order, even
     * if nothing was reconstructed.
     *
     * @param seed seed material for a {@code RandomSource.XO_SHI_RO_256_PP} stream (xoshiro256++; the name XO_RO_SHI_RO_256_PP does not exist in Commons RNG 1.6), e.g.
     *        {@code SeedSequence.seed(chunk)}; callers split large samples into chunks with one seed each
     * @throws InvalidInputException if {@code options} names an unknown condition
     */
    RecoBlock simulate(EventBlock events, SimulationOptions options, long[] seed);
}
