package org.alpwb.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.table.ColumnTable;

/**
 * The report's inputs, decoded from artifacts. Inputs are recognised by name prefix and each prefix
 * accepts exactly one artifact type (see {@link Kind}).
 */
final class Inputs {
    /** Cross-section file written by the generate and cross-section tasks. */
    static final String CROSS_SECTION_FILE = "cross-section.json";
    /** Cut-flow file written by the reconstruct task. */
    static final String CUTFLOW_FILE = "cutflow.json";
    /** Column names of the reconstruct task's candidate table (channel-eegg README). */
    static final String SCAN_COLUMN = "mGammaGammaGeV";
    static final String WEIGHT_COLUMN = "weightPb";
    static final String TRUTH_MASS_COLUMN = "truthAlpMassGeV";
    static final String TRUTH_DIAGRAM_COLUMN = "truthDiagram";
    /** Codes of the truthDiagram column: 0 unknown, 1 fusion, 2 conversion (channel-eegg README). */
    static final double DIAGRAM_FUSION = 1;
    static final double DIAGRAM_CONVERSION = 2;
    /** Order of the five expected-limit quantiles: -2, -1, median, +1, +2 sigma. */
    static final int QUANTILES = 5;
    static final int MEDIAN = 2;
    static final String[] DSCB = {"mu", "sigma", "alphaL", "nL", "alphaR", "nR"};

    /** Input name prefixes, the artifact type each accepts, and whether it is required. */
    enum Kind {
        SAMPLE("sample-", "alpwb/event-block"),
        RECO("reco-", "alpwb/column-table"),
        MODEL("model-", "alpwb/signal-model"),
        LIMITS("limits-", "alpwb/limit-curve"),
        XSEC("xsec-", "alpwb/cross-section");

        final String prefix;
        final String artifactType;

        Kind(String prefix, String artifactType) {
            this.prefix = prefix;
            this.artifactType = artifactType;
        }

        static String describe() {
            List<String> parts = new ArrayList<>();
            for (Kind kind : values()) {
                parts.add(kind.prefix + "* (" + kind.artifactType + ")");
            }
            return String.join(", ", parts);
        }
    }

    record Sample(String input, String suffix, String process, double massGeV, double sqrtSGeV,
            double couplingPerGeV, String diagrams, boolean isr, Map<String, Double> cuts, double sigmaPb,
            double sigmaErrPb, long events, boolean unweighted, double effectiveEvents, double equivalentLumiInvFb,
            double fusionShare) {
        boolean signal() {
            return Double.isFinite(massGeV);
        }
    }

    record XsecPoint(String input, String process, double massGeV, double sqrtSGeV, String diagrams,
            double sigmaPb, double sigmaErrPb) {
    }

    record CutStep(String cut, long count, double weightPb, boolean applied) {
    }

    record Reco(String input, String suffix, ColumnTable table, String flowName, List<CutStep> steps,
            boolean signal, double truthMassGeV) {
        double totalWeightPb() {
            double sum = 0;
            for (double w : table.column(WEIGHT_COLUMN)) {
                sum += w;
            }
            return sum;
        }

        /** Weighted fusion share among candidates of known diagram (NaN if none). */
        double fusionShare() {
            if (!table.hasColumn(TRUTH_DIAGRAM_COLUMN)) {
                return Double.NaN;
            }
            double[] diagram = table.column(TRUTH_DIAGRAM_COLUMN);
            double[] weight = table.column(WEIGHT_COLUMN);
            double fusion = 0;
            double known = 0;
            for (int i = 0; i < diagram.length; i++) {
                if (diagram[i] == DIAGRAM_FUSION || diagram[i] == DIAGRAM_CONVERSION) {
                    known += weight[i];
                    fusion += diagram[i] == DIAGRAM_FUSION ? weight[i] : 0;
                }
            }
            return known > 0 ? fusion / known : Double.NaN;
        }
    }

    /** Basis of a series fitted to the value itself. */
    static final String BASIS_LINEAR = "chebyshev";
    /** Basis of a series fitted to ln(value) (the positive quantities): value = exp(series). */
    static final String BASIS_LOG = "chebyshev-log";

