/**
 * Funding: money flows between organisations, funding networks, chains from funders to final
 * recipients, the Grand Bargain localisation measure, and network positions (brokerage,
 * gatekeepers, centralities).
 *
 * <p>Most users need {@link dev.partnership.funding.FundingFlow}, {@link
 * dev.partnership.funding.FundingNetwork} and {@link dev.partnership.funding.Localisation} (with a
 * {@link dev.partnership.funding.LocalisationScope}: definition, year, humanitarian only).
 */
@ValueStyle
package dev.partnership.funding;

import dev.partnership.internal.ValueStyle;
