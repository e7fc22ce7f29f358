package dev.partnership.model;

import dev.partnership.internal.Texts;

/**
 * A role an organisation plays in a partnership; a member can hold several.
 *
 * <pre>{@code
 * Role.REGRANTER.label()   // "re-granter"
 * }</pre>
 */
public enum Role {
  /** The lead: contract holder, accountable to the funder. At most one per partnership. */
  LEAD,
  /** A funder of the partnership. */
  FUNDER,
  /** A secretariat (the partnership's own, or a regional one). */
  SECRETARIAT,
  /** A member without a more specific role. */
  MEMBER,
  /** An implementing partner. */
  IMPLEMENTING_PARTNER,
  /** A local group: a community group, movement or local organisation taking part. */
  LOCAL_GROUP,
  /** A lobby or advocacy partner (e.g. WO=MEN in Count Me In!). */
  LOBBY_PARTNER,
  /** A re-granter that passes funding on to others. */
  REGRANTER,
  /** A broker or convener that brings others together. */
  BROKER;

  /**
   * Returns the role in words, as people read it: {@code "lobby partner"}, {@code "re-granter"}
   * (the spelling of the tiers, e.g. {@code "lead and re-granter"}; the document format's code
   * stays {@code regranter}).
   */
  public String label() {
    return this == REGRANTER ? "re-granter" : Texts.label(this);
  }
}
