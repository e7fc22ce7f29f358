/**
 * Governance: governing bodies, their decision rules, the voting games those rules make, and exact
 * power indices.
 *
 * <p>Most users need {@link dev.partnership.governance.GoverningBody} with a {@link
 * dev.partnership.governance.DecisionRule}, and {@link dev.partnership.governance.PowerIndices}
 * over a {@link dev.partnership.governance.VotingGame}.
 */
@ValueStyle
package dev.partnership.governance;

import dev.partnership.internal.ValueStyle;
