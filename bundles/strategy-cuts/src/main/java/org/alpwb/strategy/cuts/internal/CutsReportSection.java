package org.alpwb.strategy.cuts.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportContributor;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;
import org.osgi.service.component.annotations.Component;

/**
 * The report section of each cut strategy: its cuts as run (every declared parameter with the value the study used,
 * the default and the allowed range, changed values marked), read from the strategy's limit curve
 * ({@code config.strategy.parameters}).
 */
@Component(service = ReportContributor.class, property = {ServiceProperties.ID + "=cut-parameters",
    ServiceProperties.LABEL + "=The cuts of thesis-cuts / slides-cuts as run, against their defaults",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_REPORT_SECTION})
public class CutsReportSection implements ReportContributor {
    private static final Map<String, CutStrategy> STRATEGIES = Map.of(ThesisCutsStrategy.ID, new ThesisCutsStrategy(),
            SlidesCutsStrategy.ID, new SlidesCutsStrategy());

    @Override
    public Scope scope() {
        return Scope.STRATEGY;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ReportSection> sections(ReportContext context) throws Exception {
        CutStrategy strategy = STRATEGIES.get(context.strategy().id());
        if (strategy == null || !context.strategy().ok()) {
            return List.of();
        }
        Map<String, Object> used = null;
        for (Artifact a : context.strategy().inputs().values()) {
            if (a.type().equals("alpwb/limit-curve")) {
                Map<String, Object> json = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                        new String(a.payload(), StandardCharsets.UTF_8), Map.class);
                Object cfg = json.get("config");
                if (cfg instanceof Map<?, ?> c && c.get("strategy") instanceof Map<?, ?> s
                        && s.get("parameters") instanceof Map<?, ?> p) {
                    used = (Map<String, Object>) p;
                }
            }
        }
        if (used == null) {
            return List.of();
        }
        StringBuilder h = new StringBuilder("<table class=\"config\"><thead><tr><th>parameter</th><th>value</th>"
                + "<th>default</th><th>allowed</th><th>meaning</th></tr></thead><tbody>");
        Map<String, Object> data = new LinkedHashMap<>();
        for (ParameterSpec p : strategy.parameters()) {
            Object v = used.get(p.name());
            boolean changed = v instanceof Number n && ((Number) p.defaultValue()).doubleValue() != n.doubleValue();
            h.append(changed ? "<tr class=\"changed\">" : "<tr>").append("<td>").append(context.escape(p.name()))
                    .append("</td><td>").append(context.escape(String.valueOf(v))).append(changed ? " (changed)" : "")
                    .append("</td><td>").append(context.escape(String.valueOf(p.defaultValue()))).append("</td><td>")
                    .append(context.escape(p.allowedText())).append("</td><td>").append(context.escape(
                            p.description())).append("</td></tr>");
            data.put(p.name(), v);
        }
        h.append("</tbody></table>");
        return List.of(new ReportSection("cuts-" + strategy.id(), "Cuts of " + strategy.id() + " as run", h.toString(),
                data));
    }
}
