package org.alpwb.generators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.alpwb.api.generator.ProcessRequest;
import org.junit.jupiter.api.Test;

class XsecFormatTest {

    @Test
    void valueIsRoundedToTheTwoSignificantDigitsOfItsError() {
        assertEquals("1.0570 +- 0.0033", XsecCommand.withError(1.05700123, 0.0033));
        assertEquals("776.07 +- 0.19", XsecCommand.withError(776.065, 0.19));
        assertEquals("4527 +- 34", XsecCommand.withError(4526.8, 33.5));
    }

    @Test
    void descriptionStatesWhatTheCrossSectionIsOf() {
        ProcessRequest alp = ProcessRequest.of("alp-fusion").withMass(1.0);
        assertEquals("alp-fusion, m = 1.0 GeV, g = 0.001 GeV^-1, sqrt(s) = 10.5796 GeV, ISR off, cuts: none",
                XsecCommand.describe(alp, Map.of()));
        assertEquals("mumu, sqrt(s) = 10.5796 GeV, ISR off, cuts: theta_max_deg = 170.0, theta_min_deg = 10.0",
                XsecCommand.describe(ProcessRequest.of("mumu"), Map.of("theta_min_deg", 10.0, "theta_max_deg", 170.0)));
    }
}
