package org.alpwb.cli;

import java.util.List;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code alpwb --version}: the product version and the runtime it runs on. */
@Component(service = Command.class, property = {ServiceProperties.ID + "=version",
        ServiceProperties.LABEL + "=Show the version", ServiceProperties.KIND + "=" + ServiceProperties.KIND_COMMAND})
public class VersionCommand implements Command {
    private final BundleContext context;

    @Activate
    public VersionCommand(BundleContext context) {
        this.context = context;
    }

    @Override
    public String summary() {
        return "print the version of ALP Workbench and of its runtime";
    }

    @Override
    public String usage() {
        return "usage: alpwb --version\n  Prints the ALP Workbench version, the OSGi framework and the Java runtime.\n";
    }

    @Override
    public int run(List<String> args, CommandIO io) {
        Bundle self = context.getBundle();
        Bundle framework = context.getBundle(0);
        io.out().println("alpwb " + self.getVersion());
        io.out().println("framework " + framework.getSymbolicName() + " " + framework.getVersion() + " ("
                + context.getProperty(Constants.FRAMEWORK_VENDOR) + ")");
        io.out().println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        return ExitCodes.OK;
    }
}
