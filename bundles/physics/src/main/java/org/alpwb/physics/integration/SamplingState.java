package org.alpwb.physics.integration;

/** The adapted state of a multi-channel integration: one VEGAS grid and one a-priori weight per channel. */
public record SamplingState(VegasGrid[] grids, double[] alphas) {

    public static SamplingState initial(MultiChannelIntegrand integrand, int bins) {
        int n = integrand.channelCount();
        VegasGrid[] grids = new VegasGrid[n];
        double[] alphas = new double[n];
        for (int c = 0; c < n; c++) {
            grids[c] = VegasGrid.uniform(integrand.adaptive(c) ? integrand.dimensions(c) : 0, bins);
            alphas[c] = 1.0 / n;
        }
        return new SamplingState(grids, alphas);
    }
}
