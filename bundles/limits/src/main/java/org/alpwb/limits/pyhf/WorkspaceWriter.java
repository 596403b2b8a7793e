package org.alpwb.limits.pyhf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes pyhf JSON workspaces; {@link WorkspaceReader} reads the output back to an equal workspace. */
public final class WorkspaceWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WorkspaceWriter() {
    }

    public static void write(Workspace ws, Path file) throws IOException {
        Files.writeString(file, toJson(ws));
    }

    public static String toJson(Workspace ws) {
        try {
            return MAPPER.writeValueAsString(toTree(ws));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise workspace", e);
        }
    }

    public static ObjectNode toTree(Workspace ws) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode channels = root.putArray("channels");
        for (Channel c : ws.channels()) {
            ObjectNode cn = channels.addObject();
            cn.put("name", c.name());
            ArrayNode samples = cn.putArray("samples");
            for (Sample s : c.samples()) {
                ObjectNode sn = samples.addObject();
                sn.put("name", s.name());
                numbers(sn.putArray("data"), s.data());
                ArrayNode mods = sn.putArray("modifiers");
                for (Modifier m : s.modifiers()) {
                    modifier(mods.addObject(), m);
                }
            }
        }
        ArrayNode obs = root.putArray("observations");
        for (Observation o : ws.observations()) {
            ObjectNode on = obs.addObject();
            on.put("name", o.name());
            numbers(on.putArray("data"), o.data());
        }
        ArrayNode ms = root.putArray("measurements");
        for (Measurement m : ws.measurements()) {
            ObjectNode mn = ms.addObject();
            mn.put("name", m.name());
            ObjectNode config = mn.putObject("config");
            config.put("poi", m.poi());
            ArrayNode params = config.putArray("parameters");
            for (ParameterSetting p : m.parameters()) {
                setting(params.addObject(), p);
            }
        }
        root.put("version", ws.version());
        return root;
    }

    private static void modifier(ObjectNode mn, Modifier m) {
        mn.put("name", m.name());
        mn.put("type", m.type().jsonName());
        switch (m.type()) {
            case NORMFACTOR, SHAPEFACTOR, LUMI -> mn.putNull("data");
            case SHAPESYS, STATERROR -> numbers(mn.putArray("data"), m.values());
            case NORMSYS -> {
                ObjectNode d = mn.putObject("data");
                d.put("hi", m.hi());
                d.put("lo", m.lo());
            }
            case HISTOSYS -> {
                ObjectNode d = mn.putObject("data");
                numbers(d.putArray("hi_data"), m.hiData());
                numbers(d.putArray("lo_data"), m.loData());
            }
            default -> throw new IllegalStateException(m.type().toString());
        }
    }

    private static void setting(ObjectNode pn, ParameterSetting p) {
        pn.put("name", p.name());
        if (p.bounds() != null) {
            ArrayNode b = pn.putArray("bounds");
            for (double[] pair : p.bounds()) {
                numbers(b.addArray(), pair);
            }
        }
        if (p.inits() != null) {
            numbers(pn.putArray("inits"), p.inits());
        }
        if (p.fixed() != null) {
            pn.put("fixed", p.fixed());
        }
        if (p.auxdata() != null) {
            numbers(pn.putArray("auxdata"), p.auxdata());
        }
        if (p.sigmas() != null) {
            numbers(pn.putArray("sigmas"), p.sigmas());
        }
    }

    private static void numbers(ArrayNode a, double[] v) {
        for (double x : v) {
            a.add(x);
        }
    }
}
