package org.alpwb.analysis.window;

import org.alpwb.analysis.internal.WindowStrategyModel;
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.strategy.StrategyInput;
import org.alpwb.api.strategy.StrategyModel;

/** Entry point of the shared window analysis (see the package documentation). */
public final class WindowAnalysis {
    private WindowAnalysis() {
    }

    /**
     * The window-analysis model of a selection-based strategy: reads the task input {@code model} (the signal model
     * of this strategy with the same parameters, else an InvalidInputException naming the difference), selects the
     * background samples with {@code selection} and answers each mass hypothesis with a window-fit or counting
     * likelihood.
     */
    public static StrategyModel prepare(StrategyInput input, CandidateSelection selection) {
        return WindowStrategyModel.prepare(input, selection);
    }
}
