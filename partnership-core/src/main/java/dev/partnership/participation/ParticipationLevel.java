package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;

/**
 * The participation ladder of the Partos Power Awareness Tool (PAT), scored per decision and per
 * partner organisation: 0 not informed and excluded, 1 informed without a say, 2 consulted before
 * the decision, 3 co-decides, 4 the partner decides.
 *
 * <p>Conversions to other ladders users know are <strong>this library's own mapping</strong>, not
 * part of the PAT or of those ladders: IAP2's spectrum of public participation ({@link #toIap2()}),
 * Arnstein's ladder of citizen participation (1969, {@link #toArnstein()}), and the seven levels of
 * delegation ({@link #toDelegation()}). Level 0 has no counterpart on IAP2's spectrum and cannot be
 * told apart between Arnstein's two non-participation rungs, so those conversions give empty for
 * it.
 *
 * <pre>{@code
 * ParticipationLevel.of(3)                 // CO_DECIDES
 * ParticipationLevel.CONSULTED.toIap2()    // Optional[CONSULT]
 * ParticipationLevel.fromArnstein(ParticipationLevel.ArnsteinRung.PLACATION)   // CONSULTED
 * }</pre>
 */
public enum ParticipationLevel {
  /** 0: not informed, excluded. */
  NOT_INFORMED,
  /** 1: informed, without a say. */
  INFORMED,
  /** 2: consulted before the decision. */
  CONSULTED,
  /** 3: co-decides. */
  CO_DECIDES,
  /** 4: the partner decides. */
  DECIDES;

  /** IAP2's spectrum of public participation. */
  public enum Iap2Level {
    /** Inform. */
    INFORM,
    /** Consult. */
    CONSULT,
    /** Involve. */
    INVOLVE,
    /** Collaborate. */
    COLLABORATE,
    /** Empower. */
    EMPOWER
  }

  /** Arnstein's eight rungs (1969), from non-participation through tokenism to citizen power. */
  public enum ArnsteinRung {
    /** Non-participation. */
    MANIPULATION,
    /** Non-participation. */
    THERAPY,
    /** Tokenism. */
    INFORMING,
    /** Tokenism. */
    CONSULTATION,
    /** Tokenism. */
    PLACATION,
    /** Citizen power. */
    PARTNERSHIP,
    /** Citizen power. */
    DELEGATED_POWER,
    /** Citizen power. */
    CITIZEN_CONTROL
  }

  /** The seven levels of delegation (tell, sell, consult, agree, advise, inquire, delegate). */
  public enum DelegationLevel {
    /** The one who delegates decides and tells. */
    TELL,
    /** Decides and tries to convince. */
    SELL,
    /** Asks for input, then decides. */
    CONSULT,
    /** Decides together. */
    AGREE,
    /** The partner decides after advice. */
    ADVISE,
    /** The partner decides and informs afterwards. */
    INQUIRE,
    /** The partner decides alone. */
    DELEGATE
  }

  /** Returns the score on the PAT scale, 0 to 4. */
  public int score() {
    return ordinal();
  }

  /** Returns the level in the PAT's words: {@code "co-decides"}. */
  public String words() {
    return this == CO_DECIDES ? "co-decides" : name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns the score and the words, the one wording of a level in results: {@code "3 co-decides"}.
   */
  public String label() {
    return score() + " " + words();
  }

  /**
   * Returns the level of a PAT score.
   *
   * @throws IllegalArgumentException if the score is not in [0, 4]
   */
  public static ParticipationLevel of(int score) {
    if (score < 0 || score > 4) {
      throw new IllegalArgumentException("level (" + score + ") must be a PAT score in [0, 4]");
    }
    return values()[score];
  }

  /**
   * Returns the IAP2 level (this library's mapping): 1 inform, 2 consult, 3 collaborate, 4 empower.
   */
  public Optional<Iap2Level> toIap2() {
    switch (this) {
      case INFORMED:
        return Optional.of(Iap2Level.INFORM);
      case CONSULTED:
        return Optional.of(Iap2Level.CONSULT);
      case CO_DECIDES:
        return Optional.of(Iap2Level.COLLABORATE);
      case DECIDES:
        return Optional.of(Iap2Level.EMPOWER);
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the PAT level of an IAP2 level (this library's mapping; involve counts as consulted).
   */
  public static ParticipationLevel fromIap2(Iap2Level level) {
    switch (checkNotNull(level, "level")) {
      case INFORM:
        return INFORMED;
      case CONSULT:
      case INVOLVE:
        return CONSULTED;
      case COLLABORATE:
        return CO_DECIDES;
      default:
        return DECIDES;
    }
  }

  /**
   * Returns Arnstein's rung (this library's mapping): 1 informing, 2 consultation, 3 partnership, 4
   * delegated power.
   */
  public Optional<ArnsteinRung> toArnstein() {
    switch (this) {
      case INFORMED:
        return Optional.of(ArnsteinRung.INFORMING);
      case CONSULTED:
        return Optional.of(ArnsteinRung.CONSULTATION);
      case CO_DECIDES:
        return Optional.of(ArnsteinRung.PARTNERSHIP);
      case DECIDES:
        return Optional.of(ArnsteinRung.DELEGATED_POWER);
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the PAT level of an Arnstein rung (this library's mapping): manipulation and therapy 0,
   * informing 1, consultation and placation 2, partnership 3, delegated power and citizen control
   * 4.
   */
  public static ParticipationLevel fromArnstein(ArnsteinRung rung) {
    switch (checkNotNull(rung, "rung")) {
      case MANIPULATION:
      case THERAPY:
        return NOT_INFORMED;
      case INFORMING:
        return INFORMED;
      case CONSULTATION:
      case PLACATION:
        return CONSULTED;
      case PARTNERSHIP:
        return CO_DECIDES;
      default:
        return DECIDES;
    }
  }

  /**
   * Returns the delegation level (this library's mapping): 1 tell, 2 consult, 3 agree, 4 delegate.
   */
  public Optional<DelegationLevel> toDelegation() {
    switch (this) {
      case INFORMED:
        return Optional.of(DelegationLevel.TELL);
      case CONSULTED:
        return Optional.of(DelegationLevel.CONSULT);
      case CO_DECIDES:
        return Optional.of(DelegationLevel.AGREE);
      case DECIDES:
        return Optional.of(DelegationLevel.DELEGATE);
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the PAT level of a delegation level (this library's mapping): tell and sell 1, consult
   * 2, agree 3, advise, inquire and delegate 4.
   */
  public static ParticipationLevel fromDelegation(DelegationLevel level) {
    switch (checkNotNull(level, "level")) {
      case TELL:
      case SELL:
        return INFORMED;
      case CONSULT:
        return CONSULTED;
      case AGREE:
        return CO_DECIDES;
      default:
        return DECIDES;
    }
  }
}
