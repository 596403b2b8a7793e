package org.alpwb.generators.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.CrossSectionResult;
import org.alpwb.api.generator.EventGenerator;
import org.alpwb.api.generator.GenerationResult;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.physics.lhe.LheInit;
import org.alpwb.physics.lhe.LheWriter;
import org.osgi.service.component.annotations.Component;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alpwb generate}: integrate, then write N (un)weighted events to an LHE v3 file. */
@Component(service = Command.class, property = {ServiceProperties.ID + "=generate",
    ServiceProperties.LABEL + "=Generate events to an LHE file", ServiceProperties.KIND + "=" + ServiceProperties.KIND_COMMAND})
public class GenerateCommand extends GeneratorCommand {

    @Override
    public String summary() {
        return "Generate unweighted (or weighted) events of a process into an LHE v3 file";
    }

    @Override
    public String usage() {
        return CommandSupport.usage(new Options(null));
    }

    @Override
    public int run(List<String> args, CommandIO io) {
        return CommandSupport.execute("generate", new Options(io), args, io);
    }

    @CommandLine.Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Integrates a process, then writes events to an LHE v3 file (weights in pb, summing to sigma).",
                "Exit codes: 0 ok, 1 failure, 2 bad input."})
    final class Options implements Callable<Integer> {
        private final CommandIO io;

        @Mixin
        RequestOptions request = new RequestOptions();

        @Option(names = "--events", required = true, paramLabel = "N", description = "Number of events.")
        long events;

        @Option(names = "--out", required = true, paramLabel = "FILE.lhe", description = "Output LHE file.")
        String out;

        @Option(names = "--weighted", description = "Weighted events instead of unweighted.")
        boolean weighted;

        Options(CommandIO io) {
            this.io = io;
        }

        @Override
        public Integer call() throws IOException {
            ProcessRequest r = request.toRequest();
            if (events < 1 || events > 100_000_000L) {
                throw new InvalidInputException("command line", "--events", events, "1..100000000");
            }
            EventGenerator generator = registry.get(r.processId());
            // before the generation: a directory (empty or not) is never replaced, a missing directory is named
            Path file = io.outputFile("--out", out);
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            ExecutorService pool = CommandSupport.pool(request.threadCount());
            double sqrtS = r.sqrtSGeV();
            try {
                // the LHE init block needs sigma before the events: integrate first (same seeds as generate uses)
                SeedSequence seeds = new SeedSequence(request.seed, "generate/" + r.processId());
                CrossSectionResult xsec = generator.crossSection(r, seeds, pool, io.newProgressMonitor());
                LheInit init = new LheInit(11, -11, sqrtS / 2, sqrtS / 2, weighted ? -4 : 3,
                        List.of(new LheInit.Process(xsec.crossSection().valuePb(), xsec.crossSection().errorPb(),
                                xsec.crossSection().valuePb() / Math.max(1e-300, xsec.unweightingEfficiency()), 1)));
                String header = "ALP Workbench generator\n" + RequestJson.write(RequestJson.toMap(xsec, request.seed))
                        + "\nevents " + events + (weighted ? " weighted" : " unweighted");
                GenerationResult result;
                try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                        LheWriter lhe = new LheWriter(writer, header, init)) {
                    result = generator.generate(r, events, !weighted, seeds, pool, io.newProgressMonitor(), block -> {
                        try {
                            lhe.write(block);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                io.out().printf(Locale.ROOT,
                        "%d %s events of %s written to %s; sigma = %.6g +- %.2g pb; sum of weights %.6g pb; "
                                + "efficiency %.3g; overweight fraction %.2g%n",
                        result.events(), weighted ? "weighted" : "unweighted", r.processId(), file,
                        result.crossSection().crossSection().valuePb(), result.crossSection().crossSection().errorPb(),
                        result.sumOfWeightsPb(), (double) result.events() / result.trials(), result.overweightFraction());
                return ExitCodes.OK;
            } finally {
                Files.deleteIfExists(partial);
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }
    }
}
