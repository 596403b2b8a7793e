package org.alpwb.limits.model;

/**
 * Implemented by models whose profile likelihood can have several minima in some parameters (e.g. a
 * histosys with code4p, whose polynomial inside |alpha| < 1 can bend the yield back): the fitter
 * restarts from other values of those parameters and keeps the lowest minimum.
 */
public interface MultimodalParameters {

    /** Indices of the parameters worth scanning; empty if the likelihood is known to be unimodal. */
    int[] parametersToScan();
}
