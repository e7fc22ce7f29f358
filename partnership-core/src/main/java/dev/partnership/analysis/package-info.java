/**
 * Analysis across facets: rules over a whole partnership, one rule system for all of them. The
 * lessons of the field ({@link dev.partnership.analysis.Lessons}) and the risk rules ({@link
 * dev.partnership.analysis.RiskRules}) are {@link dev.partnership.analysis.Principle}s in a {@link
 * dev.partnership.analysis.RuleSet}, run by {@link dev.partnership.analysis.PrinciplesCheck}; every
 * result explains itself: a {@link dev.partnership.analysis.Finding} carries its rule, evidence and
 * suggestion, and {@link dev.partnership.analysis.Finding#text()} reads in words.
 *
 * <p>Most users need {@link dev.partnership.analysis.PrinciplesCheck}, {@link
 * dev.partnership.analysis.Lessons} and {@link dev.partnership.analysis.RiskRules}.
 */
@ValueStyle
package dev.partnership.analysis;

import dev.partnership.internal.ValueStyle;
