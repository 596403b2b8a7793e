package org.alpwb.physics.integration;

import java.util.Arrays;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.ParticleStatus;
import org.alpwb.physics.amplitude.MatrixElement;
import org.alpwb.physics.isr.IsrConvolution;
import org.alpwb.physics.phasespace.Kinematics;
import org.alpwb.physics.phasespace.NarrowDecay;
import org.alpwb.physics.phasespace.PhaseSpaceChannel;

/**
 * d(sigma)/d(Phi) of a 2 -> n process: |M|^2 times the flux 1/(2 lambda^(1/2)(s, m1^2, m2^2)) in pb,
 * optionally convolved with collinear ISR of both beams, with narrow particles decayed isotropically
 * afterwards (weight 1, narrow width) and generator-level cuts on the final laboratory event.
 * The beam-beam frame is the laboratory here (symmetric beams); ISR boosts the event along z.
 */
public final class ScatteringIntegrand implements MultiChannelIntegrand {
    /** 1 GeV^-2 in pb. */
    public static final double GEV2_TO_PB = 3.893794e8;

    private final MatrixElement matrixElement;
    private final PhaseSpaceChannel[] channels;
    private final double sqrtS;
    private final IsrConvolution isr;
    private final int[] decayParents;
    private final int[][] decayDaughterPdg;
    private final double[][] decayDaughterMass;
    private final EventCut cut;
    private final int production;
    private final double symmetryFactor;
    private final double branchingFraction;
    private final int[] pdg;
    private final boolean[] isFinal;
    private final double[] momenta;
    private final double[] lab;
    private final double[] isrOut = new double[5];
    private double lastSqrtSHat;

    /**
     * @param decayParents indices (in the matrix element's list) of narrow particles decayed to two daughters
     * @param decayDaughterPdg per decay the two daughter PDG ids
     * @param decayDaughterMass per decay the two daughter masses
     */
    public ScatteringIntegrand(MatrixElement matrixElement, PhaseSpaceChannel[] channels, double sqrtS, boolean withIsr,
            int[] decayParents, int[][] decayDaughterPdg, double[][] decayDaughterMass, EventCut cut) {
        this(matrixElement, channels, sqrtS, withIsr, decayParents, decayDaughterPdg, decayDaughterMass, 1, cut);
    }

    /**
     * As above, with the product of the branching fractions of the decays (narrow width: sigma x BR),
     * e.g. 0.3936 for eta -> gamma gamma.
     */
    public ScatteringIntegrand(MatrixElement matrixElement, PhaseSpaceChannel[] channels, double sqrtS, boolean withIsr,
            int[] decayParents, int[][] decayDaughterPdg, double[][] decayDaughterMass, double branchingFraction,
            EventCut cut) {
        this.matrixElement = matrixElement;
        this.channels = channels;
        this.sqrtS = sqrtS;
        this.isr = withIsr ? new IsrConvolution(sqrtS * sqrtS) : null;
        this.decayParents = decayParents;
        this.decayDaughterPdg = decayDaughterPdg;
        this.decayDaughterMass = decayDaughterMass;
        this.cut = cut;
        this.branchingFraction = branchingFraction;
        this.production = matrixElement.pdgIds().length;
        int total = production + 2 * decayParents.length;
        this.pdg = Arrays.copyOf(matrixElement.pdgIds(), total);
        this.isFinal = new boolean[total];
        Arrays.fill(isFinal, 2, total, true);
        for (int k = 0; k < decayParents.length; k++) {
            pdg[production + 2 * k] = decayDaughterPdg[k][0];
            pdg[production + 2 * k + 1] = decayDaughterPdg[k][1];
            isFinal[decayParents[k]] = false;
        }
        this.symmetryFactor = symmetryFactor(matrixElement.pdgIds());
        this.momenta = new double[4 * production];
        this.lab = new double[4 * total];
        for (PhaseSpaceChannel channel : channels) {
            if (channel.particleCount() != production) {
                throw new IllegalArgumentException("channel " + channel.name() + " has " + channel.particleCount()
                        + " particles, the matrix element " + production);
            }
        }
    }

