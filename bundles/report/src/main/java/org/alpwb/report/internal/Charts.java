package org.alpwb.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.ImageFormat;
import org.alpwb.api.plot.PlotService;
import org.alpwb.api.plot.RenderOptions;
import org.alpwb.api.plot.RenderedChart;

/**
 * Renders charts through the {@link PlotService} into a scratch directory and moves the files
 * (PNG, SVG, CSV) into the artifact's file map under {@code charts/}.
 */
final class Charts {
    static final String DIR = "charts/";

    /** A rendered chart: artifact-relative file names. */
    record Figure(String name, String png, String svg, String csv, String caption, int width, int height) {
    }

    private final PlotService plots;
    private final Path scratch;
    private final RenderOptions options;
    private final Map<String, byte[]> files;

    Charts(PlotService plots, Path scratch, ReportConfig config, Map<String, byte[]> files) {
        this.plots = plots;
        this.scratch = scratch;
        Set<ImageFormat> formats = config.svg() ? EnumSet.of(ImageFormat.PNG, ImageFormat.SVG)
                : EnumSet.of(ImageFormat.PNG);
        this.options = new RenderOptions(config.widthPx(), config.heightPx(), config.dpi(), formats);
        this.files = files;
    }

    Figure render(String name, ChartSpec spec, String caption) throws IOException {
        String slug = Fmt.slug(name);
        if (files.containsKey(DIR + slug + ".png")) {
            throw new IllegalStateException("two charts of the report are named " + slug);
        }
        RenderedChart out = plots.render(spec, scratch.resolve(slug), options);
        String png = move(out.images().get(ImageFormat.PNG), slug + ".png");
        String svg = out.images().containsKey(ImageFormat.SVG) ? move(out.images().get(ImageFormat.SVG), slug + ".svg")
                : null;
        String csv = move(out.csv(), slug + ".csv");
        return new Figure(slug, png, svg, csv, caption, options.width(), options.height());
    }

    private String move(Path file, String name) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IOException("the plot service did not write " + name);
        }
        String key = DIR + name;
        files.put(key, Files.readAllBytes(file));
        Files.delete(file);
        return key;
    }
}
