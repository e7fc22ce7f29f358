/**
 * The decision-rights facet: who formally decides what in a partnership, by a governing body, by
 * members' levels on the PAT participation ladder, or both.
 *
 * <p>Most users need {@link dev.partnership.rights.DecisionRights} and {@link
 * dev.partnership.rights.DecisionRight}; the model's {@code DecisionRightsOperators} change them
 * and {@code DecisionRightsQueries} read them against a partnership.
 */
@ValueStyle
package dev.partnership.rights;

import dev.partnership.internal.ValueStyle;
