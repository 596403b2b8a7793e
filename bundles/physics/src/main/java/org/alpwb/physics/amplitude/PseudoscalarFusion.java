package org.alpwb.physics.amplitude;

import org.alpwb.physics.dirac.Dirac;
import org.alpwb.physics.dirac.Spinors;
import org.alpwb.physics.lorentz.OnShellMomenta;
import org.alpwb.physics.lorentz.LeviCivita;

/**
 * e-(p1) e+(p2) -&gt; e-(p3) e+(p4) P(p5) for a pseudoscalar P coupled to two photons by
 * i g eps^{mu nu rho sigma} k1_rho k2_sigma (the ALP, or pi0/eta/eta' with a point-like g_P).
 *
 * <p>Two tree diagrams, with the Fermi sign of Bhabha scattering, M = A_conversion - A_fusion:
 * <ul>
 * <li><b>fusion</b> (t-type): [ubar3 gamma^mu u1] [vbar2 gamma^nu v4] eps_{mu nu rho sigma}
 * q1^rho q2^sigma / (t1 t2), q1 = p1 - p3, q2 = p2 - p4;</li>
 * <li><b>conversion</b> (s-type, ALP-strahlung with the photon converting to e+e-):
 * [vbar2 gamma^mu u1] [ubar3 gamma^nu v4] eps_{mu nu rho sigma} q^rho q'^sigma / (s m_34^2),
 * q = p1 + p2, q' = -(p3 + p4), both photon momenta flowing into the vertex as in fusion.</li>
 * </ul>
 * t1, t2 come from {@link Invariants#massSquaredOfDifference} and the currents from
 * cancellation-free spinors, so |t| down to m_e^2 x^2 is evaluated to rounding.
 */
public final class PseudoscalarFusion implements MatrixElement {

    /** Which diagrams {@link #squared} includes. */
    public enum Diagrams { ALL, FUSION, CONVERSION }

    private static final String[] CLASSES = {"fusion", "conversion"};

    private final double massGeV;
    private final double couplingPerGeV;
    private final int pdg;
    private final Diagrams diagrams;
    private final double[] spinors = new double[8 * 8]; // [end][h][8]: u1, vbar2, ubar3, v4
    private final double[] currents = new double[4 * 4 * 8]; // [line][hl][hr][8]: 13, 24, 12, 34
    private final double[] tensorT = new double[16];
    private final double[] tensorS = new double[16];
    private final double[] vecT = new double[4 * 8]; // T_t J24 per (h2,h4)
    private final double[] vecS = new double[4 * 8]; // T_s J34 per (h3,h4)
    private final double[] q = new double[8];
    private final double[] tmp = new double[16];
    private final OnShellMomenta kin = new OnShellMomenta(5);
    private final double[] masses;

    public PseudoscalarFusion(double massGeV, double couplingPerGeV, int pdgId, Diagrams diagrams) {
        this.massGeV = massGeV;
        this.couplingPerGeV = couplingPerGeV;
        this.pdg = pdgId;
        this.diagrams = diagrams;
        double me = Constants.ELECTRON_MASS_GEV;
        this.masses = new double[] {me, me, me, me, massGeV};
    }

    @Override
    public int[] pdgIds() {
        return new int[] {11, -11, 11, -11, pdg};
    }

    @Override
    public double[] massesGeV() {
        return masses.clone();
    }

    @Override
    public MatrixElement copy() {
        return new PseudoscalarFusion(massGeV, couplingPerGeV, pdg, diagrams);
    }

    @Override
    public String[] diagramClasses() {
        return CLASSES.clone();
    }

    @Override
    public double squaredOfClass(int diagramClass, double[] momenta) {
        if (diagramClass == 0) {
            return compute(momenta, true, false);
        }
        if (diagramClass == 1) {
            return compute(momenta, false, true);
        }
        throw new IllegalArgumentException("diagram class index must be 0 (fusion) or 1 (conversion)");
    }

    @Override
    public double squared(double[] momenta) {
        return compute(momenta, diagrams != Diagrams.CONVERSION, diagrams != Diagrams.FUSION);
    }

    private static final int[] LINE_LEFT = {2, 1, 1, 2};
    private static final int[] LINE_RIGHT = {0, 3, 0, 3};

