package dev.partnership.power;

/** The dimensions of a power relation (Powercube and JASS). */
public final class Dimensions {
  private Dimensions() {}

  /** Forms of power (Gaventa; Lukes). */
  public enum Form {
    /** Visible: formal rules, structures, decision-making. */
    VISIBLE,
    /** Hidden: who sets the agenda, who gets to the table. */
    HIDDEN,
    /** Invisible: norms and beliefs that shape what seems possible. */
    INVISIBLE
  }

  /** Spaces for participation. */
  public enum Space {
    /** Closed: decisions made behind closed doors. */
    CLOSED,
    /** Invited: people asked to take part by those in power. */
    INVITED,
    /** Claimed (created): spaces less powerful actors make for themselves. */
    CLAIMED
  }

  /** Levels of power. */
  public enum Level {
    /** Local. */
    LOCAL,
    /** National. */
    NATIONAL,
    /** Global. */
    GLOBAL
  }

  /** Expressions of power (VeneKlasen and Miller; JASS). */
  public enum Expression {
    /** Power over. */
    POWER_OVER,
    /** Power with. */
    POWER_WITH,
    /** Power to. */
    POWER_TO,
    /** Power within. */
    POWER_WITHIN
  }

  /** How sure the source is. */
  public enum Confidence {
    /** Low. */
    LOW,
    /** Medium. */
    MEDIUM,
    /** High. */
    HIGH
  }
}
