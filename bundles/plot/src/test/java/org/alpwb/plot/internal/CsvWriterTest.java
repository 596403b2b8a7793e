package org.alpwb.plot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.HistogramStack;
import org.alpwb.api.plot.ImageFormat;
import org.alpwb.api.plot.RenderOptions;
import org.alpwb.api.plot.RenderedChart;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void brazilCsvHoldsTheInputNumbersExactly() throws Exception {
        ChartSpec spec = Examples.brazil();
        List<String[]> rows = render(spec);
        assertEquals(String.join(",", rows.get(0)), CsvWriter.HEADER);
        assertEquals(1 + 4 * Examples.MASS_POINTS + 3, rows.size());
        XYSeries observed = (XYSeries) spec.layers().get(3);
        List<String[]> observedRows = rows.stream().filter(r -> r[1].equals("Observed")).toList();
        for (int i = 0; i < observed.size(); i++) {
            assertEquals(observed.x()[i], Double.parseDouble(observedRows.get(i)[3]));
            assertEquals(observed.y()[i], Double.parseDouble(observedRows.get(i)[6]));
            assertEquals("xy", observedRows.get(i)[2]);
        }
        String[] band = rows.get(1);
        assertEquals("band", band[2]);
        assertEquals(((org.alpwb.api.plot.Band) spec.layers().get(0)).low()[0], Double.parseDouble(band[9]));
        String[] region = rows.get(rows.size() - 1);
        assertEquals(List.of("", "\u03b7\u2032", "region", "", "0.91", "1.0"), List.of(region).subList(0, 6));
    }

    @Test
    void stackRowsCarryContentsAndCumulativeTopsAndQuoteNames() throws Exception {
        double[] edges = {0, 1, 2};
        HistogramStack stack = HistogramStack.of(
                new HistogramSeries("a, b", edges, new double[] {1.5, 2}, null, Style.line("#111111")),
                new HistogramSeries("c", edges, new double[] {0.25, 3}, new double[] {0.5, 1.75}, Style.line(null)));
        ChartSpec spec = ChartSpec.builder(Axis.linear("x"), Axis.linear("y")).add(stack)
                .add(XYSeries.withErrors("d\"q", new double[] {0.5}, new double[] {2}, new double[] {0.1},
                        Style.points(null)))
                .build();
        List<String[]> rows = render(spec);
        assertEquals(List.of("0", "a, b", "stack", "0.5", "0.0", "1.0", "1.5", "", "", "0.0", "1.5"),
                List.of(rows.get(1)));
        assertEquals(List.of("0", "c", "stack", "1.5", "1.0", "2.0", "3.0", "1.75", "1.75", "2.0", "5.0"),
                List.of(rows.get(4)));
        assertEquals(List.of("1", "d\"q", "xy", "0.5", "", "", "2.0", "0.1", "0.1", "", ""), List.of(rows.get(5)));
    }

    private List<String[]> render(ChartSpec spec) throws Exception {
        RenderedChart out = new JFreeChartPlotService().render(spec, dir.resolve("c"),
                RenderOptions.defaults().withFormats(EnumSet.noneOf(ImageFormat.class)));
        assertEquals(dir.resolve("c.csv"), out.csv());
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out.csv())) {
            rows.add(parse(line));
        }
        return rows;
    }

    /** RFC 4180 fields of one line. */
    private static String[] parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
