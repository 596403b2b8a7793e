package org.alpwb.api.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.StudyPlan;
import org.alpwb.api.study.StudyResult;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The study open in the workbench, run in the workbench's own framework on the same study engine and result
 * cache as {@code alpwb run} (never a second process). Getters and setters are for the event thread; listeners
 * are called on the event thread. Planning, runs and cache reads happen on background threads.
 */
@ProviderType
public interface StudySession {

    /** The open study file, if any. */
    Optional<Path> studyFile();

    /** Opens a study file and plans it in the background. */
    void open(Path studyFile);

    /** The setting overrides of the next run: {@code profile} and the {@code --set NAME=VALUE} pairs. */
    Map<String, Object> overrides();

    /** Replaces the overrides and re-plans. */
    void setOverrides(Map<String, Object> overrides);

    /** The current plan, empty while planning or if the study is invalid (see {@link #problem()}). */
    Optional<StudyPlan> plan();

    /** Why the study cannot be planned, if it cannot. */
    Optional<String> problem();

    /** The state of every planned task, in plan order. */
    List<TaskState> tasks();

    Optional<TaskState> task(String name);

    Optional<String> selectedTask();

    void select(String taskName);

    /** Where runs write their files (as {@code alpwb run --out}). */
    Path outputDirectory();

    boolean running();

    /** Starts a run of the open study with the current overrides; completes with its result. */
    CompletableFuture<StudyResult> run();

    /** Asks the running study to stop (running tasks stop at their next check). */
    void cancel();

    /** The cached artifact of a task, read off the event thread. */
    CompletableFuture<Optional<Artifact>> artifact(String taskName);

    /** Threads for a view's long work (never block the event thread). */
    ExecutorService background();

    void addListener(StudySessionListener listener);

    void removeListener(StudySessionListener listener);
}
