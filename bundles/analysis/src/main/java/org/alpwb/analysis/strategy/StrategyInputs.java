package org.alpwb.analysis.strategy;

import java.util.List;
import org.alpwb.analysis.internal.ExpectedLimitsTask;
import org.alpwb.analysis.internal.TaskStrategyInput;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Channel.MassRegion;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.StrategyInput;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;

/**
 * What a task that runs strategies needs besides the strategy: the {@link StrategyInput} of a running task, the
 * reference cross sections of its {@code xsec-*} inputs and the excluded mass regions, read exactly as the task
 * {@code expected-limits} reads them.
 */
public final class StrategyInputs {
    private StrategyInputs() {
    }

    /**
     * The strategy input of {@code task}: samples decoded on first use from its inputs {@code signal-<mass>},
     * {@code generated-<mass>}, {@code background-<process>}; {@code task.config()} holds the window-analysis
     * settings (see the bundle README, task expected-limits).
     */
    public static StrategyInput of(String strategyId, ParameterValues parameters, TaskContext task,
            double luminosityInvFb, Channel channel, String scanVariable, String truthMassColumn) {
        return new TaskStrategyInput(strategyId, parameters, task, luminosityInvFb, channel, scanVariable,
                truthMassColumn);
    }

    /** The {@code xsec-<mass>} inputs of {@code task} (InvalidInputException naming the input if bad or missing). */
    public static ReferenceCrossSections referenceCrossSections(TaskContext task) {
        return ExpectedLimitsTask.referenceCrossSections(task);
    }

    /** The config's {@code excludedRegions}, else the channel's (InvalidInputException without either). */
    public static List<MassRegion> excludedRegions(TaskConfig config, Channel channel) {
        return ExpectedLimitsTask.excludedRegions(config, channel);
    }
}
