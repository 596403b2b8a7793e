package org.alpwb.physics.amplitude;

import org.alpwb.physics.dirac.Dirac;
import org.alpwb.physics.dirac.Polarizations;
import org.alpwb.physics.dirac.Spinors;
import org.alpwb.physics.lorentz.OnShellMomenta;

/**
 * Tree-level QED for one fermion line (e- e+ -&gt; n photons) or two lines (e- e+ -&gt; f- f+ + n
 * photons) with every photon attached in every position: a Berends-Giele style recursion over
 * photon subsets S (bit masks). For each end of a line the off-shell spinor psi(S), dressed with
 * the photons in S in all orders, is built from psi(S \ j) by one vertex and one propagator, and the
 * line currents J(S) = sum_{S1 in S} psiL(S1) gamma^mu psiR(S \ S1) are joined by the photon
 * propagator. All diagrams share the factors (-ie)^V i^{n_f} (-i)^{n_gamma}, so only the Fermi
 * sign between the two channels survives: M = A_s - A_t with A_s = [vbar2 .. u1][ubar3 .. v4] and
 * A_t = [ubar3 .. u1][vbar2 .. v4] (checked against the Bhabha formula). Every denominator is
 * formed from cancellation-free pair invariants, so collinear and soft regions keep their digits.
 *
 * <p>External particles: 0 = e-(in), 1 = e+(in); two lines: 2 = f-, 3 = f+; then the photons.
 */
final class QedFermionLines implements MatrixElement {

    private static final double E2 = 4 * Math.PI * Constants.ALPHA;

    private final boolean twoLines;
    private final boolean withT;
    private final int nPhotons;
    private final int nSub;
    private final int all;
    private final int firstPhoton;
    private final int nExt;
    private final double finalMass;
    private final int[] pdg;
    private final double[] masses;
    private final double couplingFactor;

    private final OnShellMomenta kin;
    private final double[] dots;
    private final double[] k2;       // [S] K_S^2
    private final double[] endMom;   // [end][S][4] propagator momenta
    private final double[] endDen;   // [end][S] P^2 - m^2
    private final double[] psi;      // [end][h][S][pol restricted to S][8]
    private final double[] cur;      // [line][hL][hR][S][pol restricted to S][8]
    private final double[] eps;      // [photon][basis vector][8]
    private final double[] invQT2;   // [S] 1/q^2 of the t-channel photon, S on line 1-3
    private final double[] invQS2;   // [S] 1/q^2 of the s-channel photon, S on line 1-2
    private final double[] tmp = new double[8];
    private final double[] tmpBoth = new double[16];
    private final double[] tmp2 = new double[8];
    private final double[] cplx = new double[2];

    /**
     * @param twoLines     false: e- e+ -&gt; photons; true: e- e+ -&gt; f- f+ photons
     * @param withT        include the t channel (false for a different final flavour, e.g. mu+ mu-)
     * @param finalPdg     PDG id of the final fermion f- (11 or 13), ignored for one line
     * @param finalMass    its mass in GeV
     */
    QedFermionLines(boolean twoLines, boolean withT, int finalPdg, double finalMass, int nPhotons) {
        this.twoLines = twoLines;
        this.withT = withT && twoLines;
        this.nPhotons = nPhotons;
        this.nSub = 1 << nPhotons;
        this.all = nSub - 1;
        this.firstPhoton = twoLines ? 4 : 2;
        this.nExt = firstPhoton + nPhotons;
        this.finalMass = finalMass;
        pdg = new int[nExt];
        masses = new double[nExt];
        pdg[0] = 11;
        pdg[1] = -11;
        masses[0] = Constants.ELECTRON_MASS_GEV;
        masses[1] = Constants.ELECTRON_MASS_GEV;
        if (twoLines) {
            pdg[2] = finalPdg;
            pdg[3] = -finalPdg;
            masses[2] = finalMass;
            masses[3] = finalMass;
        }
        for (int j = 0; j < nPhotons; j++) {
            pdg[firstPhoton + j] = 22;
        }
        int vertices = (twoLines ? 2 : 0) + nPhotons;
        couplingFactor = Math.pow(E2, vertices) / 4.0; // |e^V|^2 and the initial spin average
        kin = new OnShellMomenta(nExt);
        dots = new double[nExt * nExt];
        k2 = new double[nSub];
        endMom = new double[4 * nSub * 4];
        endDen = new double[4 * nSub];
        psi = new double[4 * 2 * nSub * nSub * 8];
        cur = new double[4 * 4 * nSub * nSub * 8];
        eps = new double[Math.max(1, nPhotons) * 16];
        invQT2 = new double[nSub];
        invQS2 = new double[nSub];
    }

