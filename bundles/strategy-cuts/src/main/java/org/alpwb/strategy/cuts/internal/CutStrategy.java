package org.alpwb.strategy.cuts.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alpwb.analysis.window.WindowAnalysis;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.api.strategy.StrategyInput;
import org.alpwb.api.strategy.StrategyModel;
import org.alpwb.api.study.Artifact;

/**
 * A cut-based strategy: its cuts ({@link #selection}) and the shared window analysis of bundle analysis (window
 * likelihood fit, or counting in the selection's mass window).
 */
abstract class CutStrategy implements Strategy {
    /** Recorded in every signal-model payload; a change of the cuts' meaning must increase it. */
    static final int VERSION = 1;

    // column names of the eegg channel table
    static final String VERTEX_D = "vertexDCm";
    static final String EID_EP = "electronIdEPlus";
    static final String EID_EM = "electronIdEMinus";
    static final String DIST_TRACK_GL = "gammaLowDistanceToTrackCm";
    static final String BB_SCORE_GL = "gammaLowBeamBackgroundScore";
    static final String E_STAR_MIN = "minEnergyCmGeV";
    static final String THETA_STAR_MIN = "minThetaCmRad";
    static final String THETA_STAR_MAX = "maxThetaCmRad";
    static final String MIN_SEPARATION = "minAngularSeparationRad";

    /** The {@code alpwb.id}. */
    abstract String id();

    /** The cuts for these values, in cut-flow order. */
    abstract List<CutSelection.Cut> cuts(ParameterValues values);

    /** The channel selection that implements the first {@link #coveredCuts()} cuts with default values. */
    abstract String channelSelectionName();

    /** The parameters of the covered cuts. */
    abstract List<String> channelCovered();

    abstract int coveredCuts();

    /** The counting window in sigma, or null for the window fit. */
    double[] countingWindowSigma(ParameterValues values) {
        return null;
    }

    @Override
    public Optional<CandidateSelection> selection(ParameterValues values, Channel channel,
            Map<String, Artifact> inputs) {
        return Optional.of(new CutSelection(id(), VERSION, values, cuts(values), countingWindowSigma(values),
                CutSelection.channelSelection(channel, channelSelectionName(), values, channelCovered()),
                channelSelectionName(), coveredCuts()));
    }

    @Override
    public StrategyModel prepare(StrategyInput input) {
        return WindowAnalysis.prepare(input, selection(input.parameters(), input.channel(), input.task().inputs())
                .orElseThrow());
    }
}
