package org.alpwb.limits.pyhf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alpwb.api.InvalidInputException;

/**
 * Reads pyhf JSON workspaces. Every error names the source, the JSON path (e.g.
 * {@code channels[0].samples[1].modifiers[0].data}), the bad value and what is allowed.
 */
public final class WorkspaceReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String source;

    private WorkspaceReader(String source) {
        this.source = source;
    }

    public static Workspace read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "(file)", e.getMessage(), "a readable pyhf JSON file");
        }
        return parse(text, file.toString());
    }

    public static Workspace parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source, "(document)", e.getOriginalMessage(), "valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source, "(document)", root, "a JSON object");
        }
        return new WorkspaceReader(source).workspace(root);
    }

    private Workspace workspace(JsonNode root) {
        List<Channel> channels = new ArrayList<>();
        JsonNode chs = array(root, "channels", "channels");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < chs.size(); i++) {
            Channel c = channel(chs.get(i), "channels[" + i + "]");
            if (!names.add(c.name())) {
                throw new InvalidInputException(source, "channels[" + i + "].name", c.name(), "a unique channel name");
            }
            channels.add(c);
        }
        List<Observation> observations = new ArrayList<>();
        JsonNode obs = array(root, "observations", "observations");
        for (int i = 0; i < obs.size(); i++) {
            String path = "observations[" + i + "]";
            String name = text(obs.get(i), "name", path);
            if (!names.contains(name)) {
                throw new InvalidInputException(source, path + ".name", name, "a channel name: " + String.join(", ", names));
            }
            double[] data = numbers(obs.get(i), "data", path);
            int bins = channels.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().binCount();
            if (data.length != bins) {
                throw new InvalidInputException(source, path + ".data", "length " + data.length, bins + " bins");
            }
            nonNegative(data, path + ".data");
            observations.add(new Observation(name, data));
        }
        List<Measurement> measurements = new ArrayList<>();
        JsonNode ms = array(root, "measurements", "measurements");
        for (int i = 0; i < ms.size(); i++) {
            measurements.add(measurement(ms.get(i), "measurements[" + i + "]"));
        }
        String version = root.has("version") ? text(root, "version", "") : "1.0.0";
        return new Workspace(channels, observations, measurements, version);
    }

    private Channel channel(JsonNode node, String path) {
        String name = text(node, "name", path);
        JsonNode ss = array(node, "samples", path + ".samples");
        if (ss.isEmpty()) {
            throw new InvalidInputException(source, path + ".samples", "[]", "at least one sample");
        }
        List<Sample> samples = new ArrayList<>();
        int bins = -1;
        for (int i = 0; i < ss.size(); i++) {
            String sp = path + ".samples[" + i + "]";
            Sample s = sample(ss.get(i), sp);
            if (bins >= 0 && s.data().length != bins) {
                throw new InvalidInputException(source, sp + ".data", "length " + s.data().length,
                        bins + " bins like the first sample of channel '" + name + "'");
            }
            bins = s.data().length;
            samples.add(s);
        }
        return new Channel(name, samples);
    }

    private Sample sample(JsonNode node, String path) {
        String name = text(node, "name", path);
        double[] data = numbers(node, "data", path);
        if (data.length == 0) {
            throw new InvalidInputException(source, path + ".data", "[]", "at least one bin");
        }
        JsonNode ms = array(node, "modifiers", path + ".modifiers");
        List<Modifier> modifiers = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            modifiers.add(modifier(ms.get(i), path + ".modifiers[" + i + "]", data.length));
        }
        return new Sample(name, data, modifiers);
    }

    private Modifier modifier(JsonNode node, String path, int bins) {
        String name = text(node, "name", path);
        String typeName = text(node, "type", path);
        ModifierType type = ModifierType.fromJson(typeName);
        if (type == null) {
            throw new InvalidInputException(source, path + ".type", typeName, ModifierType.allowed());
        }
        JsonNode data = node.get("data");
        String dp = path + ".data";
        switch (type) {
            case NORMFACTOR, SHAPEFACTOR, LUMI -> {
                if (data != null && !data.isNull()) {
                    throw new InvalidInputException(source, dp, data, "null for a " + typeName + " modifier");
                }
                return Modifier.simple(name, type);
            }
            case SHAPESYS, STATERROR -> {
                double[] v = numbers(node, "data", path);
                if (v.length != bins) {
                    throw new InvalidInputException(source, dp, "length " + v.length, bins + " bins");
                }
                nonNegative(v, dp);
                return Modifier.perBin(name, type, v);
            }
            case NORMSYS -> {
                requireObject(data, dp, "{\"hi\": factor, \"lo\": factor}");
                double hi = number(data, "hi", dp);
                double lo = number(data, "lo", dp);
                if (!(hi > 0) || !(lo > 0)) {
                    throw new InvalidInputException(source, dp, "hi=" + hi + ", lo=" + lo, "positive factors");
                }
                return Modifier.normsys(name, hi, lo);
            }
            case HISTOSYS -> {
                requireObject(data, dp, "{\"hi_data\": [...], \"lo_data\": [...]}");
                double[] hi = numbers(data, "hi_data", dp);
                double[] lo = numbers(data, "lo_data", dp);
                if (hi.length != bins || lo.length != bins) {
                    throw new InvalidInputException(source, dp, "lengths " + hi.length + ", " + lo.length, bins + " bins");
                }
                return Modifier.histosys(name, hi, lo);
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    private Measurement measurement(JsonNode node, String path) {
        String name = text(node, "name", path);
        JsonNode config = node.get("config");
        requireObject(config, path + ".config", "an object with poi and parameters");
        String poi = text(config, "poi", path + ".config");
        List<ParameterSetting> settings = new ArrayList<>();
        JsonNode ps = config.has("parameters") ? array(config, "parameters", path + ".config.parameters")
                : MAPPER.createArrayNode();
        for (int i = 0; i < ps.size(); i++) {
            settings.add(setting(ps.get(i), path + ".config.parameters[" + i + "]"));
        }
        return new Measurement(name, poi, settings);
    }

    private ParameterSetting setting(JsonNode node, String path) {
        String name = text(node, "name", path);
        double[][] bounds = null;
        if (node.has("bounds")) {
            JsonNode b = array(node, "bounds", path + ".bounds");
            bounds = new double[b.size()][];
            for (int i = 0; i < b.size(); i++) {
                String bp = path + ".bounds[" + i + "]";
                JsonNode pair = b.get(i);
                if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
                    throw new InvalidInputException(source, bp, pair, "[low, high]");
                }
                bounds[i] = new double[] {pair.get(0).doubleValue(), pair.get(1).doubleValue()};
                if (!(bounds[i][1] > bounds[i][0])) {
                    throw new InvalidInputException(source, bp, pair, "low < high");
                }
            }
        }
        double[] inits = node.has("inits") ? numbers(node, "inits", path) : null;
        Boolean fixed = null;
        if (node.has("fixed")) {
            if (!node.get("fixed").isBoolean()) {
                throw new InvalidInputException(source, path + ".fixed", node.get("fixed"), "true or false");
            }
            fixed = node.get("fixed").booleanValue();
        }
        double[] aux = node.has("auxdata") ? numbers(node, "auxdata", path) : null;
        double[] sigmas = node.has("sigmas") ? numbers(node, "sigmas", path) : null;
        return new ParameterSetting(name, bounds, inits, fixed, aux, sigmas);
    }

    private JsonNode array(JsonNode node, String field, String path) {
        JsonNode a = node.get(field);
        if (a == null || !a.isArray()) {
            throw new InvalidInputException(source, path, a == null ? "(missing)" : a, "a JSON array");
        }
        return a;
    }

    private void requireObject(JsonNode node, String path, String allowed) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(source, path, node == null ? "(missing)" : node, allowed);
        }
    }

    private String text(JsonNode node, String field, String path) {
        JsonNode t = node.get(field);
        String p = path.isEmpty() ? field : path + "." + field;
        if (t == null || !t.isTextual()) {
            throw new InvalidInputException(source, p, t == null ? "(missing)" : t, "a string");
        }
        return t.textValue();
    }

    private double number(JsonNode node, String field, String path) {
        JsonNode t = node.get(field);
        if (t == null || !t.isNumber() || !Double.isFinite(t.doubleValue())) {
            throw new InvalidInputException(source, path + "." + field, t == null ? "(missing)" : t, "a finite number");
        }
        return t.doubleValue();
    }

    private double[] numbers(JsonNode node, String field, String path) {
        String p = path + "." + field;
        JsonNode a = array(node, field, p);
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode x = a.get(i);
            if (!x.isNumber() || !Double.isFinite(x.doubleValue())) {
                throw new InvalidInputException(source, p + "[" + i + "]", x, "a finite number");
            }
            v[i] = x.doubleValue();
        }
        return v;
    }

    private void nonNegative(double[] v, String path) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) {
                throw new InvalidInputException(source, path + "[" + i + "]", v[i], "a number >= 0");
            }
        }
    }
}
