package org.alpwb.detector.belle2;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** ConfigAdmin configuration of the {@code belle2} detector model (PID {@code org.alpwb.detector.belle2}). */
@ObjectClassDefinition(name = "Belle II fast simulation", description = "Acceptance, efficiency and PID working point")
public @interface Belle2Config {
    @AttributeDefinition(description = "Lower edge of the tracking acceptance (deg); CDC: 17")
    double trackThetaMinDeg() default 17.0;

    @AttributeDefinition(description = "Upper edge of the tracking acceptance (deg); CDC: 150")
    double trackThetaMaxDeg() default 150.0;

    @AttributeDefinition(description = "Track-finding pT threshold (GeV) [model]")
    double trackPtMinGeV() default 0.05;

    @AttributeDefinition(description = "Track-finding efficiency in acceptance [model]")
    double trackingEfficiency() default 0.98;

    @AttributeDefinition(description = "P(electronID > 0.9) for electrons (thesis working point)")
    double electronIdEfficiency() default 0.90;

    @AttributeDefinition(description = "P(electronID > 0.9) for muons and pions (thesis working point)")
    double electronIdFakeRate() default 0.0253;
}