    @Override
    public int[] pdgIds() {
        return pdg.clone();
    }

    @Override
    public double[] massesGeV() {
        return masses.clone();
    }

    @Override
    public MatrixElement copy() {
        return new QedFermionLines(twoLines, withT, pdg.length > 2 && twoLines ? pdg[2] : 11, finalMass, nPhotons);
    }

    @Override
    public double squared(double[] momenta) {
        return compute(momenta, -1);
    }

    /**
     * Ward-identity probe: the same helicity sum with photon {@code photon}'s polarisation replaced
     * by k/k^0 (dimensionless like eps). Gauge invariance makes it vanish up to rounding.
     */
    double squaredWithPolarisationReplacedByMomentum(double[] momenta, int photon) {
        return compute(momenta, photon);
    }

    private static int bitCount(int s) {
        return Integer.bitCount(s);
    }

    // ends: 0 = u(p1) right, 1 = vbar(p2) left, 2 = ubar(p3) left, 3 = v(p4) right
    private static boolean isRight(int end) {
        return end == 0 || end == 3;
    }

    private static double sign(int end) {
        return end == 0 || end == 2 ? 1.0 : -1.0;
    }

    private double compute(double[] p, int wardPhoton) {
        prepareKinematics(p);
        Spinors.uBoth(p, 0, masses[0], tmpBoth, 0);
        store(0);
        Spinors.vBoth(p, 4, masses[1], tmpBoth, 0);
        barBoth(1);
        if (twoLines) {
            Spinors.uBoth(p, 8, masses[2], tmpBoth, 0);
            barBoth(2);
            Spinors.vBoth(p, 12, masses[3], tmpBoth, 0);
            store(3);
        }
        for (int j = 0; j < nPhotons; j++) {
            int k = 4 * (firstPhoton + j);
            if (j == wardPhoton) {
                // k/k0 replaces the polarisation (slot 0); slot 1 is never summed over
                double inv = 1.0 / p[k];
                for (int mu = 0; mu < 4; mu++) {
                    eps[16 * j + 2 * mu] = p[k + mu] * inv;
                    eps[16 * j + 2 * mu + 1] = 0;
                }
                System.arraycopy(eps, 16 * j, eps, 16 * j + 8, 8);
            } else {
                Polarizations.linear(p, k, 0, eps, 16 * j);
                Polarizations.linear(p, k, 1, eps, 16 * j + 8);
            }
        }
        int skipMask = wardPhoton >= 0 ? 1 << wardPhoton : 0;
        double sum = twoLines ? twoLineSum(skipMask) : oneLineSum(skipMask);
        return couplingFactor * sum;
    }

    private void store(int end) {
        System.arraycopy(tmpBoth, 0, psi, psiIndex(end, 0, 0, 0), 8);
        System.arraycopy(tmpBoth, 8, psi, psiIndex(end, 1, 0, 0), 8);
    }

    private void barBoth(int end) {
        Spinors.bar(tmpBoth, 0, psi, psiIndex(end, 0, 0, 0));
        Spinors.bar(tmpBoth, 8, psi, psiIndex(end, 1, 0, 0));
    }

