/**
 * The partnership aggregate: members with roles, the facets, and the rules over them.
 *
 * <p>Most users need {@link dev.partnership.model.Partnership}, the operators in {@link
 * dev.partnership.model.PartnershipOperators} and the queries in {@link
 * dev.partnership.model.PartnershipQueries}. Each facet has one operator catalogue and one query
 * catalogue ({@code GovernanceOperators}/{@code GovernanceQueries}, {@code FundingOperators}/{@code
 * FundingQueries}, {@code DecisionRightsOperators}/{@code DecisionRightsQueries}, {@code
 * PracticeOperators}, {@code RiskOperators}); every operator has the one shape of {@link
 * dev.partnership.model.PartnershipOperator}.
 */
@ValueStyle
package dev.partnership.model;

import dev.partnership.internal.ValueStyle;
