package org.alpwb.fit.internal;

import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.fit.Interpolation;
import org.alpwb.api.fit.Interpolator;
import org.alpwb.fit.pdf.Chebyshev;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Weighted linear least squares of a Chebyshev series sum_{k=0..order} c_k T_k(x') (x' the mass
 * mapped from [low, high] onto [-1, 1]) to values with errors, solved by QR; the coefficient
 * covariance (A^T A)^-1 is not rescaled by chi2/ndf (as kafe2 reports it), and gives the band
 * sqrt(t^T C t), t_k = T_k(x').
 */
@org.osgi.service.component.annotations.Component(service = Interpolator.class, property = {
        ServiceProperties.ID + "=chebyshev-interpolation",
        ServiceProperties.LABEL + "=Chebyshev least-squares interpolation over mass",
        ServiceProperties.KIND + "=" + ServiceProperties.KIND_INTERPOLATOR})
public final class ChebyshevInterpolator implements Interpolator {
    static final String BASIS = "chebyshev";

    @Override
    public Interpolation fit(double[] masses, double[] values, double[] errors, int order, double low, double high) {
        int n = masses.length;
        if (values.length != n || errors.length != n) {
            throw new InvalidInputException("interpolation", "values/errors.length", values.length + "/" + errors.length,
                    n + " (one per mass)");
        }
        if (order < 0 || order + 1 > n) {
            throw new InvalidInputException("interpolation", "order", order, "0.." + (n - 1) + " (points - 1)");
        }
        if (!(high > low)) {
            throw new InvalidInputException("interpolation", "range", "[" + low + ", " + high + "]", "low < high");
        }
        RealMatrix a = new Array2DRowRealMatrix(n, order + 1);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            if (masses[i] < low || masses[i] > high || !Double.isFinite(masses[i])) {
                throw new InvalidInputException("interpolation", "masses[" + i + "]", masses[i],
                        "a mass in [" + low + ", " + high + "]");
            }
            if (!(errors[i] > 0) || !Double.isFinite(errors[i]) || !Double.isFinite(values[i])) {
                throw new InvalidInputException("interpolation", "errors[" + i + "]", errors[i],
                        "a finite error > 0 with a finite value");
            }
            double[] t = basis(order, map(masses[i], low, high));
            for (int k = 0; k <= order; k++) {
                a.setEntry(i, k, t[k] / errors[i]);
            }
            b[i] = values[i] / errors[i];
        }
        double[] c;
        double[][] cov;
        try {
            DecompositionSolver qr = new QRDecomposition(a).getSolver();
            c = qr.solve(new ArrayRealVector(b)).toArray();
            cov = new QRDecomposition(a.transpose().multiply(a)).getSolver().getInverse().getData();
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            throw new InvalidInputException("interpolation", "errors", java.util.Arrays.toString(errors),
                    "errors that let " + n + " points determine a series of order " + order
                            + " (these differ by too many orders of magnitude, or the masses coincide)");
        }
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double r = b[i] - a.getRowVector(i).dotProduct(new ArrayRealVector(c));
            chi2 += r * r;
        }
        return new Interpolation(BASIS, low, high, c, cov, chi2, n - order - 1);
    }

    @Override
    public double value(Interpolation f, double mass) {
        return Chebyshev.series(check(f).coefficients(), map(mass, f.low(), f.high()));
    }

    @Override
    public double error(Interpolation f, double mass) {
        double[][] cov = check(f).covariance();
        double[] t = basis(cov.length - 1, map(mass, f.low(), f.high()));
        double var = 0;
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t.length; j++) {
                var += t[i] * cov[i][j] * t[j];
            }
        }
        return Math.sqrt(Math.max(var, 0));
    }

    private static Interpolation check(Interpolation f) {
        if (!BASIS.equals(f.basis())) {
            throw new InvalidInputException("interpolation", "basis", f.basis(), BASIS);
        }
        return f;
    }

    static double map(double x, double low, double high) {
        return (2 * x - low - high) / (high - low);
    }

    static double[] basis(int order, double t) {
        double[] tk = new double[order + 1];
        tk[0] = 1;
        if (order >= 1) {
            tk[1] = t;
        }
        for (int k = 2; k <= order; k++) {
            tk[k] = 2 * t * tk[k - 1] - tk[k - 2];
        }
        return tk;
    }
}
