/**
 * Executors: where a study's uncached tasks run. The study engine builds the task graph, the keys
 * and the cache look-ups; it hands the tasks whose keys are not cached, as a {@link
 * org.alpwb.api.execution.ExecutionPlan}, to the {@link org.alpwb.api.execution.TaskExecutor} service
 * chosen by {@code alpwb run --executor ID} or the study's {@code execution.executor} (property
 * {@code alpwb.kind=executor}; ids {@code local}, {@code slurm}). Remote executors run the work items
 * with {@code alpwb worker}, which reads and writes {@link org.alpwb.api.cache.EntryFile}s; only the
 * driver writes the result cache.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.execution;
