/**
 * Actors: organisations, their identifiers, IATI types, home countries and IASC locality.
 *
 * <p>Most users need {@link dev.partnership.actors.Organization} and
 * {@link dev.partnership.actors.OrganizationType}.
 */
@ValueStyle
package dev.partnership.actors;

import dev.partnership.internal.ValueStyle;