    /** 1/prod(n_i!) for n_i identical final-state particles (the matrix elements do not include it). */
    static double symmetryFactor(int[] pdgIds) {
        double factor = 1;
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int k = 2; k < pdgIds.length; k++) {
            int n = counts.merge(pdgIds[k], 1, Integer::sum);
            factor /= n;
        }
        return factor;
    }

    public int[] pdgIds() {
        return pdg.clone();
    }

    @Override
    public int channelCount() {
        return channels.length;
    }

    @Override
    public int dimensions(int channel) {
        return channels[channel].dimensions();
    }

    @Override
    public boolean adaptive(int channel) {
        return channels[channel].adaptive();
    }

    @Override
    public int extraDimensions() {
        return (isr == null ? 0 : 2) + 2 * decayParents.length;
    }

    @Override
    public double evaluate(int channel, double[] x, double[] extra, double[][] xs, double[] weights) {
        double sqrtSHat = sqrtS;
        double isrWeight = 1;
        double betaZ = 0;
        int e = 0;
        if (isr != null) {
            isr.sample(extra[0], extra[1], isrOut);
            sqrtSHat = sqrtS * isrOut[2];
            betaZ = isrOut[3];
            isrWeight = isrOut[4];
            e = 2;
        }
        double w = channels[channel].generate(sqrtSHat, x, momenta);
        if (!(w > 0) || !(isrWeight > 0)) {
            return 0;
        }
        System.arraycopy(momenta, 0, lab, 0, momenta.length);
        for (int k = 0; k < decayParents.length; k++) {
            NarrowDecay.decay(lab, decayParents[k], production + 2 * k, production + 2 * k + 1,
                    decayDaughterMass[k][0], decayDaughterMass[k][1], extra[e + 2 * k], extra[e + 2 * k + 1]);
        }
        if (betaZ != 0) {
            Kinematics.boostZ(lab, 0, pdg.length, betaZ);
        }
        if (!cut.accept(lab, pdg, isFinal)) {
            return 0;
        }
        double m2 = matrixElement.squared(momenta);
        if (!(m2 > 0)) {
            return 0;
        }
        double beamMomentum = Math.abs(momenta[3]);
        double flux = 1 / (4 * beamMomentum * sqrtSHat);
        weights[channel] = w;
        for (int j = 0; j < channels.length; j++) {
            if (j != channel) {
                weights[j] = channels[j].inverse(sqrtSHat, momenta, xs[j]);
            } else if (xs[j] != x) {
                System.arraycopy(x, 0, xs[j], 0, x.length);
            }
        }
        lastSqrtSHat = sqrtSHat;
        return m2 * symmetryFactor * branchingFraction * flux * GEV2_TO_PB * isrWeight;
    }

    /** sqrt(s-hat) of the last point (the reduced energy after ISR). */
    public double lastSqrtSHat() {
        return lastSqrtSHat;
    }

    @Override
    public void appendLastEvent(EventBlock.Builder builder, double weightPb, double u) {
        for (int k = 0; k < pdg.length; k++) {
            ParticleStatus status = k < 2 ? ParticleStatus.INCOMING
                    : isFinal[k] ? ParticleStatus.OUTGOING : ParticleStatus.INTERMEDIATE;
            int mother1 = k < 2 ? -1 : 0;
            int mother2 = k < 2 ? -1 : 1;
            if (k >= production) {
                mother1 = decayParents[(k - production) / 2];
                mother2 = -1;
            }
            builder.particle(pdg[k], status, mother1, mother2, lab[4 * k], lab[4 * k + 1], lab[4 * k + 2],
                    lab[4 * k + 3]);
        }
        builder.endEvent(weightPb, diagramClass(u));
    }

    /** Diagram class chosen with probability |M_class|^2 / sum over classes (interference not a class). */
    private String diagramClass(double u) {
        String[] classes = matrixElement.diagramClasses();
        if (classes.length <= 1) {
            return classes.length == 0 ? "" : classes[0];
        }
        double[] parts = new double[classes.length];
        double total = 0;
        for (int c = 0; c < classes.length; c++) {
            parts[c] = Math.max(0, matrixElement.squaredOfClass(c, momenta));
            total += parts[c];
        }
        if (!(total > 0)) {
            return classes[0];
        }
        double acc = 0;
        for (int c = 0; c < classes.length; c++) {
            acc += parts[c] / total;
            if (u < acc) {
                return classes[c];
            }
        }
        return classes[classes.length - 1];
    }

    @Override
    public int[] symmetryClasses() {
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        int[] classes = new int[channels.length];
        boolean any = false;
        for (int c = 0; c < channels.length; c++) {
            String key = channels[c].symmetryClass();
            any |= key != null;
            classes[c] = key == null ? -1 - c : ids.computeIfAbsent(key, k -> ids.size());
        }
        return any ? classes : null;
    }

    @Override
    public MultiChannelIntegrand copy() {
        PhaseSpaceChannel[] copies = new PhaseSpaceChannel[channels.length];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = channels[i].copy();
        }
        return new ScatteringIntegrand(matrixElement.copy(), copies, sqrtS, isr != null, decayParents,
                decayDaughterPdg, decayDaughterMass, branchingFraction, cut);
    }
}
