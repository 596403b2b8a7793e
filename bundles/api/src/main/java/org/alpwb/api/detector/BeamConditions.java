package org.alpwb.api.detector;

import org.alpwb.api.event.FourMomentum;

/**
 * Nominal laboratory beams of a collider and the transformation between the generator
 * centre-of-mass frame (symmetric beams, electron along +z) and the laboratory.
 *
 * <p>{@link #cmToLab()} is the boost along the total beam momentum composed with the rotation that
 * first aligns the generator z axis with the electron-beam direction as seen in the boosted rest
 * frame; it maps the generator beams exactly onto the laboratory beams. A kinematic fit to the
 * beam uses {@link #totalLab()}.
 *
 * @param electronLab nominal electron-beam four-momentum in the lab (GeV)
 * @param positronLab nominal positron-beam four-momentum in the lab (GeV)
 * @param electronEnergySpreadGeV Gaussian sigma of the electron-beam energy (GeV)
 * @param positronEnergySpreadGeV Gaussian sigma of the positron-beam energy (GeV)
 */
public record BeamConditions(FourMomentum electronLab, FourMomentum positronLab, double electronEnergySpreadGeV,
        double positronEnergySpreadGeV) {

    /** Total beam four-momentum in the lab, the constraint of a 4C fit. */
    public FourMomentum totalLab() {
        return electronLab.plus(positronLab);
    }

    /** Centre-of-mass energy sqrt(s) in GeV. */
    public double sqrtSGeV() {
        return totalLab().mass();
    }

    /** Beam energy in the centre-of-mass frame, sqrt(s)/2, in GeV. */
    public double beamEnergyCmGeV() {
        return sqrtSGeV() / 2;
    }

    /** Generator centre-of-mass frame to laboratory. */
    public LorentzTransform cmToLab() {
        return cmToLab(electronLab, positronLab);
    }

    /** Laboratory to generator centre-of-mass frame (electron beam along +z). */
    public LorentzTransform labToCm() {
        return cmToLab().inverse();
    }

    /** The CM-to-lab transformation for given (e.g. energy-smeared) beam four-momenta. */
    public static LorentzTransform cmToLab(FourMomentum electron, FourMomentum positron) {
        LorentzTransform boost = LorentzTransform.boostTo(electron.plus(positron));
        FourMomentum electronAtRest = boost.inverse().apply(electron);
        LorentzTransform align = LorentzTransform.rotation(0, 0, 1, electronAtRest.px(), electronAtRest.py(),
                electronAtRest.pz());
        return boost.after(align);
    }

    /** Beams of energies {@code electronEnergyGeV}, {@code positronEnergyGeV} (masses m_e) crossing at
     * {@code crossingAngleRad}, each tilted by half of it in the x-z plane: electron towards +x along +z,
     * positron towards +x along -z (so that the total momentum has a +x component as at SuperKEKB). */
    public static BeamConditions crossing(double electronEnergyGeV, double positronEnergyGeV,
            double crossingAngleRad, double electronSpreadGeV, double positronSpreadGeV) {
        double me = 0.51099895e-3;
        double half = crossingAngleRad / 2;
        double pe = Math.sqrt(electronEnergyGeV * electronEnergyGeV - me * me);
        double pp = Math.sqrt(positronEnergyGeV * positronEnergyGeV - me * me);
        FourMomentum electron = new FourMomentum(electronEnergyGeV, pe * Math.sin(half), 0, pe * Math.cos(half));
        FourMomentum positron = new FourMomentum(positronEnergyGeV, pp * Math.sin(half), 0, -pp * Math.cos(half));
        return new BeamConditions(electron, positron, electronSpreadGeV, positronSpreadGeV);
    }
}
