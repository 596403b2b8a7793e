package org.alpwb.api.plot;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders chart specifications to image files. Every call also writes the plotted numbers as CSV
 * next to the images (same base name, {@code .csv}), so numbers in a report can be traced.
 * Implementations are headless and thread-safe.
 */
@ProviderType
public interface PlotService {
    /** Value of {@code alpwb.kind} for plot services. */
    String KIND = "plot";

    /**
     * Writes {@code baseFile + ".csv"} and one {@code baseFile + "." + extension} per requested format
     * (parent directories are created).
     *
     * @param baseFile path without extension, e.g. {@code out/limits}
     * @throws IllegalArgumentException if the chart cannot be drawn as specified, e.g. a non-positive
     *         value of a series on a logarithmic axis (the message names the series and the value)
     * @throws IOException if a file cannot be written
     */
    RenderedChart render(ChartSpec chart, Path baseFile, RenderOptions options) throws IOException;
}
