package org.alpwb.api.strategy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.study.Artifact;

/**
 * An analysis strategy, registered with {@code alpwb.kind=strategy} and {@code alpwb.id} (the id study files
 * use, e.g. {@code thesis-cuts}); {@code alpwb.version} (or the bundle version) enters the cache key of every
 * task that runs it. Implementations are stateless, thread-safe and deterministic (randomness only from
 * {@link StrategyInput#task()}{@code .seeds()}).
 *
 * <p>Errors: bad parameter values or inputs are {@link org.alpwb.api.InvalidInputException}s naming the field;
 * any other exception fails the tasks that run this strategy only (the study's other strategies and the report
 * are still produced, the report with a "failed: reason" entry).
 */
public interface Strategy {

    /** The declared parameters, in the order a user should read them; names are unique. */
    List<ParameterSpec> parameters();

    /**
     * Checks constraints between parameter values that {@link ParameterSpec} cannot express (e.g. a low edge
     * below a high edge). Throws InvalidInputException naming the parameter. Called before anything runs.
     */
    default void check(ParameterValues values) {
    }

    /**
     * Prepares the strategy on the samples of {@code input} (select, train or read trained classifiers from the
     * task's inputs, fit shapes, build templates). May take long: report progress and honour cancellation
     * through {@code input.task().monitor()}; data-parallel work goes to {@code input.task().executor()}.
     *
     * @return the model answering every mass hypothesis in its range; must not depend on the thread count
     */
    StrategyModel prepare(StrategyInput input) throws Exception;

    /**
     * The candidate selection of a strategy that selects candidates and then fits the peak of the channel's
     * scan variable, or empty (the default) for strategies that use another likelihood. Used by the shared
     * {@code signal-model} task (signal shape and efficiency of the selected signal per generated mass) and
     * background selection of the shared window analysis.
     *
     * @param values  resolved parameters
     * @param channel the channel service the candidates come from, or null if it is not installed
     * @param inputs  the running task's inputs by name (e.g. a trained classifier the selection cuts on)
     */
    default Optional<CandidateSelection> selection(ParameterValues values, Channel channel,
            Map<String, Artifact> inputs) {
        return Optional.empty();
    }
}
