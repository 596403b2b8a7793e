package org.alpwb.channel.eegg;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.table.ColumnTable;

/** Small helpers shared by the command and the task. */
final class Tables {
    private Tables() {
    }

    /** CSV with a header line; numbers in Java's shortest round-trip form (NaN as "NaN"). */
    static void writeCsv(ColumnTable table, Writer out) throws IOException {
        List<String> names = table.columnNames();
        out.write(String.join(",", names));
        out.write('\n');
        double[][] columns = new double[names.size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = table.column(names.get(c));
        }
        StringBuilder line = new StringBuilder();
        for (int r = 0; r < table.rowCount(); r++) {
            line.setLength(0);
            for (int c = 0; c < columns.length; c++) {
                if (c > 0) {
                    line.append(',');
                }
                line.append(columns[c][r]);
            }
            out.write(line.append('\n').toString());
        }
    }

    /** Events [from, to) of a block as a new block (event numbers kept). */
    static EventBlock slice(EventBlock events, int from, int to) {
        EventBlock.Builder builder = EventBlock.builder(events.firstEventNumber() + from);
        int[] offsets = events.offsets();
        for (int i = from; i < to; i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                builder.particle(events.pdgIds()[k], org.alpwb.api.event.ParticleStatus.ofLheCode(events.statusCodes()[k]),
                        events.mother1()[k], events.mother2()[k], events.energies()[k], events.px()[k], events.py()[k],
                        events.pz()[k]);
            }
            builder.endEvent(events.weightsPb()[i], events.diagramClass(i));
        }
        return builder.build();
    }
}
