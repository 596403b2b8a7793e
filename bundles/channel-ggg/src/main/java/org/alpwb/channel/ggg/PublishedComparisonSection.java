package org.alpwb.channel.ggg;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportContributor;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;
import org.osgi.service.component.annotations.Component;

/**
 * Report section of strategy belle2-2020-ggg: our expected limit on g_a-gamma-gamma next to the published Belle II
 * 2020 limit (digitised observed curve, see {@code belle2-2020-observed.csv}), mass by mass, with the ratio.
 */
@Component(service = ReportContributor.class, property = {ServiceProperties.ID + "=belle2-2020-comparison",
    ServiceProperties.LABEL + "=Expected g limit of belle2-2020-ggg against the published Belle II 2020 limit",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_REPORT_SECTION})
public class PublishedComparisonSection implements ReportContributor {
    static final String RESOURCE = "belle2-2020-observed.csv";

    /** One published reference point: mass, and min / median / max of the digitised observed limit around it. */
    record Reference(double massGeV, double minPerGeV, double medianPerGeV, double maxPerGeV) {
    }

    @Override
    public Scope scope() {
        return Scope.STRATEGY;
    }

    @Override
    public int order() {
        return 310;
    }

    static List<Reference> references() throws IOException {
        List<Reference> refs = new ArrayList<>();
        try (InputStream in = PublishedComparisonSection.class.getResourceAsStream(RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.startsWith("massGeV") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                refs.add(new Reference(Double.parseDouble(f[0]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4])));
            }
        }
        return refs;
    }

    /** Median expected coupling limit of the ok point nearest to {@code massGeV} (NaN: none within 0.1 GeV). */
    @SuppressWarnings("unchecked")
    static double[] nearestExpected(List<Map<String, Object>> points, double massGeV) {
        double best = Double.NaN;
        double at = Double.NaN;
        for (Map<String, Object> p : points) {
            double m = ((Number) p.get("massGeV")).doubleValue();
            if (!"ok".equals(p.get("status")) || !(p.get("couplingUpPerGeV") instanceof List<?> g) || g.size() < 3
                    || !(g.get(2) instanceof Number median)) {
                continue;
            }
            if (Math.abs(m - massGeV) <= 0.1 && (Double.isNaN(at) || Math.abs(m - massGeV) < Math.abs(at - massGeV))) {
                at = m;
                best = median.doubleValue();
            }
        }
        return new double[] {at, best};
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ReportSection> sections(ReportContext context) throws Exception {
        if (!Belle2020Strategy.ID.equals(context.strategy().id()) || !context.strategy().ok()) {
            return List.of();
        }
        List<Map<String, Object>> points = null;
        for (Artifact a : context.strategy().inputs().values()) {
            if (a.type().equals("alpwb/limit-curve")) {
                Map<String, Object> json = new ObjectMapper().readValue(new String(a.payload(), StandardCharsets.UTF_8),
                        Map.class);
                points = (List<Map<String, Object>>) json.get("points");
            }
        }
        if (points == null) {
            return List.of();
        }
        StringBuilder h = new StringBuilder("<p>Expected (median) 95 % CL limit of this study against the published"
                + " Belle II 2020 limit (PRL 125, 161806; observed curve digitised by the AxionLimits compilation; min,"
                + " median and max of its points within +-10 % of the mass). The observed curve fluctuates about the"
                + " expected one; its median is a proxy, not the paper's expected limit. Differences: see"
                + " docs/PHYSICS-VALIDATION.md.</p><table class=\"config\"><thead><tr><th>m_a (GeV)</th><th>ours:"
                + " expected g (GeV^-1)</th><th>published observed: min / median / max</th><th>ours / median"
                + "</th></tr></thead><tbody>");
        Map<String, Object> data = new LinkedHashMap<>();
        for (Reference ref : references()) {
            double[] ours = nearestExpected(points, ref.massGeV());
            String ratio = Double.isNaN(ours[1]) ? "no limit at this mass" : fmt(ours[1] / ref.medianPerGeV());
            h.append("<tr><td>").append(fmt(ref.massGeV())).append("</td><td>")
                    .append(Double.isNaN(ours[1]) ? "-" : fmt(ours[1]) + " (at " + fmt(ours[0]) + ")")
                    .append("</td><td>").append(fmt(ref.minPerGeV())).append(" / ").append(fmt(ref.medianPerGeV()))
                    .append(" / ").append(fmt(ref.maxPerGeV())).append("</td><td>").append(ratio)
                    .append("</td></tr>");
            data.put(fmt(ref.massGeV()), Map.of("expectedPerGeV", Double.isNaN(ours[1]) ? "none" : ours[1],
                    "publishedMedianPerGeV", ref.medianPerGeV()));
        }
        h.append("</tbody></table>");
        return List.of(new ReportSection("belle2-2020-comparison", "belle2-2020-ggg against Belle II 2020",
                h.toString(), data));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
