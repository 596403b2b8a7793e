package org.alpwb.channel.eegg;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.CutFlow;
import org.alpwb.api.channel.Selection;
import org.alpwb.api.detector.DetectorModel;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.InputSpec;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.alpwb.api.study.ValidationContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Study task {@code reconstruct}: config {@code channel} (required), {@code selection} (optional, a
 * selection of that channel), {@code massGeV}/{@code sigmaMassGeV} (optional selection parameters);
 * inputs {@code reco} ({@value RecoBlock#ARTIFACT_TYPE}) and {@code events} (alpwb/event-block). The beams
 * come from the detector model that made the reco block. Output: {@value #TYPE} with the candidate table
 * (after the selection, if any) and {@code cutflow.json}.
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=reconstruct",
    ServiceProperties.LABEL + "=Reconstruct channel candidates from a reco block",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK})
public class ReconstructTask implements TaskType {
    static final String TYPE = "alpwb/column-table";
    /** Channel id -> the version that enters the key ({@code alpwb.version}; a channel without one adds nothing). */
    private final Map<String, String> channelVersions = new ConcurrentHashMap<>();

    @Reference(service = Channel.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindChannel(Channel channel, Map<String, Object> properties) {
        Object id = properties.get(ServiceProperties.ID);
        Object version = properties.get(ServiceProperties.VERSION);
        if (id != null && version != null) {
            channelVersions.put(id.toString(), version.toString());
        }
    }

    void unbindChannel(Channel channel, Map<String, Object> properties) {
        Object id = properties.get(ServiceProperties.ID);
        if (id != null) {
            channelVersions.remove(id.toString());
        }
    }

    /** The channel's version enters the key: a changed selection or pairing recomputes its candidate tables. */
    @Override
    public Map<String, String> pluginVersions(TaskConfig config) {
        Object id = config.asMap().get("channel");
        String version = id == null ? null : channelVersions.get(id.toString());
        return version == null ? Map.of() : Map.of("channel:" + id, version);
    }

    @Override
    public void validate(TaskConfig config) {
        config.allowOnly("channel", "selection", "massGeV", "sigmaMassGeV");
        config.requiredString("channel");
        config.string("selection", null);
        config.number("massGeV", 0, 0, 1000);
        config.number("sigmaMassGeV", 0, 0, 1000);
    }

    /** Also resolves the channel id and the selection name against the installed channels. */
    @Override
    public void validate(ValidationContext context) {
        TaskConfig config = context.config();
        validate(config);
        Channel channel = context.service(Channel.class, "channel", null);
        String selection = config.string("selection", null);
        if (selection != null && !channel.selectionNames().contains(selection)) {
            throw config.invalid("selection", selection, "a selection of channel '" + config.requiredString("channel")
                    + "': " + String.join(", ", channel.selectionNames()));
        }
    }

    @Override
    public List<InputSpec> inputs(TaskConfig config) {
        return List.of(InputSpec.required("reco", RecoBlock.ARTIFACT_TYPE),
                InputSpec.required("events", "alpwb/event-block"));
    }

    @Override
    public Optional<String> outputType(TaskConfig config) {
        return Optional.of(TYPE);
    }

    @Override
    public Artifact run(TaskContext context) {
        TaskConfig config = context.config();
        validate(config);
        Channel channel = context.service(Channel.class, config.requiredString("channel"));
        String selectionName = config.string("selection", null);
        Selection selection = selectionName == null ? null : channel.selection(selectionName);
        RecoBlock reco = RecoBlock.fromBytes(context.input("reco").payload());
        EventBlock events = EventBlock.fromBytes(context.input("events").payload());
        DetectorModel detector = context.service(DetectorModel.class, reco.detectorId());
        context.monitor().begin("reconstruct " + reco.eventCount() + " events", 1);
        Channel.Reconstruction r = channel.reconstruct(reco, events, detector.beams());
        CutFlow flow = r.cutFlow();
        var table = r.candidates();
        if (selection != null) {
            Map<String, Double> parameters = new LinkedHashMap<>();
            for (String name : selection.parameterNames()) {
                if (config.has(name)) {
                    parameters.put(name, config.number(name, Double.NaN));
                }
            }
            Selection.Result selected = selection.apply(table, parameters);
            flow = flow.then(selected.cutFlow());
            table = selected.selected(table);
        }
        context.monitor().worked(1);
        context.monitor().done();
        return new Artifact(TYPE, table.toBytes(),
                Map.of("cutflow.json", flow.toJson().getBytes(StandardCharsets.UTF_8)));
    }
}
