package org.alpwb.report.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportContributor;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.xml.sax.InputSource;

/**
 * The sections of the {@link ReportContributor} services: asked in (order, id) order, study-scoped once and
 * strategy-scoped once per strategy. A contributor that throws (anything but bad input) or returns a fragment that is
 * not well-formed XHTML gives a section "failed: reason" instead; the report is still produced.
 */
final class Contributions {
    /** A registered contributor with its {@code alpwb.id}. */
    record Registered(String id, ReportContributor contributor) {
    }

    /** A section ready to be written, with the contributor that made it. */
    record Made(String contributorId, int order, ReportSection section) {
    }

    private final List<Registered> contributors;

    Contributions(List<Registered> contributors) {
        List<Registered> sorted = new ArrayList<>(contributors);
        sorted.sort(Comparator.comparingInt((Registered r) -> r.contributor().order()).thenComparing(Registered::id));
        this.contributors = List.copyOf(sorted);
    }

    List<Made> sections(ReportContributor.Scope scope, ReportContext context) {
        List<Made> out = new ArrayList<>();
        for (Registered r : contributors) {
            if (r.contributor().scope() != scope) {
                continue;
            }
            String suffix = context.strategy() == null ? "" : "-" + Fmt.slug(context.strategy().id());
            try {
                for (ReportSection s : r.contributor().sections(context)) {
                    checkWellFormed(s.html());
                    out.add(new Made(r.id(), r.contributor().order(), s));
                }
            } catch (InvalidInputException e) {
                throw e;
            } catch (Exception e) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("failed", String.valueOf(e.getMessage()));
                out.add(new Made(r.id(), r.contributor().order(), new ReportSection(Fmt.slug(r.id()) + suffix
                        + "-failed", "Section of " + r.id() + (context.strategy() == null ? "" : " for "
                                + context.strategy().id()), "<p class=\"missing\">failed: " + Html.escape(e.toString())
                                + "</p>", data)));
            }
        }
        return out;
    }

    private static void checkWellFormed(String fragment) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            f.newDocumentBuilder().parse(new InputSource(new StringReader("<div>" + fragment + "</div>")));
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalArgumentException("the section's HTML is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /** The {@link ReportContext} of one call. */
    record Context(TaskConfig config, Map<String, Artifact> inputs, List<StrategyResult> strategies,
            StrategyResult strategy, double luminosityInvFb, List<Channel.MassRegion> excludedRegions,
            java.util.function.BiFunction<Double, Double, Axis> axes, java.util.function.Function<String, String> colours,
            Charts charts, Map<String, byte[]> files) implements ReportContext {

        Context forStrategy(StrategyResult s) {
            return new Context(config, inputs, strategies, s, luminosityInvFb, excludedRegions, axes, colours, charts,
                    files);
        }

        @Override
        public TaskConfig options(String contributorId) {
            return config.child("sections").child(contributorId);
        }

        @Override
        public Axis massAxis(double lowGeV, double highGeV) {
            return axes.apply(lowGeV, highGeV);
        }

        @Override
        public String colour(String strategyId) {
            return colours.apply(strategyId);
        }

        @Override
        public String chart(String name, ChartSpec chart, String caption) throws IOException {
            Charts.Figure f = charts.render(name, chart, caption);
            Html html = new Html();
            html.open("figure");
            html.open("a", "href", f.png()).empty("img", "src", f.png(), "alt", f.caption(), "width",
                    Integer.toString(f.width()), "height", Integer.toString(f.height())).close("a");
            html.open("figcaption").text(f.caption());
            if (f.svg() != null) {
                html.element("a", "SVG", "href", f.svg());
            }
            html.element("a", "CSV", "href", f.csv());
            html.close("figcaption").close("figure");
            return html.toString();
        }

        @Override
        public String file(String relativePath, byte[] content) {
            if (relativePath.startsWith("/") || relativePath.contains("..") || relativePath.contains("\\")) {
                throw new IllegalArgumentException("relative path without '..' expected: " + relativePath);
            }
            files.put(relativePath, content);
            return relativePath;
        }

        @Override
        public String escape(String text) {
            return Html.escape(text);
        }
    }
}
