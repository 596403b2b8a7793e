package org.alpwb.api;

/**
 * Component properties every ALP Workbench service carries, and the values of {@link #KIND}.
 * Study files and the command line name services by {@link #ID}.
 */
public final class ServiceProperties {
    /** Stable identifier used in study files, e.g. {@code alp-fusion}, {@code belle2}. */
    public static final String ID = "alpwb.id";
    /** Human-readable one-line label. */
    public static final String LABEL = "alpwb.label";
    /** One of the {@code KIND_*} values below. */
    public static final String KIND = "alpwb.kind";
    /** Optional: version of the algorithm, part of every cache key (defaults to the bundle version). */
    public static final String VERSION = "alpwb.version";

    public static final String KIND_GENERATOR = "generator";
    public static final String KIND_DETECTOR = "detector";
    public static final String KIND_CHANNEL = "channel";
    public static final String KIND_CLASSIFIER = "classifier";
    public static final String KIND_SHAPE_FITTER = "shape-fitter";
    public static final String KIND_BACKGROUND_MODEL = "background-model";
    public static final String KIND_INTERPOLATOR = "interpolator";
    public static final String KIND_LIMIT_CALCULATOR = "limit-calculator";
    public static final String KIND_CACHE = "cache";
    public static final String KIND_TASK = "task";
    public static final String KIND_COMMAND = "command";
    public static final String KIND_REPORT = "report";
    /** Analysis strategies ({@code org.alpwb.api.strategy.Strategy}). @since 1.1 */
    public static final String KIND_STRATEGY = "strategy";
    /** Report sections ({@code org.alpwb.api.report.ReportContributor}). @since 1.1 */
    public static final String KIND_REPORT_SECTION = "report-section";

    private ServiceProperties() {
    }
}
