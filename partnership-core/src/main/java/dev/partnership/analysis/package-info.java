/**
 * Analysis across facets: the lessons of the field as a principles check, risk rules, and power
 * relations held by funders and leads. Every result explains itself: a {@link
 * dev.partnership.analysis.Finding} carries its rule, evidence and suggestion.
 *
 * <p>Most users need {@link dev.partnership.analysis.PrinciplesCheck}, {@link
 * dev.partnership.analysis.Lessons} and {@link dev.partnership.analysis.RiskRules}.
 */
package dev.partnership.analysis;
