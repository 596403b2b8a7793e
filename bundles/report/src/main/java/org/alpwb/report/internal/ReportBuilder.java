package org.alpwb.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.Band;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.HistogramStack;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.LineStyle;
import org.alpwb.api.plot.MarkerShape;
import org.alpwb.api.plot.Region;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportContributor;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.report.internal.Charts.Figure;
import org.alpwb.report.internal.Inputs.Chebyshev;
import org.alpwb.report.internal.Inputs.CutStep;
import org.alpwb.report.internal.Inputs.LimitPoint;
import org.alpwb.report.internal.Inputs.Limits;
import org.alpwb.report.internal.Inputs.Model;
import org.alpwb.report.internal.Inputs.ModelPoint;
import org.alpwb.report.internal.Inputs.Projection;
import org.alpwb.report.internal.Inputs.Reco;
import org.alpwb.report.internal.Inputs.Sample;
import org.alpwb.report.internal.Inputs.XsecPoint;
import org.alpwb.report.internal.Table.Cell;

/** Assembles report.html, its charts, the comparison CSV and the machine-readable results. */
final class ReportBuilder {
    static final String REPORT_FILE = "report.html";
    static final String COMPARISON_FILE = "comparison.csv";
    static final String SUMMARY_FILE = "report.json";
    static final String RESULTS_DIR = "results/";
    static final String EXCLUDED = "excluded";
    static final String OUTSIDE = "outside scan";
    /** Colour-blind-safe colours (Okabe-Ito), one per strategy or process. */
    private static final String[] COLORS = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
        "#f0e442", "#000000"};
    private static final String BAND_COLOR = "#b9d3ea";
    private static final String MASS_LABEL = "m\u2090 [GeV]";
    private static final String COUPLING_LABEL = "g\u2090\u03b3\u03b3";
    /** Relative tolerance when matching masses of different inputs. */
    private static final double MASS_TOLERANCE = 1e-6;

    private final ReportConfig config;
    private final String source;
    private final Charts charts;
    private final Map<String, byte[]> files;
    private final Map<String, Artifact> inputs;
    private final List<Sample> samples = new ArrayList<>();
    private final List<XsecPoint> xsecs = new ArrayList<>();
    private final List<Reco> recos = new ArrayList<>();
    private final Map<String, Model> models = new TreeMap<>();
    private final Map<String, Limits> limits = new TreeMap<>();
    private final List<String> strategies = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private final String regionOrigin;
    private final boolean logMass;
    private final Html body = new Html();
    private final Map<String, String> toc = new LinkedHashMap<>();
    private final ObjectNode summary = Json.MAPPER.createObjectNode();
    private final Map<String, List<String>> resultFiles = new TreeMap<>();
    private final Map<String, String> failed = new TreeMap<>();
    private final Contributions contributions;
    private final TaskConfig taskConfig;
    private List<Contributions.Made> studySections = List.of();
    private final java.util.Set<Contributions.Made> written = new java.util.HashSet<>();
    private final ObjectNode sectionData = Json.MAPPER.createObjectNode();

    /**
     * @param channelRegions excluded regions of the configured channel, or null to derive them from the
     *        excluded points of the limit curves
     */
    ReportBuilder(ReportConfig config, String source, Map<String, Artifact> inputs,
            List<Channel.MassRegion> channelRegions, Charts charts, Map<String, byte[]> files) {
        this(config, source, inputs, channelRegions, charts, files, Map.of(), new Contributions(List.of()), null);
    }

    /**
     * @param failedInputs   inputs whose producing task failed, with the reason (strategies among them are listed as
     *                       "failed: reason")
     * @param contributions  the report-section contributors
     * @param taskConfig     the report task's configuration (for the contributors)
     */
    ReportBuilder(ReportConfig config, String source, Map<String, Artifact> inputs,
            List<Channel.MassRegion> channelRegions, Charts charts, Map<String, byte[]> files,
            Map<String, String> failedInputs, Contributions contributions, TaskConfig taskConfig) {
        this.contributions = contributions;
        this.taskConfig = taskConfig == null ? TaskConfig.empty(source, "config") : taskConfig;
        this.config = config;
        this.source = source;
        this.charts = charts;
        this.files = files;
        this.inputs = new TreeMap<>(inputs);
        for (Map.Entry<String, Artifact> input : this.inputs.entrySet()) {
            String name = input.getKey();
            Artifact artifact = input.getValue();
            Inputs.Kind kind = Inputs.kindOf(source, name, artifact);
            if (kind == null) {
                continue;
            }
            switch (kind) {
                case SAMPLE -> samples.add(Inputs.sample(name, artifact));
                case XSEC -> xsecs.add(Inputs.xsec(name, artifact));
                case RECO -> recos.add(Inputs.reco(name, artifact));
                case MODEL -> put(models, Inputs.model(name, artifact), name);
                case LIMITS -> put(limits, Inputs.limits(name, artifact), name);
            }
        }
        TreeSet<String> ids = new TreeSet<>(models.keySet());
        ids.addAll(limits.keySet());
        for (Map.Entry<String, String> f : new TreeMap<>(failedInputs).entrySet()) {
            for (String prefix : List.of("limits-", "model-")) {
                if (f.getKey().startsWith(prefix)) {
                    String id = f.getKey().substring(prefix.length());
                    if (!ids.contains(id)) {
                        failed.putIfAbsent(id, "failed: " + f.getValue());
                    }
                }
            }
        }
        ids.addAll(failed.keySet());
        if (config.referenceStrategy() != null) {
            if (!ids.contains(config.referenceStrategy())) {
                throw new InvalidInputException(source, "referenceStrategy", config.referenceStrategy(),
                        ids.isEmpty() ? "no strategies in the inputs (model-*, limits-*)"
                                : "one of the strategies in the inputs: " + String.join(", ", ids));
            }
            strategies.add(config.referenceStrategy());
        }
        Map<String, String> slugs = new TreeMap<>();
        for (String id : ids) {
            if (!strategies.contains(id)) {
                strategies.add(id);
            }
            String other = slugs.put(Fmt.slug(id), id);
            if (other != null) {
                throw new InvalidInputException(source, "inputs", other + ", " + id,
                        "strategy names that differ in their letters, digits, '.', '_' or '-' (they name the files)");
            }
        }
        if (channelRegions != null) {
            for (Channel.MassRegion r : channelRegions) {
                regions.add(new Region(r.loGeV(), r.hiGeV(), r.name(), null));
            }
            regionOrigin = "the excluded regions of channel '" + config.channel() + "'";
        } else {
            regions.addAll(derivedRegions());
            regionOrigin = "the runs of masses the limit inputs mark as excluded";
        }
        logMass = chooseLogMass();
    }

    private <T> void put(Map<String, T> map, T value, String input) {
        String strategy = value instanceof Model m ? m.strategy() : ((Limits) value).strategy();
        if (map.containsKey(strategy)) {
            throw new InvalidInputException(source, "inputs." + input, strategy,
                    "one input of each kind per strategy; strategy '" + strategy + "' appears twice");
        }
        map.put(strategy, value);
    }

    /** Runs of excluded points, widened to half-way to the neighbouring points, merged over strategies. */
    private List<Region> derivedRegions() {
        List<double[]> runs = new ArrayList<>();
        for (Limits l : limits.values()) {
            List<LimitPoint> p = l.points();
            int i = 0;
            while (i < p.size()) {
                if (!p.get(i).excluded()) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < p.size() && p.get(j + 1).excluded()) {
                    j++;
                }
                double first = p.get(i).massGeV();
                double last = p.get(j).massGeV();
                double lo = i > 0 ? 0.5 * (p.get(i - 1).massGeV() + first) : first;
                double hi = j + 1 < p.size() ? 0.5 * (last + p.get(j + 1).massGeV()) : last;
                if (hi > lo) {
                    runs.add(new double[] {lo, hi});
                }
                i = j + 1;
            }
        }
        runs.sort((a, b) -> Double.compare(a[0], b[0]));
        List<Region> merged = new ArrayList<>();
        double[] current = null;
        for (double[] run : runs) {
            if (current != null && run[0] <= current[1]) {
                current[1] = Math.max(current[1], run[1]);
            } else {
                if (current != null) {
                    merged.add(new Region(current[0], current[1], EXCLUDED, null));
                }
                current = run.clone();
            }
        }
        if (current != null) {
            merged.add(new Region(current[0], current[1], EXCLUDED, null));
        }
        return merged;
    }

    private boolean chooseLogMass() {
        if (!config.massAxis().equals("auto")) {
            return config.massAxis().equals("log");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Model m : models.values()) {
            for (ModelPoint p : m.points()) {
                min = Math.min(min, p.massGeV());
                max = Math.max(max, p.massGeV());
            }
        }
        for (Limits l : limits.values()) {
            for (LimitPoint p : l.points()) {
                min = Math.min(min, p.massGeV());
                max = Math.max(max, p.massGeV());
            }
        }
        return min > 0 && max / min >= 10;
    }

    private Axis massAxis() {
        return logMass ? Axis.log(MASS_LABEL) : Axis.linear(MASS_LABEL);
    }

    private static String color(int index) {
        return COLORS[index % COLORS.length];
    }

    // ------------------------------------------------------------------------------------------ build

    /** Writes all sections; returns the files of the report artifact (also kept in the files map). */
    byte[] build() throws IOException {
        summary.put("title", config.title());
        summary.put("luminosityInvFb", config.luminosityInvFb());
        ArrayNode ids = summary.putArray("strategies");
        strategies.forEach(ids::add);
        Contributions.Context context = context();
        studySections = contributions.sections(ReportContributor.Scope.STUDY, context);
        contributed(100);
        configurationSection();
        contributed(200);
        samplesSection();
        contributed(300);
        cutFlowSection();
        contributed(400);
        backgroundSection();
        contributed(500);
        decompositionSection();
        contributed(550);
        for (int s = 0; s < strategies.size(); s++) {
            String id = strategies.get(s);
            if (failed.containsKey(id)) {
                section("strategy-" + Fmt.slug(id), "Strategy: " + id);
                body.p(failed.get(id), "class", "missing");
                endSection();
                continue;
            }
            strategySection(id, s);
            for (Contributions.Made m : contributions.sections(ReportContributor.Scope.STRATEGY,
                    context.forStrategy(result(id)))) {
                write(m);
            }
        }
        contributed(650);
        comparisonSection();
        contributed(900);
        resultsSection();
        contributed(1000);
        inputsSection();
        contributed(Integer.MAX_VALUE);
        summary.set("sections", sectionData);
        String html = document();
        files.put(REPORT_FILE, html.getBytes(StandardCharsets.UTF_8));
        ArrayNode fileList = summary.putArray("files");
        new TreeSet<>(files.keySet()).forEach(fileList::add);
        byte[] json = Json.MAPPER.writeValueAsBytes(summary);
        files.put(SUMMARY_FILE, json);
        return json;
    }

    /** Writes the study contributions with an order below {@code below} that are not written yet. */
    private void contributed(int below) {
        for (Contributions.Made m : studySections) {
            if (m.order() < below && !written.contains(m)) {
                write(m);
            }
        }
    }

    private void write(Contributions.Made m) {
        written.add(m);
        String id = m.section().id();
        for (int i = 2; toc.containsKey(id); i++) {
            id = m.section().id() + "-" + i;
        }
        section(id, m.section().title());
        body.rawMarkup(m.section().html());
        endSection();
        sectionData.set(id, Json.MAPPER.valueToTree(m.section().data()));
    }

    private ReportContext.StrategyResult result(String id) {
        Map<String, Artifact> mine = new LinkedHashMap<>();
        if (models.containsKey(id)) {
            mine.put(models.get(id).input(), inputs.get(models.get(id).input()));
        }
        if (limits.containsKey(id)) {
            mine.put(limits.get(id).input(), inputs.get(limits.get(id).input()));
        }
        return new ReportContext.StrategyResult(id, failed.getOrDefault(id, "ok"), mine);
    }

    private Contributions.Context context() {
        List<ReportContext.StrategyResult> results = strategies.stream().map(this::result).toList();
        List<Channel.MassRegion> excluded = regions.stream().map(r -> new Channel.MassRegion(r.label(), r.from(),
                r.to())).toList();
        return new Contributions.Context(taskConfig, inputs, results, null, config.luminosityInvFb(), excluded,
                (lo, hi) -> massAxis(), id -> color(Math.max(0, strategies.indexOf(id))), charts, files);
    }

    private String document() throws IOException {
        Html doc = new Html();
        doc.rawMarkup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
        doc.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en").rawMarkup("\n");
        doc.open("head").rawMarkup("\n");
        doc.empty("meta", "charset", "UTF-8").rawMarkup("\n");
        doc.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").rawMarkup("\n");
        doc.element("title", config.title());
        doc.open("style").text(css()).close("style");
        doc.close("head");
        doc.open("body").open("main");
        doc.element("h1", config.title());
        doc.p("Expected sensitivity to axion-like particles in e\u207ae\u207b \u2192 e\u207ae\u207b a, a \u2192 \u03b3\u03b3"
                + " at a luminosity of " + lumi(config.luminosityInvFb()) + "; " + strategies.size()
                + (strategies.size() == 1 ? " strategy, " : " strategies, ") + inputs.size() + " inputs.", "class",
                "meta");
        doc.open("nav").element("strong", "Contents").open("ol");
        for (Map.Entry<String, String> entry : toc.entrySet()) {
            doc.open("li").element("a", entry.getValue(), "href", "#" + entry.getKey()).close("li");
        }
        doc.close("ol").close("nav");
        doc.raw(body);
        doc.open("footer").text("Every chart links its SVG and the CSV of the plotted numbers; numeric table cells "
                + "carry the exact input value in their data-value attribute. Generated by the ALP Workbench report "
                + "task.").close("footer");
        doc.close("main").close("body").close("html");
        return doc.toString();
    }

    private static String css() throws IOException {
        try (InputStream in = ReportBuilder.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IOException("report.css missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void section(String id, String title) {
        toc.put(id, title);
        body.open("section", "id", id).element("h2", title);
    }

    private void endSection() {
        body.close("section");
    }

    private void notComputed(String what) {
        body.p("Not computed in this study: " + what, "class", "missing");
    }

    private void figure(Figure f) {
        body.open("figure");
        body.open("a", "href", f.png()).empty("img", "src", f.png(), "alt", f.caption(), "width",
                Integer.toString(f.width()), "height", Integer.toString(f.height())).close("a");
        body.open("figcaption").text(f.caption());
        if (f.svg() != null) {
            body.element("a", "SVG", "href", f.svg());
        }
        body.element("a", "CSV", "href", f.csv());
        body.close("figcaption").close("figure");
    }

    private static String lumi(double invFb) {
        return invFb >= Units.INV_PB_PER_INV_FB ? Fmt.num(invFb / Units.INV_PB_PER_INV_FB) + " ab\u207b\u00b9"
                : Fmt.num(invFb) + " fb\u207b\u00b9";
    }

    private String cl(Limits l) {
        return Fmt.num(l.cl() * 100, 3) + " % CL";
    }

    // ---------------------------------------------------------------------------------- configuration

    private void configurationSection() {
        section("configuration", "Study configuration");
        Table settings = new Table("report-settings", "Report settings", List.of("Setting", "Value"));
        settings.row(Cell.text("Luminosity L"), Cell.num(lumi(config.luminosityInvFb()), config.luminosityInvFb()));
        settings.row(Cell.text("Comparison masses [GeV]"), Cell.text(join(config.masses())));
        settings.row(Cell.text("Strategies"), Cell.text(strategies.isEmpty() ? Fmt.NONE : String.join(", ", strategies)));
        settings.row(Cell.text("Reference strategy for ratios"),
                Cell.text(strategies.isEmpty() ? Fmt.NONE : strategies.get(0)));
        settings.row(Cell.text("Excluded mass regions"), Cell.text(regionsText() + " (from " + regionOrigin + ")"));
        settings.write(body);
        if (config.study().isEmpty()) {
            notComputed("no study configuration was passed to the report (task config field 'study').");
        } else {
            body.element("h3", "Study settings");
            configTable(body, config.study());
        }
        endSection();
    }

    private String regionsText() {
        if (regions.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (Region r : regions) {
            parts.add((r.label().isEmpty() ? "" : r.label() + " ") + "[" + Fmt.num(r.from()) + ", " + Fmt.num(r.to())
                    + "] GeV");
        }
        return String.join(", ", parts);
    }

    private static String join(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(Fmt.num(v));
        }
        return String.join(", ", parts);
    }

    /** A nested key/value table of a JSON-like map. */
    private static void configTable(Html html, Map<?, ?> map) {
        html.open("table", "class", "config").open("tbody");
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            html.open("tr").element("th", String.valueOf(entry.getKey()), "scope", "row").open("td");
            configValue(html, entry.getValue());
            html.close("td").close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void configValue(Html html, Object value) {
        if (value instanceof Map<?, ?> nested) {
            configTable(html, nested);
        } else if (value instanceof List<?> list && list.stream().anyMatch(v -> v instanceof Map || v instanceof List)) {
            for (Object item : list) {
                configValue(html, item);
            }
        } else if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(scalar(v)));
            html.element("code", "[" + String.join(", ", parts) + "]");
        } else {
            html.element("code", scalar(value));
        }
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double || value instanceof Float) {
            return Double.toString(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }

    // ---------------------------------------------------------------------------------------- samples

    private void samplesSection() throws IOException {
        section("samples", "Samples");
        if (samples.isEmpty()) {
            notComputed("no generated samples (inputs sample-*).");
        } else {
            Table t = new Table("samples", "Generated samples. L_eq = N / \u03c3 for unweighted samples, "
                    + "(\u03a3w)\u00b2 / \u03a3w\u00b2 / \u03c3 for weighted ones; L_eq / L below 1 (highlighted) means "
                    + "fewer simulated events than expected in the data.",
                    List.of("Input", "Process", "m\u2090 [GeV]", "\u221as [GeV]", "Diagrams", "\u03c3 [pb]", "Events",
                            "Weighting", "N_eff", "L_eq [fb\u207b\u00b9]", "L_eq / L", "Generator cuts"));
            for (Sample s : samples) {
                double ratio = s.equivalentLumiInvFb() / config.luminosityInvFb();
                List<String> cuts = new ArrayList<>();
                s.cuts().forEach((k, v) -> cuts.add(k + " = " + Fmt.num(v)));
                t.row(Cell.text(s.input()), Cell.text(s.process()), Cell.num(s.massGeV()), Cell.num(s.sqrtSGeV()),
                        Cell.text(s.diagrams().isEmpty() ? Fmt.NONE : s.diagrams() + (s.isr() ? ", ISR" : "")),
                        Cell.num(Fmt.pm(s.sigmaPb(), s.sigmaErrPb()), s.sigmaPb()), Cell.count(s.events()),
                        Cell.text(s.unweighted() ? "unweighted" : "weighted"), Cell.num(s.effectiveEvents()),
                        Cell.num(s.equivalentLumiInvFb()), ratio < 1 ? Cell.num(ratio).withClass("warn") : Cell.num(ratio),
                        Cell.text(cuts.isEmpty() ? "process defaults" : String.join(", ", cuts)));
            }
            t.write(body);
        }
        body.element("h3", "Cross sections");
        if (xsecs.isEmpty()) {
            notComputed("no cross-section scan (inputs xsec-*).");
        } else {
            Table t = new Table("cross-sections", "Cross-section points", List.of("Input", "Process", "m\u2090 [GeV]",
                    "\u221as [GeV]", "Diagrams", "\u03c3 [pb]"));
            for (XsecPoint x : xsecs) {
                t.row(Cell.text(x.input()), Cell.text(x.process()), Cell.num(x.massGeV()), Cell.num(x.sqrtSGeV()),
                        Cell.text(x.diagrams().isEmpty() ? Fmt.NONE : x.diagrams()),
                        Cell.num(Fmt.pm(x.sigmaPb(), x.sigmaErrPb()), x.sigmaPb()));
            }
            t.write(body);
            crossSectionChart();
        }
        endSection();
    }

    private void crossSectionChart() throws IOException {
        Map<String, List<XsecPoint>> byProcess = new TreeMap<>();
        for (XsecPoint x : xsecs) {
            if (Double.isFinite(x.massGeV()) && x.sigmaPb() > 0) {
                String key = x.process() + (x.diagrams().isEmpty() ? "" : " (" + x.diagrams() + ")");
                byProcess.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
            }
        }
        ChartSpec.Builder chart = ChartSpec.builder(massAxis(), Axis.log("\u03c3 [pb]")).title("Cross sections");
        int n = 0;
        for (Map.Entry<String, List<XsecPoint>> entry : byProcess.entrySet()) {
            List<XsecPoint> points = new ArrayList<>(entry.getValue());
            points.sort((a, b) -> Double.compare(a.massGeV(), b.massGeV()));
            if (points.size() < 2) {
                continue;
            }
            double[] m = new double[points.size()];
            double[] s = new double[m.length];
            double[] e = new double[m.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = points.get(i).massGeV();
                s[i] = points.get(i).sigmaPb();
                e[i] = Double.isFinite(points.get(i).sigmaErrPb()) ? Math.min(points.get(i).sigmaErrPb(), s[i]) : 0;
            }
            chart.add(XYSeries.withErrors(entry.getKey(), m, s, e, Style.line(color(n++)).withMarker(MarkerShape.CIRCLE)));
        }
        if (n == 0) {
            body.p("No process has cross sections at two or more masses, so there is no cross-section curve.");
            return;
        }
        figure(charts.render("cross-sections", chart.build(), "Cross section versus ALP mass per process (MC errors)."));
    }

    private Sample sampleFor(String suffix) {
        for (Sample s : samples) {
            if (s.suffix().equals(suffix)) {
                return s;
            }
        }
        return null;
    }

    private String label(Reco r) {
        Sample s = sampleFor(r.suffix());
        if (s == null) {
            return r.suffix();
        }
        return s.process() + (s.signal() ? " (m\u2090 = " + Fmt.num(s.massGeV()) + " GeV)" : "");
    }

    private String processOf(Reco r) {
        Sample s = sampleFor(r.suffix());
        return s == null ? r.suffix() : s.process();
    }

    // -------------------------------------------------------------------------------------- cut flows

    private void cutFlowSection() {
        section("cutflows", "Cut flows");
        if (recos.isEmpty()) {
            notComputed("no reconstructed samples (inputs reco-*).");
            endSection();
            return;
        }
        body.p("Candidates and cross section after each cut; expected events at L = " + lumi(config.luminosityInvFb())
                + " are \u03c3 \u00d7 L.");
        for (Reco r : recos) {
            body.element("h3", label(r) + " \u2014 " + r.input(), "id", "cutflow-" + Fmt.slug(r.suffix()));
            if (r.steps().isEmpty()) {
                notComputed("this input has no " + Inputs.CUTFLOW_FILE + ".");
                continue;
            }
            Table t = new Table("cutflow-table-" + Fmt.slug(r.suffix()), r.flowName(), List.of("Cut", "Candidates",
                    "\u03c3 after cut [pb]", "Expected events", "Cumulative efficiency", "Relative to previous cut"));
            double first = r.steps().get(0).weightPb();
            double previous = Double.NaN;
            for (CutStep step : r.steps()) {
                t.row(Cell.text(step.cut() + (step.applied() ? "" : " (not applied)")), Cell.count(step.count()),
                        Cell.num(step.weightPb()),
                        Cell.num(step.weightPb() * Units.FB_PER_PB * config.luminosityInvFb()),
                        Cell.percent(first > 0 ? step.weightPb() / first : Double.NaN),
                        Cell.percent(previous > 0 ? step.weightPb() / previous : Double.NaN));
                previous = step.weightPb();
            }
            t.write(body);
        }
        endSection();
    }

    // ------------------------------------------------------------------------------------- background

    private void backgroundSection() throws IOException {
        section("background", "Background M\u03b3\u03b3 spectra");
        List<Reco> background = recos.stream().filter(r -> !r.signal() && !isSignalSample(r)).toList();
        if (background.isEmpty()) {
            notComputed("no reconstructed background samples (inputs reco-* without ALP truth).");
            endSection();
            return;
        }
        Map<String, List<Reco>> byProcess = new TreeMap<>();
        for (Reco r : background) {
            byProcess.computeIfAbsent(processOf(r), k -> new ArrayList<>()).add(r);
        }
        double lo = config.spectrumMinGeV();
        double hi = config.spectrumMaxGeV();
        double dataLo = Double.POSITIVE_INFINITY;
        double dataHi = Double.NEGATIVE_INFINITY;
        for (Reco r : background) {
            for (double m : r.table().column(Inputs.SCAN_COLUMN)) {
                if (Double.isFinite(m)) {
                    dataLo = Math.min(dataLo, m);
                    dataHi = Math.max(dataHi, m);
                }
            }
        }
        lo = Double.isNaN(lo) ? dataLo : lo;
        hi = Double.isNaN(hi) ? dataHi : hi;
        Table t = new Table("background-summary", "Background after the selection of each sample, at L = "
                + lumi(config.luminosityInvFb()), List.of("Process", "Inputs", "Candidates", "\u03c3 [pb]",
                        "Expected events", "MC L_eq [fb\u207b\u00b9]"));
        double scale = Units.FB_PER_PB * config.luminosityInvFb();
        for (Map.Entry<String, List<Reco>> entry : byProcess.entrySet()) {
            long rows = 0;
            double sigma = 0;
            double lumiEq = 0;
            List<String> names = new ArrayList<>();
            for (Reco r : entry.getValue()) {
                rows += r.table().rowCount();
                sigma += r.totalWeightPb();
                names.add(r.input());
                Sample s = sampleFor(r.suffix());
                lumiEq = s == null ? Double.NaN : lumiEq + s.equivalentLumiInvFb();
            }
            t.row(Cell.text(entry.getKey()), Cell.text(String.join(", ", names)), Cell.count(rows), Cell.num(sigma),
                    Cell.num(sigma * scale), Cell.num(entry.getValue().size() == 1 ? lumiEq : Double.NaN));
        }
        t.write(body);
        if (!(hi > lo)) {
            body.p("All background candidates have the same M\u03b3\u03b3 (or none is left), so there is no spectrum.");
            endSection();
            return;
        }
        int bins = config.spectrumBins();
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = lo + (hi - lo) * i / bins;
        }
        List<HistogramSeries> components = new ArrayList<>();
        double[] total = new double[bins];
        double[] total2 = new double[bins];
        int n = 0;
        List<Map.Entry<String, double[]>> filled = new ArrayList<>();
        for (Map.Entry<String, List<Reco>> entry : byProcess.entrySet()) {
            double[] contents = new double[bins];
            for (Reco r : entry.getValue()) {
                double[] m = r.table().column(Inputs.SCAN_COLUMN);
                double[] w = r.table().column(Inputs.WEIGHT_COLUMN);
                for (int i = 0; i < m.length; i++) {
                    int bin = (int) Math.floor((m[i] - lo) / (hi - lo) * bins);
                    bin = m[i] == hi ? bins - 1 : bin;
                    if (bin >= 0 && bin < bins && w[i] > 0) {
                        contents[bin] += w[i] * scale;
                        total[bin] += w[i] * scale;
                        total2[bin] += (w[i] * scale) * (w[i] * scale);
                    }
                }
            }
            filled.add(Map.entry(entry.getKey(), contents));
        }
        // smallest contribution at the bottom, so that it stays visible on the log scale
        filled.sort((a, b) -> Double.compare(sum(a.getValue()), sum(b.getValue())));
        Map<String, Integer> colours = new TreeMap<>();
        for (String process : byProcess.keySet()) {
            colours.put(process, n++);
        }
        for (Map.Entry<String, double[]> entry : filled) {
            components.add(new HistogramSeries(entry.getKey(), edges, entry.getValue(), null,
                    Style.line(color(colours.get(entry.getKey())))));
        }
        if (sum(total) <= 0) {
            body.p("No background candidate with positive weight lies in the spectrum range.");
            endSection();
            return;
        }
        double[] errors = new double[bins];
        for (int i = 0; i < bins; i++) {
            errors[i] = Math.sqrt(total2[i]);
        }
        ChartSpec.Builder chart = ChartSpec.builder(Axis.linear("M\u03b3\u03b3 [GeV]"),
                Axis.log("Expected candidates / " + Fmt.num((hi - lo) / bins) + " GeV"))
                .title("Background, L = " + lumi(config.luminosityInvFb()))
                .add(new HistogramStack(components))
                .add(new HistogramSeries("MC total (stat. error)", edges, total, errors, Style.points("#000000")));
        for (Region r : regions) {
            if (r.to() > lo && r.from() < hi) {
                chart.region(new Region(Math.max(r.from(), lo), Math.min(r.to(), hi), r.label(), r.color()));
            }
        }
        figure(charts.render("background-spectrum", chart.build(),
                "Background M\u03b3\u03b3 spectra stacked by process, expected candidates at L = "
                        + lumi(config.luminosityInvFb()) + " (log scale); shaded: excluded regions."));
        endSection();
    }

    private boolean isSignalSample(Reco r) {
        Sample s = sampleFor(r.suffix());
        return s != null && s.signal();
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    // ---------------------------------------------------------------------------------- decomposition

    private double massKey(TreeSet<Double> keys, double mass) {
        for (double k : keys) {
            if (Math.abs(k - mass) <= MASS_TOLERANCE * Math.max(Math.abs(k), Math.abs(mass))) {
                return k;
            }
        }
        keys.add(mass);
        return mass;
    }

    private void decompositionSection() throws IOException {
        section("decomposition", "Signal decomposition: fusion and conversion");
        TreeSet<Double> masses = new TreeSet<>();
        Map<String, Map<Double, Double>> stages = new LinkedHashMap<>();
        for (Sample s : samples) {
            if (s.signal() && Double.isFinite(s.fusionShare())) {
                stages.computeIfAbsent("generated", k -> new TreeMap<>()).put(massKey(masses, s.massGeV()),
                        s.fusionShare());
            }
        }
        for (Reco r : recos) {
            Sample s = sampleFor(r.suffix());
            double mass = s != null && s.signal() ? s.massGeV() : r.truthMassGeV();
            double share = r.fusionShare();
            if (Double.isFinite(mass) && Double.isFinite(share)) {
                String stage = "after " + (r.flowName().isEmpty() ? "reconstruction" : r.flowName());
                stages.computeIfAbsent(stage, k -> new TreeMap<>()).put(massKey(masses, mass), share);
            }
        }
        for (String id : strategies) {
            Model m = models.get(id);
            if (m == null) {
                continue;
            }
            for (ModelPoint p : m.points()) {
                if (Double.isFinite(p.fusionShare())) {
                    stages.computeIfAbsent("after " + id + " selection", k -> new TreeMap<>())
                            .put(massKey(masses, p.massGeV()), p.fusionShare());
                }
            }
        }
        if (stages.isEmpty()) {
            notComputed("no input carries the fusion/conversion truth (signal samples, signal reco-* tables or "
                    + "signal models with fusionShare).");
            endSection();
            return;
        }
        body.p("Share of the fusion diagram in the signal, weighted by cross section, among events whose diagram is "
                + "known (the rest is the conversion diagram), at each stage the inputs provide: generation (sample-*), "
                + "after each reconstruct selection (reco-* of signal samples, truthDiagram) and after each strategy's "
                + "selection (signal model). Intermediate cuts of a signal model carry no diagram split.");
        List<String> header = new ArrayList<>();
        header.add("m\u2090 [GeV]");
        stages.keySet().forEach(s -> header.add("fusion / conversion " + s));
        Table t = new Table("decomposition", "Fusion / conversion share", header);
        for (double m : masses) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.num(m));
            for (Map<Double, Double> stage : stages.values()) {
                Double f = stage.get(m);
                row.add(f == null ? Cell.note(Fmt.NONE)
                        : Cell.num(Fmt.percent(f) + " / " + Fmt.percent(1 - f), f));
            }
            t.row(row);
        }
        t.write(body);
        ChartSpec.Builder chart = ChartSpec.builder(massAxis(), Axis.linear("Fusion share").withRange(0, 1))
                .title("Fusion share of the signal").legend(LegendPosition.BOTTOM_RIGHT);
        int n = 0;
        for (Map.Entry<String, Map<Double, Double>> stage : stages.entrySet()) {
            double[] x = stage.getValue().keySet().stream().mapToDouble(Double::doubleValue).toArray();
            double[] y = stage.getValue().values().stream().mapToDouble(Double::doubleValue).toArray();
            Style style = (x.length > 1 ? Style.line(color(n)) : Style.points(color(n))).withMarker(MarkerShape.CIRCLE);
            chart.add(XYSeries.of(stage.getKey(), x, y, style));
            n++;
        }
        figure(charts.render("fusion-share", chart.build(),
                "Fusion share (1 \u2212 conversion share) of the signal versus mass at each stage."));
        endSection();
    }

    // --------------------------------------------------------------------------------------- strategy

    private void strategySection(String id, int index) throws IOException {
        String slug = Fmt.slug(id);
        section("strategy-" + slug, "Strategy: " + id);
        Model model = models.get(id);
        Limits limit = limits.get(id);
        String colour = color(index);
        if (model == null) {
            notComputed("no signal model for this strategy (input model-* with strategy '" + id + "').");
        } else {
            body.p("Signal model from input " + model.input() + ", " + model.points().size() + " mass points.");
            if (model.config() != null) {
                body.element("h3", "Signal-model configuration");
                configTable(body, Json.MAPPER.convertValue(model.config().node(), Map.class));
            }
            modelCharts(model, slug, colour);
            modelTables(model, slug);
        }
        body.element("h3", "Expected limit on the cross section");
        if (limit == null) {
            notComputed("no expected limits for this strategy (input limits-* with strategy '" + id + "').");
        } else {
            limitCharts(limit, slug, colour);
        }
        endSection();
    }

    private double[] grid(double lo, double hi) {
        int n = config.curvePoints();
        double[] x = new double[n];
        boolean log = logMass && lo > 0;
        for (int i = 0; i < n; i++) {
            double f = (double) i / (n - 1);
            x[i] = log ? lo * Math.pow(hi / lo, f) : lo + (hi - lo) * f;
        }
        x[n - 1] = hi;
        return x;
    }

    private void modelCharts(Model model, String slug, String colour) throws IOException {
        List<ModelPoint> points = model.points();
        body.element("h3", "Signal efficiency");
        if (points.isEmpty()) {
            notComputed("the signal model has no mass points.");
            return;
        }
        double[] m = points.stream().mapToDouble(ModelPoint::massGeV).toArray();
        double[] eff = points.stream().mapToDouble(ModelPoint::efficiency).toArray();
        double[] effErr = points.stream().mapToDouble(p -> finiteOrZero(p.efficiencyError())).toArray();
        ChartSpec.Builder chart = ChartSpec.builder(massAxis(), Axis.linear("Signal efficiency"))
                .title("Signal efficiency \u2014 " + model.strategy()).legend(LegendPosition.BOTTOM_RIGHT);
        String curveNote = interpolation(chart, model.curves().get("efficiency"), false, colour);
        chart.add(XYSeries.withErrors("Selected / generated (MC)", m, eff, effErr, Style.points("#000000")));
        figure(charts.render("efficiency-" + slug, chart.build(),
                "Signal efficiency versus mass with its Chebyshev interpolation" + curveNote + "."));

        body.element("h3", "Signal shape (double-sided Crystal Ball) versus mass");
        body.open("div", "class", "figures");
        String[] labels = {"\u03bc \u2212 m\u2090 [GeV]", "\u03c3 [GeV]", "\u03b1_L", "n_L", "\u03b1_R", "n_R"};
        for (int k = 0; k < Inputs.DSCB.length; k++) {
            String parameter = Inputs.DSCB[k];
            boolean residual = parameter.equals("mu");
            List<double[]> rows = new ArrayList<>();
            for (ModelPoint p : points) {
                if (Double.isFinite(p.dscb()[k])) {
                    rows.add(new double[] {p.massGeV(), p.dscb()[k] - (residual ? p.massGeV() : 0),
                        finiteOrZero(p.dscbErrors()[k])});
                }
            }
            Chebyshev curve = model.curves().get(parameter);
            if (rows.isEmpty() && curve == null) {
                continue;
            }
            ChartRange range = ChartRange.of(rows, curve, residual, grid(curve == null ? 1 : curve.lo(),
                    curve == null ? 1 : curve.hi()));
            ChartSpec.Builder c = ChartSpec.builder(massAxis(), range.axis(labels[k]))
                    .title(parameter + " \u2014 " + model.strategy());
            String note = interpolation(c, curve, residual, colour, range);
            List<double[]> meaningful = range.meaningful(rows);
            List<double[]> meaningless = range.meaningless(rows);
            if (!meaningful.isEmpty()) {
                c.add(XYSeries.withErrors("DSCB fit", column(meaningful, 0), column(meaningful, 1),
                        column(meaningful, 2), Style.points("#000000")));
            }
            if (!meaningless.isEmpty()) {
                c.add(XYSeries.of("DSCB fit, error not meaningful", column(meaningless, 0), column(meaningless, 1),
                        Style.points("#d55e00")));
            }
            figure(charts.render("dscb-" + parameter + "-" + slug, c.build(), "DSCB parameter " + parameter
                    + (residual ? " (peak position minus the generated mass)" : "") + " versus mass" + note
                    + range.caption(meaningless.size()) + "."));
        }
        List<double[]> chi2 = new ArrayList<>();
        for (ModelPoint p : points) {
            if (Double.isFinite(p.fitChi2Ndf())) {
                chi2.add(new double[] {p.massGeV(), p.fitChi2Ndf()});
            }
        }
        if (!chi2.isEmpty()) {
            ChartSpec c = ChartSpec.builder(massAxis(), Axis.linear("\u03c7\u00b2 / ndf"))
                    .title("Shape-fit quality \u2014 " + model.strategy())
                    .add(XYSeries.of("DSCB fit", column(chi2, 0), column(chi2, 1), Style.points(colour)))
                    .legend(LegendPosition.NONE).build();
            figure(charts.render("dscb-chi2-" + slug, c, "Goodness of the signal-shape fits, \u03c7\u00b2/ndf."));
        }
        body.close("div");
    }

    /** Adds the interpolation band and curve; returns a caption fragment. */
    private String interpolation(ChartSpec.Builder chart, Chebyshev curve, boolean residual, String colour) {
        return interpolation(chart, curve, residual, colour, null);
    }

    /** As above; with a range, the band is clipped to it (the caption says so and how far it extends). */
    private String interpolation(ChartSpec.Builder chart, Chebyshev curve, boolean residual, String colour,
            ChartRange range) {
        if (curve == null) {
            return " (no interpolation in the input)";
        }
        double[] x = grid(curve.lo(), curve.hi());
        double[] v = new double[x.length];
        double[] low = new double[x.length];
        double[] high = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double shift = residual ? x[i] : 0;
            v[i] = curve.value(x[i]) - shift;
            low[i] = curve.lower(x[i]) - shift; // exp(series -+ error) for a log-space series: asymmetric
            high[i] = curve.upper(x[i]) - shift;
        }
        // a log-space band from a point with a huge error overflows (exp of a large number): leave it out, say so
        boolean bandFinite = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(low),
                java.util.Arrays.stream(high)).allMatch(Double::isFinite);
        String clipped = range == null ? "" : range.clip(low, high, v);
        if (bandFinite || range != null) {
            chart.add(new Band("Interpolation \u00b1 1\u03c3", x, low, high, BAND_COLOR));
            bandFinite = true;
        }
        chart.add(XYSeries.of((curve.log() ? "exp(Chebyshev), order " : "Chebyshev, order ") + curve.order(), x, v,
                Style.line(colour)));
        return (bandFinite ? "" : " (error band not drawn: it exceeds the floating-point range)") + clipped + ", order "
                + curve.order() + " on [" + Fmt.num(curve.lo()) + ", " + Fmt.num(curve.hi()) + "] GeV"
                + (curve.log() ? ", fitted to ln of the quantity (value = exp of the series, band exp(series \u00b1 1\u03c3))"
                        : ", band \u00b1 1\u03c3")
                + " from the coefficient covariance";
    }

    private static double finiteOrZero(double v) {
        return Double.isFinite(v) && v >= 0 ? v : 0;
    }

    private static double[] column(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }

    private void modelTables(Model model, String slug) {
        body.element("h3", "Signal mass points");
        Table t = new Table("signal-points-" + slug, "Signal model points", List.of("m\u2090 [GeV]",
                "Generated \u03c3 [pb]", "Selected \u03c3 [pb]", "Efficiency", "MC entries", "Fusion share",
                "DSCB \u03bc [GeV]", "DSCB \u03c3 [GeV]", "\u03c7\u00b2 / ndf"));
        int sigma = 1;
        for (ModelPoint p : model.points()) {
            t.row(Cell.num(p.massGeV()), Cell.num(p.generatedWeightPb()), Cell.num(p.selectedWeightPb()),
                    Cell.num(Fmt.pm(p.efficiency(), p.efficiencyError()), p.efficiency()), Cell.count(p.entries()),
                    Cell.percent(p.fusionShare()), Cell.num(Fmt.pm(p.dscb()[0], p.dscbErrors()[0]), p.dscb()[0]),
                    Cell.num(Fmt.pm(p.dscb()[sigma], p.dscbErrors()[sigma]), p.dscb()[sigma]),
                    Cell.num(p.fitChi2Ndf()));
        }
        t.write(body);
        body.element("h3", "Signal cut flow per mass");
        List<String> cuts = new ArrayList<>();
        for (ModelPoint p : model.points()) {
            for (CutStep step : p.cutflow()) {
                if (!cuts.contains(step.cut())) {
                    cuts.add(step.cut());
                }
            }
        }
        if (cuts.isEmpty()) {
            notComputed("the signal model has no per-mass cut flows.");
            return;
        }
        List<String> header = new ArrayList<>();
        header.add("m\u2090 [GeV]");
        cuts.forEach(header::add);
        Table flow = new Table("signal-cutflow-" + slug, "Cumulative signal efficiency after each cut, relative to "
                + "the first step", header);
        for (ModelPoint p : model.points()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.num(p.massGeV()));
            double first = p.cutflow().isEmpty() ? Double.NaN : p.cutflow().get(0).weightPb();
            for (String cut : cuts) {
                CutStep step = p.cutflow().stream().filter(s -> s.cut().equals(cut)).findFirst().orElse(null);
                row.add(step == null ? Cell.note(Fmt.NONE)
                        : Cell.percent(first > 0 ? step.weightPb() / first : Double.NaN));
            }
            flow.row(row);
        }
        flow.write(body);
    }

    // ----------------------------------------------------------------------------------------- limits

    /** Non-excluded points with limits. */
    private static List<LimitPoint> valid(Limits l) {
        return l.points().stream().filter(p -> !p.excluded() && p.sigmaUpPb() != null).toList();
    }

    private static double[] quantile(List<LimitPoint> points, boolean coupling, int q) {
        return points.stream().mapToDouble(p -> (coupling ? p.couplingUpPerGeV() : p.sigmaUpPb())[q]).toArray();
    }

    /** Median over all points, NaN at excluded ones (a gap in the line). */
    private static double[][] medianWithGaps(Limits l, boolean coupling) {
        double[] x = l.points().stream().mapToDouble(LimitPoint::massGeV).toArray();
        double[] y = l.points().stream().mapToDouble(p -> {
            double[] q = coupling ? p.couplingUpPerGeV() : p.sigmaUpPb();
            return p.excluded() || q == null ? Double.NaN : q[Inputs.MEDIAN];
        }).toArray();
        return new double[][] {x, y};
    }

    private void brazil(ChartSpec.Builder chart, Limits l, boolean coupling) {
        List<LimitPoint> v = valid(l);
        double[] x = v.stream().mapToDouble(LimitPoint::massGeV).toArray();
        chart.add(new Band("Expected \u00b1 2\u03c3", x, quantile(v, coupling, 0), quantile(v, coupling, 4),
                ChartSpec.YELLOW));
        chart.add(new Band("Expected \u00b1 1\u03c3", x, quantile(v, coupling, 1), quantile(v, coupling, 3),
                ChartSpec.GREEN));
        double[][] median = medianWithGaps(l, coupling);
        chart.add(XYSeries.of("Expected (median)", median[0], median[1], Style.dashed("#000000")));
    }

    private void shade(ChartSpec.Builder chart) {
        regions.forEach(chart::region);
    }

    private void limitCharts(Limits l, String slug, String colour) throws IOException {
        List<LimitPoint> v = valid(l);
        body.p("Input " + l.input() + ": " + l.points().size() + " masses (" + (l.points().size() - v.size())
                + " excluded), " + cl(l) + ", L = " + lumi(l.luminosityInvFb())
                + (Double.isFinite(l.referenceCouplingPerGeV()) ? ", reference coupling "
                        + Fmt.num(l.referenceCouplingPerGeV()) + " GeV\u207b\u00b9" : "") + ".");
        mcStatSentence(l);
        backgroundFitSentence(l);
        if (l.luminosityInvFb() != config.luminosityInvFb()) {
            body.p("These limits were computed for L = " + lumi(l.luminosityInvFb()) + ", not the study luminosity "
                    + lumi(config.luminosityInvFb()) + ".", "class", "warn-note");
        }
        if (v.size() < 2) {
            notComputed("fewer than two masses with a limit, so there is no limit curve.");
            return;
        }
        ChartSpec.Builder sigma = ChartSpec.builder(massAxis(), Axis.log("Upper limit on \u03c3 [pb], " + cl(l)))
                .title("Expected limit on \u03c3 \u2014 " + l.strategy() + ", L = " + lumi(l.luminosityInvFb()));
        brazil(sigma, l, false);
        shade(sigma);
        figure(charts.render("limit-sigma-" + slug, sigma.build(), "Expected " + cl(l) + " upper limit on "
                + "\u03c3(e\u207ae\u207b \u2192 e\u207ae\u207b a, a \u2192 \u03b3\u03b3) with \u00b11\u03c3 (green) and "
                + "\u00b12\u03c3 (yellow) bands, L = " + lumi(l.luminosityInvFb()) + "; shaded: excluded regions."));

        body.element("h3", "Expected limit on the coupling");
        ChartSpec.Builder g = ChartSpec.builder(massAxis(), Axis.log(COUPLING_LABEL + " upper limit [GeV\u207b\u00b9]"))
                .title("Expected limit on " + COUPLING_LABEL + " \u2014 " + l.strategy());
        brazil(g, l, true);
        List<Double> projections = l.projectionLuminosities();
        int n = 0;
        for (double lumi : projections) {
            String c = color(n + 1);
            double[] x = l.points().stream().mapToDouble(LimitPoint::massGeV).toArray();
            double[] full = projected(l, lumi, Projection::couplingUpPerGeV);
            double[] root = projected(l, lumi, Projection::couplingUpFourthRootPerGeV);
            g.add(XYSeries.of("Median, " + lumi(lumi), x, full, Style.line(c)));
            g.add(XYSeries.of("Median, " + lumi(lumi) + " (\u2074\u221aL scaling)", x, root,
                    new Style(c, LineStyle.DOTTED, 1.5, MarkerShape.NONE)));
            n++;
        }
        shade(g);
        figure(charts.render("limit-coupling-" + slug, g.build(), "Expected " + cl(l) + " upper limit on the ALP-photon "
                + "coupling at L = " + lumi(l.luminosityInvFb()) + " (band) and its projections"
                + (projections.isEmpty() ? " (none in the input)" : ": solid recomputed, dotted scaled with the fourth "
                        + "root of the luminosity") + "."));
        if (!projections.isEmpty()) {
            projectionTable(l, projections, slug);
        }
    }

    /** Issue 10 item 3: the MC-statistical shift of the median must stay below this fraction of the +-1 sigma band. */
    static final double MC_STAT_CRITERION = 0.1;

    /**
     * The scan summary of the MC-statistical effect next to the expected band (payloads of expected-limits-2 on;
     * nothing for earlier payloads).
     */
    private void mcStatSentence(Limits l) {
        Inputs.McStat mc = l.mcStat();
        if (mc == null) {
            body.p("MC-statistics criterion: not measured for this strategy (its limit task reports no shift of the "
                    + "median under the background's MC error).", "class", "warn-note");
            return;
        }
        mcStatCriterion(l);
        if (Double.isNaN(mc.median())) {
            body.p("MC statistics: no mass point has a value (the shift is computed only where there is a limit and "
                    + "the background's relative MC error is below 100 %).");
            return;
        }
        boolean dominates = mc.median() > mc.bandHalfWidthMedian();
        body.p("MC statistics move the median expected limit by " + Fmt.percent(mc.median())
                + " (median over the scan, max " + Fmt.percent(mc.max()) + "); the expected \u00b11\u03c3 band is "
                + "\u00b1" + Fmt.percent(mc.bandHalfWidthMedian()) + ". (Median limit recomputed with the fitted "
                + "background in the signal region shifted by \u00b11\u03c3 of its fit error from the MC sample; "
                + "shown: half the difference relative to the median.)"
                + (dominates ? " The MC statistics of the background sample dominate over the expected statistical "
                        + "band." : ""), "class", dominates ? "warn-note" : "mc-stat");
    }

    /**
     * Issue 10 item 3, per mass: the shift of the median under the background's MC error must stay below
     * {@link #MC_STAT_CRITERION} of the expected +-1 sigma band's half width at that mass; the masses that fail are
     * listed (the MC statistics, not the data, would decide the limit there).
     */
    private void mcStatCriterion(Limits l) {
        List<LimitPoint> measured = l.points().stream().filter(p -> Double.isFinite(p.mcStatBandRatio())).toList();
        if (measured.isEmpty()) {
            return;
        }
        List<LimitPoint> failing = measured.stream().filter(p -> p.mcStatBandRatio() >= MC_STAT_CRITERION).toList();
        LimitPoint worst = measured.stream().max(java.util.Comparator.comparingDouble(LimitPoint::mcStatBandRatio))
                .orElseThrow();
        StringBuilder text = new StringBuilder("MC-statistics criterion (shift of the median < "
                + Fmt.percent(MC_STAT_CRITERION) + " of the \u00b11\u03c3 band's half width at the same mass): met at "
                + (measured.size() - failing.size()) + " of " + measured.size() + " masses with a value");
        if (failing.isEmpty()) {
            text.append(".");
        } else {
            text.append("; fails at ").append(failing.size()).append(": ");
            java.util.StringJoiner masses = new java.util.StringJoiner(", ");
            failing.stream().limit(40).forEach(p -> masses.add(Fmt.num(p.massGeV())));
            text.append(masses).append(failing.size() > 40 ? ", ..." : "").append(" GeV");
            text.append(" (largest: ").append(Fmt.percent(worst.mcStatBandRatio())).append(" of the band at ")
                    .append(Fmt.num(worst.massGeV())).append(" GeV). The limits there are set by the background MC.");
        }
        body.p(text.toString(), "class", failing.isEmpty() ? "mc-stat" : "warn-note");
    }

    /**
     * The background fits' goodness of fit (issue 16): how many points have a fit p-value below the producer's
     * threshold (flagged as bad fits), and how much weaker the recomputed projections are than the L^-1/4 rule.
     */
    private void backgroundFitSentence(Limits l) {
        List<LimitPoint> fitted = l.points().stream().filter(p -> Double.isFinite(p.backgroundFitPValue())).toList();
        if (fitted.isEmpty()) {
            return;
        }
        long bad = fitted.stream().filter(LimitPoint::badBackgroundFit).count();
        double[] pv = fitted.stream().mapToDouble(LimitPoint::backgroundFitPValue).sorted().toArray();
        StringBuilder text = new StringBuilder("Background fits: " + bad + " of " + fitted.size()
                + " fitted points are flagged as bad fits (goodness-of-fit p-value below the threshold of the limit "
                + "task, default 10\u207b\u00b3); median p-value " + Fmt.num(pv[pv.length / 2]) + ".");
        for (double lumi : l.points().stream().flatMap(p -> p.projections().stream())
                .map(Projection::luminosityInvFb).distinct().sorted().toList()) {
            double[] ratio = l.points().stream().filter(p -> !p.excluded() && p.projection(lumi) != null
                    && p.projection(lumi).couplingUpPerGeV() != null && p.projection(lumi).couplingUpFourthRootPerGeV() != null)
                    .mapToDouble(p -> p.projection(lumi).couplingUpPerGeV()[Inputs.MEDIAN]
                            / p.projection(lumi).couplingUpFourthRootPerGeV()[Inputs.MEDIAN]).sorted().toArray();
            if (ratio.length > 0) {
                text.append(" At ").append(lumi(lumi)).append(" the recomputed median coupling limit (with the "
                        + "background-shape systematic and the template's MC error) is ").append(Fmt.num(ratio[0]))
                        .append("-").append(Fmt.num(ratio[ratio.length - 1])).append(" times the \u2074\u221aL "
                        + "scaling (median ").append(Fmt.num(ratio[ratio.length / 2])).append(").");
            }
        }
        body.p(text.toString(), "class", bad > 0 ? "warn-note" : "mc-stat");
    }

    private static double[] projected(Limits l, double lumi, java.util.function.Function<Projection, double[]> which) {
        return l.points().stream().mapToDouble(p -> {
            Projection pr = p.excluded() ? null : p.projection(lumi);
            return pr == null || which.apply(pr) == null ? Double.NaN : which.apply(pr)[Inputs.MEDIAN];
        }).toArray();
    }

    private void projectionTable(Limits l, List<Double> projections, String slug) {
        List<String> header = new ArrayList<>();
        header.add("m\u2090 [GeV]");
        header.add("Median " + COUPLING_LABEL + ", " + lumi(l.luminosityInvFb()));
        boolean mcStat = l.hasMcStatPoints();
        if (mcStat) {
            header.add("MC-stat. shift of the median, " + lumi(l.luminosityInvFb()));
            header.add("MC-stat. shift / \u00b11\u03c3 band half width (criterion < "
                    + Fmt.percent(MC_STAT_CRITERION) + ")");
        }
        header.add("Background-fit p-value");
        for (double lumi : projections) {
            header.add("Median " + COUPLING_LABEL + ", " + lumi(lumi));
            header.add("\u2074\u221aL scaling, " + lumi(lumi));
        }
        Table t = new Table("projections-" + slug, "Coupling limits [GeV\u207b\u00b9] at the comparison masses "
                + "(nearest scanned mass)", header);
        for (double m : config.masses()) {
            LimitPoint p = nearest(l, m);
            List<Cell> row = new ArrayList<>();
            row.add(p == null ? Cell.num(m) : Cell.num(p.massGeV()));
            if (p == null || p.excluded() || p.couplingUpPerGeV() == null) {
                String text = p == null ? OUTSIDE : p.excluded() ? EXCLUDED : "no limit: " + p.status();
                for (int i = 1; i < header.size(); i++) {
                    row.add(new Cell(text, null, "excluded", null));
                }
            } else {
                row.add(Cell.num(p.couplingUpPerGeV()[Inputs.MEDIAN]));
                if (mcStat) {
                    row.add(Cell.percent(p.mcStatRelUncertainty()));
                    double ratio = p.mcStatBandRatio();
                    boolean fails = ratio >= MC_STAT_CRITERION;
                    row.add(new Cell(Double.isFinite(ratio) ? Fmt.percent(ratio) + (fails ? " (fails)" : "") : Fmt.NONE,
                            Double.isFinite(ratio) ? Double.toString(ratio) : null, fails ? "warn" : "num", null));
                }
                row.add(new Cell(Double.isFinite(p.backgroundFitPValue()) ? Fmt.num(p.backgroundFitPValue())
                        + (p.badBackgroundFit() ? " (bad fit)" : "") : "", null, p.badBackgroundFit() ? "warn" : null, null));
                for (double lumi : projections) {
                    Projection pr = p.projection(lumi);
                    row.add(Cell.num(pr == null ? Double.NaN : pr.couplingUpPerGeV()[Inputs.MEDIAN]));
                    row.add(Cell.num(pr == null ? Double.NaN : pr.couplingUpFourthRootPerGeV()[Inputs.MEDIAN]));
                }
            }
            t.row(row);
        }
        t.write(body);
    }

    /** The scanned point nearest to {@code m}, or null if m lies outside the scanned range. */
    static LimitPoint nearest(Limits l, double m) {
        List<LimitPoint> p = l.points();
        if (p.isEmpty()) {
            return null;
        }
        double lo = p.get(0).massGeV();
        double hi = p.get(p.size() - 1).massGeV();
        double tolerance = MASS_TOLERANCE * Math.max(Math.abs(lo), Math.abs(hi));
        if (m < lo - tolerance || m > hi + tolerance) {
            return null;
        }
        LimitPoint best = p.get(0);
        for (LimitPoint point : p) {
            if (Math.abs(point.massGeV() - m) < Math.abs(best.massGeV() - m)) {
                best = point;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------------------------- comparison

    private void comparisonSection() throws IOException {
        section("comparison", "Comparison of the strategies");
        List<String> withLimits = strategies.stream().filter(limits::containsKey).toList();
        if (withLimits.isEmpty()) {
            notComputed("no expected limits (inputs limits-*).");
            endSection();
            return;
        }
        String reference = withLimits.get(0);
        body.p("At each comparison mass the nearest scanned mass of each strategy is used (shown). Ratios are "
                + "limit(strategy) / limit(" + reference + "); below 1 the strategy is more sensitive. Limits are "
                + "medians of the expected limit at L = " + lumi(config.luminosityInvFb()) + ".");
        List<String> header = new ArrayList<>();
        header.add("m\u2090 requested [GeV]");
        String[] columns = {"m\u2090 used [GeV]", "Efficiency", "Background in window", "\u03c3 limit [pb]",
            COUPLING_LABEL + " limit [GeV\u207b\u00b9]"};
        String[] ratioColumns = {"\u03c3 limit ratio", COUPLING_LABEL + " limit ratio"};
        for (int s = 0; s < withLimits.size(); s++) {
            header.addAll(List.of(columns));
        }
        for (int s = 1; s < withLimits.size(); s++) {
            header.addAll(List.of(ratioColumns));
        }
        Table t = new Table("comparison-table", "Side-by-side comparison", header);
        t.group("", 1);
        for (String id : withLimits) {
            t.group(id, columns.length);
        }
        for (String id : withLimits.subList(1, withLimits.size())) {
            t.group(id + " / " + reference, ratioColumns.length);
        }
        ArrayNode rows = summary.putArray("comparison");
        for (double m : config.masses()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.num(m));
            ObjectNode json = rows.addObject();
            json.put("massGeV", m);
            ObjectNode byStrategy = json.putObject("strategies");
            for (String id : withLimits) {
                LimitPoint p = nearest(limits.get(id), m);
                ObjectNode s = byStrategy.putObject(id);
                if (p == null) {
                    row.add(new Cell(OUTSIDE, null, "excluded", null));
                    for (int i = 1; i < columns.length; i++) {
                        row.add(new Cell(OUTSIDE, null, "excluded", null));
                    }
                    s.put("outsideScan", true);
                    continue;
                }
                s.put("massGeV", p.massGeV());
                s.put("excluded", p.excluded());
                row.add(Cell.num(p.massGeV()));
                row.add(Cell.num(p.efficiency()));
                row.add(Cell.num(p.backgroundInWindow()));
                putFinite(s, "efficiency", p.efficiency());
                putFinite(s, "backgroundInWindow", p.backgroundInWindow());
                if (p.excluded() || p.sigmaUpPb() == null) {
                    row.add(new Cell(EXCLUDED, null, "excluded", null));
                    row.add(new Cell(EXCLUDED, null, "excluded", null));
                } else {
                    row.add(Cell.num(p.sigmaUpPb()[Inputs.MEDIAN]));
                    row.add(Cell.num(p.couplingUpPerGeV()[Inputs.MEDIAN]));
                    s.put("sigmaUpPbMedian", p.sigmaUpPb()[Inputs.MEDIAN]);
                    s.put("couplingUpPerGeVMedian", p.couplingUpPerGeV()[Inputs.MEDIAN]);
                }
            }
            LimitPoint ref = nearest(limits.get(reference), m);
            for (String id : withLimits.subList(1, withLimits.size())) {
                LimitPoint p = nearest(limits.get(id), m);
                if (p == null || ref == null) {
                    row.add(new Cell(OUTSIDE, null, "excluded", null));
                    row.add(new Cell(OUTSIDE, null, "excluded", null));
                } else if (p.excluded() || ref.excluded() || p.sigmaUpPb() == null || ref.sigmaUpPb() == null) {
                    row.add(new Cell(EXCLUDED, null, "excluded", null));
                    row.add(new Cell(EXCLUDED, null, "excluded", null));
                } else {
                    double rs = p.sigmaUpPb()[Inputs.MEDIAN] / ref.sigmaUpPb()[Inputs.MEDIAN];
                    double rg = p.couplingUpPerGeV()[Inputs.MEDIAN] / ref.couplingUpPerGeV()[Inputs.MEDIAN];
                    row.add(Cell.num(rs));
                    row.add(Cell.num(rg));
                    byStrategy.with(id).put("sigmaLimitRatio", rs);
                    byStrategy.with(id).put("couplingLimitRatio", rg);
                }
            }
            t.row(row);
        }
        t.write(body);
        files.put(COMPARISON_FILE, t.csv().getBytes(StandardCharsets.UTF_8));
        body.open("p").text("The table as CSV with the exact input values: ")
                .element("a", COMPARISON_FILE, "href", COMPARISON_FILE).close("p");
        comparisonCharts(withLimits, reference);
        endSection();
    }

    private static void putFinite(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    private void comparisonCharts(List<String> withLimits, String reference) throws IOException {
        body.open("div", "class", "figures");
        ChartSpec.Builder sigma = ChartSpec.builder(massAxis(), Axis.log("Median expected upper limit on \u03c3 [pb]"))
                .title("Expected limits on \u03c3, L = " + lumi(config.luminosityInvFb()));
        ChartSpec.Builder g = ChartSpec.builder(massAxis(),
                Axis.log("Median expected " + COUPLING_LABEL + " limit [GeV\u207b\u00b9]"))
                .title("Expected limits on " + COUPLING_LABEL + " with projections");
        ChartSpec.Builder eff = ChartSpec.builder(massAxis(), Axis.linear("Signal efficiency"))
                .title("Signal efficiency").legend(LegendPosition.BOTTOM_RIGHT);
        ChartSpec.Builder bkg = ChartSpec.builder(massAxis(), Axis.log("Expected background in the signal window"))
                .title("Background in the signal window");
        boolean anyBkg = false;
        for (int s = 0; s < strategies.size(); s++) {
            String id = strategies.get(s);
            Limits l = limits.get(id);
            if (l == null) {
                continue;
            }
            String c = color(s);
            double[][] ms = medianWithGaps(l, false);
            double[][] mg = medianWithGaps(l, true);
            sigma.add(XYSeries.of(id + ", " + cl(l), ms[0], ms[1], Style.line(c)));
            g.add(XYSeries.of(id + ", " + lumi(l.luminosityInvFb()), mg[0], mg[1], Style.line(c)));
            LineStyle[] styles = {LineStyle.DASHED, LineStyle.DOTTED};
            List<Double> projections = l.projectionLuminosities();
            for (int k = 0; k < projections.size(); k++) {
                double lumi = projections.get(k);
                Style style = new Style(c, styles[k % styles.length], 1.5,
                        k < styles.length ? MarkerShape.NONE : MarkerShape.TRIANGLE);
                g.add(XYSeries.of(id + ", " + lumi(lumi), mg[0], projected(l, lumi, Projection::couplingUpPerGeV),
                        style));
            }
            List<LimitPoint> withEff = l.points().stream().filter(p -> Double.isFinite(p.efficiency())).toList();
            if (!withEff.isEmpty()) {
                eff.add(XYSeries.of(id, withEff.stream().mapToDouble(LimitPoint::massGeV).toArray(),
                        withEff.stream().mapToDouble(LimitPoint::efficiency).toArray(),
                        Style.line(c).withMarker(withEff.size() < 2 ? MarkerShape.CIRCLE : MarkerShape.NONE)));
            }
            List<LimitPoint> withB = l.points().stream()
                    .filter(p -> Double.isFinite(p.backgroundInWindow()) && p.backgroundInWindow() > 0).toList();
            if (!withB.isEmpty()) {
                anyBkg = true;
                bkg.add(XYSeries.of(id, withB.stream().mapToDouble(LimitPoint::massGeV).toArray(),
                        withB.stream().mapToDouble(LimitPoint::backgroundInWindow).toArray(),
                        Style.line(c).withMarker(withB.size() < 2 ? MarkerShape.CIRCLE : MarkerShape.NONE)));
            }
        }
        shade(sigma);
        shade(g);
        figure(charts.render("compare-limit-sigma", sigma.build(),
                "Median expected upper limits on the cross section of all strategies; shaded: excluded regions."));
        figure(charts.render("compare-limit-coupling", g.build(), "Median expected limits on the ALP-photon "
                + "coupling of all strategies: solid at the luminosity of the limits, dashed and dotted the "
                + "projections of the inputs."));
        figure(charts.render("compare-efficiency", eff.build(), "Signal efficiency of all strategies (as used "
                + "for the limits)."));
        if (anyBkg) {
            figure(charts.render("compare-background", bkg.build(), "Expected background in the signal window."));
        }
        if (withLimits.size() > 1) {
            ChartSpec.Builder ratio = ChartSpec.builder(massAxis(),
                    Axis.linear("Limit ratio to " + reference)).title("Ratio of the median \u03c3 limits");
            Limits ref = limits.get(reference);
            for (int s = 0; s < strategies.size(); s++) {
                String id = strategies.get(s);
                if (id.equals(reference) || !limits.containsKey(id)) {
                    continue;
                }
                double[][] r = ratio(limits.get(id), ref);
                ratio.add(XYSeries.of(id + " / " + reference, r[0], r[1], Style.line(color(s))));
            }
            shade(ratio);
            figure(charts.render("compare-limit-ratio", ratio.build(), "Ratio of the median expected \u03c3 limits to those "
                    + "of " + reference + " (reference interpolated log-log between its scanned masses)."));
        }
        body.close("div");
    }

    /** limit(l) / limit(ref) at the masses of l; NaN where either is excluded or outside ref's scan. */
    static double[][] ratio(Limits l, Limits ref) {
        double[] x = l.points().stream().mapToDouble(LimitPoint::massGeV).toArray();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            LimitPoint p = l.points().get(i);
            double r = referenceMedian(ref, p.massGeV());
            y[i] = p.excluded() || p.sigmaUpPb() == null || Double.isNaN(r) ? Double.NaN
                    : p.sigmaUpPb()[Inputs.MEDIAN] / r;
        }
        return new double[][] {x, y};
    }

    private static double referenceMedian(Limits ref, double m) {
        List<LimitPoint> p = ref.points();
        for (int i = 0; i < p.size(); i++) {
            LimitPoint a = p.get(i);
            if (Math.abs(a.massGeV() - m) <= MASS_TOLERANCE * Math.abs(m)) {
                return a.excluded() || a.sigmaUpPb() == null ? Double.NaN : a.sigmaUpPb()[Inputs.MEDIAN];
            }
            if (i + 1 < p.size() && a.massGeV() < m && m < p.get(i + 1).massGeV()) {
                LimitPoint b = p.get(i + 1);
                if (a.excluded() || b.excluded() || a.sigmaUpPb() == null || b.sigmaUpPb() == null) {
                    return Double.NaN;
                }
                double f = Math.log(m / a.massGeV()) / Math.log(b.massGeV() / a.massGeV());
                return Math.exp((1 - f) * Math.log(a.sigmaUpPb()[Inputs.MEDIAN]) + f * Math.log(b.sigmaUpPb()[Inputs.MEDIAN]));
            }
        }
        return Double.NaN;
    }

    // ---------------------------------------------------------------------------------------- results

    private void resultsSection() {
        section("results", "Machine-readable results");
        if (limits.isEmpty()) {
            notComputed("no expected limits (inputs limits-*), so there are no result files.");
        } else {
            body.p("The limit files of each strategy, copied from its limits input:");
            body.open("ul", "class", "files");
            for (String id : strategies) {
                Limits l = limits.get(id);
                if (l == null) {
                    continue;
                }
                String dir = RESULTS_DIR + Fmt.slug(id) + "/";
                Map<String, byte[]> copied = new TreeMap<>();
                l.artifact().files().forEach((name, bytes) -> copied.put(dir + name, bytes));
                if (!l.artifact().files().containsKey("limits.json")) {
                    copied.put(dir + "limits.json", l.artifact().payload());
                }
                files.putAll(copied);
                resultFiles.put(id, new ArrayList<>(copied.keySet()));
                for (String file : copied.keySet()) {
                    body.open("li").text(id + ": ").element("a", file.substring(dir.length()), "href", file).close("li");
                }
            }
            body.close("ul");
        }
        body.open("p").text("The comparison table: ");
        if (files.containsKey(COMPARISON_FILE)) {
            body.element("a", COMPARISON_FILE, "href", COMPARISON_FILE);
        } else {
            body.text("not computed in this study");
        }
        body.text("; a summary of this report: ").element("a", SUMMARY_FILE, "href", SUMMARY_FILE).text(".")
                .close("p");
        ObjectNode json = summary.putObject("results");
        resultFiles.forEach((id, list) -> {
            ArrayNode a = json.putArray(id);
            list.forEach(a::add);
        });
        endSection();
    }

    private void inputsSection() {
        section("inputs", "Inputs");
        Table t = new Table("inputs-table", "Artifacts the report read", List.of("Input", "Artifact type", "Used as",
                "Files"));
        for (Map.Entry<String, Artifact> input : inputs.entrySet()) {
            Inputs.Kind kind = Inputs.kindOf(source, input.getKey(), input.getValue());
            String role = kind == null ? "read by the report-section contributors" : switch (kind) {
                case SAMPLE -> "generated sample";
                case RECO -> "reconstructed candidates and cut flow";
                case MODEL -> "signal model";
                case LIMITS -> "expected limits";
                case XSEC -> "cross-section point";
            };
            t.row(Cell.text(input.getKey()), Cell.text(input.getValue().type()), Cell.text(role),
                    Cell.text(String.join(", ", new TreeSet<>(input.getValue().files().keySet()))));
        }
        t.write(body);
        endSection();
    }

}
