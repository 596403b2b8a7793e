package org.alpwb.report.internal;

/** Unit conversions used by the report. */
final class Units {
    /** 1 fb^-1 = 1000 pb^-1. */
    static final double INV_PB_PER_INV_FB = 1000;
    /** 1 pb = 1000 fb: expected events = sigma[pb] * 1000 * L[fb^-1]. */
    static final double FB_PER_PB = 1000;

    private Units() {
    }
}