    private double compute(double[] p, boolean fusion, boolean conversion) {
        double me = Constants.ELECTRON_MASS_GEV;
        kin.load(p, masses);
        Spinors.uBoth(p, 0, me, spinors, 0);
        Spinors.vBoth(p, 4, me, tmp, 0);
        Spinors.bar(tmp, 0, spinors, 16);
        Spinors.bar(tmp, 8, spinors, 24);
        Spinors.uBoth(p, 8, me, tmp, 0);
        Spinors.bar(tmp, 0, spinors, 32);
        Spinors.bar(tmp, 8, spinors, 40);
        Spinors.vBoth(p, 12, me, spinors, 48);
        for (int line = fusion ? 0 : 2; line < (conversion ? 4 : 2); line++) {
            for (int hl = 0; hl < 2; hl++) {
                for (int hr = 0; hr < 2; hr++) {
                    Dirac.current(spinors, 16 * LINE_LEFT[line] + 8 * hl, spinors, 16 * LINE_RIGHT[line] + 8 * hr,
                            currents, ((line * 2 + hl) * 2 + hr) * 8);
                }
            }
        }
        double invT = 0;
        double invS = 0;
        if (fusion) {
            for (int mu = 0; mu < 4; mu++) {
                q[mu] = p[mu] - p[8 + mu];
                q[4 + mu] = p[4 + mu] - p[12 + mu];
            }
            LeviCivita.tensor(q, 0, q, 4, tensorT);
            double t1 = kin.massSquaredOfDifference(0, 2);
            double t2 = kin.massSquaredOfDifference(1, 3);
            invT = 1.0 / (t1 * t2);
            contractTensor(tensorT, 1, vecT);
        }
        if (conversion) {
            for (int mu = 0; mu < 4; mu++) {
                q[mu] = p[mu] + p[4 + mu];
                q[4 + mu] = -(p[8 + mu] + p[12 + mu]);
            }
            LeviCivita.tensor(q, 0, q, 4, tensorS);
            double s = kin.massSquaredOfSum(0, 1);
            double m34 = kin.massSquaredOfSum(2, 3);
            invS = 1.0 / (s * m34);
            contractTensor(tensorS, 3, vecS);
        }
        double sum = 0;
        for (int h1 = 0; h1 < 2; h1++) {
            for (int h2 = 0; h2 < 2; h2++) {
                for (int h3 = 0; h3 < 2; h3++) {
                    for (int h4 = 0; h4 < 2; h4++) {
                        double re = 0;
                        double im = 0;
                        if (conversion) {
                            int j = ((2 * 2 + h2) * 2 + h1) * 8;  // J12
                            int v = (h3 * 2 + h4) * 8;            // T_s J34
                            cdot(currents, j, vecS, v);
                            re += invS * dotRe;
                            im += invS * dotIm;
                        }
                        if (fusion) {
                            int j = ((0 * 2 + h3) * 2 + h1) * 8;  // J13
                            int v = (h2 * 2 + h4) * 8;            // T_t J24
                            cdot(currents, j, vecT, v);
                            re -= invT * dotRe;
                            im -= invT * dotIm;
                        }
                        sum += re * re + im * im;
                    }
                }
            }
        }
        double e2 = 4 * Math.PI * Constants.ALPHA;
        return e2 * e2 * couplingPerGeV * couplingPerGeV * sum / 4.0;
    }

    /** out[(hl,hr)]_mu = T_{mu nu} J_line^nu for the four helicity pairs of {@code line}. */
    private void contractTensor(double[] t, int line, double[] out) {
        for (int hh = 0; hh < 4; hh++) {
            int j = (line * 4 + hh) * 8;
            for (int mu = 0; mu < 4; mu++) {
                double re = 0;
                double im = 0;
                for (int nu = 0; nu < 4; nu++) {
                    re += t[4 * mu + nu] * currents[j + 2 * nu];
                    im += t[4 * mu + nu] * currents[j + 2 * nu + 1];
                }
                out[hh * 8 + 2 * mu] = re;
                out[hh * 8 + 2 * mu + 1] = im;
            }
        }
    }

    private double dotRe;
    private double dotIm;

    /** Plain complex sum_mu a_mu b_mu (b already carries the lowered index) into dotRe, dotIm. */
    private void cdot(double[] a, int ia, double[] b, int ib) {
        double re = 0;
        double im = 0;
        for (int k = 0; k < 8; k += 2) {
            double ar = a[ia + k];
            double ai = a[ia + k + 1];
            double br = b[ib + k];
            double bi = b[ib + k + 1];
            re += ar * br - ai * bi;
            im += ar * bi + ai * br;
        }
        dotRe = re;
        dotIm = im;
    }
}
