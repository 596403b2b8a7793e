package org.alpwb.plot.internal;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Pixel counting in the plotting area of a rendered chart. */
final class Images {
    private Images() {
    }

    /** Pixels inside {@code area} (shrunk by {@code inset} to skip frame and ticks) matching the predicate. */
    static int count(BufferedImage image, Rectangle2D area, int inset, java.util.function.IntPredicate rgb) {
        int count = 0;
        for (int y = (int) area.getMinY() + inset; y < (int) area.getMaxY() - inset; y++) {
            for (int x = (int) area.getMinX() + inset; x < (int) area.getMaxX() - inset; x++) {
                if (rgb.test(image.getRGB(x, y) & 0xffffff)) {
                    count++;
                }
            }
        }
        return count;
    }

    static int area(Rectangle2D area, int inset) {
        return (int) ((area.getWidth() - 2 * inset) * (area.getHeight() - 2 * inset));
    }
}
