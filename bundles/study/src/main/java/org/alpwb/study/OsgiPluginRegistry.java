package org.alpwb.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.study.TaskType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Looks plugins up in the service registry at the moment they are needed, so bundles that come and
 * go (hot deploy) are seen by the next lookup. With several services of one id, the highest
 * service ranking wins (OSGi's own order).
 */
final class OsgiPluginRegistry implements PluginRegistry {
    private final BundleContext context;

    OsgiPluginRegistry(BundleContext context) {
        this.context = context;
    }

    @Override
    public Optional<RegisteredTaskType> taskType(String id) {
        return best(TaskType.class, id).map(reference -> {
            TaskType service = context.getService(reference);
            if (service == null) {
                return null;
            }
            Object declared = reference.getProperty(ServiceProperties.VERSION);
            String version = declared != null ? declared.toString()
                    : reference.getBundle().getSymbolicName() + ":" + reference.getBundle().getVersion();
            Object label = reference.getProperty(ServiceProperties.LABEL);
            return new RegisteredTaskType(id, version, label == null ? id : label.toString(), service);
        });
    }

    @Override
    public List<String> taskTypeIds() {
        return serviceIds(TaskType.class);
    }

    @Override
    public <T> Optional<T> service(Class<T> type, String id) {
        return best(type, id).map(context::getService);
    }

    @Override
    public <T> List<String> serviceIds(Class<T> type) {
        List<String> ids = new ArrayList<>();
        for (ServiceReference<T> reference : references(type, null)) {
            Object id = reference.getProperty(ServiceProperties.ID);
            if (id != null && !ids.contains(id.toString())) {
                ids.add(id.toString());
            }
        }
        ids.sort(null);
        return ids;
    }

    private <T> Optional<ServiceReference<T>> best(Class<T> type, String id) {
        if (!id.matches("[A-Za-z0-9_.\\-]+")) {
            return Optional.empty();
        }
        return references(type, "(" + ServiceProperties.ID + "=" + id + ")").stream().sorted().reduce((a, b) -> b);
    }

    private <T> Collection<ServiceReference<T>> references(Class<T> type, String filter) {
        try {
            return context.getServiceReferences(type, filter);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("bad filter " + filter, e);
        } catch (IllegalStateException stopping) {
            return List.of();
        }
    }
}
