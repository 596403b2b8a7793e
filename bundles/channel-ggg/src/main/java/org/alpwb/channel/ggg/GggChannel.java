package org.alpwb.channel.ggg;

import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Selection;
import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.event.EventBlock;
import org.osgi.service.component.annotations.Component;

/** The three-photon channel e+e- -> gamma a, a -> gamma gamma (Belle II 2020 search, PRL 125, 161806). */
@Component(service = Channel.class, property = {ServiceProperties.ID + "=" + GggChannel.ID,
    ServiceProperties.LABEL + "=e+e- -> gamma a, a -> gamma gamma (three photons, no tracks)",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_CHANNEL,
    // enters the key of the reconstruct tasks of this channel: raise it when the reconstruction or selection changes
    ServiceProperties.VERSION + "=ggg-1"})
public class GggChannel implements Channel {
    public static final String ID = "ggg";

    /**
     * Peaking e+e- -> gamma P: about +-3 sigma of our fast simulation's M_gg resolution around the PDG masses (our
     * choice; the publication's windows could not be consulted). pi0 lies below the 0.2 GeV start of the search.
     */
    static final List<MassRegion> EXCLUDED = List.of(new MassRegion("pi0", 0.10, 0.17),
            new MassRegion("eta", 0.50, 0.60), new MassRegion("eta'", 0.90, 1.01));

    private final Selection selection = new ChannelSelection();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Feature> features() {
        return GggColumns.FEATURES;
    }

    @Override
    public String scanVariable() {
        return GggColumns.M_GG;
    }

    @Override
    public List<MassRegion> excludedRegions() {
        return EXCLUDED;
    }

    @Override
    public List<String> selectionNames() {
        return List.of(ChannelSelection.NAME);
    }

    @Override
    public Selection selection(String name) {
        if (!ChannelSelection.NAME.equals(name)) {
            throw new InvalidInputException("channel " + ID, "selection", name, ChannelSelection.NAME);
        }
        return selection;
    }

    @Override
    public Reconstruction reconstruct(RecoBlock reco, EventBlock events, BeamConditions beams) {
        return new GggReconstructor(beams).run(reco, events);
    }
}
