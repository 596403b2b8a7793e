package org.alpwb.workbench.internal;

import java.util.List;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.ui.PerspectiveContribution;
import org.alpwb.api.ui.ViewArea;

/** The default "Plugins" perspective. */
@org.osgi.service.component.annotations.Component(service = PerspectiveContribution.class, property = {ServiceProperties.KIND + "=" + PerspectiveContribution.KIND,
        
        ServiceProperties.ID + "=plugins", ServiceProperties.LABEL + "=Plugins",
        PerspectiveContribution.ORDER + ":Integer=30"})
public class PluginsPerspective implements PerspectiveContribution {
    /* Plugins (services, cache, console) */
    @Override
    public List<Placement> placements() {
        return List.of(
                new Placement("plugins", ViewArea.EDITOR),
                new Placement("cache", ViewArea.RIGHT),
                new Placement("console", ViewArea.BOTTOM));
    }
}
