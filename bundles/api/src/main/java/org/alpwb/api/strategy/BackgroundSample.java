package org.alpwb.api.strategy;

import org.alpwb.api.table.ColumnTable;

/**
 * One reconstructed background sample.
 *
 * @param inputName  the task input it came from, e.g. {@code background-eta-fusion}
 * @param candidates the channel's candidate table; {@code weightPb} x 1000 x L[fb^-1] = expected events
 */
public record BackgroundSample(String inputName, ColumnTable candidates) {
}
