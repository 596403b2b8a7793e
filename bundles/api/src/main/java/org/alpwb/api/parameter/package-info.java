/**
 * Declared, typed parameters of plugins (strategies, classifiers): {@link org.alpwb.api.parameter.ParameterSpec}
 * says name, type, unit, default and allowed values; {@link org.alpwb.api.parameter.ParameterValues#resolve}
 * checks a study's overrides against the declaration and names the field, the value and the allowed ones on a
 * mistake, so that the study engine validates plugin parameters before anything runs.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.parameter;
