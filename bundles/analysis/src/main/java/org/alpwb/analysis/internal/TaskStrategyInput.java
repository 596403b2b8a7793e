package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.BackgroundSample;
import org.alpwb.api.strategy.SignalSample;
import org.alpwb.api.strategy.StrategyInput;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.table.ColumnTable;

/** The {@link StrategyInput} of a running task: samples decoded from its inputs on first use. */
public final class TaskStrategyInput implements StrategyInput {
    private final String strategyId;
    private final ParameterValues parameters;
    private final TaskContext task;
    private final double luminosityInvFb;
    private final Channel channel;
    private final String scanVariable;
    private final String truthMassColumn;
    private List<SignalSample> signal;
    private List<BackgroundSample> backgrounds;

    public TaskStrategyInput(String strategyId, ParameterValues parameters, TaskContext task, double luminosityInvFb,
            Channel channel, String scanVariable, String truthMassColumn) {
        this.strategyId = strategyId;
        this.parameters = parameters;
        this.task = task;
        this.luminosityInvFb = luminosityInvFb;
        this.channel = channel;
        this.scanVariable = scanVariable;
        this.truthMassColumn = truthMassColumn;
    }

    @Override
    public String strategyId() {
        return strategyId;
    }

    @Override
    public ParameterValues parameters() {
        return parameters;
    }

    @Override
    public synchronized List<SignalSample> signal() {
        if (signal == null) {
            Map<String, Artifact> generated = new LinkedHashMap<>();
            for (Inputs.Named g : Inputs.withPrefix(task.inputs(), "generated-")) {
                Inputs.requireType(task.taskName(), "generated-" + g.suffix(), g.artifact(), SignalModelTask.EVENTS_TYPE);
                generated.put(g.suffix(), g.artifact());
            }
            List<SignalSample> out = new ArrayList<>();
            for (Inputs.Named s : Inputs.withPrefix(task.inputs(), "signal-")) {
                String name = "signal-" + s.suffix();
                Inputs.requireType(task.taskName(), name, s.artifact(), SignalModelTask.TABLE_TYPE);
                String source = "task " + task.taskName() + " input " + name;
                ColumnTable table = ColumnTable.fromBytes(s.artifact().payload());
                double mass = SignalModelTask.mass(s, table, truthMassColumn, source);
                SignalModelTask.Generated g = generated.containsKey(s.suffix())
                        ? SignalModelTask.fromEvents(EventBlock.fromBytes(generated.get(s.suffix()).payload()))
                        : SignalModelTask.fromCutflow(s.artifact(), source);
                out.add(new SignalSample(name, mass, table, new SignalSample.Generated(g.events(), g.sumW(), g.sumW2(),
                        g.fusionShare(), g.origin())));
            }
            out.sort((a, b) -> Double.compare(a.massGeV(), b.massGeV()));
            for (int i = 1; i < out.size(); i++) {
                if (out.get(i).massGeV() == out.get(i - 1).massGeV()) {
                    throw new InvalidInputException("task " + task.taskName(), "inputs", "mass "
                            + out.get(i).massGeV() + " twice", "one signal-<mass> input per mass");
                }
            }
            signal = List.copyOf(out);
        }
        return signal;
    }

    @Override
    public synchronized List<BackgroundSample> backgrounds() {
        if (backgrounds == null) {
            List<BackgroundSample> out = new ArrayList<>();
            for (Inputs.Named in : Inputs.withPrefix(task.inputs(), "background-")) {
                String name = "background-" + in.suffix();
                Inputs.requireType(task.taskName(), name, in.artifact(), SignalModelTask.TABLE_TYPE);
                out.add(new BackgroundSample(name, ColumnTable.fromBytes(in.artifact().payload())));
            }
            backgrounds = List.copyOf(out);
        }
        return backgrounds;
    }

    @Override
    public double luminosityInvFb() {
        return luminosityInvFb;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public String scanVariable() {
        return scanVariable;
    }

    @Override
    public TaskContext task() {
        return task;
    }
}
