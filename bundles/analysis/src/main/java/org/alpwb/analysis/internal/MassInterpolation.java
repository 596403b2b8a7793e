package org.alpwb.analysis.internal;

import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.fit.Interpolation;
import org.alpwb.api.fit.Interpolator;

/**
 * One quantity of the signal model interpolated over mass: a series of the {@link Interpolator} service fitted
 * either to the value (basis e.g. {@code chebyshev}) or, for the strictly positive quantities, to ln(value) with
 * errors error / value (basis {@code chebyshev-log}: value = exp(series), band exp(series +- error)), so that the
 * interpolation of a noisy tail parameter or a small efficiency can never cross zero between the generated masses.
 * {@code series} carries the service's own basis name (without the {@code -log} suffix) so the service evaluates it.
 */
record MassInterpolation(Interpolation series, boolean log) {
    static final String LOG_SUFFIX = "-log";

    /** The efficiency and every DSCB parameter but the peak position are > 0 and interpolated in log space. */
    static boolean positive(String key) {
        return !key.equals("mu");
    }

    /** Fits the series; with {@code log} every value must be > 0 (the caller drops the others). */
    static MassInterpolation fit(Interpolator in, boolean log, double[] masses, double[] values, double[] errors,
            int order, double low, double high) {
        if (!log) {
            return new MassInterpolation(in.fit(masses, values, errors, order, low, high), false);
        }
        double[] lv = new double[values.length];
        double[] le = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || !Double.isFinite(values[i])) {
                throw new IllegalArgumentException("log-space interpolation of a value <= 0: " + values[i]);
            }
            lv[i] = Math.log(values[i]);
            le[i] = errors[i] / values[i]; // first-order propagation: d ln v = dv / v
        }
        return new MassInterpolation(in.fit(masses, lv, le, order, low, high), true);
    }

    /** The basis recorded in the payload: the service's basis, plus {@code -log} for a log-space fit. */
    String basis() {
        return series.basis() + (log ? LOG_SUFFIX : "");
    }

    double low() {
        return series.low();
    }

    double high() {
        return series.high();
    }

    double value(Interpolator in, double mass) {
        double s = in.value(series, mass);
        return log ? Math.exp(s) : s;
    }

    /** One-standard-deviation error of the series itself (of ln(value) for a log-space fit). */
    double seriesError(Interpolator in, double mass) {
        return in.error(series, mass);
    }

    /** Lower edge of the 1-sigma band: series - error, or exp(series - error) in log space. */
    double lower(Interpolator in, double mass) {
        double s = in.value(series, mass) - in.error(series, mass);
        return log ? Math.exp(s) : s;
    }

    /** Upper edge of the 1-sigma band: series + error, or exp(series + error) in log space. */
    double upper(Interpolator in, double mass) {
        double s = in.value(series, mass) + in.error(series, mass);
        return log ? Math.exp(s) : s;
    }

    /** Decodes one {@code interpolation.<key>} object of a signal-model payload. */
    static MassInterpolation parse(Map<String, Object> f, String field, String source) {
        Object basisObj = f.get("basis");
        if (!(basisObj instanceof String) || ((String) basisObj).isBlank()
                || ((String) basisObj).equals(LOG_SUFFIX.substring(1))) {
            throw new InvalidInputException(source, field + ".basis", basisObj,
                    "the interpolator's basis (e.g. chebyshev) or that basis + '" + LOG_SUFFIX + "' (e.g. chebyshev-log)");
        }
        String basis = (String) basisObj;
        boolean log = basis.endsWith(LOG_SUFFIX);
        double[] range = Json.numbers(f.get("rangeGeV"), field + ".rangeGeV", source);
        if (range.length != 2) {
            throw new InvalidInputException(source, field + ".rangeGeV", f.get("rangeGeV"), "[low, high]");
        }
        double[] c = Json.numbers(f.get("coefficients"), field + ".coefficients", source);
        Object covObj = f.get("covariance");
        if (!(covObj instanceof List) || ((List<?>) covObj).size() != c.length) {
            throw new InvalidInputException(source, field + ".covariance", covObj, c.length + " rows");
        }
        double[][] cov = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            cov[i] = Json.numbers(((List<?>) covObj).get(i), field + ".covariance[" + i + "]", source);
        }
        Object chi2 = f.get("chi2");
        Interpolation series = new Interpolation(log ? basis.substring(0, basis.length() - LOG_SUFFIX.length()) : basis,
                range[0], range[1], c, cov, chi2 instanceof Number ? ((Number) chi2).doubleValue() : Double.NaN,
                (int) Json.number(f, "ndf", source));
        return new MassInterpolation(series, log);
    }
}
