package org.alpwb.strategy.cuts.internal;

import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * Strategy {@code thesis-cuts}: the thesis' pre-classifier selection (sec. 6: vertex distance, electron ID) and the
 * Table 7.4 photon cuts (the classifier cut itself is not applied), then the thesis window likelihood fit (ch. 8.3).
 */
@Component(service = Strategy.class, property = {ServiceProperties.ID + "=" + ThesisCutsStrategy.ID,
    ServiceProperties.LABEL + "=Thesis cuts (sec. 6, Table 7.4) with the DSCB + Chebyshev window fit",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_STRATEGY,
    ServiceProperties.VERSION + "=" + ThesisCutsStrategy.ID + "-" + CutStrategy.VERSION})
public class ThesisCutsStrategy extends CutStrategy {
    static final String ID = "thesis-cuts";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("vertexDMaxCm", 1.0, 0, 1000, "cm", "D(e+, e-) < value (thesis sec. 6)"),
            ParameterSpec.number("electronIdMin", 0.9, 0, 1, "", "electron ID(e+) > v or electron ID(e-) > v "
                    + "(thesis sec. 6)"),
            ParameterSpec.number("gammaLowDistanceToTrackMinCm", 30.0, 0, 1000, "cm",
                    "distance of the softer photon's cluster to the nearest track > value (Table 7.4)"),
            ParameterSpec.number("gammaLowBeamBackgroundScoreMin", 0.5, 0, 1, "",
                    "beam-background MVA score of the softer photon > value (Table 7.4)"));

    @Override
    String id() {
        return ID;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    List<CutSelection.Cut> cuts(ParameterValues values) {
        double d = values.number("vertexDMaxCm");
        double eid = values.number("electronIdMin");
        double c2t = values.number("gammaLowDistanceToTrackMinCm");
        double bb = values.number("gammaLowBeamBackgroundScoreMin");
        List<CutSelection.Cut> cuts = new ArrayList<>();
        cuts.add(new CutSelection.Cut("D(e+,e-) < " + d + " cm", List.of(VERTEX_D), (c, r) -> c[0][r] < d));
        cuts.add(new CutSelection.Cut("electron ID(e+) > " + eid + " or electron ID(e-) > " + eid,
                List.of(EID_EP, EID_EM), (c, r) -> c[0][r] > eid || c[1][r] > eid));
        cuts.add(new CutSelection.Cut("d_c2T(gamma L) > " + c2t + " cm", List.of(DIST_TRACK_GL),
                (c, r) -> c[0][r] > c2t));
        cuts.add(new CutSelection.Cut("BB-MVA(gamma L) > " + bb, List.of(BB_SCORE_GL), (c, r) -> c[0][r] > bb));
        return cuts;
    }

    @Override
    String channelSelectionName() {
        return "thesis-preclassifier";
    }

    @Override
    List<String> channelCovered() {
        return List.of("vertexDMaxCm", "electronIdMin");
    }

    @Override
    int coveredCuts() {
        return 2;
    }
}
