package org.alpwb.plot.internal;

import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.RenderOptions;

/**
 * Writes a standalone SVG of the chart directly from the lowered scene (no Graphics2D adapter):
 * one {@code <path>} per primitive, carrying {@code class} (area, line, markers, errors) and
 * {@code data-series}. Page size is the PNG's physical size in points.
 */
final class SvgRenderer {
    private SvgRenderer() {
    }

    static String render(ChartSpec spec, Scene scene, RenderOptions options) {
        double pageWidth = options.width() * 72.0 / options.dpi();
        double pageHeight = options.height() * 72.0 / options.dpi();
        SvgFrame frame = layout(spec, scene, pageWidth, pageHeight);
        SvgText svg = new SvgText();
        svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .raw(" width=\"").num(pageWidth).raw("pt\" height=\"").num(pageHeight).raw("pt\" viewBox=\"0 0 ")
                .num(pageWidth).raw(" ").num(pageHeight).raw("\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n");
        svg.raw("<title>").text(spec.title()).raw("</title>\n");
        svg.raw("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.raw("<defs><clipPath id=\"plot-area\"><rect x=\"").num(frame.left()).raw("\" y=\"").num(frame.top())
                .raw("\" width=\"").num(frame.width()).raw("\" height=\"").num(frame.height())
                .raw("\"/></clipPath></defs>\n");
        svg.raw("<g clip-path=\"url(#plot-area)\">\n");
        for (Primitive primitive : scene.primitives()) {
            SvgPrimitives.draw(svg, frame, primitive);
        }
        SvgDecorations.regions(svg, frame, spec.regions());
        svg.raw("</g>\n");
        SvgAxes.draw(svg, frame, spec);
        SvgDecorations.annotations(svg, frame, spec.annotations());
        SvgDecorations.legend(svg, frame, scene.legend(), spec.legend());
        if (!spec.title().isEmpty()) {
            svg.label(pageWidth / 2, 6 + Fonts.TITLE, Fonts.TITLE, "middle", spec.title());
        }
        return svg.raw("</svg>\n").toString();
    }

    private static SvgFrame layout(ChartSpec spec, Scene scene, double pageWidth, double pageHeight) {
        double labelWidth = SvgAxes.tickLabelWidth(scene.y());
        double left = 6 + (spec.yAxis().label().isEmpty() ? 0 : Fonts.LABEL + 6) + labelWidth + 6;
        double top = spec.title().isEmpty() ? 12 : 12 + Fonts.TITLE + 6;
        double bottom = 6 + (spec.xAxis().label().isEmpty() ? 0 : Fonts.LABEL + 6) + Fonts.TICK + 8;
        double right = 14;
        return new SvgFrame(left, top, pageWidth - left - right, pageHeight - top - bottom, scene.x(), scene.y());
    }
}
