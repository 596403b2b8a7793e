package org.alpwb.cli;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cli.Command;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Commands are looked up in the service registry at each call, so hot-deployed commands appear at once. */
final class OsgiCommandRegistry implements CommandRegistry {
    private final BundleContext context;

    OsgiCommandRegistry(BundleContext context) {
        this.context = context;
    }

    @Override
    public Optional<Command> command(String name) {
        if (!name.matches("[A-Za-z0-9_.\\-]+")) {
            return Optional.empty();
        }
        return references("(" + ServiceProperties.ID + "=" + name + ")").stream().sorted()
                .reduce((a, b) -> b).map(context::getService);
    }

    @Override
    public boolean isRegistered(String name) {
        return name.matches("[A-Za-z0-9_.\\-]+")
                && !references("(" + ServiceProperties.ID + "=" + name + ")").isEmpty();
    }

    @Override
    public SortedMap<String, String> summaries() {
        SortedMap<String, String> result = new TreeMap<>();
        for (ServiceReference<Command> reference : references(null)) {
            Object id = reference.getProperty(ServiceProperties.ID);
            Command command = context.getService(reference);
            if (id != null && command != null) {
                result.put(id.toString(), command.summary());
                context.ungetService(reference);
            }
        }
        return result;
    }

    private Collection<ServiceReference<Command>> references(String filter) {
        try {
            return context.getServiceReferences(Command.class, filter);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        } catch (IllegalStateException stopping) {
            return List.of();
        }
    }
}
