package org.alpwb.detector.belle2;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** ConfigAdmin configuration of the {@code belle2-forward-tagger} model (PID {@code org.alpwb.detector.belle2.forward}). */
@ObjectClassDefinition(name = "Belle II with a forward lepton tagger",
        description = "Belle II fast simulation with lepton tracking and calorimetry extended to small polar angles")
public @interface ForwardTaggerConfig {
    @AttributeDefinition(description = "Lower edge of the extended lepton acceptance (deg) [assumption]")
    double thetaMinDeg() default 6.0;

    @AttributeDefinition(description = "Track-finding efficiency in acceptance [model]")
    double trackingEfficiency() default 0.98;
}
