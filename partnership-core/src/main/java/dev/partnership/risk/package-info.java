/**
 * Risk: a register of risks by area (InterAction and Humanitarian Outcomes, 2019), who bears, owns
 * and pays for mitigating them, and civic space per country (CIVICUS Monitor ratings).
 *
 * <p>Most users need {@link dev.partnership.risk.RiskRegister} and {@link
 * dev.partnership.risk.Risk}.
 */
@ValueStyle
package dev.partnership.risk;

import dev.partnership.internal.ValueStyle;
