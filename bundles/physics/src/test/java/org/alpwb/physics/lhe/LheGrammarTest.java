package org.alpwb.physics.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.alpwb.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, defect 12: the LHE v3 grammar (hep-ph/0609017, arXiv:1405.1067). The three files below were written by
 * hand for this test (no generator output was copied): they follow the structure MadGraph5_aMC@NLO 3.x, Pythia 8
 * (LHEF3 writer) and Whizard 3 give their LHE output, with the elements that tripped the reader: MadGraph's
 * {@code <initrwgt>} in the header (taken for {@code <init>} when tags were matched by prefix), weight groups,
 * {@code <rwgt>}/{@code <wgt>}, {@code <mgrwt>}, LHEF 3 {@code <generator>}, {@code <xsecinfo>}, {@code <weightinfo>},
 * {@code <weights>}, {@code <scales>}, {@code <clustering>}, {@code <eventgroup>}, comments and CDATA. The physics
 * is e+e- -> mu+ mu- at sqrt(s) = 10.58 GeV; each event conserves four-momentum. They are layouts, not generator
 * output: the LHEF reference reader (LHEF.h, see tests/lhe-fixtures/README.md) accepts the MadGraph and Pythia ones
 * with the same particles and cross section and refuses the Whizard one for its leading XML declaration. The file
 * from an independent writer is {@code lhef3-reference-writer.lhe} (test below).
 */
class LheGrammarTest {

    /** MadGraph5_aMC@NLO 3.x layout, systematics weights on (its default): banner, initrwgt, rwgt per event. */
    static final String MADGRAPH = """
            <LesHouchesEvents version="3.0">
            <header>
            <!--
            #*********************************************************************
            #                        MadGraph5_aMC@NLO                           *
            #*********************************************************************
            -->
            <MGVersion>
            3.3.0
            </MGVersion>
            <MG5ProcCard>
            <![CDATA[
            import model sm
            generate e+ e- > mu+ mu-
            # the <init> block of the event file is written after this banner
            output eemumu
            ]]>
            </MG5ProcCard>
            <MGRunCard>
            <![CDATA[
              100 = nevents ! Number of unweighted events requested
              5.29 = ebeam1 ! beam 1 total energy in GeV
              5.29 = ebeam2 ! beam 2 total energy in GeV
              True = use_syst ! Enable systematics studies
            ]]>
            </MGRunCard>
            <MGGenerationInfo>
            #  Number of Events        :       2
            #  Integrated weight (pb)  :       803.2
            </MGGenerationInfo>
            <initrwgt>
            <weightgroup name="Central scale variation" combine="envelope">
            <weight id="1"> mur=1.0 muf=1.0 </weight>
            <weight id="2"> mur=2.0 muf=1.0 </weight>
            </weightgroup>
            </initrwgt>
            </header>
            <init>
            -11 11 5.290000e+00 5.290000e+00 0 0 0 0 3 1
             8.032000e+02 1.500000e+00 8.032000e+02 1
            <generator name='MadGraph5_aMC@NLO' version='3.3.0'>please cite 1405.0301 </generator>
            </init>
            <event>
             4      1 +8.0320000e+02 1.05800000e+01 7.54677100e-03 1.18000000e-01
                  -11 -1    0    0    0    0 +0.0000000000e+00 +0.0000000000e+00 +5.2900000000e+00 5.2900000000e+00 0.0000000000e+00 0.0000e+00 1.0000e+00
                   11 -1    0    0    0    0 -0.0000000000e+00 -0.0000000000e+00 -5.2900000000e+00 5.2900000000e+00 0.0000000000e+00 0.0000e+00 -1.0000e+00
                   13  1    1    2    0    0 +3.1733668157e+00 +0.0000000000e+00 +4.2311557543e+00 5.2900000000e+00 1.0566000000e-01 0.0000e+00 -1.0000e+00
                  -13  1    1    2    0    0 -3.1733668157e+00 -0.0000000000e+00 -4.2311557543e+00 5.2900000000e+00 1.0566000000e-01 0.0000e+00 1.0000e+00
            <mgrwt>
            <rscale>  0 0.10580000E+02</rscale>
            <asrwt>0</asrwt>
            <pdfrwt beam="1">  1       -11 0.10000000E+01 0.10580000E+02</pdfrwt>
            <pdfrwt beam="2">  1        11 0.10000000E+01 0.10580000E+02</pdfrwt>
            <totfact> 0.80320000E+03</totfact>
            </mgrwt>
            <rwgt>
            <wgt id='1'> +8.0320000e+02 </wgt>
            <wgt id='2'> +8.0320000e+02 </wgt>
            </rwgt>
            </event>
            <event>
             4      1 +8.0320000e+02 1.05800000e+01 7.54677100e-03 1.18000000e-01
                  -11 -1    0    0    0    0 +0.0000000000e+00 +0.0000000000e+00 +5.2900000000e+00 5.2900000000e+00 0.0000000000e+00 0.0000e+00 1.0000e+00
                   11 -1    0    0    0    0 -0.0000000000e+00 -0.0000000000e+00 -5.2900000000e+00 5.2900000000e+00 0.0000000000e+00 0.0000e+00 -1.0000e+00
                   13  1    1    2    0    0 +0.0000000000e+00 +4.2311557543e+00 -3.1733668157e+00 5.2900000000e+00 1.0566000000e-01 0.0000e+00 1.0000e+00
                  -13  1    1    2    0    0 -0.0000000000e+00 -4.2311557543e+00 +3.1733668157e+00 5.2900000000e+00 1.0566000000e-01 0.0000e+00 -1.0000e+00
            <rwgt>
            <wgt id='1'> +8.0320000e+02 </wgt>
            <wgt id='2'> +8.0320000e+02 </wgt>
            </rwgt>
            </event>
            </LesHouchesEvents>
            """;

