package dev.partnership.participation;

/** Why a PAT session is held. */
public enum Purpose {
  /** To look at an existing partnership. */
  EXISTING_PARTNERSHIP,
  /** To shape an emerging partnership. */
  EMERGING_PARTNERSHIP,
  /** To look at one's own organisation or team. */
  OWN_ORGANISATION_OR_TEAM,
  /** A thought experiment. */
  THOUGHT_EXPERIMENT,
  /** Anything else. */
  OTHER
}
