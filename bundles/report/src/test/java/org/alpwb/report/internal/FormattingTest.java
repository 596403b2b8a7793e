package org.alpwb.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.Artifact;
import org.junit.jupiter.api.Test;

/** Number formatting, HTML escaping, Chebyshev evaluation and the nearest-point rule. */
class FormattingTest {
    @Test
    void numbersKeepFourSignificantDigits() {
        assertEquals("0.0123", Fmt.num(0.0123));
        assertEquals("1235", Fmt.num(1234.56));
        assertEquals("1.5\u00d710\u207b\u2075", Fmt.num(1.5e-5));
        assertEquals("10\u2076", Fmt.num(1e6));
        assertEquals("\u22122.5", Fmt.num(-2.5));
        assertEquals(Fmt.NONE, Fmt.num(Double.NaN));
        assertEquals("12.5 %", Fmt.percent(0.125));
        assertEquals("6.000 \u00b1 0.050", Fmt.pm(6.0, 0.05));
        assertEquals("0.0400 \u00b1 0.0012", Fmt.pm(0.04, 0.0012));
        assertEquals("thesis-cuts", Fmt.slug("thesis-cuts"));
        assertEquals("a-b", Fmt.slug("a / b"));
    }

    @Test
    void htmlEscapesTextAndAttributes() {
        Html html = new Html().element("td", "a < b & \"c\"", "data-x", "'q'");
        assertEquals("<td data-x=\"&#39;q&#39;\">a &lt; b &amp; &quot;c&quot;</td>\n", html.toString());
    }

    @Test
    void chebyshevSeriesAndItsError() {
        double[][] covariance = {{0.04, 0, 0}, {0, 0.09, 0}, {0, 0, 0.16}};
        Inputs.Chebyshev c = new Inputs.Chebyshev(2, 1, 3, new double[] {1, 2, 3}, covariance);
        // x' = -1, 0, +1 at m = 1, 2, 3: T = (1, x, 2x^2 - 1)
        assertEquals(1 - 2 + 3, c.value(1), 1e-12);
        assertEquals(1 - 3, c.value(2), 1e-12);
        assertEquals(1 + 2 + 3, c.value(3), 1e-12);
        assertEquals(Math.sqrt(0.04 + 0.09 + 0.16), c.error(3), 1e-12);
        assertEquals(Math.sqrt(0.04 + 0.16), c.error(2), 1e-12);
        // x' = 0.5 at m = 2.5: T2 = -0.5
        assertEquals(1 + 2 * 0.5 - 3 * 0.5, c.value(2.5), 1e-12);
    }

    @Test
    void logSpaceChebyshevIsTheExponentialOfTheSeries() {
        double[][] covariance = {{0.04, 0, 0}, {0, 0.09, 0}, {0, 0, 0.16}};
        Inputs.Chebyshev c = new Inputs.Chebyshev(2, 1, 3, new double[] {1, 2, 3}, covariance, true);
        assertEquals("chebyshev-log", c.basis());
        assertEquals(Math.exp(1 - 2 + 3), c.value(1), 1e-12);
        assertEquals(Math.exp(1 - 3), c.value(2), 1e-12);
        assertEquals(Math.exp(1 + 2 * 0.5 - 3 * 0.5), c.value(2.5), 1e-12);
        // the band is exp(series +- error): asymmetric around the value
        assertEquals(Math.exp(-2 - Math.sqrt(0.2)), c.lower(2), 1e-12);
        assertEquals(Math.exp(-2 + Math.sqrt(0.2)), c.upper(2), 1e-12);
        Inputs.Chebyshev linear = new Inputs.Chebyshev(2, 1, 3, new double[] {1, 2, 3}, covariance);
        assertEquals(-2 - Math.sqrt(0.2), linear.lower(2), 1e-12);
        assertEquals(-2 + Math.sqrt(0.2), linear.upper(2), 1e-12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void signalModelFixtureInLogSpaceEvaluatesToTheExponentialOfItsSeries() throws Exception {
        Artifact artifact = Fixtures.model("thesis-cuts", 0.1);
        Inputs.Model model = Inputs.model("model-thesis-cuts", artifact);
        Map<String, Object> payload = new com.fasterxml.jackson.databind.ObjectMapper().readValue(artifact.payload(),
                Map.class);
        Map<String, Object> interpolation = (Map<String, Object>) payload.get("interpolation");
        double lo = Fixtures.MODEL_MASSES[0];
        double hi = Fixtures.MODEL_MASSES[Fixtures.MODEL_MASSES.length - 1];
        for (String parameter : Inputs.parameterNames()) {
            Map<String, Object> json = (Map<String, Object>) interpolation.get(parameter);
            List<Number> coefficients = (List<Number>) json.get("coefficients");
            Inputs.Chebyshev curve = model.curves().get(parameter);
            assertEquals(json.get("basis"), curve.basis(), parameter);
            assertEquals(!parameter.equals("mu"), curve.log(), parameter);
            for (double m = lo; m <= hi; m += 0.3) {
                // independent Clenshaw-free evaluation: T_k(x) = cos(k arccos x)
                double x = (2 * m - lo - hi) / (hi - lo);
                double sum = 0;
                for (int k = 0; k < coefficients.size(); k++) {
                    sum += coefficients.get(k).doubleValue() * Math.cos(k * Math.acos(x));
                }
                double expected = curve.log() ? Math.exp(sum) : sum;
                assertEquals(expected, curve.value(m), 1e-12 * Math.abs(expected), parameter + " at " + m);
                assertTrue(curve.lower(m) < curve.value(m) && curve.value(m) < curve.upper(m));
            }
        }
        // the fixture's efficiency interpolates the law exactly at the 3 Chebyshev nodes of the range
        for (int j = 0; j < 3; j++) {
            double m = (lo + hi) / 2 + (hi - lo) / 2 * Math.cos(Math.PI * (j + 0.5) / 3);
            double truth = Fixtures.efficiency(0.1, m);
            assertEquals(truth, model.curves().get("efficiency").value(m), 1e-12 * truth, "efficiency at " + m);
        }
    }

    @Test
    void unknownInterpolationBasisIsRejectedNamingTheField() {
        String payload = new String(Fixtures.model("thesis-cuts", 0.1).payload(), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"chebyshev-log\""));
        Artifact legendre = Artifact.of("alpwb/signal-model", payload.replaceFirst("\"chebyshev-log\"",
                "\"legendre\"").getBytes(StandardCharsets.UTF_8));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Inputs.model("model-thesis-cuts", legendre));
        assertTrue(e.getMessage().contains("interpolation.efficiency.basis"), e.getMessage());
        assertTrue(e.getMessage().contains("chebyshev, chebyshev-log"), e.getMessage());
        assertTrue(e.getMessage().contains("legendre"), e.getMessage());
        Artifact missing = Artifact.of("alpwb/signal-model", payload.replaceFirst("\"basis\" *: *\"chebyshev-log\",",
                "").getBytes(StandardCharsets.UTF_8));
        InvalidInputException m = assertThrows(InvalidInputException.class,
                () -> Inputs.model("model-thesis-cuts", missing));
        assertTrue(m.getMessage().contains("interpolation.efficiency.basis"), m.getMessage());
    }

