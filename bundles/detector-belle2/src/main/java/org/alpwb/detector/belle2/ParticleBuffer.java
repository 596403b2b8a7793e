package org.alpwb.detector.belle2;

import java.util.Arrays;
import org.alpwb.api.detector.TruthOrigin;

/** Lab-frame particles of one event on their way through the detector; reused across events. */
final class ParticleBuffer {
    int size;
    int[] pdg = new int[32];
    int[] truth = new int[32];
    TruthOrigin[] origin = new TruthOrigin[32];
    double[] vx = new double[32];
    double[] vy = new double[32];
    double[] vz = new double[32];
    double[] e = new double[32];
    double[] px = new double[32];
    double[] py = new double[32];
    double[] pz = new double[32];
    /** Time offset relative to the collision (ns): 0 for the event, random for beam background. */
    double[] t0 = new double[32];

    void clear() {
        size = 0;
    }

    int add(int pdgId, int truthIndex, TruthOrigin from, double x, double y, double z, double energy, double momX,
            double momY, double momZ, double timeNs) {
        if (size == pdg.length) {
            int n = size * 2;
            pdg = Arrays.copyOf(pdg, n);
            truth = Arrays.copyOf(truth, n);
            origin = Arrays.copyOf(origin, n);
            vx = Arrays.copyOf(vx, n);
            vy = Arrays.copyOf(vy, n);
            vz = Arrays.copyOf(vz, n);
            e = Arrays.copyOf(e, n);
            px = Arrays.copyOf(px, n);
            py = Arrays.copyOf(py, n);
            pz = Arrays.copyOf(pz, n);
            t0 = Arrays.copyOf(t0, n);
        }
        int k = size++;
        pdg[k] = pdgId;
        truth[k] = truthIndex;
        origin[k] = from;
        vx[k] = x;
        vy[k] = y;
        vz[k] = z;
        e[k] = energy;
        px[k] = momX;
        py[k] = momY;
        pz[k] = momZ;
        t0[k] = timeNs;
        return k;
    }

    double p(int k) {
        return Math.sqrt(px[k] * px[k] + py[k] * py[k] + pz[k] * pz[k]);
    }

    double theta(int k) {
        return Math.atan2(Math.hypot(px[k], py[k]), pz[k]);
    }
}
