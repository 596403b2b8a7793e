package org.alpwb.channel.eegg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.CutFlow;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.detector.DetectorModel;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.table.ColumnTable;
import org.alpwb.physics.lhe.LheReader;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code alpwb reconstruct --channel eegg --detector ID [--condition NAME] --input FILE.lhe --out TABLE.csv
 * [--seed S]}: simulates the LHE events with a detector model in chunks of {@value #CHUNK} (one seed per
 * chunk, so the output does not depend on threads), reconstructs them with the channel, writes one CSV row
 * per selected candidate and prints the cut flow.
 */
@Component(service = Command.class, property = {ServiceProperties.ID + "=reconstruct",
    ServiceProperties.LABEL + "=Simulate LHE events and reconstruct channel candidates into a CSV table",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_COMMAND})
public class ReconstructCommand implements Command {
    static final int CHUNK = 5000;

    private final Map<String, DetectorModel> detectors = new ConcurrentHashMap<>();
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addDetector(DetectorModel detector, Map<String, Object> properties) {
        detectors.put(String.valueOf(properties.get(ServiceProperties.ID)), detector);
    }

    void removeDetector(DetectorModel detector, Map<String, Object> properties) {
        detectors.remove(String.valueOf(properties.get(ServiceProperties.ID)), detector);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addChannel(Channel channel, Map<String, Object> properties) {
        channels.put(String.valueOf(properties.get(ServiceProperties.ID)), channel);
    }

    void removeChannel(Channel channel, Map<String, Object> properties) {
        channels.remove(String.valueOf(properties.get(ServiceProperties.ID)), channel);
    }

    @CommandLine.Command(name = "reconstruct", mixinStandardHelpOptions = true,
            description = "Simulate LHE events with a detector model and reconstruct channel candidates into a CSV table.")
    static final class Options {
        @Option(names = "--channel", required = true, description = "channel id, e.g. eegg")
        String channel;
        @Option(names = "--detector", required = true, description = "detector model id, e.g. belle2")
        String detector;
        @Option(names = "--condition", description = "run condition (default: the detector's first)")
        String condition;
        @Option(names = "--input", required = true, description = "LHE file")
        String input;
        @Option(names = "--out", required = true, description = "output CSV file")
        String out;
        @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed;
    }

    @Override
    public String summary() {
        return "Simulate LHE events and reconstruct channel candidates into a CSV table";
    }

    @Override
    public String usage() {
        return new CommandLine(new Options()).getUsageMessage();
    }

    @Override
    public int run(List<String> args, CommandIO io) {
        Options options = new Options();
        CommandLine line = new CommandLine(options);
        try {
            line.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            io.err().println("reconstruct: " + e.getMessage());
            io.err().println(usage());
            return ExitCodes.BAD_INPUT;
        }
        if (line.isUsageHelpRequested() || line.isVersionHelpRequested()) {
            io.out().println(usage());
            return ExitCodes.OK;
        }
        try {
            return execute(options, io);
        } catch (InvalidInputException e) {
            io.err().println("alpwb reconstruct: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            io.err().println("alpwb reconstruct: " + e);
            return ExitCodes.FAILURE;
        }
    }

    private int execute(Options o, CommandIO io) throws IOException {
        Channel channel = lookup(channels, o.channel, "--channel");
        DetectorModel detector = lookup(detectors, o.detector, "--detector");
        String condition = o.condition != null ? detector.runCondition(o.condition).name()
                : detector.runConditions().get(0).name();
        // files are checked before any work: a directory, a missing directory or --out = --input is exit 2 now
        Path input = io.inputFile("--input", o.input);
        Path requestedOut = io.resolve(o.out);
        Path outDirectory = requestedOut.toAbsolutePath().getParent();
        if (outDirectory != null && !Files.exists(outDirectory)) {
            Files.createDirectories(outDirectory);
        }
        Path out = io.outputFile("--out", o.out, input);
        EventBlock events;
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            LheReader.LheFile file = LheReader.read(reader, input.toString());
            checkBeams(file.init(), detector, input);
            events = file.eventsNormalisedToCrossSection();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("command line", "--input", o.input, "an existing LHE file");
        }
        SeedSequence seeds = new SeedSequence(o.seed, "reconstruct/" + o.detector + "/" + condition);
        SimulationOptions simulation = SimulationOptions.nominal(condition);
        ProgressMonitor monitor = io.newProgressMonitor();
        monitor.begin("reconstruct " + events.eventCount() + " events", events.eventCount());
        List<ColumnTable> tables = new ArrayList<>();
        CutFlow flow = null;
        try {
            for (int from = 0, chunk = 0; from < events.eventCount(); from += CHUNK, chunk++) {
                monitor.checkCancelled();
                int to = Math.min(events.eventCount(), from + CHUNK);
                EventBlock slice = Tables.slice(events, from, to);
                RecoBlock reco = detector.simulate(slice, simulation, seeds.seed(chunk));
                Channel.Reconstruction r = channel.reconstruct(reco, slice, detector.beams());
                tables.add(r.candidates());
                flow = flow == null ? r.cutFlow() : flow.plus(r.cutFlow());
                monitor.worked(to - from);
            }
        } finally {
            monitor.done();
        }
        ColumnTable table = ColumnTable.concat(tables);
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            Tables.writeCsv(table, writer);
        }
        if (flow != null) {
            io.out().print(flow.toText());
        }
        io.out().println(table.rowCount() + " candidates written to " + out);
        return ExitCodes.OK;
    }

    /** Relative tolerance on sqrt(s): Belle II's off-resonance running is 0.6 % below the Y(4S). */
    static final double SQRT_S_TOLERANCE = 0.01;

    /**
     * The detector simulates e+e- collisions at its own beam energies: a file of other beams (pp, or e+e- at
     * another energy) would be simulated as if it were those collisions. Refused with what the file has.
     */
    static void checkBeams(org.alpwb.physics.lhe.LheInit init, DetectorModel detector, Path input) {
        boolean electronPositron = init.beam1Pdg() == -init.beam2Pdg() && Math.abs(init.beam1Pdg()) == 11;
        double sqrtS = 2 * Math.sqrt(init.beam1EnergyGeV() * init.beam2EnergyGeV()); // head-on beams
        double expected = detector.beams().sqrtSGeV();
        if (!electronPositron || !(Math.abs(sqrtS - expected) <= SQRT_S_TOLERANCE * expected)) {
            throw new InvalidInputException(input.toString(), "init IDBMUP/EBMUP", String.format(java.util.Locale.ROOT,
                    "beams %d %d at sqrt(s) = %.4g GeV", init.beam1Pdg(), init.beam2Pdg(), sqrtS),
                    String.format(java.util.Locale.ROOT, "e+e- (11, -11) at the %s detector's sqrt(s) = %.4g GeV "
                            + "(within %.0f %%)", detector.id(), expected, 100 * SQRT_S_TOLERANCE));
        }
    }

    private static <T> T lookup(Map<String, T> services, String id, String option) {
        T service = services.get(id);
        if (service == null) {
            throw new InvalidInputException("command line", option, id,
                    services.isEmpty() ? "(none registered)" : String.join(", ", new TreeMap<>(services).keySet()));
        }
        return service;
    }
}
