package org.alpwb.executor.slurm;

import java.io.IOException;
import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.execution.ExecutionPlan;
import org.alpwb.api.execution.ExecutionRun;
import org.alpwb.api.execution.TaskExecutor;
import org.alpwb.api.study.TaskConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Executor {@code slurm}: the plan's tasks run as job arrays of {@code alpwb worker} on a Slurm cluster,
 * driven through sbatch/squeue/scancel/sinfo; see the bundle's README for the execution block.
 */
@Component(service = TaskExecutor.class, property = {ServiceProperties.ID + "=slurm",
        ServiceProperties.LABEL + "=Slurm job arrays of alpwb workers",
        ServiceProperties.KIND + "=" + ServiceProperties.KIND_EXECUTOR})
public class SlurmExecutor implements TaskExecutor {
    private final SlurmCommands slurm;

    @Activate
    public SlurmExecutor() {
        this(new SlurmCommands());
    }

    SlurmExecutor(SlurmCommands slurm) {
        this.slurm = slurm;
    }

    @Override
    public void validate(TaskConfig execution) {
        SlurmSettings settings = SlurmSettings.of(execution);
        List<String> partitions;
        try {
            partitions = slurm.partitions();
        } catch (IOException e) {
            throw new InvalidInputException(execution.source(), "execution.executor", "slurm",
                    "an executor that can reach its cluster; sinfo failed: " + e.getMessage());
        }
        if (!settings.partition().isEmpty() && !partitions.contains(settings.partition())) {
            throw execution.invalid("partition", settings.partition(),
                    "a partition of this cluster: " + String.join(", ", partitions));
        }
        if (!settings.launcher().isEmpty() && !new java.io.File(settings.launcher()).canExecute()) {
            throw execution.invalid("launcher", settings.launcher(),
                    "the path of bin/alpwb on a shared filesystem (not executable here)");
        }
    }

    @Override
    public ExecutionRun start(ExecutionPlan plan) {
        SlurmSettings settings = SlurmSettings.of(plan.settings());
        String launcher = settings.launcher().isEmpty() ? defaultLauncher() : settings.launcher();
        SlurmRun run = new SlurmRun(plan, settings, launcher, slurm);
        run.start();
        return run;
    }

    /** The launcher of the running product (set by bin/alpwb): nodes see it when the product is on a shared path. */
    private static String defaultLauncher() {
        String launcher = System.getProperty("alpwb.launcher");
        if (launcher == null || launcher.isEmpty()) {
            throw new InvalidInputException("execution.launcher: the product was not started by bin/alpwb; "
                    + "set execution.launcher to the path of bin/alpwb on the nodes");
        }
        return launcher;
    }
}