    /** Slot of psi(S) for the polarisation choice {@code pol} (bit j: basis vector of photon j; only bits in S). */
    private int psiIndex(int end, int h, int s, int pol) {
        return (((end * 2 + h) * nSub + s) * nSub + (pol & s)) * 8;
    }

    private void prepareKinematics(double[] p) {
        kin.load(p, masses);
        for (int i = 0; i < nExt; i++) {
            for (int j = i + 1; j < nExt; j++) {
                double d = kin.dot(i, j);
                dots[i * nExt + j] = d;
                dots[j * nExt + i] = d;
            }
        }
        double t13 = twoLines ? kin.massSquaredOfDifference(0, 2) : 0;
        double s12 = kin.massSquaredOfSum(0, 1);
        int ends = twoLines ? 4 : 2;
        for (int s = 0; s < nSub; s++) {
            double kk = 0;
            double dT = 0;
            double dS = 0;
            for (int i = 0; i < nPhotons; i++) {
                if ((s >> i & 1) == 0) {
                    continue;
                }
                int pi = firstPhoton + i;
                for (int j = i + 1; j < nPhotons; j++) {
                    if ((s >> j & 1) != 0) {
                        kk += 2 * dots[pi * nExt + firstPhoton + j];
                    }
                }
                dS += dots[pi] + dots[nExt + pi];
                if (twoLines) {
                    dT += dots[pi] - dots[2 * nExt + pi];
                }
            }
            k2[s] = kk;
            invQT2[s] = 1.0 / (t13 - 2 * dT + kk);
            invQS2[s] = 1.0 / (s12 - 2 * dS + kk);
            for (int e = 0; e < ends; e++) {
                double sig = sign(e);
                double dir = isRight(e) ? -1.0 : 1.0; // P = sig p_e -/+ K_S
                int mo = (e * nSub + s) * 4;
                for (int mu = 0; mu < 4; mu++) {
                    double v = sig * p[4 * e + mu];
                    for (int j = 0; j < nPhotons; j++) {
                        if ((s >> j & 1) != 0) {
                            v += dir * p[4 * (firstPhoton + j) + mu];
                        }
                    }
                    endMom[mo + mu] = v;
                }
                double ek = 0;
                for (int j = 0; j < nPhotons; j++) {
                    if ((s >> j & 1) != 0) {
                        ek += dots[e * nExt + firstPhoton + j];
                    }
                }
                // (sig p -/+ K)^2 - m^2 = -/+ 2 sig p.K + K^2
                endDen[e * nSub + s] = 2 * dir * sig * ek + kk;
            }
        }
    }

    /**
     * Fills psi(S, pol) for S != 0 (and S != all when {@code skipAll}) for both helicities of an end:
     * each (subset, polarisation of its photons) is dressed once, 3^n entries instead of 4^n.
     */
    private void dress(int end, boolean skipAll) {
        boolean right = isRight(end);
        double m = masses[end];
        for (int h = 0; h < 2; h++) {
            for (int s = 1; s < nSub; s++) {
                if (skipAll && s == all) {
                    continue;
                }
                int mo = (end * nSub + s) * 4;
                double den = endDen[end * nSub + s];
                for (int pol = s; ; pol = (pol - 1) & s) {
                    java.util.Arrays.fill(tmp2, 0.0);
                    for (int j = 0; j < nPhotons; j++) {
                        if ((s >> j & 1) == 0) {
                            continue;
                        }
                        int from = psiIndex(end, h, s & ~(1 << j), pol);
                        int e = 16 * j + 8 * ((pol >> j) & 1);
                        if (right) {
                            Dirac.slash(eps, e, psi, from, tmp, 0);
                        } else {
                            Dirac.barSlash(psi, from, eps, e, tmp, 0);
                        }
                        for (int k = 0; k < 8; k++) {
                            tmp2[k] += tmp[k];
                        }
                    }
                    if (right) {
                        Dirac.propagate(endMom, mo, m, den, tmp2, 0, psi, psiIndex(end, h, s, pol));
                    } else {
                        Dirac.barPropagate(tmp2, 0, endMom, mo, m, den, psi, psiIndex(end, h, s, pol));
                    }
                    if (pol == 0) {
                        break;
                    }
                }
            }
        }
    }

