/**
 * The study engine's plugin contract. A study file names tasks; each task is run by a
 * {@link org.alpwb.api.study.TaskType} service (property {@code alpwb.kind=task}, {@code alpwb.id} =
 * the task type used in study files) and yields an {@link org.alpwb.api.study.Artifact} that the
 * engine caches under a key hashed from (task type id, its version, configuration, input keys).
 *
 * <p>1.2: validation before a run. {@link org.alpwb.api.study.TaskType#validate(ValidationContext)} gets the
 * service registry and the artifact types of the wired inputs ({@link org.alpwb.api.study.ValidationContext});
 * {@link org.alpwb.api.study.TaskType#inputs(TaskConfig)} ({@link org.alpwb.api.study.InputSpec}) and
 * {@link org.alpwb.api.study.TaskType#outputType(TaskConfig)} declare the wiring the engine checks. All are default
 * methods: task types written against 1.1 work unchanged.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.alpwb.api.study;