    /**
     * A Chebyshev series over [lo, hi] with its coefficient covariance; with {@code log} it was fitted to ln(value),
     * so value = exp(series) and the 1-sigma band is exp(series +- error).
     */
    record Chebyshev(int order, double lo, double hi, double[] coefficients, double[][] covariance, boolean log) {
        Chebyshev(int order, double lo, double hi, double[] coefficients, double[][] covariance) {
            this(order, lo, hi, coefficients, covariance, false);
        }

        String basis() {
            return log ? BASIS_LOG : BASIS_LINEAR;
        }

        private double[] basis(double massGeV) {
            double x = (2 * massGeV - lo - hi) / (hi - lo);
            double[] t = new double[coefficients.length];
            for (int k = 0; k < t.length; k++) {
                t[k] = k == 0 ? 1 : k == 1 ? x : 2 * x * t[k - 1] - t[k - 2];
            }
            return t;
        }

        /** The series sum c_k T_k(x') (ln(value) for a log-space series). */
        double series(double massGeV) {
            double[] t = basis(massGeV);
            double sum = 0;
            for (int k = 0; k < t.length; k++) {
                sum += coefficients[k] * t[k];
            }
            return sum;
        }

        /** The interpolated quantity: the series, or exp(series) for a log-space series. */
        double value(double massGeV) {
            double s = series(massGeV);
            return log ? Math.exp(s) : s;
        }

        /** One-standard-deviation error of the series, sqrt(t^T C t) (of ln(value) for a log-space series). */
        double error(double massGeV) {
            double[] t = basis(massGeV);
            double variance = 0;
            for (int i = 0; i < t.length; i++) {
                for (int j = 0; j < t.length; j++) {
                    variance += t[i] * covariance[i][j] * t[j];
                }
            }
            return Math.sqrt(Math.max(variance, 0));
        }

        /** Lower edge of the 1-sigma band: series - error, or exp(series - error). */
        double lower(double massGeV) {
            double s = series(massGeV) - error(massGeV);
            return log ? Math.exp(s) : s;
        }

        /** Upper edge of the 1-sigma band: series + error, or exp(series + error). */
        double upper(double massGeV) {
            double s = series(massGeV) + error(massGeV);
            return log ? Math.exp(s) : s;
        }
    }

    record ModelPoint(double massGeV, double generatedWeightPb, double selectedWeightPb, double efficiency,
            double efficiencyError, long entries, double fusionShare, double[] dscb, double[] dscbErrors,
            double fitChi2Ndf, List<CutStep> cutflow) {
    }

    record Model(String input, String strategy, Json config, List<ModelPoint> points, Map<String, Chebyshev> curves) {
    }

    record Projection(double luminosityInvFb, double[] sigmaUpPb, double[] couplingUpPerGeV,
            double[] couplingUpFourthRootPerGeV) {
    }

    /**
     * One mass hypothesis. Limits are null at excluded masses and at masses where the producer could not compute
     * one; {@code status} then says why (e.g. too few sideband events).
     */
    record LimitPoint(double massGeV, boolean excluded, double efficiency, double signalSigmaGeV,
            double backgroundInWindow, double[] sigmaUpPb, double[] couplingUpPerGeV, List<Projection> projections,
            String status, double mcStatRelUncertainty, double backgroundFitPValue, boolean badBackgroundFit) {
        /**
         * The MC-statistics criterion's ratio (issue 10 item 3): the shift of the median expected limit when the
         * background moves by its MC error, over the half width (N(+1) - N(-1)) / (2 N(0)) of the expected band at the
         * same mass; NaN where the point has no limit or no shift.
         */
        double mcStatBandRatio() {
            if (sigmaUpPb == null || !Double.isFinite(mcStatRelUncertainty)) {
                return Double.NaN;
            }
            double halfWidth = (sigmaUpPb[3] - sigmaUpPb[1]) / (2 * sigmaUpPb[2]);
            return halfWidth > 0 ? Math.abs(mcStatRelUncertainty) / halfWidth : Double.NaN;
        }

        Projection projection(double luminosityInvFb) {
            for (Projection p : projections) {
                if (p.luminosityInvFb() == luminosityInvFb) {
                    return p;
                }
            }
            return null;
        }
    }

