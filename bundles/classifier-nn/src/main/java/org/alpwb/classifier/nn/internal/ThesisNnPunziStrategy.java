package org.alpwb.classifier.nn.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.strategy.Strategy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Strategy {@code thesis-nn-punzi}: {@code thesis-nn} (thesis cuts + the global network's score) with the working
 * point chosen per mass by the largest Punzi figure of merit on the training's test part (thesis eq. 7.5, fig. 7.5:
 * the option the thesis studied and set aside for a flat 0.9), window fit.
 */
@Component(service = Strategy.class, property = {ServiceProperties.ID + "=" + ThesisNnPunziStrategy.ID,
    ServiceProperties.LABEL + "=Thesis cuts and the global network's score cut at the per-mass Punzi optimum, window fit",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_STRATEGY,
    ServiceProperties.VERSION + "=" + ThesisNnPunziStrategy.ID + "-" + NnStrategy.VERSION})
public class ThesisNnPunziStrategy extends NnStrategy {
    static final String ID = "thesis-nn-punzi";

    @Reference(target = "(" + ServiceProperties.ID + "=thesis-cuts)")
    Strategy cuts;

    @Override
    String id() {
        return ID;
    }

    @Override
    boolean massParametrised() {
        return false;
    }

    @Override
    String defaultWorkingPointChoice() {
        return PUNZI;
    }

    @Override
    Strategy thesisCuts() {
        return cuts;
    }
}
