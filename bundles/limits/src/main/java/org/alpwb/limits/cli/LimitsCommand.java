package org.alpwb.limits.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.HypothesisTestResult;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.limits.UpperLimitResult;
import org.alpwb.api.progress.CancelledException;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.alpwb.limits.calc.ToyCalculator;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.HistFactoryModel;
import org.alpwb.limits.pyhf.Workspace;
import org.alpwb.limits.pyhf.WorkspaceReader;
import org.osgi.service.component.annotations.Component;
import picocli.CommandLine;

/** {@code alpwb limits}: CLs and upper limits from a pyhf workspace (asymptotic, or toys with --toys N). */
@Component(service = Command.class, property = {
    ServiceProperties.ID + "=limits",
    ServiceProperties.LABEL + "=CLs and upper limits from a pyhf workspace",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_COMMAND})
public final class LimitsCommand implements Command {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String summary() {
        return "CLs for a POI value or CLs upper limits from a pyhf JSON workspace";
    }

    @Override
    public String usage() {
        StringWriter text = new StringWriter();
        new CommandLine(new LimitsOptions()).usage(new PrintWriter(text));
        return text.toString();
    }

    @Override
    public int run(List<String> args, CommandIO io) {
        LimitsOptions o = new LimitsOptions();
        CommandLine cl = new CommandLine(o);
        try {
            cl.parseArgs(args.toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            io.err().println("limits: " + e.getMessage());
            io.err().print(usage());
            return ExitCodes.BAD_INPUT;
        }
        if (o.help) {
            io.out().print(usage());
            return ExitCodes.OK;
        }
        try {
            validate(o);
            Path file = io.inputFile("--workspace", o.workspace);
            Workspace ws = WorkspaceReader.read(file);
            HistFactoryModel model = HistFactoryCompiler.compile(ws, o.measurement, file.toString());
            String poi = model.parameterNames().get(model.poiIndex());
            LimitCalculator calc = o.toys > 0 ? new ToyCalculator() : new AsymptoticCalculator();
            String calcId = o.toys > 0 ? "toys-cls" : "asymptotic-cls";
            CalculatorOptions opts = new CalculatorOptions(o.toys, o.seed, o.threads);
            ProgressMonitor monitor = o.toys > 0 ? io.newProgressMonitor() : ProgressMonitor.NONE;
            if (o.mode.poiValue != null) {
                double mu = o.mode.poiValue;
                HypothesisTestResult r = calc.hypothesisTest(model, mu, opts, monitor);
                printTest(io, o.json, calcId, poi, r);
            } else {
                UpperLimitResult r = calc.upperLimit(model, o.cl, opts, monitor);
                printLimit(io, o.json, calcId, poi, r);
            }
            return ExitCodes.OK;
        } catch (InvalidInputException e) {
            io.err().println("alpwb limits: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (CancelledException e) {
            io.err().println("limits: cancelled");
            return ExitCodes.FAILURE;
        } catch (RuntimeException e) {
            io.err().println("limits: failed: " + e);
            return ExitCodes.FAILURE;
        }
    }

    /** Cap on --toys: memory (two arrays of doubles per hypothesis) and time, far beyond what CLs precision needs. */
    static final long MAX_TOYS = 10_000_000L;

    private static void validate(LimitsOptions o) {
        if (!(o.cl > 0 && o.cl < 1)) {
            throw new InvalidInputException("limits", "--cl", o.cl, "a number in (0, 1), e.g. 0.95 or 0.90");
        }
        if (o.toys != 0 && (o.toys < 10 || o.toys > MAX_TOYS)) {
            throw new InvalidInputException("limits", "--toys", o.toys, "0 (asymptotic) or 10.." + MAX_TOYS
                    + " (every toy's test statistic is kept in memory, 16 bytes per toy and hypothesis; "
                    + MAX_TOYS + " resolve CLs to 1e-3 relative at CLs = 0.05)");
        }
        if (o.mode.poiValue != null && (!(o.mode.poiValue >= 0) || o.mode.poiValue.isInfinite())) {
            throw new InvalidInputException("limits", "--poi-value", o.mode.poiValue, "a finite number >= 0");
        }
    }

    private static void printTest(CommandIO io, boolean json, String calc, String poi, HypothesisTestResult r) {
        if (json) {
            ObjectNode n = JSON.createObjectNode();
            n.put("calculator", calc);
            n.put("poi", poi);
            n.put("poi_value", r.poiValue());
            n.put("cls_obs", r.clsObserved());
            double[] band = r.clsExpected();
            for (double v : band) {
                n.withArray("cls_exp").add(v);
            }
            io.out().println(n.toString());
            return;
        }
        io.out().printf(Locale.ROOT, "%s, %s = %s%n", calc, poi, fmt(r.poiValue()));
        io.out().printf(Locale.ROOT, "CLs_obs = %s%n", fmt(r.clsObserved()));
        io.out().printf(Locale.ROOT, "CLs_exp [-2, -1, 0, +1, +2 sigma] = %s%n", fmt(r.clsExpected()));
    }

    private static void printLimit(CommandIO io, boolean json, String calc, String poi, UpperLimitResult r) {
        if (json) {
            ObjectNode n = JSON.createObjectNode();
            n.put("calculator", calc);
            n.put("poi", poi);
            n.put("cl", r.cl());
            n.put("mu_up_obs", r.observed());
            for (double v : r.expected()) {
                n.withArray("mu_up_exp").add(v);
            }
            io.out().println(n.toString());
            return;
        }
        io.out().printf(Locale.ROOT, "%s, %s upper limits at %s%% CL%n", calc, poi, fmt(100 * r.cl()));
        io.out().printf(Locale.ROOT, "observed = %s%n", fmt(r.observed()));
        io.out().printf(Locale.ROOT, "expected [-2, -1, 0, +1, +2 sigma] = %s%n", fmt(r.expected()));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.7g", v);
    }

    private static String fmt(double[] v) {
        StringBuilder s = new StringBuilder();
        for (double x : v) {
            s.append(s.length() == 0 ? "" : " ").append(fmt(x));
        }
        return s.toString();
    }
}