    private double oneLineSum(int skipMask) {
        dress(0, true);
        double sum = 0;
        for (int pol = 0; pol < nSub; pol++) {
            if ((pol & skipMask) != 0) {
                continue;
            }
            for (int h1 = 0; h1 < 2; h1++) {
                for (int h2 = 0; h2 < 2; h2++) {
                    double re = 0;
                    double im = 0;
                    for (int j = 0; j < nPhotons; j++) {
                        Dirac.barSlash(psi, psiIndex(1, h2, 0, 0), eps, 16 * j + 8 * ((pol >> j) & 1), tmp, 0);
                        Dirac.scalar(tmp, 0, psi, psiIndex(0, h1, all & ~(1 << j), pol), cplx, 0);
                        re += cplx[0];
                        im += cplx[1];
                    }
                    sum += re * re + im * im;
                }
            }
        }
        return sum;
    }

    private static final int[] LINE_LEFT = {2, 1, 1, 2};
    private static final int[] LINE_RIGHT = {0, 3, 0, 3};

    private int curIndex(int line, int hl, int hr, int s, int pol) {
        return ((((line * 2 + hl) * 2 + hr) * nSub + s) * nSub + (pol & s)) * 8;
    }

    private double twoLineSum(int skipMask) {
        for (int e = 0; e < 4; e++) {
            dress(e, false);
        }
        for (int line = withT ? 0 : 2; line < 4; line++) {
            int l = LINE_LEFT[line];
            int r = LINE_RIGHT[line];
            for (int hl = 0; hl < 2; hl++) {
                for (int hr = 0; hr < 2; hr++) {
                    for (int s = 0; s < nSub; s++) {
                        for (int pol = s; ; pol = (pol - 1) & s) {
                            int o = curIndex(line, hl, hr, s, pol);
                            java.util.Arrays.fill(cur, o, o + 8, 0.0);
                            for (int s1 = s; ; s1 = (s1 - 1) & s) {
                                Dirac.addCurrent(psi, psiIndex(l, hl, s1, pol), psi, psiIndex(r, hr, s & ~s1, pol), cur,
                                        o);
                                if (s1 == 0) {
                                    break;
                                }
                            }
                            if (pol == 0) {
                                break;
                            }
                        }
                    }
                }
            }
        }
        double sum = 0;
        for (int pol = 0; pol < nSub; pol++) {
            if ((pol & skipMask) != 0) {
                continue;
            }
            for (int h1 = 0; h1 < 2; h1++) {
                for (int h2 = 0; h2 < 2; h2++) {
                    for (int h3 = 0; h3 < 2; h3++) {
                        for (int h4 = 0; h4 < 2; h4++) {
                            double re = 0;
                            double im = 0;
                            for (int s = 0; s < nSub; s++) {
                                int c = all & ~s;
                                Dirac.dot(cur, curIndex(2, h2, h1, s, pol), cur, curIndex(3, h3, h4, c, pol), cplx, 0);
                                re += cplx[0] * invQS2[s];
                                im += cplx[1] * invQS2[s];
                                if (withT) {
                                    Dirac.dot(cur, curIndex(0, h3, h1, s, pol), cur, curIndex(1, h2, h4, c, pol), cplx,
                                            0);
                                    re -= cplx[0] * invQT2[s];
                                    im -= cplx[1] * invQT2[s];
                                }
                            }
                            sum += re * re + im * im;
                        }
                    }
                }
            }
        }
        return sum;
    }
}
