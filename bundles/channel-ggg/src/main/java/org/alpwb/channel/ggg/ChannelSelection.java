package org.alpwb.channel.ggg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.api.channel.CutFlow;
import org.alpwb.api.channel.Selection;
import org.alpwb.api.table.ColumnTable;

/**
 * Selection {@code belle2-2020} of the channel (for {@code reconstruct --selection}): {@link Belle2020Cuts#DEFAULT},
 * then, with parameter {@code massGeV}, the pairing used at that mass ({@link PairChoice}; not applied without
 * it, so the table keeps all three pairings of each event).
 */
final class ChannelSelection implements Selection {
    static final String NAME = "belle2-2020";
    static final String MASS = "massGeV";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Belle II 2020 three-photon search (arXiv:2007.13071) cuts with default values, then the pairing of the"
                + " most probable recoil rank at massGeV";
    }

    @Override
    public List<String> cutNames() {
        List<String> names = new ArrayList<>(Belle2020Cuts.DEFAULT.cutNames());
        names.add("pairing of the most probable recoil rank at massGeV");
        return names;
    }

    @Override
    public List<String> parameterNames() {
        return List.of(MASS);
    }

    @Override
    public Result apply(ColumnTable table, Map<String, Double> parameters) {
        String source = "selection " + NAME;
        List<boolean[]> masks = Belle2020Cuts.DEFAULT.apply(table, source);
        double[] w = Belle2020Cuts.column(table, GggColumns.WEIGHT, source);
        List<CutFlow.Step> steps = new ArrayList<>();
        boolean[] all = new boolean[table.rowCount()];
        java.util.Arrays.fill(all, true);
        steps.add(step("candidates (3 pairings per event)", all, w, true));
        List<String> names = Belle2020Cuts.DEFAULT.cutNames();
        for (int i = 0; i < masks.size(); i++) {
            steps.add(step(names.get(i), masks.get(i), w, true));
        }
        boolean[] pass = masks.get(masks.size() - 1).clone();
        Double mass = parameters.get(MASS);
        if (mass != null) {
            boolean[] chosen = PairChoice.chosen(table, mass, source);
            for (int r = 0; r < pass.length; r++) {
                pass[r] &= chosen[r];
            }
        }
        steps.add(step("pairing of the most probable recoil rank at massGeV", pass, w, mass != null));
        return new Result(pass, new CutFlow(NAME, steps));
    }

    private static CutFlow.Step step(String cut, boolean[] pass, double[] w, boolean applied) {
        long n = 0;
        double sum = 0;
        for (int r = 0; r < pass.length; r++) {
            if (pass[r]) {
                n++;
                sum += w[r];
            }
        }
        return new CutFlow.Step(cut, n, sum, applied);
    }
}