    /**
     * Scan summary of how much the background MC statistics move the median expected limit (relative, median and
     * maximum over the points) next to the expected band's median half width; NaN where the producer wrote null.
     */
    record McStat(double median, double max, double bandHalfWidthMedian) {
    }

    /** {@code mcStat} is null for payloads without the summary (earlier expected-limits versions). */
    record Limits(String input, String strategy, double luminosityInvFb, double cl, double referenceCouplingPerGeV,
            List<LimitPoint> points, Artifact artifact, McStat mcStat) {
        boolean hasMcStatPoints() {
            return points.stream().anyMatch(p -> Double.isFinite(p.mcStatRelUncertainty()));
        }

        /** Projection luminosities in order of first appearance. */
        List<Double> projectionLuminosities() {
            List<Double> result = new ArrayList<>();
            for (LimitPoint p : points) {
                for (Projection projection : p.projections()) {
                    if (!result.contains(projection.luminosityInvFb())) {
                        result.add(projection.luminosityInvFb());
                    }
                }
            }
            return result;
        }
    }

    private Inputs() {
    }

    /** Which kind an input name belongs to; InvalidInputException naming the allowed prefixes otherwise. */
    static Kind kindOf(String source, String inputName, Artifact artifact) {
        for (Kind kind : Kind.values()) {
            if (inputName.startsWith(kind.prefix)) {
                if (!kind.artifactType.equals(artifact.type())) {
                    throw new InvalidInputException(source, "inputs." + inputName, artifact.type(),
                            "inputs named " + kind.prefix + "* must be artifacts of type " + kind.artifactType
                                    + "; the report reads " + Kind.describe());
                }
                return kind;
            }
        }
        for (Kind kind : Kind.values()) {
            if (kind.artifactType.equals(artifact.type())) {
                throw new InvalidInputException(source, "inputs." + inputName, inputName + " (" + artifact.type()
                        + ")", "an input name starting with one of the prefixes " + Kind.describe());
            }
        }
        return null; // a type the built-in sections do not read: for the report-section contributors
    }

    static Sample sample(String name, Artifact artifact) {
        byte[] file = artifact.files().get(CROSS_SECTION_FILE);
        if (file == null) {
            throw new InvalidInputException("input '" + name + "'", "files." + CROSS_SECTION_FILE, "(missing)",
                    "a generate artifact (alpwb/event-block) with its " + CROSS_SECTION_FILE);
        }
        Json json = Json.parse(name, CROSS_SECTION_FILE, file);
        Map<String, Double> cuts = new TreeMap<>();
        Json cutJson = json.optionalObject("cuts");
        if (cutJson != null) {
            cutJson.node().fieldNames().forEachRemaining(cut -> cuts.put(cut, cutJson.number(cut)));
        }
        double sigma = json.number("sigma_pb");
        long events = json.integer("events");
        boolean unweighted = json.flag("unweighted", true);
        double mass = json.optionalNumber("mass_gev");
        double effective = events;
        double fusionShare = Double.NaN;
        if (!unweighted || Double.isFinite(mass)) {
            EventBlock block = EventBlock.fromBytes(artifact.payload());
            double[] w = block.weightsPb();
            double sum = 0;
            double sum2 = 0;
            double fusion = 0;
            double known = 0;
            for (int i = 0; i < w.length; i++) {
                sum += w[i];
                sum2 += w[i] * w[i];
                String diagram = block.diagramClass(i).toLowerCase(Locale.ROOT);
                if (diagram.contains("fusion") || diagram.contains("conversion")) {
                    known += w[i];
                    fusion += diagram.contains("fusion") ? w[i] : 0;
                }
            }
            if (!unweighted) {
                effective = sum2 > 0 ? sum * sum / sum2 : 0;
            }
            fusionShare = known > 0 ? fusion / known : Double.NaN;
        }
        double lumiInvPb = sigma > 0 ? effective / sigma : Double.NaN;
        return new Sample(name, name.substring(Kind.SAMPLE.prefix.length()), json.string("process"), mass,
                json.optionalNumber("sqrt_s_gev"), json.optionalNumber("coupling_per_gev"),
                json.optionalString("diagrams", ""), json.flag("isr", false), cuts, sigma,
                json.optionalNumber("sigma_err_pb"), events, unweighted, effective, lumiInvPb / Units.INV_PB_PER_INV_FB,
                fusionShare);
    }

