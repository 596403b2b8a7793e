package org.alpwb.api.plot;

import java.util.EnumSet;
import java.util.Set;

/**
 * Output size and formats. The image is {@code width x height} pixels; {@code dpi} sets the
 * physical size ({@code width / dpi} inches), so fonts and lines have their nominal point size when
 * printed at that resolution, and is recorded in the PNG.
 */
public record RenderOptions(int width, int height, int dpi, Set<ImageFormat> formats) {
    public RenderOptions {
        if (width < 50 || height < 50 || width > 20000 || height > 20000) {
            throw new IllegalArgumentException("image size must be 50..20000 pixels, got " + width + "x" + height);
        }
        if (dpi < 36 || dpi > 2400) {
            throw new IllegalArgumentException("dpi must be 36..2400, got " + dpi);
        }
        formats = formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(formats));
    }

    /** 1200 x 900 pixels at 150 dpi (8 x 6 inches), PNG and SVG. */
    public static RenderOptions defaults() {
        return new RenderOptions(1200, 900, 150, EnumSet.allOf(ImageFormat.class));
    }

    public RenderOptions withSize(int newWidth, int newHeight, int newDpi) {
        return new RenderOptions(newWidth, newHeight, newDpi, formats);
    }

    public RenderOptions withFormats(Set<ImageFormat> newFormats) {
        return new RenderOptions(width, height, dpi, newFormats);
    }
}
