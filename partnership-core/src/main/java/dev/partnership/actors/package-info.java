/**
 * Actors: organisations, their identifiers, IATI types, home countries and locality (local or
 * national, international, unknown) under a chosen definition and aid-recipient list.
 *
 * <p>Most users need {@link dev.partnership.actors.Organization}, {@link
 * dev.partnership.actors.OrganizationType} and {@link dev.partnership.actors.LocalityDefinition}
 * (IASC by default, with {@link dev.partnership.actors.AidRecipients#dac2024to2025()}, the OECD DAC
 * List of ODA Recipients shipped as a resource).
 */
@ValueStyle
package dev.partnership.actors;

import dev.partnership.internal.ValueStyle;
