package org.alpwb.detector.belle2;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.detector.DetectorModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Belle II with a hypothetical forward lepton tagger, {@code alpwb.id=belle2-forward-tagger}: tracking
 * (and the ECL, so that tagged leptons get clusters and E/p) extends down to a configurable polar angle.
 * Everything else is the nominal model.
 */
@Component(service = DetectorModel.class, configurationPid = "org.alpwb.detector.belle2.forward", property = {
    ServiceProperties.ID + "=belle2-forward-tagger",
    ServiceProperties.LABEL + "=Belle II fast simulation with a forward lepton tagger",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_DETECTOR})
@Designate(ocd = ForwardTaggerConfig.class)
public final class Belle2ForwardTagger extends FastSimulationModel {
    static final String ID = "belle2-forward-tagger";
    private final double trackingEfficiency;

    @Activate
    public Belle2ForwardTagger(ForwardTaggerConfig config) {
        this(config.thetaMinDeg(), config.trackingEfficiency());
    }

    public Belle2ForwardTagger(double thetaMinDeg, double trackingEfficiency) {
        super(new FastSimulation(ID,
                DetectorParameters.nominal().withForwardTagger(thetaMinDeg).withTrackingEfficiency(trackingEfficiency),
                RunConditions.BELLE2));
        this.trackingEfficiency = trackingEfficiency;
    }

    /** The same model with the tagger's lower acceptance edge at {@code thetaMinDeg} (lab). */
    Belle2ForwardTagger withThetaMinDeg(double thetaMinDeg) {
        return new Belle2ForwardTagger(thetaMinDeg, trackingEfficiency);
    }
}
