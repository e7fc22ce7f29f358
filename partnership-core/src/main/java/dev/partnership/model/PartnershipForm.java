package dev.partnership.model;

/** The form of a partnership. */
public enum PartnershipForm {
  /** An alliance or consortium, usually with a lead that holds the contract. */
  ALLIANCE_OR_CONSORTIUM,
  /** A network run by a secretariat. */
  NETWORK_WITH_SECRETARIAT,
  /** A multistakeholder platform (civil society, state, private sector, academia ...). */
  MULTISTAKEHOLDER_PLATFORM,
  /** A partnership of exactly two organisations. */
  BILATERAL
}
