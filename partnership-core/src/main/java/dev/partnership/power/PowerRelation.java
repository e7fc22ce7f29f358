package dev.partnership.power;

import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.internal.Checks;
import dev.partnership.power.Dimensions.Confidence;
import dev.partnership.power.Dimensions.Expression;
import dev.partnership.power.Dimensions.Form;
import dev.partnership.power.Dimensions.Level;
import dev.partnership.power.Dimensions.Space;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A power relation: who holds power over (or with, to) another actor or over an issue, along the
 * Powercube's form, space and level and the expression of power, with provenance (source, date,
 * confidence) as users of mapping tools ask for on every link.
 *
 * <p>A power relation keeps its source and date as attributes of its own, because both are required
 * here (a link on a power map is a claim someone made, somewhere, at some time), while other facts
 * carry an optional {@link Provenance}. {@link #provenance()} returns the same source, date and
 * {@link #illustrative()} flag as a {@code Provenance}, so reports and {@code
 * PartnershipQueries.illustrativeFacts()} treat relations like every other fact; {@link
 * #confidence()} is what only relations have.
 *
 * <pre>{@code
 * PowerRelation.builder().holder(funder.id()).overActor(partner.id())
 *     .form(Form.HIDDEN).space(Space.CLOSED).level(Level.GLOBAL).expression(Expression.POWER_OVER)
 *     .source("PAT session 2026-05-12").date(LocalDate.of(2026, 5, 12)).confidence(Confidence.MEDIUM).build()
 * }</pre>
 */
@Value.Immutable
public abstract class PowerRelation implements WithPowerRelation {
  PowerRelation() {}

  /** Returns who holds the power. */
  public abstract OrganizationId holder();

  /** Returns the actor the power bears on, if the relation is between actors. */
  public abstract Optional<OrganizationId> overActor();

  /** Returns the issue the power bears on, if the relation is about an issue. */
  public abstract Optional<String> overIssue();

  /** Returns the form. */
  public abstract Form form();

  /** Returns the space. */
  public abstract Space space();

  /** Returns the level. */
  public abstract Level level();

  /** Returns the expression. */
  public abstract Expression expression();

  /** Returns where the relation was observed or stated. */
  public abstract String source();

  /** Returns when. */
  public abstract LocalDate date();

  /** Returns how sure the source is. */
  public abstract Confidence confidence();

  /** Returns whether the relation is made up to illustrate (false unless set). */
  @Value.Default
  public boolean illustrative() {
    return false;
  }

  /** Returns the source, date and illustrative flag as a {@link Provenance}. */
  public Provenance provenance() {
    return Provenance.of(source(), Optional.of(date()), illustrative());
  }

  @Value.Check
  void check() {
    Checks.checkField(
        overActor().isPresent() != overIssue().isPresent(),
        "subject",
        overActor().map(Object::toString).orElse(overIssue().orElse("none")),
        "must be exactly one of an actor or an issue");
    Checks.checkNotBlank(source(), "source");
    provenance(); // the date's bounds are those of every provenance
    overIssue().ifPresent(i -> Checks.checkNotBlank(i, "issue"));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PowerRelation}. */
  public static final class Builder extends ImmutablePowerRelation.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return holder()
        + " "
        + expression()
        + " "
        + overActor().map(Object::toString).orElseGet(() -> "\"" + overIssue().orElseThrow() + "\"")
        + " ("
        + form()
        + ", "
        + space()
        + ", "
        + level()
        + "; "
        + source()
        + ", "
        + date()
        + ", "
        + confidence()
        + ")"
        + (illustrative() ? " (illustrative)" : "");
  }
}
