package org.alpwb.workbench.internal;

import java.util.List;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.ui.PerspectiveContribution;
import org.alpwb.api.ui.ViewArea;

/** The default "Study" perspective. */
@org.osgi.service.component.annotations.Component(service = PerspectiveContribution.class, property = {ServiceProperties.KIND + "=" + PerspectiveContribution.KIND,
        
        ServiceProperties.ID + "=study", ServiceProperties.LABEL + "=Study",
        PerspectiveContribution.ORDER + ":Integer=10"})
public class StudyPerspective implements PerspectiveContribution {
    /* Study (navigator, editor, charts, properties, progress, console) */
    @Override
    public List<Placement> placements() {
        return List.of(
                new Placement("navigator", ViewArea.NAVIGATOR),
                new Placement("study-editor", ViewArea.EDITOR),
                new Placement("charts", ViewArea.EDITOR),
                new Placement("properties", ViewArea.RIGHT),
                new Placement("progress", ViewArea.BOTTOM),
                new Placement("console", ViewArea.BOTTOM));
    }
}
