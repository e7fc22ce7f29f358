/**
 * The partnership aggregate: members with roles, the facets, and the rules over them.
 *
 * <p>Most users need {@link dev.partnership.model.Partnership}, the operators in
 * {@link dev.partnership.model.PartnershipOperators} and the queries in
 * {@link dev.partnership.model.PartnershipQueries}.
 */
@ValueStyle
package dev.partnership.model;

import dev.partnership.internal.ValueStyle;
