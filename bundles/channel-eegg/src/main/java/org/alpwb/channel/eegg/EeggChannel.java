package org.alpwb.channel.eegg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Selection;
import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.event.EventBlock;
import org.osgi.service.component.annotations.Component;

/** The e+e- gamma gamma channel of the thesis (ch. 6-7) with the slides' selection. */
@Component(service = Channel.class, property = {ServiceProperties.ID + "=" + EeggChannel.ID,
    ServiceProperties.LABEL + "=e+e- -> e+e- a, a -> gamma gamma (full reconstruction, 4C fit)",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_CHANNEL,
    // enters the key of the reconstruct tasks of this channel: raise it when the reconstruction or selection changes
    ServiceProperties.VERSION + "=eegg-1"})
public class EeggChannel implements Channel {
    public static final String ID = "eegg";

    /** Thesis Table 5.3. */
    static final List<MassRegion> EXCLUDED = List.of(new MassRegion("pi0", 0.09, 0.16),
            new MassRegion("eta", 0.45, 0.63), new MassRegion("eta'", 0.91, 1.01));

    private final Map<String, Selection> selections = new LinkedHashMap<>();

    public EeggChannel() {
        selections.put(Selections.THESIS_PRECLASSIFIER, Selections.thesisPreclassifierSelection());
        selections.put(Selections.THESIS_TABLE_7_4, Selections.thesisTable74());
        selections.put(Selections.SLIDES, Selections.slides());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Feature> features() {
        return Columns.FEATURES;
    }

    @Override
    public String scanVariable() {
        return Columns.M_GG_FIT;
    }

    @Override
    public List<MassRegion> excludedRegions() {
        return EXCLUDED;
    }

    @Override
    public List<String> selectionNames() {
        return List.copyOf(selections.keySet());
    }

    @Override
    public Selection selection(String name) {
        Selection selection = selections.get(name);
        if (selection == null) {
            throw new InvalidInputException("channel " + ID, "selection", name, String.join(", ", selections.keySet()));
        }
        return selection;
    }

    @Override
    public Reconstruction reconstruct(RecoBlock reco, EventBlock events, BeamConditions beams) {
        return new EeggReconstructor(beams).run(reco, events);
    }
}
