package org.alpwb.analysis.internal;

import java.util.Map;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.channel.eegg.EeggChannel;
import org.alpwb.strategy.cuts.internal.SlidesCutsStrategy;
import org.alpwb.strategy.cuts.internal.ThesisCutsStrategy;

/** The shared tasks with the two cut strategies registered (as DS would bind them). */
final class Tasks {
    static final Strategy THESIS = new ThesisCutsStrategy();
    static final Strategy SLIDES = new SlidesCutsStrategy();

    private Tasks() {
    }

    static SignalModelTask signalModel() {
        SignalModelTask t = new SignalModelTask();
        t.register("thesis-cuts", THESIS, "test");
        t.register("slides-cuts", SLIDES, "test");
        return t;
    }

    static ExpectedLimitsTask expectedLimits() {
        ExpectedLimitsTask t = new ExpectedLimitsTask();
        t.register("thesis-cuts", THESIS, "test");
        t.register("slides-cuts", SLIDES, "test");
        return t;
    }

    /** The selection record a signal-model task writes for a cut strategy at default values with the eegg channel. */
    static Map<String, Object> record(String strategy) {
        Strategy s = strategy.equals("thesis-cuts") ? THESIS : SLIDES;
        return s.selection(ParameterValues.defaults(s.parameters()), new EeggChannel(), Map.of()).orElseThrow()
                .record();
    }
}
