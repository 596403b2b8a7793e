package org.alpwb.api.strategy;

import java.util.List;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.study.TaskContext;

/**
 * What {@link Strategy#prepare} sees: the resolved parameters, the channel's samples decoded from the task's
 * inputs ({@code signal-<mass>}, {@code generated-<mass>}, {@code background-<process>}), and the running task
 * (every input by name, services by id, progress, cancellation, executor, seeds).
 */
public interface StrategyInput {

    /** The strategy's {@code alpwb.id}. */
    String strategyId();

    ParameterValues parameters();

    /** Signal samples by ascending generated mass (decoded on first call; empty if none are wired). */
    List<SignalSample> signal();

    /** Background samples in the order the study wired them (decoded on first call). */
    List<BackgroundSample> backgrounds();

    /** Nominal integrated luminosity of the study in fb^-1: expected events = weight [pb] x 1000 x this. */
    double luminosityInvFb();

    /** The channel service, or null if it is not installed. */
    Channel channel();

    /** Column scanned for the resonance (the channel's scan variable unless the task overrides it). */
    String scanVariable();

    /** The running task. */
    TaskContext task();
}
