package org.alpwb.workbench.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewContext;
import org.alpwb.api.ui.ViewContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Every ALP Workbench service (anything with {@code alpwb.kind}) by kind, with bundle and version, updated live
 * as plugins are dropped into (or removed from) the plugins directory.
 */
@Component(service = ViewContribution.class, property = {ServiceProperties.KIND + "=" + ViewContribution.KIND,
        ServiceProperties.ID + "=plugins",
        ServiceProperties.LABEL + "=Plugins", ViewContribution.AREA + "=editor"})
public class PluginsView implements ViewContribution {
    private static final String FILTER = "(" + ServiceProperties.KIND + "=*)";
    private final BundleContext context;

    @Activate
    public PluginsView(BundleContext context) {
        this.context = context;
    }

    @Override
    public View create(ViewContext viewContext) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {"Kind", "Id", "Label", "Bundle", "Version"}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        JTable table = new JTable(model);
        table.setName("plugins.table");
        table.setAutoCreateRowSorter(true);
        JScrollPane scroll = new JScrollPane(table);
        Runnable refresh = () -> fill(model);
        ServiceListener listener = event -> SwingUtilities.invokeLater(refresh);
        try {
            context.addServiceListener(listener, FILTER);
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        refresh.run();
        return new View() {
            @Override
            public JComponent component() {
                return scroll;
            }

            @Override
            public void dispose() {
                context.removeServiceListener(listener);
            }
        };
    }

    private void fill(DefaultTableModel model) {
        List<Object[]> rows = new ArrayList<>();
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(null, FILTER);
        } catch (InvalidSyntaxException | IllegalStateException e) {
            return; // the bundle is stopping
        }
        if (references != null) {
            for (ServiceReference<?> reference : references) {
                if (reference.getBundle() == null) {
                    continue; // unregistered meanwhile
                }
                rows.add(new Object[] {reference.getProperty(ServiceProperties.KIND),
                    reference.getProperty(ServiceProperties.ID), reference.getProperty(ServiceProperties.LABEL),
                    reference.getBundle().getSymbolicName(), reference.getBundle().getVersion().toString()});
            }
        }
        rows.sort(Comparator.comparing((Object[] row) -> String.valueOf(row[0])).thenComparing(row -> String.valueOf(row[1])));
        model.setRowCount(0);
        rows.forEach(model::addRow);
    }
}
