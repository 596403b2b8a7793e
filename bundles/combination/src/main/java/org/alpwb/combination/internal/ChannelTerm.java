package org.alpwb.combination.internal;

import org.alpwb.limits.pyhf.Workspace;

/**
 * One channel's likelihood at one mass hypothesis, as its strategy built it: a pyhf workspace whose POI is the
 * number of selected signal events at the nominal luminosity, and the signal events that the reference coupling
 * gives there (efficiency x sigma_ref(m) x L), which turn that POI into the shared mu = (g / g_ref)^2.
 *
 * @param name                    the channel's name in the combination (prefix of its parameters)
 * @param workspace               the strategy's likelihood (one measurement)
 * @param signalEventsAtReference expected selected signal events at g_ref and the nominal luminosity, > 0
 */
record ChannelTerm(String name, Workspace workspace, double signalEventsAtReference) {

    ChannelTerm {
        if (!(signalEventsAtReference > 0) || Double.isInfinite(signalEventsAtReference)) {
            throw new IllegalArgumentException("channel " + name + ": signal events at the reference coupling must be "
                    + "> 0 and finite, got " + signalEventsAtReference);
        }
    }
}