    /** Pythia 8 LHEF3 layout: init with generator and weightinfo, events with scales, weights and rwgt. */
    static final String PYTHIA = """
            <LesHouchesEvents version="3.0">
            <!--
              File written by Pythia8::LHEF3FromPythia8
            -->
            <header>
            </header>
            <init>
                -11      11  5.290000e+00  5.290000e+00     0     0     0     0    -4     1
             8.0e+02  2.0e+00  1.0e+00  9999
            <generator name='Pythia8' version='8.310' />
            <weightinfo name="AUX_MUR=2.0" mur="2.0"/>
            </init>
            <event>
                 4  9999   8.0e+02   1.058e+01  -1.000000e+00  -1.000000e+00
                 -11   -1    0    0    0    0  0.0e+00  0.0e+00  5.29e+00  5.29e+00  0.0e+00  0.0e+00  9.0e+00
                  11   -1    0    0    0    0  0.0e+00  0.0e+00 -5.29e+00  5.29e+00  0.0e+00  0.0e+00  9.0e+00
                  13    1    1    2    0    0  3.1733668157e+00  0.0e+00  4.2311557543e+00  5.29e+00  1.0566e-01  0.0e+00  9.0e+00
                 -13    1    1    2    0    0 -3.1733668157e+00  0.0e+00 -4.2311557543e+00  5.29e+00  1.0566e-01  0.0e+00  9.0e+00
            <scales muf="1.058e+01" mur="1.058e+01" mups="1.058e+01" />
            <weights> 8.0e+02 7.9e+02 </weights>
            <rwgt>
            <wgt id="AUX_MUR=2.0"> 7.9e+02 </wgt>
            </rwgt>
            </event>
            </LesHouchesEvents>
            """;

