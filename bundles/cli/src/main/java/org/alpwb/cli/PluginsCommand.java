package org.alpwb.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import picocli.CommandLine.Option;

/**
 * {@code alpwb plugins [--json]}: every ALP Workbench service (anything with {@code alpwb.kind}) with its
 * kind, id, label, bundle and version. Each service is activated once, so a plugin whose activation
 * throws shows up as a problem instead of failing later in a study.
 */
@Component(service = Command.class, property = {ServiceProperties.ID + "=plugins",
        ServiceProperties.LABEL + "=List plugins", ServiceProperties.KIND + "=" + ServiceProperties.KIND_COMMAND})
public class PluginsCommand implements Command {
    private final BundleContext context;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime scr;

    @Activate
    public PluginsCommand(BundleContext context) {
        this.context = context;
    }

    /** One registered service, as shown to the user. */
    record PluginRow(String kind, String id, String label, String bundle, String version, List<String> services,
            String problem) {
    }

    static final class Options {
        @Option(names = "--json", description = "print a JSON array")
        boolean json;
    }

    @Override
    public String summary() {
        return "list every registered plugin service: kind, id, label, bundle, version";
    }

    @Override
    public String usage() {
        return """
                usage: alpwb plugins [--json]
                  Lists every ALP Workbench service (generators, detectors, channels, fitters, limit calculators,
                  task types, commands, caches), including plugins hot-deployed into product/plugins/.
                  --json   one JSON object per service: kind, id, label, bundle, version, services, problem
                """;
    }

    @Override
    public int run(List<String> args, CommandIO io) {
        Options options = new Options();
        if (!Arguments.parse(options, args, io, "plugins", usage())) {
            return ExitCodes.BAD_INPUT;
        }
        List<PluginRow> rows = rows();
        if (options.json) {
            try {
                io.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            // columns as wide as their longest entry, so long bundle names never run into the label
            int kind = width(rows, r -> r.kind(), "KIND");
            int id = width(rows, r -> r.id(), "ID");
            int bundle = width(rows, r -> r.bundle() + " " + r.version(), "BUNDLE");
            String format = "%-" + kind + "s  %-" + id + "s  %-" + bundle + "s  %s%s%n";
            io.out().printf(format, "KIND", "ID", "BUNDLE", "LABEL", "");
            for (PluginRow row : rows) {
                io.out().printf(format, row.kind(), row.id(), row.bundle() + " " + row.version(), row.label(),
                        row.problem().isEmpty() ? "" : "   [PROBLEM: " + row.problem() + "]");
            }
        }
        // a broken plugin is part of the listing (its row says why), not a failure of the listing
        return ExitCodes.OK;
    }

    List<PluginRow> rows() {
        List<PluginRow> rows = new ArrayList<>();
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(null, "(" + ServiceProperties.KIND + "=*)");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            Bundle bundle = reference.getBundle();
            if (bundle == null) {
                continue; // unregistered while we looked
            }
            rows.add(new PluginRow(text(reference, ServiceProperties.KIND), text(reference, ServiceProperties.ID),
                    text(reference, ServiceProperties.LABEL), bundle.getSymbolicName(), bundle.getVersion().toString(),
                    List.of((String[]) reference.getProperty(Constants.OBJECTCLASS)), activationProblem(reference)));
        }
        rows.sort(Comparator.comparing(PluginRow::kind).thenComparing(PluginRow::id));
        return rows;
    }

    private String activationProblem(ServiceReference<?> reference) {
        try {
            Object service = context.getService(reference);
            if (service == null) {
                return "could not be activated: " + failureOf(reference);
            }
            context.ungetService(reference);
            return "";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /**
     * Why the component behind {@code reference} failed to activate, in one line: the innermost cause of the
     * failure Declarative Services recorded (DS 1.5 {@code ComponentConfigurationDTO.failure}); the whole trace is
     * in SCR's log with {@code ALPWB_DEBUG=1}.
     */
    private String failureOf(ServiceReference<?> reference) {
        ServiceComponentRuntime runtime = scr;
        Object serviceId = reference.getProperty(Constants.SERVICE_ID);
        if (runtime != null && reference.getBundle() != null) {
            for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs(reference.getBundle())) {
                for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                    if (configuration.failure != null && configuration.service != null
                            && Long.valueOf(configuration.service.id).equals(serviceId)) {
                        return innermostCause(configuration.failure);
                    }
                }
            }
        }
        return "the component's activation failed (ALPWB_DEBUG=1 shows the log)";
    }

    static String innermostCause(String stackTrace) {
        String cause = stackTrace.lines().findFirst().orElse("").trim();
        for (String line : stackTrace.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length()).trim();
            }
        }
        return cause;
    }

    private static int width(List<PluginRow> rows, java.util.function.Function<PluginRow, String> column, String title) {
        return Math.max(title.length(), rows.stream().mapToInt(r -> column.apply(r).length()).max().orElse(0));
    }

    private static String text(ServiceReference<?> reference, String key) {
        Object value = reference.getProperty(key);
        return value == null ? "" : value.toString();
    }

}