    static XsecPoint xsec(String name, Artifact artifact) {
        Json json = Json.parse(name, "payload", artifact.payload());
        return new XsecPoint(name, json.string("process"), json.optionalNumber("mass_gev"),
                json.optionalNumber("sqrt_s_gev"), json.optionalString("diagrams", ""), json.number("sigma_pb"),
                json.optionalNumber("sigma_err_pb"));
    }

    static Reco reco(String name, Artifact artifact) {
        ColumnTable table;
        try {
            table = ColumnTable.fromBytes(artifact.payload());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("input '" + name + "'", "payload", "(" + e.getMessage() + ")",
                    "a column table written by the reconstruct task");
        }
        for (String column : List.of(SCAN_COLUMN, WEIGHT_COLUMN)) {
            if (!table.hasColumn(column)) {
                throw new InvalidInputException("input '" + name + "'", "payload.columns", table.columnNames(),
                        "a candidate table with the columns " + SCAN_COLUMN + " and " + WEIGHT_COLUMN);
            }
        }
        String flowName = "";
        List<CutStep> steps = new ArrayList<>();
        byte[] file = artifact.files().get(CUTFLOW_FILE);
        if (file != null) {
            Json flow = Json.parse(name, CUTFLOW_FILE, file);
            flowName = flow.optionalString("name", "");
            for (Json step : flow.objects("steps")) {
                steps.add(new CutStep(step.string("cut"), step.integer("count"), step.number("weightPb"),
                        step.flag("applied", true)));
            }
        }
        double truthMass = Double.NaN;
        if (table.hasColumn(TRUTH_MASS_COLUMN)) {
            for (double m : table.column(TRUTH_MASS_COLUMN)) {
                if (Double.isFinite(m)) {
                    truthMass = m;
                    break;
                }
            }
        }
        return new Reco(name, name.substring(Kind.RECO.prefix.length()), table, flowName, steps,
                Double.isFinite(truthMass), truthMass);
    }

    static Model model(String name, Artifact artifact) {
        Json json = Json.parse(name, "payload", artifact.payload());
        List<ModelPoint> points = new ArrayList<>();
        for (Json p : json.objects("points")) {
            Json dscb = p.object("dscb");
            Json errors = p.object("dscbErrors");
            double[] values = new double[DSCB.length];
            double[] errorValues = new double[DSCB.length];
            for (int k = 0; k < DSCB.length; k++) {
                values[k] = dscb.optionalNumber(DSCB[k]);
                errorValues[k] = errors.optionalNumber(DSCB[k]);
            }
            List<CutStep> flow = new ArrayList<>();
            for (Json step : p.optionalObjects("cutflow")) {
                flow.add(new CutStep(step.string("cut"), step.integer("entries"), step.number("weightPb"), true));
            }
            points.add(new ModelPoint(p.number("massGeV"), p.optionalNumber("generatedWeightPb"),
                    p.optionalNumber("selectedWeightPb"), p.number("efficiency"), p.optionalNumber("efficiencyError"),
                    p.integer("entries"), p.optionalNumber("fusionShare"), values, errorValues,
                    p.optionalNumber("fitChi2Ndf"), flow));
        }
        points.sort((a, b) -> Double.compare(a.massGeV(), b.massGeV()));
        Map<String, Chebyshev> curves = new LinkedHashMap<>();
        Json interpolation = json.optionalObject("interpolation");
        if (interpolation != null) {
            for (String parameter : parameterNames()) {
                Json c = interpolation.optionalObject(parameter);
                if (c != null) {
                    curves.put(parameter, chebyshev(c));
                }
            }
        }
        return new Model(name, json.string("strategy"), json.optionalObject("config"), points, curves);
    }

