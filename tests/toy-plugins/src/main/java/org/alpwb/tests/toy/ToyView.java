package org.alpwb.tests.toy;

import javax.swing.JLabel;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.ui.StudySession;
import org.alpwb.api.ui.StudySessionListener;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewContext;
import org.alpwb.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** A view contributed by a plugin, for the GUI tests: shows the selected task and unregisters its listener. */
@Component(service = ViewContribution.class, property = {ServiceProperties.KIND + "=" + ViewContribution.KIND,
        ServiceProperties.ID + "=toy-view",
        ServiceProperties.LABEL + "=Toy view", ViewContribution.AREA + "=right"})
public class ToyView implements ViewContribution {

    @Override
    public View create(ViewContext context) {
        StudySession session = context.session();
        JLabel label = new JLabel("toy view: no task selected");
        label.setName("toy.view.label");
        StudySessionListener listener = changes -> label.setText("toy view: "
                + session.selectedTask().map(task -> "selected " + task).orElse("no task selected"));
        return View.following(label, session, listener);
    }
}