    /** Whizard 3 layout: generator in the header, xsecinfo in init, event groups, clustering, comments. */
    static final String WHIZARD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <LesHouchesEvents version="3.0">
            <header>
              <generator_name>WHIZARD</generator_name>
              <generator_version>3.1.4</generator_version>
            </header>
            <init>
             -11 11  5.2900000000E+00  5.2900000000E+00 -1 -1 -1 -1 3 1
               8.0300000000E+02  1.0000000000E+00  1.0000000000E+00 1
            <generator name="WHIZARD" version="3.1.4">
            </generator>
            <xsecinfo neve="1" totxsec="8.0300000000E+02" />
            </init>
            <eventgroup nreal="1">
            <event>
             4 1  8.0300000000E+02  1.0580000000E+01 -1.0000000000E+00 -1.0000000000E+00
             -11 -1 0 0 0 0  0.0000000000E+00  0.0000000000E+00  5.2900000000E+00  5.2900000000E+00  0.0000000000E+00  0.0000000000E+00  9.0000000000E+00
              11 -1 0 0 0 0  0.0000000000E+00  0.0000000000E+00 -5.2900000000E+00  5.2900000000E+00  0.0000000000E+00  0.0000000000E+00  9.0000000000E+00
              13  1 1 2 0 0  0.0000000000E+00  3.1733668157E+00  4.2311557543E+00  5.2900000000E+00  1.0566000000E-01  0.0000000000E+00  9.0000000000E+00
             -13  1 1 2 0 0  0.0000000000E+00 -3.1733668157E+00 -4.2311557543E+00  5.2900000000E+00  1.0566000000E-01  0.0000000000E+00  9.0000000000E+00
            <clustering>
            <clus> 3 4 </clus>
            </clustering>
            # WHIZARD event comment line
            </event>
            </eventgroup>
            </LesHouchesEvents>
            """;

    private static LheReader.LheFile read(String text, String name) throws Exception {
        return LheReader.read(new BufferedReader(new StringReader(text)), name);
    }

    private static void assertMuonPairs(LheReader.LheFile file, int events) {
        assertEquals(events, file.events().eventCount());
        assertEquals(4 * events, file.events().particleCount());
        assertEquals(-11, file.init().beam1Pdg());
        assertEquals(11, file.init().beam2Pdg());
        assertEquals(5.29, file.init().beam1EnergyGeV(), 0);
        for (int i = 0; i < events; i++) {
            // four-momentum conservation of each event read back: the columns were not shifted by skipped tags
            double e = 0;
            double pz = 0;
            for (int k = 4 * i + 2; k < 4 * i + 4; k++) {
                assertEquals(13, Math.abs(file.events().pdgIds()[k]));
                e += file.events().energies()[k];
                pz += file.events().pz()[k];
            }
            assertEquals(10.58, e, 1e-6, "energy of event " + i);
            assertEquals(0, pz, 1e-12);
        }
    }

    @Test
    void madGraphWithSystematicsWeightsIsRead() throws Exception {
        LheReader.LheFile file = read(MADGRAPH, "unweighted_events.lhe");
        assertMuonPairs(file, 2);
        assertEquals(803.2, file.init().totalCrossSectionPb(), 1e-9);
        assertEquals(803.2, file.eventsNormalisedToCrossSection().sumOfWeightsPb(), 1e-9);
    }

    @Test
    void pythiaLhef3IsRead() throws Exception {
        LheReader.LheFile file = read(PYTHIA, "pythia.lhe");
        assertMuonPairs(file, 1);
        assertEquals(-4, file.init().weightStrategy());
    }

    @Test
    void whizardWithEventGroupsAndClusteringIsRead() throws Exception {
        assertMuonPairs(read(WHIZARD, "whizard.lhe"), 1);
    }

    /**
     * Issue 17, defect 12, from an independent source: {@code lhef3-reference-writer.lhe} was written by LHEF::Writer,
     * the reference implementation of LHEF 3.0 by L. Lonnblad (the writer behind Pythia 8's LHEF3 output and
     * ThePEG/Herwig), through {@code tests/lhe-fixtures/lhef3-tool.cc} (README there). It puts {@code <initrwgt>}
     * inside {@code <init>} (MadGraph puts it in the header), writes {@code <xsecinfo>}, {@code <weights>},
     * {@code <rwgt>}, {@code <clustering>} and {@code <scales>}. The expected numbers are the ones LHEF::Reader read
     * back from the same file ({@code lhef3-tool read}): 3 events, beams -11 11 at 5.29 GeV, IDWTUP 3, XSECUP 803.2,
     * final-state energy 10.58 GeV and pz 0 per event; the momentum of event 2's muon is compared digit for digit
     * with the file (the writer's full double precision).
     */
    @Test
    void aFileWrittenByTheLhef3ReferenceWriterIsRead() throws Exception {
        String text;
        try (java.io.InputStream in = LheGrammarTest.class.getResourceAsStream("lhef3-reference-writer.lhe")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        LheReader.LheFile file = read(text, "lhef3-reference-writer.lhe");
        assertMuonPairs(file, 3);
        assertEquals(3, file.init().weightStrategy());
        assertEquals(803.2, file.init().totalCrossSectionPb(), 0);
        int muon = 4 + 2; // event 2, third particle
        assertEquals(13, file.events().pdgIds()[muon]);
        assertEquals(-1.63110309243317, file.events().px()[muon], 0);
        assertEquals(4.77439780804438, file.events().py()[muon], 0);
        assertEquals(-1.5866834078656, file.events().pz()[muon], 0);
    }

    @Test
    void tagsAreMatchedByTheirWholeName() {
        assertEquals("init", LheReader.tagName("<init>"));
        assertEquals("initrwgt", LheReader.tagName("<initrwgt>"));
        assertEquals("event", LheReader.tagName("<event npLO=\" -1 \">"));
        assertEquals("/event", LheReader.tagName("</event>"));
        assertEquals("scales", LheReader.tagName("<scales muf=\"1\"/>"));
        assertEquals("generator", LheReader.tagName("<generator/>"));
        assertNull(LheReader.tagName("11 -1 0 0"));
    }

    @Test
    void nonFiniteMomentaAndUnclosedBlocksNameTheLine() {
        String nan = PYTHIA.replace(" 3.1733668157e+00  0.0e+00", " NaN  0.0e+00");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(nan, "nan.lhe"));
        assertTrue(e.getMessage().contains("nan.lhe") && e.getMessage().contains("PUP(1) at line 17")
                && e.getMessage().contains("a finite number"), e.getMessage());
        String infinite = PYTHIA.replace("-4.2311557543e+00  5.29e+00", "-Infinity  5.29e+00");
        assertThrows(InvalidInputException.class, () -> read(infinite, "inf.lhe"));
        String unclosed = MADGRAPH.replace("</initrwgt>\n", "");
        e = assertThrows(InvalidInputException.class, () -> read(unclosed.substring(0, unclosed.indexOf("</header>")),
                "cut.lhe"));
        assertTrue(e.getMessage().contains("cut.lhe"), e.getMessage());
        String tooFewParticles = PYTHIA.replace("     4  9999", "     5  9999");
        e = assertThrows(InvalidInputException.class, () -> read(tooFewParticles, "few.lhe"));
        assertTrue(e.getMessage().contains("NUP"), e.getMessage());
    }
}
