package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportContributor;
import org.alpwb.api.report.ReportSection;
import org.osgi.service.component.annotations.Component;

/** The headline at the top of the report, from the strategy comparison. */
@Component(service = ReportContributor.class, property = {ServiceProperties.ID + "=headline",
    ServiceProperties.LABEL + "=Headline at the top of the report: which strategy is best where, and by how much",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_REPORT_SECTION})
public class HeadlineReportSection implements ReportContributor {
    @Override
    public Scope scope() {
        return Scope.STUDY;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<ReportSection> sections(ReportContext context) throws Exception {
        List<ReportSection> out = new ArrayList<>();
        for (Map<String, Object> json : ComparisonReportSections.comparisons(context).values()) {
            out.add(ComparisonReportSections.headline(context, json));
        }
        return out;
    }
}
