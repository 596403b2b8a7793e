package org.alpwb.limits.pyhf;

import java.util.Optional;

/**
 * A likelihood model that is exactly a pyhf workspace: the workspace whose compiled likelihood (pyhf defaults,
 * {@code HistFactoryCompiler}) equals this model's -ln L up to a constant, with the model's data as the
 * observations. Lets a model be exported, and several models be merged into one workspace (a channel
 * combination).
 */
public interface WorkspaceForm {

    /**
     * The workspace (one measurement, the model's POI), or empty if this model cannot be written as one: e.g.
     * floating shape parameters, auxiliary data of a toy or Asimov set that pyhf's format cannot record, or
     * interpolation codes other than pyhf's defaults.
     */
    Optional<Workspace> workspace();
}