    @Test
    void nearestScannedPointAndRatioInterpolation() {
        Inputs.Limits thesis = Inputs.limits("limits-thesis-cuts", Fixtures.limits("thesis-cuts", 0.05));
        Inputs.Limits slides = Inputs.limits("limits-slides", Fixtures.limits("slides", 0.03));
        assertEquals(1.0, ReportBuilder.nearest(thesis, 1.1).massGeV());
        assertEquals(1.5, ReportBuilder.nearest(thesis, 1.3).massGeV());
        assertEquals(null, ReportBuilder.nearest(thesis, 8.5));
        assertEquals(null, ReportBuilder.nearest(thesis, 0.1));
        double[][] ratio = ReportBuilder.ratio(slides, thesis);
        for (int i = 0; i < ratio[0].length; i++) {
            double expected = Fixtures.excluded(ratio[0][i]) ? Double.NaN : 0.6;
            assertEquals(expected, ratio[1][i], 1e-12, "at " + ratio[0][i]);
        }
        // off-grid: the reference is interpolated log-log, exact for a power law
        Artifact shifted = Artifact.of("alpwb/limit-curve", ("{\"strategy\": \"s\", \"luminosityInvFb\": 1, \"cl\": 0.9,"
                + " \"points\": [{\"massGeV\": 2.5, \"excluded\": false, \"sigmaUpPb\": [0.01, 0.01, 0.01, 0.02, 0.03],"
                + " \"couplingUpPerGeV\": [1, 1, 1, 1, 1]}]}").getBytes(StandardCharsets.UTF_8));
        double[][] r = ReportBuilder.ratio(Inputs.limits("limits-s", shifted), thesis);
        assertEquals(0.01 / (0.05 / 2.5), r[1][0], 1e-12);
    }

    @Test
    void limitQuantilesMustBeAscendingAndPositive() {
        Artifact bad = Artifact.of("alpwb/limit-curve", ("{\"strategy\": \"s\", \"luminosityInvFb\": 1, \"cl\": 0.9,"
                + " \"points\": [{\"massGeV\": 1, \"excluded\": false, \"sigmaUpPb\": [3, 2, 1, 4, 5],"
                + " \"couplingUpPerGeV\": [1, 1, 1, 1, 1]}]}").getBytes(StandardCharsets.UTF_8));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Inputs.limits("limits-s", bad));
        assertTrue(e.getMessage().contains("points[0].sigmaUpPb") && e.getMessage().contains("ascending"),
                e.getMessage());
        assertEquals(List.of(), Inputs.limits("limits-t", Fixtures.limits("t", 0.05)).points().stream()
                .filter(p -> p.excluded() && p.sigmaUpPb() != null).toList());
    }

    @Test
    void aPointWithoutLimitNeedsAStatusThatSaysWhy() {
        String point = "{\"massGeV\": 1, \"excluded\": false, \"sigmaUpPb\": null, \"couplingUpPerGeV\": null%s}";
        Artifact unexplained = Artifact.of("alpwb/limit-curve", ("{\"strategy\": \"s\", \"luminosityInvFb\": 1,"
                + " \"cl\": 0.9, \"points\": [" + String.format(point, "") + "]}").getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidInputException.class, () -> Inputs.limits("limits-s", unexplained));
        Artifact explained = Artifact.of("alpwb/limit-curve", ("{\"strategy\": \"s\", \"luminosityInvFb\": 1,"
                + " \"cl\": 0.9, \"points\": [" + String.format(point, ", \"status\": \"too few sideband events\"")
                + "]}").getBytes(StandardCharsets.UTF_8));
        Inputs.LimitPoint parsed = Inputs.limits("limits-s", explained).points().get(0);
        assertEquals(null, parsed.sigmaUpPb());
        assertEquals("too few sideband events", parsed.status());
    }
}
