/**
 * Power relations along the Powercube (Gaventa: forms, spaces, levels) and the expressions of power
 * (VeneKlasen and Miller, JASS), each with provenance.
 *
 * <p>Most users need {@link dev.partnership.power.PowerRelation} and {@link
 * dev.partnership.power.PowerMap}.
 */
@ValueStyle
package dev.partnership.power;

import dev.partnership.internal.ValueStyle;
