package org.alpwb.api.channel;

import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.table.ColumnTable;

/**
 * A named, reusable sequence of cuts on a candidate table. Parameters (e.g. {@code massGeV},
 * {@code sigmaMassGeV} for a mass window) are passed by name; {@link #parameterNames()} lists the
 * ones a selection reads.
 */
public interface Selection {

    String name();

    /** One line: where the cuts come from. */
    String description();

    /** The cut names in order, as they appear in the cut flow. */
    List<String> cutNames();

    /** Parameters the cuts read; a cut whose parameters are missing is reported as not applied. */
    List<String> parameterNames();

    /**
     * Applies the cuts in order.
     *
     * @throws InvalidInputException naming the column if the table lacks a column a cut needs
     */
    Result apply(ColumnTable candidates, Map<String, Double> parameters);

    /** The rows passing every cut, and the cumulative cut flow (first step: all rows). */
    record Result(boolean[] passed, CutFlow cutFlow) {
        public ColumnTable selected(ColumnTable candidates) {
            return candidates.filter(passed);
        }
    }
}
