/**
 * The study engine's plugin contract. A study file names tasks; each task is run by a
 * {@link org.alpwb.api.study.TaskType} service (property {@code alpwb.kind=task}, {@code alpwb.id} =
 * the task type used in study files) and yields an {@link org.alpwb.api.study.Artifact} that the
 * engine caches under a key hashed from (task type id, its version, configuration, input keys).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.alpwb.api.study;
