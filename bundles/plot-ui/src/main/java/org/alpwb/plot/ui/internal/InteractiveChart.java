package org.alpwb.plot.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.AxisScale;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.ImageFormat;
import org.alpwb.api.plot.PlotService;
import org.alpwb.api.plot.RenderOptions;
import org.alpwb.plot.interactive.InteractiveCharts;
import org.jfree.chart.ChartPanel;

/**
 * One chart specification shown in a JFreeChart {@code ChartPanel} (drag to zoom, wheel zoom, right-click menu),
 * with a log/linear toggle of the y axis, reset zoom, and export through the plot service (PNG, SVG and the CSV
 * of the plotted numbers, exactly as in the report).
 */
final class InteractiveChart extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient PlotService plots;
    private final JCheckBox logY = new JCheckBox("log y");
    private final JLabel message = new JLabel(" ");
    private final String name;
    private transient ChartSpec spec;
    private ChartPanel panel;

    InteractiveChart(String name, ChartSpec spec, PlotService plots) {
        super(new BorderLayout());
        this.name = name;
        this.spec = spec;
        this.plots = plots;
        setName("chart." + name);
        logY.setName("chart." + name + ".logy");
        logY.setSelected(spec.yAxis().scale() == AxisScale.LOG);
        logY.addActionListener(event -> toggleScale());
        JButton reset = new JButton("Reset zoom");
        reset.addActionListener(event -> {
            if (panel != null) {
                panel.restoreAutoBounds();
            }
        });
        JButton export = new JButton("Export PNG/SVG/CSV…");
        export.setName("chart." + name + ".export");
        export.setEnabled(plots != null);
        export.addActionListener(event -> chooseAndExport());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        bar.add(logY);
        bar.add(reset);
        bar.add(export);
        bar.add(message);
        add(bar, BorderLayout.NORTH);
        show(spec);
    }

    private void show(ChartSpec newSpec) {
        try {
            ChartPanel newPanel = new ChartPanel(InteractiveCharts.create(newSpec), false);
            newPanel.setMouseWheelEnabled(true);
            newPanel.setName("chart." + name + ".panel");
            if (panel != null) {
                remove(panel);
            }
            panel = newPanel;
            spec = newSpec;
            add(panel, BorderLayout.CENTER);
            message.setText(" ");
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            logY.setSelected(spec.yAxis().scale() == AxisScale.LOG);
        }
        revalidate();
        repaint();
    }

    private void toggleScale() {
        Axis y = spec.yAxis();
        Axis flipped = logY.isSelected() ? Axis.log(y.label()) : Axis.linear(y.label());
        show(new ChartSpec(spec.title(), spec.xAxis(), flipped, spec.layers(), spec.regions(), spec.annotations(),
                spec.legend()));
    }

    private void chooseAndExport() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Export chart (base name; .png, .svg and .csv are written)");
        chooser.setSelectedFile(new File(name));
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            export(chooser.getSelectedFile().toPath());
        }
    }

    /** Writes BASE.png, BASE.svg and BASE.csv of the chart as shown (scale included). */
    void export(Path base) {
        try {
            plots.render(spec, base, RenderOptions.defaults().withFormats(EnumSet.of(ImageFormat.PNG, ImageFormat.SVG)));
            message.setText("exported " + base + ".png/.svg/.csv");
        } catch (IOException | IllegalArgumentException e) {
            message.setText("export failed: " + e.getMessage());
        }
    }
}
