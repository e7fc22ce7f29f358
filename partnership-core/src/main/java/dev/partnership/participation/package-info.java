/**
 * Participation in decisions, after Partos' Power Awareness Tool (PAT): the participation ladder,
 * decisions, PAT sessions ({@link dev.partnership.participation.Assessment}), and the rules over
 * them (gaps, who decides what, concentration, progress, aggregation).
 *
 * <p>Most users need {@link dev.partnership.participation.Assessment}, {@link
 * dev.partnership.participation.ParticipationLevel} and {@link
 * dev.partnership.participation.ParticipationRules}.
 */
@ValueStyle
package dev.partnership.participation;

import dev.partnership.internal.ValueStyle;
