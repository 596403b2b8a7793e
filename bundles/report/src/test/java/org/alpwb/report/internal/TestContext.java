package org.alpwb.report.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.plot.PlotService;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.plot.internal.JFreeChartPlotService;

/**
 * The task's view of a study, as the engine gives it, with the real plot service
 * ({@link JFreeChartPlotService}, instantiated directly) as the only registered service.
 */
class TestContext implements TaskContext {
    private final TaskConfig config;
    private final Map<String, Artifact> inputs;
    private final PlotService plots = new JFreeChartPlotService();

    TestContext(Map<String, Object> config, Map<String, Artifact> inputs) {
        this.config = new TaskConfig("study.json", "tasks.report.config", config);
        this.inputs = Map.copyOf(inputs);
    }

    @Override
    public String taskName() {
        return "report";
    }

    @Override
    public String taskKey() {
        return "0".repeat(64);
    }

    @Override
    public TaskConfig config() {
        return config;
    }

    @Override
    public Map<String, Artifact> inputs() {
        return inputs;
    }

    @Override
    public Artifact input(String name) {
        Artifact artifact = inputs.get(name);
        if (artifact == null) {
            throw new InvalidInputException("study.json", "tasks.report.inputs." + name, "(missing)", inputs.keySet()
                    .toString());
        }
        return artifact;
    }

    @Override
    public SeedSequence seeds() {
        return new SeedSequence(1, taskKey());
    }

    @Override
    public ProgressMonitor monitor() {
        return ProgressMonitor.NONE;
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public ExecutorService executor() {
        throw new UnsupportedOperationException("the report task runs on the calling thread");
    }

    @Override
    public <T> T service(Class<T> type, String id) {
        if (type == PlotService.class && id.equals("jfreechart")) {
            return type.cast(plots);
        }
        throw new InvalidInputException("study.json", "service", type.getSimpleName() + " " + id,
                "registered services: PlotService jfreechart");
    }

    @Override
    public <T> List<String> serviceIds(Class<T> type) {
        return type == PlotService.class ? List.of("jfreechart") : List.of();
    }
}
