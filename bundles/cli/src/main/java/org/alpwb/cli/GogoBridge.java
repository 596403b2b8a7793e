package org.alpwb.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cache.ResultCache;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Offers every {@link Command} in the Gogo shell as {@code alpwb:NAME} (or just {@code NAME}), following
 * commands as they come and go, with the exit-code and error conventions of {@code alpwb NAME}. After each
 * command the result caches are released, so an idle shell does not keep other processes off the cache.
 * Requires the Gogo runtime; without it this component stays inactive.
 */
@Component
public class GogoBridge {
    private final BundleContext context;
    private final Map<Command, ServiceRegistration<Function>> registrations = new ConcurrentHashMap<>();
    private final List<ResultCache> caches = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Activate
    public GogoBridge(BundleContext context) {
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + ServiceProperties.KIND + "=" + ServiceProperties.KIND_COMMAND + ")")
    void addCommand(Command command, Map<String, Object> properties) {
        String name = String.valueOf(properties.get(ServiceProperties.ID));
        Hashtable<String, Object> gogo = new Hashtable<>();
        gogo.put("osgi.command.scope", "alpwb");
        gogo.put("osgi.command.function", new String[] {name});
        Function function = (CommandSession session, List<Object> arguments) -> {
            List<String> args = new ArrayList<>();
            arguments.forEach(a -> args.add(String.valueOf(a)));
            // inside Gogo, System.out/err of the executing thread are the session's pipes (so "plugins | grep x" works)
            CommandIO io = new CommandIO(session.getKeyboard(), System.out, System.err, false,
                    Path.of(System.getProperty("alpwb.workdir", System.getProperty("user.dir"))),
                    () -> new ConsoleProgressMonitor(System.err, false));
            int code;
            try {
                code = Dispatcher.invoke(name, command, args, io, "1".equals(System.getenv("ALPWB_DEBUG")));
            } finally {
                // an idle shell holds no cache lock: other alpwb processes can use the cache between commands
                caches.forEach(ResultCache::release);
            }
            return code == 0 ? null : "exit code " + code;
        };
        registrations.put(command, context.registerService(Function.class, function, gogo));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCache(ResultCache cache) {
        caches.add(cache);
    }

    void removeCache(ResultCache cache) {
        caches.remove(cache);
    }

    void removeCommand(Command command) {
        ServiceRegistration<Function> registration = registrations.remove(command);
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping
            }
        }
    }

    @Deactivate
    void deactivate() {
        registrations.keySet().forEach(this::removeCommand);
    }
}
