package org.alpwb.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.HistFactoryModel;
import org.alpwb.limits.pyhf.Channel;
import org.alpwb.limits.pyhf.Measurement;
import org.alpwb.limits.pyhf.ParameterSetting;
import org.alpwb.limits.pyhf.Modifier;
import org.alpwb.limits.pyhf.ModifierType;
import org.alpwb.limits.pyhf.Observation;
import org.alpwb.limits.pyhf.Sample;
import org.alpwb.limits.pyhf.Workspace;
import org.alpwb.limits.pyhf.WorkspaceReader;

/** Test models: single-bin counting experiments and the pyhf two-bin example. */
public final class Models {
    private Models() {
    }

    /** One bin, signal s * mu, known background b, observed n; POI bounds [0, poiMax]. */
    public static Workspace singleBinWorkspace(double s, double b, double n, double poiMax) {
        Sample signal = new Sample("signal", new double[] {s}, List.of(Modifier.simple("mu", ModifierType.NORMFACTOR)));
        Sample background = new Sample("background", new double[] {b}, List.of());
        Channel ch = new Channel("counting", List.of(signal, background));
        ParameterSetting poi = new ParameterSetting("mu", new double[][] {{0, poiMax}}, null, null, null, null);
        return new Workspace(List.of(ch), List.of(new Observation("counting", new double[] {n})),
                List.of(new Measurement("m", "mu", List.of(poi))), "1.0.0");
    }

    public static HistFactoryModel singleBin(double s, double b, double n, double poiMax) {
        return HistFactoryCompiler.compile(singleBinWorkspace(s, b, n, poiMax), null, "single-bin");
    }

    public static String resource(String name) {
        try (InputStream in = Models.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Workspace twoBinWorkspace() {
        return WorkspaceReader.parse(resource("pyhf-two-bin.json"), "pyhf-two-bin.json");
    }

    public static HistFactoryModel twoBin() {
        return HistFactoryCompiler.compile(twoBinWorkspace(), null, "pyhf-two-bin.json");
    }
}
