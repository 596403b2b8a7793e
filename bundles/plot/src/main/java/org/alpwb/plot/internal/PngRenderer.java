package org.alpwb.plot.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.RenderOptions;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * Draws the JFreeChart into an RGB image of the requested pixel size: the chart is laid out on a
 * page of {@code width * 72 / dpi} points and scaled by {@code dpi / 72}, and the PNG records the
 * resolution in its pHYs chunk.
 */
final class PngRenderer {
    private PngRenderer() {
    }

    /** The image and the plotting (data) area in image pixels. */
    record Image(BufferedImage pixels, Rectangle2D plotArea) {
    }

    static Image draw(ChartSpec spec, Scene scene, RenderOptions options) {
        JFreeChart chart = JFreeCharts.create(spec, scene);
        double scale = options.dpi() / 72.0;
        BufferedImage image = new BufferedImage(options.width(), options.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, options.width(), options.height());
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(scale, scale);
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, options.width() / scale, options.height() / scale), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            return new Image(image, new Rectangle2D.Double(area.getX() * scale, area.getY() * scale,
                    area.getWidth() * scale, area.getHeight() * scale));
        } finally {
            g2.dispose();
        }
    }

    static void write(BufferedImage image, int dpi, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream out = Files.newOutputStream(file);
                ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    writer.getDefaultWriteParam());
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode(format);
            root.appendChild(physical);
            metadata.mergeTree(format, root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
    }
}
