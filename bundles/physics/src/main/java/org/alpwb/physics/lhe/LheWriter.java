package org.alpwb.physics.lhe;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.alpwb.api.event.EventBlock;

/**
 * Writes Les Houches Event files, version 3.0 (Alwall et al., hep-ph/0609017 and the 2013 v3
 * extension). Mothers are written 1-based as the format requires; weights (XWGTUP) are the event
 * weights in pb; the diagram class goes into an optional {@code #alpwb diagram=NAME} line, which
 * LHE readers skip. Numbers are written with 17 significant digits (lossless for doubles).
 */
public final class LheWriter implements Closeable {
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);
    private final int processId;

    public LheWriter(Writer writer, String headerText, LheInit init) throws IOException {
        this.out = writer instanceof BufferedWriter ? (BufferedWriter) writer : new BufferedWriter(writer, 1 << 16);
        this.processId = init.processes().isEmpty() ? 1 : init.processes().get(0).id();
        out.write("<LesHouchesEvents version=\"3.0\">\n<header>\n<!--\n");
        out.write(headerText.replace("--", "- -"));
        out.write("\n-->\n</header>\n<init>\n");
        out.write(String.format(Locale.ROOT, " %d %d %s %s 0 0 0 0 %d %d%n", init.beam1Pdg(), init.beam2Pdg(),
                num(init.beam1EnergyGeV()), num(init.beam2EnergyGeV()), init.weightStrategy(), init.processes().size()));
        for (LheInit.Process p : init.processes()) {
            out.write(" " + num(p.crossSectionPb()) + " " + num(p.errorPb()) + " " + num(p.maxWeight()) + " " + p.id()
                    + "\n");
        }
        out.write("</init>\n");
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.16e", value);
    }

    /** Appends all events of a block. */
    public void write(EventBlock block) throws IOException {
        int[] offsets = block.offsets();
        for (int i = 0; i < block.eventCount(); i++) {
            int first = offsets[i];
            int count = offsets[i + 1] - first;
            out.write("<event>\n");
            line.setLength(0);
            line.append(' ').append(count).append(' ').append(processId).append(' ')
                    .append(num(block.weightsPb()[i])).append(' ').append(num(-1)).append(' ')
                    .append(num(1 / 137.035999)).append(' ').append(num(0)).append('\n');
            for (int k = first; k < first + count; k++) {
                double e = block.energies()[k];
                double px = block.px()[k];
                double py = block.py()[k];
                double pz = block.pz()[k];
                double m2 = (e - Math.sqrt(px * px + py * py + pz * pz)) * (e + Math.sqrt(px * px + py * py + pz * pz));
                line.append(' ').append(block.pdgIds()[k]).append(' ').append(block.statusCodes()[k]).append(' ')
                        .append(block.mother1()[k] + 1).append(' ').append(block.mother2()[k] + 1).append(" 0 0 ")
                        .append(num(px)).append(' ').append(num(py)).append(' ').append(num(pz)).append(' ')
                        .append(num(e)).append(' ').append(num(m2 > 0 ? Math.sqrt(m2) : 0)).append(" 0 9\n");
            }
            String diagram = block.diagramClass(i);
            if (!diagram.isEmpty()) {
                line.append("#alpwb diagram=").append(diagram).append('\n');
            }
            out.write(line.toString());
            out.write("</event>\n");
        }
    }

    @Override
    public void close() throws IOException {
        out.write("</LesHouchesEvents>\n");
        out.close();
    }
}
