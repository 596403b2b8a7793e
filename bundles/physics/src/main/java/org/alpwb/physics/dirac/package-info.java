/**
 * Dirac algebra on primitive arrays for helicity amplitudes (private to the physics bundle).
 *
 * <p>Representation: the <b>Weyl (chiral) representation</b> of Peskin and Schroeder,
 * gamma^mu = [[0, sigma^mu], [sigmabar^mu, 0]], sigma^mu = (1, sigma_i), sigmabar^mu = (1, -sigma_i),
 * so a spinor is (psi_L, psi_R). Complex numbers are stored interleaved (re, im): a Dirac spinor
 * or a complex four-vector is a {@code double[8]} slice. A barred spinor is stored as the row
 * vector b with psibar chi = sum_i b_i chi_i. No objects are created on the hot path.
 */
package org.alpwb.physics.dirac;
