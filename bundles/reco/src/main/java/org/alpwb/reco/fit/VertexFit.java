package org.alpwb.reco.fit;

/**
 * Fits two helices to a common vertex: measured parameters are the two helices (10), unmeasured the
 * vertex (x, y, z) and the two arc lengths from the perigees (5); the six constraints say that each
 * helix passes through the vertex, so ndf = 1. The displacement D is the 3D distance of the fitted
 * vertex from the interaction point, as the thesis' D(e+, e-) from TreeFitter (sec. 6, Fig. 6.4).
 * Thread-safe.
 */
public final class VertexFit {
    private final ConstrainedFitter fitter;

    public VertexFit(ConstrainedFitter fitter) {
        this.fitter = fitter;
    }

    public VertexFit() {
        this(new ConstrainedFitter(30, 1e-5, 1e-7));
    }

    /**
     * @param helix1       perigee parameters of track 1 (see {@link Helix})
     * @param covariance1  5 x 5 covariance of helix1
     * @param helix2       perigee parameters of track 2
     * @param covariance2  5 x 5 covariance of helix2
     * @param ipCm         interaction point (x, y, z) the displacement is measured from
     */
    public Result fit(double[] helix1, double[][] covariance1, double[] helix2, double[][] covariance2,
            double[] ipCm) {
        double[] measured = new double[10];
        System.arraycopy(helix1, 0, measured, 0, 5);
        System.arraycopy(helix2, 0, measured, 5, 5);
        double[][] v = new double[10][10];
        for (int r = 0; r < 5; r++) {
            System.arraycopy(covariance1[r], 0, v[r], 0, 5);
            System.arraycopy(covariance2[r], 0, v[5 + r], 5, 5);
        }
        double[] start = startingPoint(helix1, helix2);
        FitResult fit = fitter.fit(measured, v, start, new CommonVertex());
        return new Result(fit, ipCm.clone());
    }

