package org.alpwb.analysis.strategy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.api.study.TaskConfig;
import org.osgi.framework.ServiceReference;

/**
 * The strategy services a generic task can run, by {@code alpwb.id}, kept up to date by the task component's
 * dynamic reference (so a hot-deployed strategy bundle is seen by the next validation and run), with the version
 * that enters the task's cache key ({@code alpwb.version}, else bundle symbolic name and version).
 */
public final class Strategies {
    /** A strategy service and the version that enters the cache key of a task running it. */
    public record Registered(Strategy strategy, String version) {
    }

    private final Map<String, Registered> byId = new ConcurrentSkipListMap<>();

    public void add(String id, Strategy strategy, String version) {
        byId.put(id, new Registered(strategy, version));
    }

    public void remove(String id, Strategy strategy) {
        byId.computeIfPresent(id, (k, r) -> r.strategy() == strategy ? null : r);
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The strategy named by the config field {@code strategy}; InvalidInputException listing the installed ids. */
    public Registered resolve(TaskConfig config) {
        String id = config.string("strategy", null);
        if (id == null) {
            throw config.invalid("strategy", "(missing)", "an installed strategy id (required): " + installed());
        }
        Registered r = byId.get(id);
        if (r == null) {
            throw config.invalid("strategy", id, "an installed strategy id: " + installed());
        }
        return r;
    }

    /** The config object {@code parameters} checked against the strategy's declaration and constraints. */
    public static ParameterValues parameters(Strategy strategy, TaskConfig config) {
        ParameterValues values = ParameterValues.resolve(strategy.parameters(), config.child("parameters"));
        strategy.check(values);
        return values;
    }

    private String installed() {
        return byId.isEmpty() ? "(none installed)" : String.join(", ", byId.keySet());
    }

    /** DS bind: id and version from the service properties ({@code alpwb.version}, else the bundle's). */
    public void bind(Strategy strategy, ServiceReference<Strategy> reference) {
        Object id = reference.getProperty(ServiceProperties.ID);
        Object v = reference.getProperty(ServiceProperties.VERSION);
        if (id != null) {
            add(id.toString(), strategy, v != null ? v.toString()
                    : reference.getBundle().getSymbolicName() + ":" + reference.getBundle().getVersion());
        }
    }

    public void unbind(Strategy strategy, ServiceReference<Strategy> reference) {
        Object id = reference.getProperty(ServiceProperties.ID);
        if (id != null) {
            remove(id.toString(), strategy);
        }
    }

    /** The version of the strategy named by the config (for the cache key), or empty if none is installed. */
    public Map<String, String> keyVersions(TaskConfig config) {
        Object id = config.asMap().get("strategy");
        Registered r = id instanceof String s ? byId.get(s) : null;
        return r == null ? Map.of() : Map.of("strategy:" + id, r.version());
    }
}
