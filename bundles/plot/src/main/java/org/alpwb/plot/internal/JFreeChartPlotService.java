package org.alpwb.plot.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.ImageFormat;
import org.alpwb.api.plot.PlotService;
import org.alpwb.api.plot.RenderOptions;
import org.alpwb.api.plot.RenderedChart;
import org.osgi.service.component.annotations.Component;

/**
 * Renders PNG with JFreeChart (headless) and SVG with the bundle's own SVG writer, both from the
 * same lowered scene, and writes the numbers as CSV.
 */
@Component(service = PlotService.class, property = {
    ServiceProperties.ID + "=jfreechart",
    ServiceProperties.LABEL + "=Publication-style charts: PNG via JFreeChart, SVG, CSV",
    ServiceProperties.KIND + "=" + PlotService.KIND})
public final class JFreeChartPlotService implements PlotService {
    @Override
    public RenderedChart render(ChartSpec chart, Path baseFile, RenderOptions options) throws IOException {
        Scene scene = SceneBuilder.build(chart);
        Path parent = baseFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Map<ImageFormat, Path> images = new EnumMap<>(ImageFormat.class);
        for (ImageFormat format : options.formats()) {
            Path file = sibling(baseFile, format.extension());
            switch (format) {
                case PNG -> PngRenderer.write(PngRenderer.draw(chart, scene, options).pixels(), options.dpi(), file);
                case SVG -> Files.writeString(file, SvgRenderer.render(chart, scene, options), StandardCharsets.UTF_8);
            }
            images.put(format, file);
        }
        Path csv = sibling(baseFile, "csv");
        Files.writeString(csv, CsvWriter.write(chart), StandardCharsets.UTF_8);
        return new RenderedChart(images, csv);
    }

    static Path sibling(Path baseFile, String extension) {
        return baseFile.resolveSibling(baseFile.getFileName() + "." + extension);
    }
}
