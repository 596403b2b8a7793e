package org.alpwb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.cli.CommandIO;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
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
        new PluginDirectory(context).awaitDeployed(10_000, err);
        if (!arguments.isEmpty() && arguments.get(0).equals("shell")) {
            return awaitFrameworkStop();
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

    /** In shell mode the Gogo console owns the terminal; we return when the user stops the framework. */
    private int awaitFrameworkStop() {
        Bundle framework = context.getBundle(0);
        try {
            while (framework.getState() == Bundle.ACTIVE) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
