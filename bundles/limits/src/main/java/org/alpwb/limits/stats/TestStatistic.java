package org.alpwb.limits.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The profile-likelihood test statistics of Cowan, Cranmer, Gross, Vitells (arXiv:1007.1727) as pyhf
 * names them: {@code qtilde} (eq. 16, POI bounded below by 0; pyhf's {@code hypotest} default),
 * {@code q} (eq. 14, the POI's bounds as given) and {@code q0} (eq. 12, discovery: mu = 0 tested, the
 * result is the p-value p0 instead of CLs).
 */
public enum TestStatistic {
    QTILDE, Q, Q0;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TestStatistic fromName(String name) {
        for (TestStatistic t : values()) {
            if (t.jsonName().equals(name)) {
                return t;
            }
        }
        return null;
    }

    public static String allowed() {
        return Arrays.stream(values()).map(TestStatistic::jsonName).collect(Collectors.joining(", "));
    }

    /** The POI value of the Asimov data set: 1 for discovery (q0), 0 (background only) for limits. */
    public double asimovPoi() {
        return this == Q0 ? 1 : 0;
    }
}
