package org.alpwb.physics.lhe;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.ParticleStatus;

/**
 * Reads LHE files (versions 1 to 3: MadGraph5_aMC@NLO, Pythia 8, Whizard, ours) following the grammar of the Les
 * Houches Event File standard (hep-ph/0609017) and its version 3 extension (arXiv:1405.1067): tags are matched by
 * their whole name; {@code <header>} (with MadGraph's {@code <initrwgt>}/{@code <weightgroup>}) and XML comments are
 * skipped; in {@code <init>} the beam and process lines are read and the optional elements ({@code <generator>},
 * {@code <xsecinfo>}, {@code <weightinfo>}, {@code <weightgroup>}, {@code <initrwgt>}, ...) skipped; in each
 * {@code <event>} the event and particle lines are read and {@code <rwgt>}/{@code <wgt>}, {@code <weights>},
 * {@code <scales>}, {@code <clustering>}, {@code <mgrwt>} and {@code #} lines skipped; {@code <eventgroup>}s are
 * read event by event. Our own {@code #alpwb diagram=NAME} line restores the diagram class. Numbers must be finite.
 * Malformed input gives an {@link InvalidInputException} naming the source, line and field.
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
        Lines lines = new Lines(reader);
        LheInit init = null;
        EventBlock.Builder builder = EventBlock.builder(0);
        boolean sawRoot = false;
        for (String text = lines.next(); text != null; text = lines.next()) {
            String trimmed = text.trim();
            String tag = tagName(trimmed);
            if (tag == null) {
                continue; // text between the blocks carries nothing (the standard puts all of it in <header>)
            }
            switch (tag) {
                case "LesHouchesEvents" -> sawRoot = true;
                case "/LesHouchesEvents", "eventgroup", "/eventgroup" -> {
                    // end of the file; LHEF 3 event groups (NLO counter-events) are read event by event
                }
                case "init" -> {
                    int line = lines.number();
                    init = parseInit(readInit(lines, trimmed, source), source, line);
                }
                case "event" -> parseEvent(lines, trimmed, builder, source);
                default -> skipElement(lines, tag, trimmed, source); // <header>, comments, other generators' tags
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

    /** Lines with their numbers (1-based) for messages. */
    private static final class Lines {
        private final BufferedReader reader;
        private int number;

        Lines(BufferedReader reader) {
            this.reader = reader;
        }

        String next() throws IOException {
            String text = reader.readLine();
            if (text != null) {
                number++;
            }
            return text;
        }

        int number() {
            return number;
        }
    }

    /**
     * The element name a line starts with: {@code event} for {@code <event npLO="1">}, {@code /init} for
     * {@code </init>}, {@code !--} for a comment, {@code ?xml} for the declaration; null for a line that is not a tag.
     * Names are compared whole, so {@code <initrwgt>} is never taken for {@code <init>}.
     */
    static String tagName(String trimmed) {
        if (!trimmed.startsWith("<")) {
            return null;
        }
        if (trimmed.startsWith("<!--")) {
            return "!--";
        }
        if (trimmed.startsWith("<![CDATA[")) {
            return "![CDATA[";
        }
        int end = 1;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end)) && trimmed.charAt(end) != '>'
                && !trimmed.startsWith("/>", end)) {
            end++;
        }
        return trimmed.substring(1, end);
    }

    /**
     * Skips the element (or comment) that starts on {@code first}, up to and including its end: the same line for
     * {@code <x/>} and {@code <x>...</x>}, else the line with {@code </x>} ({@code -->}, {@code ]]>}).
     */
    private static void skipElement(Lines lines, String tag, String first, String source) throws IOException {
        if (tag.startsWith("/") || tag.startsWith("?") || tag.startsWith("!DOCTYPE")) {
            return;
        }
        String end = tag.equals("!--") ? "-->" : tag.equals("![CDATA[") ? "]]>" : "</" + tag;
        if ((first.endsWith("/>") && !tag.equals("!--")) || first.indexOf(end, 1) >= 0) {
            return;
        }
        int from = lines.number();
        for (String text = lines.next(); text != null; text = lines.next()) {
            if (text.contains(end)) {
                return;
            }
        }
        throw new InvalidInputException(source, "<" + tag + "> (line " + from + ")", "(not closed)",
                "an element closed by " + end + (end.startsWith("</") ? ">" : ""));
    }

    /**
     * The data lines of {@code <init>}: the beam line and one line per process. The LHEF 3 tags that may follow
     * them ({@code <generator>}, {@code <xsecinfo>}, {@code <cutsinfo>}, {@code <procinfo>}, {@code <mergeinfo>},
     * {@code <weightinfo>}, {@code <weightgroup>}, MadGraph's {@code <initrwgt>}) and {@code #} comments are skipped.
     */
    private static List<String> readInit(Lines lines, String first, String source) throws IOException {
        List<String> data = new ArrayList<>();
        if (first.contains("</init>")) {
            return data;
        }
        int from = lines.number();
        for (String text = lines.next(); text != null; text = lines.next()) {
            String t = text.trim();
            String tag = tagName(t);
            if ("/init".equals(tag)) {
                return data;
            }
            if (tag != null) {
                skipElement(lines, tag, t, source);
            } else if (!t.isEmpty() && !t.startsWith("#")) {
                data.add(t);
            }
        }
        throw new InvalidInputException(source, "init (line " + from + ")", "(not closed)", "an <init> block ending in </init>");
    }

    private static LheInit parseInit(List<String> lines, String source, int lineNumber) {
        if (lines.isEmpty()) {
            throw new InvalidInputException(source, "init (line " + lineNumber + ")", "(empty)", "beam line and process lines");
        }
        String[] beam = split(lines.get(0), 10, source, "init beam line");
        int processes = (int) parseLong(beam[9], source, "init NPRUP");
        if (processes < 1 || processes + 1 > lines.size()) {
            throw new InvalidInputException(source, "init NPRUP (line " + lineNumber + ")", processes,
                    "the number of process lines that follow the beam line (" + (lines.size() - 1) + ")");
        }
        List<LheInit.Process> list = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            String[] f = split(lines.get(p + 1), 4, source, "init process line " + (p + 1));
            list.add(new LheInit.Process(parse(f[0], source, "XSECUP"), parse(f[1], source, "XERRUP"),
                    parse(f[2], source, "XMAXUP"), (int) parseLong(f[3], source, "LPRUP")));
        }
        return new LheInit((int) parseLong(beam[0], source, "IDBMUP(1)"), (int) parseLong(beam[1], source, "IDBMUP(2)"),
                parse(beam[2], source, "EBMUP(1)"), parse(beam[3], source, "EBMUP(2)"),
                (int) parseLong(beam[8], source, "IDWTUP"), list);
    }

    /**
     * One {@code <event>}: the event line, NUP particle lines, then optional content up to {@code </event>}: {@code #}
     * comment lines, and the elements {@code <rwgt>} ({@code <wgt>}), {@code <weights>}, {@code <scales>},
     * {@code <clustering>} ({@code <clus>}), MadGraph's {@code <mgrwt>}, skipped whole.
     */
    private static void parseEvent(Lines lines, String first, EventBlock.Builder builder, String source)
            throws IOException {
        String text = lines.next();
        while (text != null && (text.trim().isEmpty() || text.trim().startsWith("#"))) {
            text = lines.next();
        }
        if (text == null) {
            throw new InvalidInputException(source, "event (line " + lines.number() + ")", "(end of file)", "an event header");
        }
        String where = "event at line " + lines.number();
        String[] head = split(text, 6, source, where);
        int n = (int) parseLong(head[0], source, where + " NUP");
        if (n < 1 || n > 10_000) {
            throw new InvalidInputException(source, where + " NUP", n, "a particle count in [1, 10000]");
        }
        double weight = parse(head[2], source, where + " XWGTUP");
        for (int k = 0; k < n; k++) {
            text = lines.next();
            if (text == null) {
                throw new InvalidInputException(source, where, "(end of file)", n + " particle lines");
            }
            int lineNumber = lines.number();
            if (tagName(text.trim()) != null) {
                throw new InvalidInputException(source, where + " particle " + (k + 1), text.trim(),
                        n + " particle lines (NUP) before any tag");
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
                    (int) parseLong(f[2], source, "MOTHUP(1) at line " + lineNumber) - 1,
                    (int) parseLong(f[3], source, "MOTHUP(2) at line " + lineNumber) - 1,
                    parse(f[9], source, "PUP(4) at line " + lineNumber), parse(f[6], source, "PUP(1) at line " + lineNumber),
                    parse(f[7], source, "PUP(2) at line " + lineNumber), parse(f[8], source, "PUP(3) at line " + lineNumber));
        }
        String diagram = "";
        for (text = lines.next(); text != null; text = lines.next()) {
            String t = text.trim();
            String tag = tagName(t);
            if ("/event".equals(tag)) {
                builder.endEvent(weight, diagram);
                return;
            }
            if (tag != null) {
                skipElement(lines, tag, t, source);
            } else if (t.startsWith("#alpwb diagram=")) {
                diagram = t.substring("#alpwb diagram=".length()).trim();
            }
        }
        throw new InvalidInputException(source, where, "(end of file)", "an event ending in </event>");
    }

    private static String[] split(String text, int atLeast, String source, String field) {
        String[] f = text.trim().split("\\s+");
        if (f.length < atLeast) {
            throw new InvalidInputException(source, field, text.trim(), "at least " + atLeast + " numbers");
        }
        return f;
    }

    private static double parse(String value, String source, String field) {
        double number;
        try {
            number = Double.parseDouble(value.replace('D', 'E').replace('d', 'e'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source, field, value, "a number");
        }
        if (!Double.isFinite(number)) {
            throw new InvalidInputException(source, field, value, "a finite number");
        }
        return number;
    }

    private static long parseLong(String value, String source, String field) {
        try {
            return Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source, field, value, "an integer");
        }
    }
}
