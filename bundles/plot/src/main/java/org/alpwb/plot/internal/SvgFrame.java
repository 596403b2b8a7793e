package org.alpwb.plot.internal;

/** The plotting area of an SVG page (points, y down) and the data-to-page mapping. */
record SvgFrame(double left, double top, double width, double height, DataRange x, DataRange y) {
    double px(double value) {
        return left + width * x.fraction(value);
    }

    double py(double value) {
        return top + height * (1 - y.fraction(value));
    }

    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }
}