    /**
     * Starting values (vertex, s1, s2): where the two circles meet in x-y (or, if they miss each other, the
     * middle of the gap on the line of centres); of two crossings the one where the helices are closer in
     * z. Starting there, and not at the perigees, matters for displaced vertices such as conversions,
     * whose legs are nearly tangent: from the perigees the Newton steps wander along the common tangent.
     */
    static double[] startingPoint(double[] h1, double[] h2) {
        double r1 = -1.0 / h1[2]; // signed radius (counter-clockwise curvature w = -omega)
        double r2 = -1.0 / h2[2];
        double c1x = Math.sin(h1[1]) * (h1[0] - r1);
        double c1y = -Math.cos(h1[1]) * (h1[0] - r1);
        double c2x = Math.sin(h2[1]) * (h2[0] - r2);
        double c2y = -Math.cos(h2[1]) * (h2[0] - r2);
        double a1 = Math.abs(r1);
        double a2 = Math.abs(r2);
        double dx = c2x - c1x;
        double dy = c2y - c1y;
        double d = Math.hypot(dx, dy);
        double[] best = null;
        double bestDz = Double.POSITIVE_INFINITY;
        double[] p1 = new double[3];
        double[] p2 = new double[3];
        int candidates;
        double[] xs = new double[2];
        double[] ys = new double[2];
        if (d == 0 || !Double.isFinite(d)) {
            candidates = 0;
        } else if (d >= a1 + a2 || d <= Math.abs(a1 - a2)) {
            // no crossing: middle of the gap between the circles along the line of centres
            double ux = dx / d;
            double uy = dy / d;
            double t1 = d >= a1 + a2 ? a1 : (a1 > a2 ? a1 : -a1);
            double t2 = d >= a1 + a2 ? d - a2 : (a1 > a2 ? d + a2 : d - a2);
            double t = (t1 + t2) / 2;
            xs[0] = c1x + t * ux;
            ys[0] = c1y + t * uy;
            candidates = 1;
        } else {
            double along = (d * d + a1 * a1 - a2 * a2) / (2 * d);
            double across = Math.sqrt(Math.max(0, a1 * a1 - along * along));
            double ux = dx / d;
            double uy = dy / d;
            xs[0] = c1x + along * ux - across * uy;
            ys[0] = c1y + along * uy + across * ux;
            xs[1] = c1x + along * ux + across * uy;
            ys[1] = c1y + along * uy - across * ux;
            candidates = 2;
        }
        for (int c = 0; c < candidates; c++) {
            double s1 = Helix.arcLengthTo(h1, xs[c], ys[c]);
            double s2 = Helix.arcLengthTo(h2, xs[c], ys[c]);
            Helix.position(h1, 0, s1, p1);
            Helix.position(h2, 0, s2, p2);
            double dz = Math.abs(p1[2] - p2[2]);
            if (dz < bestDz) {
                bestDz = dz;
                best = new double[] {(p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2, (p1[2] + p2[2]) / 2, s1, s2};
            }
        }
        if (best == null) { // concentric or degenerate circles: the points nearest the z axis
            Helix.position(h1, 0, 0, p1);
            Helix.position(h2, 0, 0, p2);
            best = new double[] {(p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2, (p1[2] + p2[2]) / 2, 0, 0};
        }
        return best;
    }

    /** Each helix passes through the vertex: position_i(s_i) - vertex = 0. */
    private static final class CommonVertex implements ConstraintFunction {
        private final double[] position = new double[3];

        @Override
        public int constraintCount() {
            return 6;
        }

        @Override
        public void evaluate(double[] measured, double[] unmeasured, double[] values, double[][] dMeasured,
                double[][] dUnmeasured) {
            for (int t = 0; t < 2; t++) {
                double s = unmeasured[3 + t];
                Helix.position(measured, 5 * t, s, position);
                for (int c = 0; c < 3; c++) {
                    int row = 3 * t + c;
                    values[row] = position[c] - unmeasured[c];
                    for (int col = 0; col < 10; col++) {
                        dMeasured[row][col] = 0;
                    }
                    for (int col = 0; col < 5; col++) {
                        dUnmeasured[row][col] = col == c ? -1 : 0;
                    }
                }
                Helix.positionDerivatives(measured, 5 * t, s, dMeasured, 3 * t, 5 * t, dUnmeasured, 3 + t);
            }
        }
    }

    /** The fitted vertex, its covariance and the displacement from the interaction point. */
    public static final class Result {
        private final FitResult fit;
        private final double[] ip;

        Result(FitResult fit, double[] ip) {
            this.fit = fit;
            this.ip = ip;
        }

        public FitResult fit() {
            return fit;
        }

        public boolean converged() {
            return fit.converged();
        }

        public double chi2() {
            return fit.chi2();
        }

        /** Vertex coordinate {@code c} (0 = x, 1 = y, 2 = z) in cm. */
        public double vertexCm(int c) {
            return fit.unmeasured(c);
        }

        /** Vertex covariance element in cm^2. */
        public double vertexCovariance(int a, int b) {
            return fit.unmeasuredCovariance(a, b);
        }

        /** D: 3D distance of the vertex from the interaction point, cm. */
        public double displacementCm() {
            double dx = vertexCm(0) - ip[0];
            double dy = vertexCm(1) - ip[1];
            double dz = vertexCm(2) - ip[2];
            return Math.sqrt(dx * dx + dy * dy + dz * dz);
        }

        /** Transverse distance of the vertex from the interaction point, cm. */
        public double transverseDisplacementCm() {
            return Math.hypot(vertexCm(0) - ip[0], vertexCm(1) - ip[1]);
        }

        /**
         * Error of D by linear propagation, sqrt(n^T C n) with n the unit vector from the interaction
         * point to the vertex; for D = 0 the largest diagonal error.
         */
        public double displacementErrorCm() {
            double d = displacementCm();
            if (d == 0) {
                return Math.sqrt(Math.max(vertexCovariance(0, 0), Math.max(vertexCovariance(1, 1), vertexCovariance(2, 2))));
            }
            double[] n = {(vertexCm(0) - ip[0]) / d, (vertexCm(1) - ip[1]) / d, (vertexCm(2) - ip[2]) / d};
            double var = 0;
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    var += n[a] * vertexCovariance(a, b) * n[b];
                }
            }
            return Math.sqrt(Math.max(var, 0));
        }
    }
}
