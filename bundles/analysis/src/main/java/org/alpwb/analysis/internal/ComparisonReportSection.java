package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportContributor;
import org.alpwb.api.report.ReportSection;
import org.osgi.service.component.annotations.Component;

/** The strategy-comparison section: table with ratios, fusion share, overlaid limits with the best strategy per mass. */
@Component(service = ReportContributor.class, property = {ServiceProperties.ID + "=strategy-comparison",
    ServiceProperties.LABEL + "=Side-by-side comparison of the strategies of a study",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_REPORT_SECTION})
public class ComparisonReportSection implements ReportContributor {
    @Override
    public Scope scope() {
        return Scope.STUDY;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public List<ReportSection> sections(ReportContext context) throws Exception {
        List<ReportSection> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : ComparisonReportSections.comparisons(context).entrySet()) {
            Map<String, Object> json = e.getValue();
            out.add(ComparisonReportSections.comparison(context, json, e.getKey()));
        }
        return out;
    }
}