    /** Interpolated quantities: the efficiency and the six DSCB parameters. */
    static List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        names.add("efficiency");
        names.addAll(List.of(DSCB));
        return names;
    }

    private static Chebyshev chebyshev(Json c) {
        String basis = c.string("basis");
        if (!basis.equals(BASIS_LINEAR) && !basis.equals(BASIS_LOG)) {
            throw c.invalid("basis", basis, BASIS_LINEAR + ", " + BASIS_LOG);
        }
        double[] range = c.numbers("rangeGeV", 2);
        if (range == null || !(range[1] > range[0])) {
            throw c.invalid("rangeGeV", range == null ? "(missing)" : range[0] + ", " + range[1],
                    "[lo, hi] with lo < hi");
        }
        double[] coefficients = c.numbers("coefficients", -1);
        if (coefficients == null || coefficients.length == 0) {
            throw c.invalid("coefficients", "(missing or empty)", "a non-empty list of numbers");
        }
        long order = c.integer("order");
        if (order != coefficients.length - 1) {
            throw c.invalid("order", order, "the number of coefficients minus one (" + (coefficients.length - 1) + ")");
        }
        return new Chebyshev((int) order, range[0], range[1], coefficients,
                c.matrix("covariance", coefficients.length), basis.equals(BASIS_LOG));
    }

    static Limits limits(String name, Artifact artifact) {
        Json json = Json.parse(name, "payload", artifact.payload());
        List<LimitPoint> points = new ArrayList<>();
        for (Json p : json.objects("points")) {
            boolean excluded = p.flag("excluded", false);
            String status = p.optionalString("status", "");
            boolean explained = !status.isBlank();
            double[] sigma = quantiles(p, "sigmaUpPb", !excluded && !explained);
            double[] coupling = quantiles(p, "couplingUpPerGeV", !excluded && sigma != null);
            List<Projection> projections = new ArrayList<>();
            for (Json q : p.optionalObjects("projections")) {
                projections.add(new Projection(q.number("luminosityInvFb"), quantiles(q, "sigmaUpPb", true),
                        quantiles(q, "couplingUpPerGeV", true), quantiles(q, "couplingUpFourthRootPerGeV", true)));
            }
            points.add(new LimitPoint(p.number("massGeV"), excluded, p.optionalNumber("efficiency"),
                    p.optionalNumber("signalSigmaGeV"), p.optionalNumber("backgroundInWindow"), sigma, coupling,
                    projections, explained ? status : "", p.optionalNumber("mcStatRelUncertainty"),
                    p.optionalNumber("backgroundFitPValue"), p.flag("badBackgroundFit", false)));
        }
        points.sort((a, b) -> Double.compare(a.massGeV(), b.massGeV()));
        Json mc = json.optionalObject("mcStat");
        McStat mcStat = mc == null ? null : new McStat(mc.optionalNumber("median"), mc.optionalNumber("max"),
                mc.optionalNumber("bandHalfWidthMedian"));
        return new Limits(name, json.string("strategy"), json.number("luminosityInvFb"), json.number("cl"),
                json.optionalNumber("referenceCouplingPerGeV"), points, artifact, mcStat);
    }

    /** Five positive ascending quantiles (-2, -1, median, +1, +2 sigma), or null when absent and not required. */
    private static double[] quantiles(Json p, String name, boolean required) {
        double[] q = p.numbers(name, QUANTILES);
        if (q == null) {
            if (required) {
                throw p.invalid(name, "null", QUANTILES + " ascending positive numbers (-2, -1, median, +1, +2 sigma)");
            }
            return null;
        }
        for (int i = 0; i < q.length; i++) {
            if (!(q[i] > 0) || (i > 0 && q[i] < q[i - 1])) {
                throw p.invalid(name, java.util.Arrays.toString(q),
                        QUANTILES + " ascending positive numbers (-2, -1, median, +1, +2 sigma)");
            }
        }
        return q;
    }
}
