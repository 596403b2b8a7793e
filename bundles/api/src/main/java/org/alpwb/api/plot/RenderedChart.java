package org.alpwb.api.plot;

import java.nio.file.Path;
import java.util.Map;

/** The files a render call wrote: one image per requested format and the CSV of the numbers. */
public record RenderedChart(Map<ImageFormat, Path> images, Path csv) {
    public RenderedChart {
        images = Map.copyOf(images);
        if (csv == null) {
            throw new IllegalArgumentException("csv path is required");
        }
    }
}
