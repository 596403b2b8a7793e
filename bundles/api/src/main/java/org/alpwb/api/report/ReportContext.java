package org.alpwb.api.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;

/** What a {@link ReportContributor} sees while the report is assembled. Not thread-safe: one call at a time. */
public interface ReportContext {

    /** The report task's configuration (contributors read their own options from {@code sections.<their id>}). */
    TaskConfig config();

    /** The options object {@code sections.<contributor id>} of the report config (empty if absent). */
    TaskConfig options(String contributorId);

    /** Every input of the report task by name. */
    Map<String, Artifact> inputs();

    /** The strategies of the study (by id, sorted), with their results or failures. */
    List<StrategyResult> strategies();

    /** For a {@link ReportContributor.Scope#STRATEGY} call: the strategy this call is for; null for the study. */
    StrategyResult strategy();

    /** The study's nominal luminosity in fb^-1. */
    double luminosityInvFb();

    /** Mass regions excluded from the search (the channel's, or derived from the limit inputs); may be empty. */
    List<Channel.MassRegion> excludedRegions();

    /** The mass axis every mass chart of the report uses (log or linear, chosen once for the report). */
    Axis massAxis(double lowGeV, double highGeV);

    /** A colour (#rrggbb) for strategy {@code id}, the same in every chart of the report. */
    String colour(String strategyId);

    /**
     * Renders {@code chart} through the report's {@code PlotService} as {@code charts/<name>.png} (+ .svg, .csv) and
     * returns the XHTML {@code <figure>} with the image, the caption and links to the SVG and CSV.
     *
     * @param name file name without extension: letters, digits, '-', '_', '.'
     */
    String chart(String name, ChartSpec chart, String caption) throws IOException;

    /** Adds a file to the report's artifact (relative path, forward slashes); returns the path for links. */
    String file(String relativePath, byte[] content);

    /** Text escaped for XHTML. */
    String escape(String text);

    /**
     * A strategy's results as the report sees them.
     *
     * @param id      strategy id
     * @param status  {@code ok}, or {@code failed: <reason>} if a task of this strategy failed or was skipped
     * @param inputs  the report inputs that belong to this strategy by name (e.g. {@code limits-thesis-cuts},
     *                {@code model-thesis-cuts}), matched by the {@code strategy} field of their payloads
     */
    record StrategyResult(String id, String status, Map<String, Artifact> inputs) {
        public boolean ok() {
            return "ok".equals(status);
        }
    }
}
