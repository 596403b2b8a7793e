package org.alpwb.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.cli.CommandIO;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code alpwb} entry point. The bnd launcher of the product registers the command-line
 * arguments as the service property {@code launcher.arguments}, runs this {@code main.thread}
 * service on the main thread once every bundle has started, and exits with the returned code.
 */
@Component(service = Callable.class, property = "main.thread=true")
public class Launcher implements Callable<Integer> {
    static final String SHELL_USAGE = """
            usage: alpwb shell
              Interactive Gogo shell with every alpwb command as alpwb:NAME (e.g. alpwb:run STUDY.json), Gogo pipes
              and variables. Ctrl-C cancels a running alpwb:run (a second one ends the shell at once); Ctrl-D leaves.
              Between commands the shell holds no lock on the result cache. Jars dropped into the plugins
              directory are deployed live, each reported in one line (deployed, or why not).
            """;

    private final BundleContext context;
    private final List<String> arguments;

    @Activate
    public Launcher(BundleContext context,
            @Reference(service = Object.class, target = "(launcher.arguments=*)") Map<String, Object> launcher) {
        this.context = context;
        this.arguments = Dispatcher.arguments((String[]) launcher.get("launcher.arguments"));
    }

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PluginDirectory plugins = new PluginDirectory(context);
        plugins.awaitDeployed(10_000, err);
        boolean shell = !arguments.isEmpty() && arguments.get(0).equals("shell");
        if (shell && (arguments.contains("--help") || arguments.contains("-h"))) {
            out.print(SHELL_USAGE);
            return ExitCodes.OK;
        }
        Interrupts.install(err, shell);
        if (shell) {
            return interactiveShell(err, plugins);
        }
        boolean interactive = Boolean.getBoolean("alpwb.tty");
        Path workingDirectory = Path.of(System.getProperty("alpwb.workdir", System.getProperty("user.dir")));
        CommandIO io = new CommandIO(System.in, out, err, interactive, workingDirectory,
                () -> new ConsoleProgressMonitor(err, interactive));
        boolean debug = "1".equals(System.getenv("ALPWB_DEBUG"));
        int code = new Dispatcher(new OsgiCommandRegistry(context), debug).dispatch(arguments, io);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * {@code alpwb shell}: Gogo starts non-interactive with the framework, and we open its console only now,
     * after every bundle and hot-deployed plugin is up, so the first command typed (or piped) finds them all.
     */
    private int interactiveShell(PrintStream err, PluginDirectory plugins) {
        ServiceReference<CommandProcessor> reference = context.getServiceReference(CommandProcessor.class);
        CommandProcessor processor = reference == null ? null : context.getService(reference);
        if (processor == null) {
            err.println("alpwb shell: the Gogo shell is not installed in this product");
            return ExitCodes.FAILURE;
        }
        // the real descriptors: Gogo replaces System.out/err with streams that dispatch to the current session,
        // so passing those back as the session's console would write into itself
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        PrintStream errors = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        try (PluginWatcher watcher = PluginWatcher.start(plugins, errors);
                CommandSession session = processor.createSession(new FileInputStream(FileDescriptor.in), console, errors)) {
            session.execute("gosh --noshutdown");
            return ExitCodes.OK;
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            err.println("alpwb shell: " + cause);
            return ExitCodes.FAILURE;
        } finally {
            context.ungetService(reference);
        }
    }
}
