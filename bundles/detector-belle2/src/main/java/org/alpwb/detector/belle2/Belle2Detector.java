package org.alpwb.detector.belle2;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.detector.DetectorModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** The nominal Belle II detector model, {@code alpwb.id=belle2}. */
@Component(service = DetectorModel.class, configurationPid = "org.alpwb.detector.belle2", property = {
    ServiceProperties.ID + "=belle2",
    ServiceProperties.LABEL + "=Belle II parametric fast simulation",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_DETECTOR})
@Designate(ocd = Belle2Config.class)
public final class Belle2Detector extends FastSimulationModel {

    @Activate
    public Belle2Detector(Belle2Config config) {
        this(new DetectorParameters(config.trackThetaMinDeg(), config.trackThetaMaxDeg(),
                Belle2Geometry.ECL_THETA_MIN_DEG, config.trackPtMinGeV(), config.trackingEfficiency(),
                config.electronIdEfficiency(), config.electronIdFakeRate(), 10e-4, 0.2e-4, 350e-4, 200.0));
    }

    /** The model with the nominal parameters (for use outside a framework). */
    public Belle2Detector() {
        this(DetectorParameters.nominal());
    }

    Belle2Detector(DetectorParameters parameters) {
        super(new FastSimulation("belle2", parameters, RunConditions.BELLE2));
    }
}
