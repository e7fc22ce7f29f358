package dev.partnership.participation;

/** The area of a decision, following the kinds of decisions PAT sessions list. */
public enum DecisionArea {
  /** Agenda and strategy. */
  AGENDA_AND_STRATEGY,
  /** Allocation of resources among countries. */
  RESOURCES_AMONG_COUNTRIES,
  /** Allocation of resources among partners. */
  RESOURCES_AMONG_PARTNERS,
  /** Allocation of resources to projects. */
  RESOURCES_TO_PROJECTS,
  /** Selection of partners. */
  PARTNER_SELECTION,
  /** Advocacy messages and positions. */
  ADVOCACY_MESSAGES,
  /** Monitoring, evaluation and reporting. */
  MONITORING_EVALUATION_REPORTING,
  /** Membership and governance. */
  MEMBERSHIP_AND_GOVERNANCE,
  /** Grant-making. */
  GRANT_MAKING,
  /** Crisis response. */
  CRISIS_RESPONSE,
  /** Anything else. */
  OTHER
}
