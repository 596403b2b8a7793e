package org.alpwb.plot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.ImageFormat;
import org.alpwb.api.plot.RenderOptions;
import org.alpwb.api.plot.RenderedChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

class PngOutputTest {
    private static final RenderOptions SMALL = new RenderOptions(640, 480, 96, EnumSet.of(ImageFormat.PNG));
    private static final int WHITE = 0xffffff;

    @TempDir
    Path dir;

    @Test
    void everyChartTypeIsAValidNonBlankPngOfTheRequestedSize() throws Exception {
        for (ChartSpec spec : new ChartSpec[] {Examples.brazil(), Examples.stacked(), Examples.efficiency(),
            Examples.histogram()}) {
            BufferedImage image = renderAndRead(spec, "chart");
            assertEquals(640, image.getWidth());
            assertEquals(480, image.getHeight());
            PngRenderer.Image drawn = PngRenderer.draw(spec, SceneBuilder.build(spec), SMALL);
            int inked = Images.count(image, drawn.plotArea(), 8, rgb -> rgb != WHITE);
            int total = Images.area(drawn.plotArea(), 8);
            assertTrue(inked > total / 100, spec.title() + ": only " + inked + " of " + total + " pixels drawn");
        }
    }

    @Test
    void pngRecordsTheResolution() throws Exception {
        new JFreeChartPlotService().render(Examples.histogram(), dir.resolve("h"), SMALL);
        try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve("h.png").toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            Node physical = find(root, "pHYs");
            String perMetre = physical.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue();
            assertEquals(Math.round(96 / 0.0254), Long.parseLong(perMetre));
        }
    }

    @Test
    void brazilBandShowsBothBandColoursAndStackShowsEveryProcess() throws Exception {
        ChartSpec brazil = Examples.brazil();
        BufferedImage image = renderAndRead(brazil, "brazil");
        PngRenderer.Image drawn = PngRenderer.draw(brazil, SceneBuilder.build(brazil), SMALL);
        assertTrue(Images.count(image, drawn.plotArea(), 8, rgb -> rgb == 0x33cc33) > 2000, "green band");
        assertTrue(Images.count(image, drawn.plotArea(), 8, rgb -> rgb == 0xffdd00) > 2000, "yellow band");

        ChartSpec stacked = Examples.stacked();
        image = renderAndRead(stacked, "stacked");
        drawn = PngRenderer.draw(stacked, SceneBuilder.build(stacked), SMALL);
        for (int color : new int[] {0x87ceeb, 0xf4a582, 0xb2df8a}) {
            int pixels = Images.count(image, drawn.plotArea(), 8, rgb -> rgb == color);
            assertTrue(pixels > 20, Integer.toHexString(color) + ": " + pixels);
        }
    }

    @Test
    void dpiScalesTheLayoutNotThePixelSize() throws Exception {
        ChartSpec spec = Examples.histogram();
        RenderOptions coarse = SMALL.withSize(640, 480, 72);
        RenderOptions fine = SMALL.withSize(640, 480, 200);
        double coarseWidth = PngRenderer.draw(spec, SceneBuilder.build(spec), coarse).plotArea().getWidth();
        double fineWidth = PngRenderer.draw(spec, SceneBuilder.build(spec), fine).plotArea().getWidth();
        // larger fonts at higher dpi leave less room for the plotting area on the same pixels
        assertTrue(fineWidth < coarseWidth - 20, fineWidth + " vs " + coarseWidth);
    }

    private BufferedImage renderAndRead(ChartSpec spec, String name) throws Exception {
        RenderedChart out = new JFreeChartPlotService().render(spec, dir.resolve(name), SMALL);
        Path png = out.images().get(ImageFormat.PNG);
        byte[] signature = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertEquals("89504e470d0a1a0a", java.util.HexFormat.of().formatHex(signature));
        return ImageIO.read(png.toFile());
    }

    private static Node find(Node node, String name) {
        if (name.equals(node.getNodeName())) {
            return node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Node found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
