package org.alpwb.workbench.internal;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine;

/** {@code alpwb gui [STUDY.json]}: the desktop workbench in this process, on this process' cache. */
@Component(service = Command.class, property = {ServiceProperties.ID + "=gui",
        ServiceProperties.LABEL + "=Desktop workbench", ServiceProperties.KIND + "=" + ServiceProperties.KIND_COMMAND})
public class WorkbenchCommand implements Command {
    static final String NO_DISPLAY = "alpwb gui: no display available (DISPLAY is unset or its X server cannot be "
            + "reached); use the command line instead, e.g. alpwb run STUDY.json";
    private final Workbench workbench;

    @Activate
    public WorkbenchCommand(@Reference Workbench workbench) {
        this.workbench = workbench;
    }

    static final class Options {
        @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "STUDY")
        String study;
        @CommandLine.Option(names = "--profile")
        String profile;
        @CommandLine.Option(names = "--set")
        Map<String, String> settings = new LinkedHashMap<>();
        @CommandLine.Option(names = "--out")
        String out;
    }

    @Override
    public String summary() {
        return "open the desktop workbench (views, perspectives, live runs on the same cache)";
    }

    @Override
    public String usage() {
        return """
                usage: alpwb gui [STUDY.json] [--profile NAME] [--set NAME=VALUE ...] [--out DIR]
                  Opens the desktop workbench: study navigator, editor with validation, properties, charts,
                  strategy comparison, progress, console, cache and plugins views, in the perspectives Study,
                  Compare and Plugins. Studies run in this process on the same engine and cache as alpwb run,
                  with the same results. Layouts are saved in ~/.config/alpwb/layouts (or $XDG_CONFIG_HOME/alpwb).
                  --profile NAME, --set NAME=VALUE, --out DIR   as for alpwb run (also editable in the window)
                exit codes: 0 closed normally, 2 bad input or no display
                """;
    }

    @Override
    public int run(List<String> args, CommandIO io) {
        Options options = new Options();
        try {
            new CommandLine(options).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            io.err().println("alpwb gui: " + e.getMessage() + "\n" + usage());
            return ExitCodes.BAD_INPUT;
        }
        Path study = options.study == null ? null : io.resolve(options.study);
        if (study != null && !Files.isRegularFile(study)) {
            throw new InvalidInputException("study file " + study + " does not exist");
        }
        if (GraphicsEnvironment.isHeadless()) {
            io.err().println(NO_DISPLAY);
            return ExitCodes.BAD_INPUT;
        }
        Map<String, Object> overrides = new LinkedHashMap<>(options.settings);
        if (options.profile != null) {
            overrides.put("profile", options.profile);
        }
        try {
            workbench.openAndWait(study, overrides, options.out == null ? null : io.resolve(options.out));
            return ExitCodes.OK;
        } catch (AWTError | HeadlessException e) {
            io.err().println(NO_DISPLAY);
            return ExitCodes.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILURE;
        }
    }
}
