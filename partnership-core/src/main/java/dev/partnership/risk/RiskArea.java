package dev.partnership.risk;

/** The risk areas of InterAction and Humanitarian Outcomes' "NGOs and Risk" (2019). */
public enum RiskArea {
  /** Ethical risk. */
  ETHICAL,
  /** Safety of staff and partners. */
  SAFETY,
  /** Security: deliberate harm. */
  SECURITY,
  /** Fiduciary: funds lost, diverted or misused. */
  FIDUCIARY,
  /** Operational. */
  OPERATIONAL,
  /** Legal and compliance. */
  LEGAL_COMPLIANCE,
  /** Information and data. */
  INFORMATION,
  /** Reputational. */
  REPUTATIONAL
}
