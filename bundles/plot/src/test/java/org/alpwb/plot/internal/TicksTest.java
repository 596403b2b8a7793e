package org.alpwb.plot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void linearTicksAreRoundNumbersWithMinorTicks() {
        List<Ticks.Tick> ticks = Ticks.linear(new DataRange(0, 10, false));
        assertEquals(List.of("0", "2", "4", "6", "8", "10"), labels(ticks));
        assertEquals(21, ticks.size());
        assertEquals(List.of("-0.04", "-0.02", "0.00", "0.02", "0.04"),
                labels(Ticks.linear(new DataRange(-0.05, 0.05, false))));
    }

    @Test
    void manyDecadesAreLabelledAsPowersOfTen() {
        List<Ticks.Tick> ticks = Ticks.log(new DataRange(1e-3, 1e3, true));
        assertEquals(List.of("10-3", "10-2", "10-1", "100", "101", "102", "103"), labels(ticks));
        assertEquals(7 + 6 * 8, ticks.size());
        assertEquals(2e-3, ticks.get(1).value(), 1e-18);
    }

    @Test
    void fewDecadesAreLabelledOneTwoFive() {
        assertEquals(List.of("0.1", "0.2", "0.5", "1", "2", "5"), labels(Ticks.log(new DataRange(0.1, 9.5, true))));
    }

    @Test
    void veryWideLogAxesLabelEveryFewDecadesWithoutMinorTicks() {
        assertEquals(10, Ticks.decadeStride(new DataRange(1e-30, 1e30, true)));
        List<Ticks.Tick> ticks = Ticks.log(new DataRange(1e-25, 1e25, true));
        assertEquals(List.of("10-25", "10-20", "10-15", "10-10", "10-5", "100", "105", "1010", "1015", "1020", "1025"),
                labels(ticks));
        assertEquals(51, ticks.size());
    }

    private static List<String> labels(List<Ticks.Tick> ticks) {
        return ticks.stream().filter(Ticks.Tick::major)
                .map(t -> t.label() + (t.superscript() == null ? "" : t.superscript())).toList();
    }
}
