package org.alpwb.physics.lhe;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.ParticleStatus;

/**
 * Reads LHE files (versions 1 to 3, e.g. MadGraph output): the {@code <init>} block and the
 * {@code <event>} blocks; comments, the header and extra tags inside events ({@code <rwgt>},
 * {@code <mgrwt>}, {@code <scales>}, {@code #} lines) are skipped. Our own
 * {@code #alpwb diagram=NAME} line restores the diagram class. Malformed input gives an
 * {@link InvalidInputException} naming the source and line.
 */
public final class LheReader {

    /** The content of an LHE file: init block and all events (weights as written, XWGTUP). */
    public record LheFile(LheInit init, EventBlock events) {
        /**
         * The events with weights rescaled to sum to the init cross section (MadGraph writes XWGTUP
         * normalised to the average or to the sum depending on event_norm; this removes the ambiguity).
         */
        public EventBlock eventsNormalisedToCrossSection() {
            double sum = events.sumOfWeightsPb();
            return sum == 0 ? events : events.withWeightsScaled(init.totalCrossSectionPb() / sum);
        }
    }

    private LheReader() {
    }

    public static LheFile read(BufferedReader reader, String source) throws IOException {
        LheInit init = null;
        EventBlock.Builder builder = EventBlock.builder(0);
        String text;
        int lineNumber = 0;
        boolean sawRoot = false;
        while ((text = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = text.trim();
            if (trimmed.startsWith("<LesHouchesEvents")) {
                sawRoot = true;
            } else if (trimmed.startsWith("<init")) {
                List<String> lines = new ArrayList<>();
                while ((text = reader.readLine()) != null && !text.trim().startsWith("</init")) {
                    lineNumber++;
                    String t = text.trim();
                    if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("<")) {
                        lines.add(t);
                    }
                }
                lineNumber++;
                init = parseInit(lines, source, lineNumber);
            } else if (trimmed.startsWith("<event")) {
                lineNumber = parseEvent(reader, builder, source, lineNumber);
            }
        }
        if (!sawRoot) {
            throw new InvalidInputException(source, "LesHouchesEvents", "(missing)", "an LHE file with a <LesHouchesEvents> root");
        }
        if (init == null) {
            throw new InvalidInputException(source, "init", "(missing)", "an <init> block");
        }
        return new LheFile(init, builder.build());
    }

    private static LheInit parseInit(List<String> lines, String source, int lineNumber) {
        if (lines.isEmpty()) {
            throw new InvalidInputException(source, "init (line " + lineNumber + ")", "(empty)", "beam line and process lines");
        }
        String[] beam = split(lines.get(0), 10, source, "init beam line");
        int processes = (int) parseLong(beam[9], source, "init NPRUP");
        List<LheInit.Process> list = new ArrayList<>();
        for (int p = 0; p < processes && p + 1 < lines.size(); p++) {
            String[] f = split(lines.get(p + 1), 4, source, "init process line " + (p + 1));
            list.add(new LheInit.Process(parse(f[0], source, "XSECUP"), parse(f[1], source, "XERRUP"),
                    parse(f[2], source, "XMAXUP"), (int) parseLong(f[3], source, "LPRUP")));
        }
        return new LheInit((int) parseLong(beam[0], source, "IDBMUP(1)"), (int) parseLong(beam[1], source, "IDBMUP(2)"),
                parse(beam[2], source, "EBMUP(1)"), parse(beam[3], source, "EBMUP(2)"),
                (int) parseLong(beam[8], source, "IDWTUP"), list);
    }

    private static int parseEvent(BufferedReader reader, EventBlock.Builder builder, String source, int lineNumber)
            throws IOException {
        String text = reader.readLine();
        lineNumber++;
        while (text != null && (text.trim().isEmpty() || text.trim().startsWith("#"))) {
            text = reader.readLine();
            lineNumber++;
        }
        if (text == null) {
            throw new InvalidInputException(source, "event (line " + lineNumber + ")", "(end of file)", "an event header");
        }
        String where = "event at line " + lineNumber;
        String[] head = split(text, 6, source, where);
        int n = (int) parseLong(head[0], source, where + " NUP");
        double weight = parse(head[2], source, where + " XWGTUP");
        for (int k = 0; k < n; k++) {
            text = reader.readLine();
            lineNumber++;
            if (text == null) {
                throw new InvalidInputException(source, where, "(end of file)", n + " particle lines");
            }
            String[] f = split(text, 13, source, "particle line " + lineNumber);
            int status = (int) parseLong(f[1], source, "ISTUP at line " + lineNumber);
            ParticleStatus particleStatus;
            try {
                particleStatus = ParticleStatus.ofLheCode(status);
            } catch (IllegalArgumentException e) {
                // other LHE codes (-2 intermediate space-like, 3 documentation, -9 beam) map to intermediate
                particleStatus = ParticleStatus.INTERMEDIATE;
            }
            builder.particle((int) parseLong(f[0], source, "IDUP at line " + lineNumber), particleStatus,
                    (int) parseLong(f[2], source, "MOTHUP(1)") - 1, (int) parseLong(f[3], source, "MOTHUP(2)") - 1,
                    parse(f[9], source, "PUP(4) at line " + lineNumber), parse(f[6], source, "PUP(1)"),
                    parse(f[7], source, "PUP(2)"), parse(f[8], source, "PUP(3)"));
        }
        String diagram = "";
        while ((text = reader.readLine()) != null) {
            lineNumber++;
            String t = text.trim();
            if (t.startsWith("</event")) {
                break;
            }
            if (t.startsWith("#alpwb diagram=")) {
                diagram = t.substring("#alpwb diagram=".length()).trim();
            }
        }
        builder.endEvent(weight, diagram);
        return lineNumber;
    }

    private static String[] split(String text, int atLeast, String source, String field) {
        String[] f = text.trim().split("\\s+");
        if (f.length < atLeast) {
            throw new InvalidInputException(source, field, text.trim(), "at least " + atLeast + " numbers");
        }
        return f;
    }

    private static double parse(String value, String source, String field) {
        try {
            return Double.parseDouble(value.replace('D', 'E').replace('d', 'e'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source, field, value, "a number");
        }
    }

    private static long parseLong(String value, String source, String field) {
        try {
            return Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source, field, value, "an integer");
        }
    }
}
