package org.alpwb.physics.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.ParticleStatus;
import org.junit.jupiter.api.Test;

class LheRoundTripTest {

    @Test
    void writeThenReadGivesTheSameBlock() throws Exception {
        EventBlock.Builder b = EventBlock.builder(0);
        b.particle(11, ParticleStatus.INCOMING, -1, -1, 5.2898, 0, 0, 5.2898);
        b.particle(-11, ParticleStatus.INCOMING, -1, -1, 5.2898, 0, 0, -5.2898);
        b.particle(11, ParticleStatus.OUTGOING, 0, 1, 5.0, 1.234567890123456e-7, -3e-9, 4.99999);
        b.particle(9000005, ParticleStatus.INTERMEDIATE, 0, 1, 1.2, 0.1, 0.2, 0.3);
        b.particle(22, ParticleStatus.OUTGOING, 3, -1, 0.6, 0.05, 0.1, 0.15);
        b.endEvent(0.125, "fusion");
        b.particle(13, ParticleStatus.OUTGOING, 0, 1, 1, 2, 3, 4);
        b.endEvent(0.25, "");
        EventBlock block = b.build();
        StringWriter text = new StringWriter();
        try (LheWriter w = new LheWriter(text, "test", new LheInit(11, -11, 5.2898, 5.2898, 3,
                List.of(new LheInit.Process(0.375, 0.01, 0.25, 1))))) {
            w.write(block);
        }
        LheReader.LheFile file = LheReader.read(new BufferedReader(new StringReader(text.toString())), "mem");
        EventBlock back = file.events();
        assertEquals(0.375, file.init().totalCrossSectionPb(), 0);
        assertEquals(block.eventCount(), back.eventCount());
        // 17 significant digits: exact round trip of every double
        for (int k = 0; k < block.particleCount(); k++) {
            assertEquals(block.pdgIds()[k], back.pdgIds()[k]);
            assertEquals(block.statusCodes()[k], back.statusCodes()[k]);
            assertEquals(block.mother1()[k], back.mother1()[k]);
            assertEquals(block.mother2()[k], back.mother2()[k]);
            assertEquals(block.px()[k], back.px()[k], 0);
            assertEquals(block.pz()[k], back.pz()[k], 0);
            assertEquals(block.energies()[k], back.energies()[k], 0);
        }
        assertEquals("fusion", back.diagramClass(0));
        assertEquals("", back.diagramClass(1));
        assertEquals(0.25, back.weightsPb()[1], 0);
    }

    /** A MadGraph5-style file: banner, comments, init with Fortran exponents, rwgt and mgrwt tags. */
    static final String MADGRAPH = """
            <LesHouchesEvents version="3.0">
            <header>
            <MGVersion>
            3.4.0
            </MGVersion>
            <MGRunCard>
            10000 = nevents ! Number of unweighted events requested
            </MGRunCard>
            </header>
            <init>
                11    -11  5.289800e+00  5.289800e+00 0 0 0 0 3 1
              2.5000000e-02  1.0000000e-04  2.5000000e-02 1
            <generator name='MadGraph5_aMC@NLO' version='3.4.0'>please cite 1405.0301 </generator>
            </init>
            <event>
             5      1 +2.5000000e-02 5.28980000e+00 7.54677100e-03 1.30000000e-01
                   11 -1    0    0    0    0 +0.0000000000e+00 +0.0000000000e+00 +5.2898000000e+00 5.2898000000e+00 0.0000000000e+00 0.0000e+00 1.0000e+00
                  -11 -1    0    0    0    0 -0.0000000000e+00 -0.0000000000e+00 -5.2898000000e+00 5.2898000000e+00 0.0000000000e+00 0.0000e+00 -1.0000e+00
                   11  1    1    2    0    0 +1.0000000000D-03 +2.0000000000e-03 +5.0000000000e+00 5.0000005000e+00 5.1099895000e-04 0.0000e+00 1.0000e+00
                  -11  1    1    2    0    0 -1.0000000000e-03 -2.0000000000e-03 -4.0000000000e+00 4.0000006000e+00 5.1099895000e-04 0.0000e+00 -1.0000e+00
              9000005  1    1    2    0    0 +0.0000000000e+00 +0.0000000000e+00 -1.0000000000e+00 1.5796000000e+00 1.0000000000e+00 0.0000e+00 0.0000e+00
            <mgrwt>
            <rscale>  0 0.52898000E+01</rscale>
            </mgrwt>
            <rwgt>
            <wgt id='1'> +2.5e-02 </wgt>
            </rwgt>
            </event>
            </LesHouchesEvents>
            """;

    @Test
    void readsMadGraphOutputAndNormalisesWeights() throws Exception {
        LheReader.LheFile file = LheReader.read(new BufferedReader(new StringReader(MADGRAPH)), "mg.lhe");
        assertEquals(1, file.events().eventCount());
        assertEquals(5, file.events().particleCount());
        assertEquals(0.025, file.init().totalCrossSectionPb(), 1e-15);
        assertEquals(1e-3, file.events().px()[2], 0);
        assertEquals(0, file.events().mother1()[2]);
        assertEquals(9000005, file.events().pdgIds()[4]);
        assertEquals(0.025, file.eventsNormalisedToCrossSection().sumOfWeightsPb(), 1e-15);
    }

    @Test
    void malformedInputNamesTheProblem() {
        String broken = MADGRAPH.replace(" 5      1 +2.5", " x      1 +2.5");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LheReader.read(new BufferedReader(new StringReader(broken)), "bad.lhe"));
        assertEquals(true, e.getMessage().contains("bad.lhe") && e.getMessage().contains("NUP"), e.getMessage());
    }
}
