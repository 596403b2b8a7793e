package org.alpwb.physics.amplitude;

import org.alpwb.physics.dirac.Dirac;
import org.alpwb.physics.dirac.Polarizations;
import org.alpwb.physics.dirac.Spinors;
import org.alpwb.physics.lorentz.Invariants;
import org.alpwb.physics.lorentz.LeviCivita;

/**
 * e-(p1) e+(p2) -&gt; gamma(k) a(p_a): one s-channel diagram, the virtual photon q = p1 + p2 turning
 * into the photon and the pseudoscalar through i g eps^{mu nu rho sigma} k1_rho k2_sigma (both
 * photon momenta taken into the vertex: q and -k). Massive electrons. Order: e-, e+, gamma, a.
 */
public final class AlpStrahlung implements MatrixElement {

    private final double massGeV;
    private final double couplingPerGeV;
    private final int pdg;
    private final double[] spinors = new double[4 * 8]; // u(h=+,-), vbar(h=+,-)
    private final double[] tmp = new double[8];
    private final double[] current = new double[8];
    private final double[] tensor = new double[16];
    private final double[] vec = new double[8];
    private final double[] eps = new double[16];
    private final double[] q = new double[8];

    /** @param pdgId PDG id given to the pseudoscalar (e.g. 9000005 for the ALP) */
    public AlpStrahlung(double massGeV, double couplingPerGeV, int pdgId) {
        this.massGeV = massGeV;
        this.couplingPerGeV = couplingPerGeV;
        this.pdg = pdgId;
    }

    @Override
    public int[] pdgIds() {
        return new int[] {11, -11, 22, pdg};
    }

    @Override
    public double[] massesGeV() {
        return new double[] {Constants.ELECTRON_MASS_GEV, Constants.ELECTRON_MASS_GEV, 0, massGeV};
    }

    @Override
    public MatrixElement copy() {
        return new AlpStrahlung(massGeV, couplingPerGeV, pdg);
    }

    @Override
    public double squared(double[] p) {
        return compute(p, false);
    }

    /** Ward probe: the photon polarisation replaced by k/k^0 (must vanish). */
    double squaredWithPolarisationReplacedByMomentum(double[] p) {
        return compute(p, true);
    }

    private double compute(double[] p, boolean ward) {
        double me = Constants.ELECTRON_MASS_GEV;
        for (int h = 0; h < 2; h++) {
            int lambda = h == 0 ? 1 : -1;
            Spinors.u(p, 0, me, lambda, spinors, 8 * h);
            Spinors.v(p, 4, me, lambda, tmp, 0);
            Spinors.bar(tmp, 0, spinors, 16 + 8 * h);
        }
        double s = Invariants.massSquaredOfSum(p, 0, me, p, 4, me);
        // photon momenta into the vertex: q = p1 + p2 and -k
        for (int mu = 0; mu < 4; mu++) {
            q[mu] = p[mu] + p[4 + mu];
            q[4 + mu] = -p[8 + mu];
        }
        LeviCivita.tensor(q, 0, q, 4, tensor);
        int nPol = ward ? 1 : 2;
        for (int pol = 0; pol < nPol; pol++) {
            if (ward) {
                for (int mu = 0; mu < 4; mu++) {
                    eps[2 * mu] = p[8 + mu] / p[8];
                    eps[2 * mu + 1] = 0;
                }
            } else {
                Polarizations.linear(p, 8, pol, eps, 8 * pol);
            }
        }
        double sum = 0;
        for (int pol = 0; pol < nPol; pol++) {
            // vec_mu = T_{mu nu} eps^nu (eps real in the linear basis and for the Ward probe)
            for (int mu = 0; mu < 4; mu++) {
                double re = 0;
                for (int nu = 0; nu < 4; nu++) {
                    re += tensor[4 * mu + nu] * eps[8 * pol + 2 * nu];
                }
                vec[2 * mu] = re;
                vec[2 * mu + 1] = 0;
            }
            for (int h1 = 0; h1 < 2; h1++) {
                for (int h2 = 0; h2 < 2; h2++) {
                    Dirac.current(spinors, 16 + 8 * h2, spinors, 8 * h1, current, 0);
                    // J^mu vec_mu: both already contravariant/covariant as produced, plain sum
                    double re = 0;
                    double im = 0;
                    for (int mu = 0; mu < 4; mu++) {
                        re += current[2 * mu] * vec[2 * mu];
                        im += current[2 * mu + 1] * vec[2 * mu];
                    }
                    sum += re * re + im * im;
                }
            }
        }
        double e2 = 4 * Math.PI * Constants.ALPHA;
        return e2 * couplingPerGeV * couplingPerGeV * sum / (s * s) / 4.0;
    }
}
