package org.alpwb.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.plot.PlotService;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.alpwb.api.report.ReportContributor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Task {@code report}: a self-contained HTML report of a study ({@value ReportBuilder#REPORT_FILE} with its
 * charts, their SVG and CSV, the comparison table as CSV and each strategy's limit files). Inputs by
 * name prefix: {@code sample-*} (generate), {@code reco-*} (reconstruct), {@code model-*} (signal-model),
 * {@code limits-*} (expected-limits), {@code xsec-*} (cross-section); all optional. Configuration: see
 * {@link ReportConfig}. Artifact type {@value #ARTIFACT_TYPE}, payload the JSON summary
 * ({@value ReportBuilder#SUMMARY_FILE}).
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=report",
    ServiceProperties.LABEL + "=Study report (HTML with charts, tables and machine-readable results)",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK})
public class ReportTask implements TaskType {
    public static final String ARTIFACT_TYPE = "alpwb/report";
    /** The plot service the charts are drawn with. */
    static final String PLOT_SERVICE = "jfreechart";

    private final Map<String, ReportContributor> contributors = new java.util.concurrent.ConcurrentSkipListMap<>();

    /** The report-section services (whiteboard): hot-deployed contributors are used by the next report. */
    @Reference(service = ReportContributor.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "removeContributor")
    public void addContributor(ReportContributor contributor, Map<String, Object> properties) {
        Object id = properties.get(ServiceProperties.ID);
        contributors.put(id == null ? contributor.getClass().getName() : id.toString(), contributor);
    }

    public void removeContributor(ReportContributor contributor, Map<String, Object> properties) {
        Object id = properties.get(ServiceProperties.ID);
        contributors.remove(id == null ? contributor.getClass().getName() : id.toString(), contributor);
    }

    /** The report is written even when some strategy failed: it lists it as "failed: reason". */
    @Override
    public boolean runsWithFailedInputs(TaskConfig config) {
        return true;
    }

    @Override
    public void validate(TaskConfig config) {
        ReportConfig.parse(config);
    }

    /** Also resolves the channel (its excluded regions are drawn) and the plot service before the run. */
    @Override
    public void validate(org.alpwb.api.study.ValidationContext context) {
        ReportConfig config = ReportConfig.parse(context.config());
        if (config.channel() != null) {
            context.service(Channel.class, "channel", config.channel());
        }
        if (context.findService(PlotService.class, PLOT_SERVICE).isEmpty()) {
            throw new org.alpwb.api.InvalidInputException("task " + context.taskName() + ": the plot service '"
                    + PLOT_SERVICE + "' is not installed; plot services: "
                    + String.join(", ", context.serviceIds(PlotService.class)));
        }
    }

    @Override
    public java.util.Optional<String> outputType(TaskConfig config) {
        return java.util.Optional.of(ARTIFACT_TYPE);
    }

    @Override
    public Artifact run(TaskContext context) throws IOException {
        TaskConfig taskConfig = context.config();
        ReportConfig config = ReportConfig.parse(taskConfig);
        PlotService plots = context.service(PlotService.class, PLOT_SERVICE);
        List<Channel.MassRegion> regions = config.channel() == null ? null
                : context.service(Channel.class, config.channel()).excludedRegions();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Path scratch = Files.createTempDirectory("alpwb-report-");
        context.monitor().begin("report", 1);
        try {
            Charts charts = new Charts(plots, scratch, config, files);
            String source = taskConfig.source() + " " + taskConfig.path();
            List<Contributions.Registered> registered = contributors.entrySet().stream()
                    .map(e -> new Contributions.Registered(e.getKey(), e.getValue())).toList();
            byte[] summary = new ReportBuilder(config, source.trim(), context.inputs(), regions, charts, files,
                    context.failedInputs(), new Contributions(registered), taskConfig).build();
            context.monitor().worked(1);
            return new Artifact(ARTIFACT_TYPE, summary, files);
        } finally {
            context.monitor().done();
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the report's scratch directory " + root, e);
        }
    }
}
