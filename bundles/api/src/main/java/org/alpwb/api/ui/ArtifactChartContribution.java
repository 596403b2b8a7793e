package org.alpwb.api.ui;

import java.util.List;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.study.Artifact;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns the artifacts of one type into charts for the charts view (whiteboard). Service property
 * {@link #ARTIFACT_TYPE}, e.g. {@code alpwb/limit-curve}. Registered by the bundle that knows the payload.
 */
@ConsumerType
public interface ArtifactChartContribution {
    /** Service property: the artifact type charted. */
    String ARTIFACT_TYPE = "alpwb.artifact.type";
    /** Value of {@code alpwb.kind} for chart contributions. */
    String KIND = "chart";

    /** The charts of one artifact, in display order; {@code taskName} is for titles. */
    List<NamedChart> charts(String taskName, Artifact artifact);

    /** A chart with a short name (tab title, export file name). */
    record NamedChart(String name, ChartSpec chart) {
    }
}
