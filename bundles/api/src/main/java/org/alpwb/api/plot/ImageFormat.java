package org.alpwb.api.plot;

/** Image formats a {@link PlotService} writes. */
public enum ImageFormat {
    PNG("png"),
    SVG("svg");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
