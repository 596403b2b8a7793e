package org.alpwb.plot.internal;

import java.util.List;

/** A chart lowered to primitives (drawing order), legend entries (top layer first) and axis ranges. */
record Scene(List<Primitive> primitives, List<LegendEntry> legend, DataRange x, DataRange y) {
}
