package org.alpwb.workbench.internal;

import java.util.List;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.ui.PerspectiveContribution;
import org.alpwb.api.ui.ViewArea;

/** The default "Compare" perspective. */
@org.osgi.service.component.annotations.Component(service = PerspectiveContribution.class, property = {ServiceProperties.KIND + "=" + PerspectiveContribution.KIND,
        
        ServiceProperties.ID + "=compare", ServiceProperties.LABEL + "=Compare",
        PerspectiveContribution.ORDER + ":Integer=20"})
public class ComparePerspective implements PerspectiveContribution {
    /* Compare (strategy comparison, charts) */
    @Override
    public List<Placement> placements() {
        return List.of(
                new Placement("navigator", ViewArea.NAVIGATOR),
                new Placement("compare", ViewArea.EDITOR),
                new Placement("charts", ViewArea.RIGHT),
                new Placement("progress", ViewArea.BOTTOM));
    }
}
