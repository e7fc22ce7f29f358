package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.partnership.actors.AidRecipients;
import dev.partnership.actors.Locality;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.internal.Checks;
import dev.partnership.internal.Texts;
import dev.partnership.math.Fraction;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.Role;
import dev.partnership.rights.DecisionRight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Who gains and who loses what between two states of a partnership: per organisation, the change in
 * governance power (per body and power index), in decision rights (per decision: its level on the
 * PAT ladder and a seat in the body that takes the decision), in money provided and received
 * (unearmarked and earmarked apart, per currency) and in roles; each movement named horizontal or
 * vertical; and the net direction, towards local and national actors or towards international ones.
 *
 * <h2>What is measured</h2>
 *
 * <p>Each {@link Measure} gives every organisation a value, zero when it has none: its power in a
 * body by an index ({@link GoverningBody#power}, exact fractions), the sum of the money it provides
 * or receives by earmarking and currency (exact, over all flows and years), 1 for each role it
 * holds, its level on the Partos Power Awareness Tool's ladder in each decision of {@link
 * Partnership#decisionRights()} (0 when none is recorded), and 1 for a seat in the body assigned to
 * take a decision. Adding a measure is adding one private method that reads it from a state. An
 * organisation that joined starts from zero and one that left ends at zero; the two states may
 * differ in anything. A body whose power an index cannot compute exactly (see {@link
 * dev.partnership.governance.PowerIndices}) is reported in {@link #uncomputed()} with the reason,
 * never dropped; a body equal in both states is not computed at all (nothing in it moved).
 *
 * <h2>Movements: how gains and losses are paired</h2>
 *
 * <p>Within each measure, let the losers lose {@code l_i} (in total {@code L}) and the gainers gain
 * {@code g_j} (in total {@code G}). The matched amount {@code min(L, G)} is spread over every pair
 * in proportion to both: the movement from loser {@code i} to gainer {@code j} is {@code min(L, G)
 * * l_i * g_j / (L * G)}. Power shares sum to 1, so in a body present in both states {@code L = G}
 * and each loser's loss goes to the gainers in proportion to their gains. Where money grows or
 * shrinks, the part not matched came from, or went to, no other member. This pairing is this
 * library's own choice: it treats all gainers alike and all losers alike and needs no order among
 * them, so it does not depend on how members are listed.
 *
 * <p>A movement is <b>horizontal</b> when both organisations sit at the same tier of {@link Tiers},
 * <b>vertical, downward</b> when it goes to a lower tier (towards local groups) and <b>vertical,
 * upward</b> otherwise. An organisation's tier is the one its roles gave it before the change, or
 * after it for an organisation that joined.
 *
 * <h2>Net direction</h2>
 *
 * <p>Per measure, the changes of local and national actors (by the {@link LocalityDefinition} in
 * the {@link Options}, default IASC), of international actors, and of organisations of unknown
 * locality are summed apart; unknown never counts as local. The measure moved towards the group
 * whose net change is positive and larger than each other group's, and in no one direction when no
 * group's is (this rule is this library's own).
 *
 * <h2>Laws</h2>
 *
 * <ul>
 *   <li>{@code between(a, a)} is empty;
 *   <li>{@code between(a, b).then(between(b, c))} equals {@code between(a, c)}: a shift keeps, for
 *       each measure that changed, the values before and after, so composition is exact in every
 *       measure (and not only in the additive ones);
 *   <li>{@code between(a, b).then(between(b, a))} is empty;
 *   <li>per measure, the organisations' changes sum to the change of the measure's total ({@link
 *       #totalChange}); Shapley-Shubik changes in a body present in both states sum to zero.
 * </ul>
 *
 * <pre>{@code
 * var gs = Organization.of("Global Secretariat", OrganizationType.INTERNATIONAL_NGO);
 * var wanep = Organization.of("wanep", "WANEP", OrganizationType.NATIONAL_NGO, "GH");
 * var east = Organization.of("east", "GPPAC Eastern and Central Africa", OrganizationType.NATIONAL_NGO, "KE");
 * var isg = GoverningBody.of("ISG", BodyType.STEERING_COMMITTEE, DecisionRule.simpleMajority(),
 *     Seat.of(gs.id()), Seat.of(wanep.id()), Seat.of(east.id()));
 * var before = Partnership.builder().id("g").name("GPPAC-like (illustrative)").
 *     form(PartnershipForm.NETWORK_WITH_SECRETARIAT).
 *     addMembers(Membership.of(gs, Role.LEAD), Membership.of(wanep, Role.MEMBER),
 *         Membership.of(east, Role.MEMBER)).
 *     addBodies(isg).build();
 * var shift = PowerShift.between(before,
 *     before.with(GovernanceOperators.reweight("ISG", wanep.id(), 2)));
 * shift.changesOf(wanep.id())   // [WANEP: Banzhaf power in the ISG 1/3 -> 3/5, WANEP: Shapley-Shubik ...]
 * System.out.println(shift.summary());
 * // WANEP gained 26.7 percentage points of Banzhaf power in the ISG (from 33.3% to 60.0%) — ...
 * }</pre>
 */
@Value.Immutable(copy = false, builder = false)
public abstract class PowerShift {

  PowerShift() {}

  /** Returns the options the shift was measured with: tiers, locality definition, indices. */
  @Value.Parameter
  public abstract Options options();

  /** Returns, per measure that changed, its values before and after. */
  @Value.Parameter
  abstract ImmutableMap<Measure, Reading> readings();

  /** Returns the organisations that changed or whose values in a measure changed. */
  @Value.Parameter
  abstract ImmutableMap<OrganizationId, Participant> participants();

  // ---------------------------------------------------------------- options and results

  /**
   * What a shift is measured with: the tiers, the locality definition with its aid-recipient list,
   * and the power indices computed for each governing body.
   *
   * <pre>{@code
   * PowerShift.Options.defaults()
   *     .withIndices(PowerMeasure.SHAPLEY_SHUBIK)
   *     .withLocality(LocalityDefinition.CHARTER4CHANGE, AidRecipients.dac2024to2025())
   * }</pre>
   *
   * @param tiers the tiers that make a movement horizontal or vertical
   * @param definition who counts as a local or national actor
   * @param recipients the aid-recipient list the definition reads
   * @param indices the power indices computed per body (may be empty: no governance measures)
   */
  public record Options(
      Tiers tiers,
      LocalityDefinition definition,
      AidRecipients recipients,
      ImmutableSet<PowerMeasure> indices) {

    /** Checks that no component is null. */
    public Options {
      checkNotNull(tiers, "tiers");
      checkNotNull(definition, "definition");
      checkNotNull(recipients, "recipients");
      checkNotNull(indices, "indices");
    }

    /**
     * Returns the defaults: {@link Tiers#standard()}, {@link LocalityDefinition#IASC} with {@link
     * AidRecipients#dac2024to2025()}, Shapley-Shubik and Banzhaf.
     */
    public static Options defaults() {
      return new Options(
          Tiers.standard(),
          LocalityDefinition.IASC,
          AidRecipients.dac2024to2025(),
          ImmutableSet.of(PowerMeasure.SHAPLEY_SHUBIK, PowerMeasure.BANZHAF));
    }

    /**
     * Returns {@code "Options[standard tiers, IASC, DAC List of ODA Recipients 2024-2025,
     * Shapley-Shubik and Banzhaf]"}.
     */
    @Override
    public String toString() {
      return "Options["
          + (tiers.equals(Tiers.standard()) ? "standard tiers" : tiers)
          + ", "
          + definitionName(definition)
          + ", "
          + recipients.name()
          + ", "
          + (indices.isEmpty()
              ? "no power index"
              : indices.stream().map(Measure::indexName).collect(Collectors.joining(" and ")))
          + "]";
    }

    private static String definitionName(LocalityDefinition d) {
      switch (d) {
        case IASC:
          return "IASC";
        case CHARTER4CHANGE:
          return "Charter4Change";
        default:
          return "IASC with regional organisations";
      }
    }

    /** Returns these options with other tiers. */
    public Options withTiers(Tiers tiers) {
      return new Options(tiers, definition, recipients, indices);
    }

    /** Returns these options with another locality definition and aid-recipient list. */
    public Options withLocality(LocalityDefinition definition, AidRecipients recipients) {
      return new Options(tiers, definition, recipients, indices);
    }

    /**
     * Returns these options with other power indices.
     *
     * @throws NullPointerException naming the null element if one is null
     */
    public Options withIndices(PowerMeasure... indices) {
      return new Options(
          tiers,
          definition,
          recipients,
          ImmutableSet.copyOf(Checks.copyWithoutNulls(indices, "indices")));
    }
  }

  /**
   * How one organisation's value in one measure changed.
   *
   * @param organization the organisation
   * @param name its name as people read it, e.g. {@code "GPPAC West Africa (WANEP)"}
   * @param measure what changed
   * @param before the value before (zero if it had none)
   * @param after the value after (zero if it has none)
   */
  public record Change(
      OrganizationId organization, String name, Measure measure, Fraction before, Fraction after) {
    /** Checks that no component is null. */
    public Change {
      checkNotNull(organization, "organization");
      checkNotNull(name, "name");
      checkNotNull(measure, "measure");
      checkNotNull(before, "before");
      checkNotNull(after, "after");
    }

    /** Returns {@code after - before}: positive for a gain. */
    public Fraction delta() {
      return after.subtract(before);
    }

    /** Returns {@code "WANEP: Shapley-Shubik power in the ISG 1/21 -> 1/11"}. */
    @Override
    public String toString() {
      return name + ": " + measure + " " + before + " -> " + after;
    }
  }

  /** How a movement runs between the tiers. */
  public enum Direction {
    /** Between organisations at the same tier. */
    HORIZONTAL,
    /** To a lower tier, towards local groups. */
    DOWNWARD,
    /** To a higher tier, towards the funder. */
    UPWARD;

    /**
     * Returns the direction of a movement from tier {@code from} to tier {@code to} (0 is the top):
     * horizontal when equal, downward to a larger number, upward to a smaller one.
     */
    public static Direction between(int from, int to) {
      return from == to ? HORIZONTAL : to > from ? DOWNWARD : UPWARD;
    }

    /** Returns {@code "horizontal"}, {@code "vertical, downward"} or {@code "vertical, upward"}. */
    public String label() {
      return this == HORIZONTAL ? "horizontal" : "vertical, " + Texts.label(this);
    }
  }

  /**
   * A movement of part of a measure from one organisation to another (see the class comment for how
   * gains and losses are paired).
   *
   * @param measure what moved
   * @param from the organisation that lost it
   * @param to the organisation that gained it
   * @param amount how much moved (positive)
   * @param direction horizontal, or vertical downward or upward
   */
  public record Movement(
      Measure measure,
      OrganizationId from,
      OrganizationId to,
      Fraction amount,
      Direction direction) {
    /** Checks that no component is null and the amount is positive. */
    public Movement {
      checkNotNull(measure, "measure");
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(amount, "amount");
      checkNotNull(direction, "direction");
      Checks.checkField(amount.signum() > 0, "amount", amount, "of a movement must be positive");
    }

    /** Returns {@code "Shapley-Shubik power in the ISG: a -> b 1/42, vertical, downward"}. */
    @Override
    public String toString() {
      return measure + ": " + from + " -> " + to + " " + amount + ", " + direction.label();
    }
  }

  /**
   * Where one measure moved on balance: the net change of local and national actors, of
   * international actors and of organisations of unknown locality (kept apart, never local).
   *
   * @param measure the measure
   * @param localAndNational the summed change of local and national actors
   * @param international the summed change of international actors
   * @param unknown the summed change of organisations whose locality is unknown
   */
  public record NetDirection(
      Measure measure, Fraction localAndNational, Fraction international, Fraction unknown) {
    /** Checks that no component is null. */
    public NetDirection {
      checkNotNull(measure, "measure");
      checkNotNull(localAndNational, "localAndNational");
      checkNotNull(international, "international");
      checkNotNull(unknown, "unknown");
    }

    /**
     * Returns where the measure moved: towards the group (local and national, international, or
     * unknown locality) whose net change is positive and larger than each other group's; {@link
     * Verdict#NEITHER} when no group's is (nothing gained on balance, or a tie).
     */
    public Verdict verdict() {
      if (largest(localAndNational, international, unknown)) {
        return Verdict.TOWARDS_LOCAL;
      }
      if (largest(international, localAndNational, unknown)) {
        return Verdict.TOWARDS_INTERNATIONAL;
      }
      if (largest(unknown, localAndNational, international)) {
        return Verdict.TOWARDS_UNKNOWN;
      }
      return Verdict.NEITHER;
    }

    private static boolean largest(Fraction x, Fraction y, Fraction z) {
      return x.signum() > 0 && x.compareTo(y) > 0 && x.compareTo(z) > 0;
    }

    /** Returns the net direction in words, as the summary prints it. */
    @Override
    public String toString() {
      return "Net: "
          + measure.label()
          + " moved "
          + verdict().label()
          + " (local and national "
          + signed(measure, localAndNational)
          + ", international "
          + signed(measure, international)
          + ", unknown locality "
          + signed(measure, unknown)
          + ")";
    }
  }

  /** Where a measure moved on balance. */
  public enum Verdict {
    /** Local and national actors gained on balance, more than each other group. */
    TOWARDS_LOCAL,
    /** International actors gained on balance, more than each other group. */
    TOWARDS_INTERNATIONAL,
    /**
     * Organisations of unknown locality gained on balance, more than each other group (never
     * counted as local).
     */
    TOWARDS_UNKNOWN,
    /** No group gained on balance more than each other group. */
    NEITHER;

    /** Returns the verdict in words: {@code "towards local and national actors"}. */
    public String label() {
      switch (this) {
        case TOWARDS_LOCAL:
          return "towards local and national actors";
        case TOWARDS_INTERNATIONAL:
          return "towards international actors";
        case TOWARDS_UNKNOWN:
          return "towards organisations of unknown locality";
        default:
          return "in no one direction";
      }
    }
  }

  /**
   * A measure that could not be computed exactly in one state.
   *
   * @param measure the measure (power in a body by an index)
   * @param state {@code "before"} or {@code "after"}
   * @param reason why, from the power index's refusal
   */
  public record Uncomputed(Measure measure, String state, String reason) {
    /** Checks that no component is null. */
    public Uncomputed {
      checkNotNull(measure, "measure");
      checkNotNull(state, "state");
      checkNotNull(reason, "reason");
    }

    /** Returns {@code "<measure> could not be computed exactly before the change: <reason>"}. */
    @Override
    public String toString() {
      return measure.label() + " could not be computed exactly " + state + " the change: " + reason;
    }
  }

  // ---------------------------------------------------------------- stored form

  /**
   * One state's values in a measure: zeros left out, or the reason they could not be computed with
   * the body they were refused for (so two different bodies refused with the same reason stay
   * apart: the change between them is reported, not taken for no change).
   */
  record Snapshot(
      ImmutableMap<OrganizationId, Fraction> values,
      Optional<String> refusal,
      Optional<GoverningBody> refusedBody) {
    static final Snapshot ZERO =
        new Snapshot(ImmutableMap.of(), Optional.empty(), Optional.empty());

    static Snapshot of(Map<OrganizationId, Fraction> values) {
      ImmutableMap.Builder<OrganizationId, Fraction> b = ImmutableMap.builder();
      values.forEach(
          (k, v) -> {
            if (v.signum() != 0) {
              b.put(k, v);
            }
          });
      return new Snapshot(b.build(), Optional.empty(), Optional.empty());
    }

    static Snapshot refused(String reason, GoverningBody body) {
      return new Snapshot(ImmutableMap.of(), Optional.of(reason), Optional.of(body));
    }

    Fraction value(OrganizationId id) {
      return values.getOrDefault(id, Fraction.ZERO);
    }

    Fraction total() {
      Fraction t = Fraction.ZERO;
      for (Fraction v : values.values()) {
        t = t.add(v);
      }
      return t;
    }
  }

  /** A measure's snapshots before and after. */
  record Reading(Snapshot before, Snapshot after) {
    boolean computed() {
      return before.refusal().isEmpty() && after.refusal().isEmpty();
    }
  }

  /** An organisation before and after: its record and its roles (empty when not a member). */
  record Participant(
      Optional<Organization> before,
      Optional<Organization> after,
      ImmutableSet<Role> rolesBefore,
      ImmutableSet<Role> rolesAfter) {

    static Participant of(Optional<Membership> before, Optional<Membership> after) {
      return new Participant(
          before.map(Membership::organization),
          after.map(Membership::organization),
          before.map(Membership::roles).orElse(ImmutableSet.of()),
          after.map(Membership::roles).orElse(ImmutableSet.of()));
    }

    boolean changed() {
      return !before.equals(after) || !rolesBefore.equals(rolesAfter);
    }

    Organization organization() {
      return after.or(() -> before).orElseThrow();
    }

    Participant then(Participant next) {
      return new Participant(before, next.after, rolesBefore, next.rolesAfter);
    }

    boolean endsWhereStarts(Participant next) {
      return after.equals(next.before) && rolesAfter.equals(next.rolesBefore);
    }
  }

  // ---------------------------------------------------------------- construction

  /** Reads one facet's measures from a state; {@code other} is the state it is compared with. */
  @FunctionalInterface
  private interface Facet {
    Map<Measure, Snapshot> read(Partnership state, Partnership other, Options options);
  }

  /** The facets measured; adding a measure is adding one method here. */
  private static final ImmutableList<Facet> FACETS =
      ImmutableList.of(
          PowerShift::governance,
          PowerShift::funding,
          PowerShift::roles,
          PowerShift::decisionRights);

  /**
   * Returns the shift from {@code before} to {@code after} with the {@linkplain Options#defaults()
   * default options}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static PowerShift between(Partnership before, Partnership after) {
    return between(before, after, Options.defaults());
  }

  /**
   * Returns the shift from {@code before} to {@code after}, measured with {@code options}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static PowerShift between(Partnership before, Partnership after, Options options) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkNotNull(options, "options");
    Map<Measure, Snapshot> b = new LinkedHashMap<>();
    Map<Measure, Snapshot> a = new LinkedHashMap<>();
    for (Facet f : FACETS) {
      b.putAll(f.read(before, after, options));
      a.putAll(f.read(after, before, options));
    }
    Map<Measure, Reading> readings = new LinkedHashMap<>();
    for (Measure m : Sets.union(b.keySet(), a.keySet())) {
      readings.put(
          m, new Reading(b.getOrDefault(m, Snapshot.ZERO), a.getOrDefault(m, Snapshot.ZERO)));
    }
    Map<OrganizationId, Participant> participants = new LinkedHashMap<>();
    for (Membership m : before.members()) {
      participants.put(m.id(), Participant.of(Optional.of(m), after.member(m.id())));
    }
    for (Membership m : after.members()) {
      participants.putIfAbsent(m.id(), Participant.of(Optional.empty(), Optional.of(m)));
    }
    return build(options, readings, participants);
  }

  /**
   * Keeps the readings that changed and the participants that changed, moved, or hold a value in a
   * reading that could not be computed on one side; in order.
   */
  private static PowerShift build(
      Options options,
      Map<Measure, Reading> readings,
      Map<OrganizationId, Participant> candidates) {
    List<Map.Entry<Measure, Reading>> kept =
        readings.entrySet().stream()
            .filter(e -> !e.getValue().before().equals(e.getValue().after()))
            .sorted(Map.Entry.comparingByKey(Measure.ORDER))
            .collect(Collectors.toList());
    ImmutableMap<Measure, Reading> r = ImmutableMap.copyOf(kept);
    Set<OrganizationId> moved = new LinkedHashSet<>();
    for (Reading x : r.values()) {
      if (!x.computed()) {
        // a side that could be computed is kept whole, so a composition through this state can
        // still name everyone it holds
        moved.addAll(x.before().values().keySet());
        moved.addAll(x.after().values().keySet());
      } else {
        for (OrganizationId id :
            Sets.union(x.before().values().keySet(), x.after().values().keySet())) {
          if (!x.before().value(id).equals(x.after().value(id))) {
            moved.add(id);
          }
        }
      }
    }
    ImmutableMap.Builder<OrganizationId, Participant> p = ImmutableMap.builder();
    candidates.forEach(
        (id, x) -> {
          if (x.changed() || moved.contains(id)) {
            p.put(id, x);
          }
        });
    return ImmutablePowerShift.of(options, r, p.build());
  }

  /** Power per body and index; a body equal in both states is skipped (nothing in it moved). */
  private static Map<Measure, Snapshot> governance(
      Partnership state, Partnership other, Options options) {
    Map<Measure, Snapshot> out = new LinkedHashMap<>();
    for (GoverningBody body : state.bodies()) {
      if (other.body(body.name()).filter(body::equals).isPresent()) {
        continue;
      }
      for (PowerMeasure index : options.indices()) {
        Snapshot s;
        try {
          s = Snapshot.of(body.power(index));
        } catch (IllegalStateException e) {
          s = Snapshot.refused(e.getMessage(), body);
        }
        out.put(Measure.power(body.name(), index), s);
      }
    }
    return out;
  }

  /** Money provided and received per earmarking kind and currency: exact decimal sums. */
  private static Map<Measure, Snapshot> funding(
      Partnership state, Partnership other, Options options) {
    Map<Measure, Map<OrganizationId, BigDecimal>> sums = new LinkedHashMap<>();
    for (FundingFlow f : state.flows()) {
      Measure.Kind kind =
          f.earmarking()
              .map(
                  e ->
                      e == Earmarking.UNEARMARKED
                          ? Measure.Kind.UNEARMARKED
                          : Measure.Kind.EARMARKED)
              .orElse(Measure.Kind.EARMARKING_NOT_STATED);
      BigDecimal amount = f.amount().amount();
      Currency currency = f.amount().currency();
      sums.computeIfAbsent(
              Measure.funding(Measure.Side.PROVIDED, kind, currency), k -> new LinkedHashMap<>())
          .merge(f.provider(), amount, BigDecimal::add);
      sums.computeIfAbsent(
              Measure.funding(Measure.Side.RECEIVED, kind, currency), k -> new LinkedHashMap<>())
          .merge(f.recipient(), amount, BigDecimal::add);
    }
    Map<Measure, Snapshot> out = new LinkedHashMap<>();
    sums.forEach(
        (m, v) -> {
          Map<OrganizationId, Fraction> exact = new LinkedHashMap<>();
          v.forEach((id, amount) -> exact.put(id, Fraction.of(amount)));
          out.put(m, Snapshot.of(exact));
        });
    return out;
  }

  /** Each role held: 1 for its holders. */
  private static Map<Measure, Snapshot> roles(
      Partnership state, Partnership other, Options options) {
    Map<Measure, Map<OrganizationId, Fraction>> held = new LinkedHashMap<>();
    for (Membership m : state.members()) {
      for (Role r : m.roles()) {
        add(held, Measure.role(r), m.id(), Fraction.ONE);
      }
    }
    return snapshots(held);
  }

  /**
   * Each decision's PAT levels, and a seat in the body assigned to take it (1 for its seat
   * holders).
   */
  private static Map<Measure, Snapshot> decisionRights(
      Partnership state, Partnership other, Options options) {
    Map<Measure, Map<OrganizationId, Fraction>> out = new LinkedHashMap<>();
    for (DecisionRight r : state.decisionRights().rights()) {
      Measure level = Measure.decisionLevel(r.name());
      out.put(level, new LinkedHashMap<>());
      r.levels().forEach((id, l) -> add(out, level, id, Fraction.of(l.score())));
      Measure seat = Measure.decidingSeat(r.name());
      out.put(seat, new LinkedHashMap<>());
      r.body()
          .flatMap(state::body)
          .ifPresent(b -> b.holders().forEach(id -> add(out, seat, id, Fraction.ONE)));
    }
    return snapshots(out);
  }

  private static void add(
      Map<Measure, Map<OrganizationId, Fraction>> sums,
      Measure m,
      OrganizationId id,
      Fraction amount) {
    sums.computeIfAbsent(m, k -> new LinkedHashMap<>()).merge(id, amount, Fraction::add);
  }

  private static Map<Measure, Snapshot> snapshots(
      Map<Measure, Map<OrganizationId, Fraction>> sums) {
    Map<Measure, Snapshot> out = new LinkedHashMap<>();
    sums.forEach((m, v) -> out.put(m, Snapshot.of(v)));
    return out;
  }

  // ---------------------------------------------------------------- composition

  /**
   * Returns this shift followed by {@code next}, which must start where this one ends: {@code
   * between(a, b).then(between(b, c))} equals {@code between(a, c)}.
   *
   * @throws IllegalArgumentException if the options differ, or a measure or an organisation of
   *     {@code next} does not start where this shift ends it
   */
  public PowerShift then(PowerShift next) {
    checkNotNull(next, "next");
    Checks.checkField(
        options().equals(next.options()),
        "next.options",
        next.options(),
        "must equal this shift's options " + options());
    Map<Measure, Reading> r = new LinkedHashMap<>(readings());
    next.readings()
        .forEach(
            (m, x) -> {
              Reading mine = r.get(m);
              if (mine == null) {
                r.put(m, x);
              } else {
                Checks.checkField(
                    mine.after().equals(x.before()),
                    "next",
                    m.label(),
                    "must start where this shift ends");
                r.put(m, new Reading(mine.before(), x.after()));
              }
            });
    Map<OrganizationId, Participant> p = new LinkedHashMap<>(participants());
    next.participants()
        .forEach(
            (id, x) -> {
              Participant mine = p.get(id);
              if (mine == null) {
                p.put(id, x);
              } else {
                Checks.checkField(
                    mine.endsWhereStarts(x),
                    "next",
                    id,
                    "must start where this shift ends for this organisation");
                p.put(id, mine.then(x));
              }
            });
    return build(options(), r, p);
  }

  // ---------------------------------------------------------------- results

  /** Returns whether nothing changed: no measure and no organisation. */
  public boolean isEmpty() {
    return readings().isEmpty() && participants().isEmpty();
  }

  /** Returns the measures that changed, in order: power, funding, roles. */
  public ImmutableList<Measure> measures() {
    return readings().keySet().asList();
  }

  /**
   * Returns every organisation's change in every measure that could be computed, by measure, then
   * largest gain first, then name.
   */
  @Value.Lazy
  public ImmutableList<Change> changes() {
    ImmutableList.Builder<Change> out = ImmutableList.builder();
    readings()
        .forEach(
            (m, x) -> {
              if (x.computed()) {
                List<Change> cs = new ArrayList<>();
                for (OrganizationId id :
                    Sets.union(x.before().values().keySet(), x.after().values().keySet())) {
                  Fraction b = x.before().value(id);
                  Fraction a = x.after().value(id);
                  if (!b.equals(a)) {
                    cs.add(new Change(id, nameOf(id), m, b, a));
                  }
                }
                cs.sort(
                    Comparator.<Change, Fraction>comparing(Change::delta)
                        .reversed()
                        .thenComparing(Change::name)
                        .thenComparing(c -> c.organization().value()));
                out.addAll(cs);
              }
            });
    return out.build();
  }

  /** Returns the changes grouped by measure, in {@link #changes()} order. */
  @Value.Lazy
  ImmutableListMultimap<Measure, Change> changesByMeasure() {
    return changes().stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(Change::measure, c -> c));
  }

  /** Returns the changes of organisation {@code id}, by measure. */
  public ImmutableList<Change> changesOf(OrganizationId id) {
    checkNotNull(id, "id");
    return changes().stream()
        .filter(c -> c.organization().equals(id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the change of {@code measure}'s total over all organisations ({@code after - before}):
   * zero for a measure that did not change, empty for one that could not be computed.
   */
  public Optional<Fraction> totalChange(Measure measure) {
    checkNotNull(measure, "measure");
    Reading x = readings().get(measure);
    if (x == null) {
      return Optional.of(Fraction.ZERO);
    }
    return x.computed()
        ? Optional.of(x.after().total().subtract(x.before().total()))
        : Optional.empty();
  }

  /** Returns the roles organisation {@code id} holds after and did not hold before. */
  public ImmutableSet<Role> rolesGained(OrganizationId id) {
    checkNotNull(id, "id");
    Participant p = participants().get(id);
    return p == null
        ? ImmutableSet.of()
        : Sets.difference(p.rolesAfter(), p.rolesBefore()).immutableCopy();
  }

  /** Returns the roles organisation {@code id} held before and does not hold after. */
  public ImmutableSet<Role> rolesLost(OrganizationId id) {
    checkNotNull(id, "id");
    Participant p = participants().get(id);
    return p == null
        ? ImmutableSet.of()
        : Sets.difference(p.rolesBefore(), p.rolesAfter()).immutableCopy();
  }

  /** Returns the organisations that joined the partnership. */
  public ImmutableList<OrganizationId> joined() {
    return participants().entrySet().stream()
        .filter(e -> e.getValue().before().isEmpty())
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the organisations that left the partnership. */
  public ImmutableList<OrganizationId> left() {
    return participants().entrySet().stream()
        .filter(e -> e.getValue().after().isEmpty())
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the tier of organisation {@code id} by the options' tiers: from its roles before, or
   * after for an organisation that joined.
   *
   * @throws IllegalArgumentException if {@code id} is not an organisation of this shift
   */
  public int tierOf(OrganizationId id) {
    Participant p = participant(id);
    return options().tiers().tierOf(p.rolesBefore().isEmpty() ? p.rolesAfter() : p.rolesBefore());
  }

  /**
   * Returns the locality of organisation {@code id} by the options' definition, read from its
   * record after the change (or before, if it left).
   *
   * @throws IllegalArgumentException if {@code id} is not an organisation of this shift
   */
  public Locality localityOf(OrganizationId id) {
    return options()
        .definition()
        .assess(participant(id).organization(), options().recipients())
        .locality();
  }

  private Participant participant(OrganizationId id) {
    checkNotNull(id, "id");
    Participant p = participants().get(id);
    Checks.checkField(
        p != null, "id", id, "is not an organisation of this shift " + participants().keySet());
    return p;
  }

  /** Returns the direction of a movement from {@code from} to {@code to}. */
  private Direction direction(OrganizationId from, OrganizationId to) {
    return Direction.between(tierOf(from), tierOf(to));
  }

  /**
   * Returns the movements in every measure that could be computed: from each loser to each gainer,
   * paired as the class comment says, by measure, then loser, then gainer (in {@link #changes()}
   * order).
   */
  @Value.Lazy
  public ImmutableList<Movement> movements() {
    ImmutableList.Builder<Movement> out = ImmutableList.builder();
    for (Measure m : readings().keySet()) {
      List<Change> gains = new ArrayList<>();
      List<Change> losses = new ArrayList<>();
      Fraction g = Fraction.ZERO;
      Fraction l = Fraction.ZERO;
      for (Change c : changesByMeasure().get(m)) {
        if (c.delta().signum() > 0) {
          gains.add(c);
          g = g.add(c.delta());
        } else {
          losses.add(c);
          l = l.subtract(c.delta());
        }
      }
      if (g.signum() == 0 || l.signum() == 0) {
        continue;
      }
      Fraction scale = (g.compareTo(l) < 0 ? g : l).divide(g.multiply(l));
      for (Change loser : losses) {
        Fraction share = loser.delta().negate().multiply(scale);
        for (Change gainer : gains) {
          out.add(
              new Movement(
                  m,
                  loser.organization(),
                  gainer.organization(),
                  share.multiply(gainer.delta()),
                  direction(loser.organization(), gainer.organization())));
        }
      }
    }
    return out.build();
  }

  /** Returns, per measure that could be computed, where it moved on balance. */
  @Value.Lazy
  public ImmutableList<NetDirection> netDirections() {
    ImmutableList.Builder<NetDirection> out = ImmutableList.builder();
    for (Measure m : readings().keySet()) {
      if (!readings().get(m).computed()) {
        continue;
      }
      Map<Locality, Fraction> sums = new EnumMap<>(Locality.class);
      for (Locality x : Locality.values()) {
        sums.put(x, Fraction.ZERO);
      }
      for (Change c : changesByMeasure().get(m)) {
        sums.merge(localityOf(c.organization()), c.delta(), Fraction::add);
      }
      out.add(
          new NetDirection(
              m,
              sums.get(Locality.LOCAL_OR_NATIONAL),
              sums.get(Locality.INTERNATIONAL),
              sums.get(Locality.UNKNOWN)));
    }
    return out.build();
  }

  /** Returns the measures that could not be computed exactly, with the state and the reason. */
  public ImmutableList<Uncomputed> uncomputed() {
    ImmutableList.Builder<Uncomputed> out = ImmutableList.builder();
    readings()
        .forEach(
            (m, x) -> {
              x.before().refusal().ifPresent(r -> out.add(new Uncomputed(m, "before", r)));
              x.after().refusal().ifPresent(r -> out.add(new Uncomputed(m, "after", r)));
            });
    return out.build();
  }

  // ---------------------------------------------------------------- text

  /** Returns the organisation's name as people read it: {@code "GPPAC West Africa (WANEP)"}. */
  private String nameOf(OrganizationId id) {
    Participant p = participants().get(id);
    if (p == null) {
      return id.value();
    }
    return p.organization().fullName();
  }

  private static String signed(Measure m, Fraction value) {
    return (value.signum() > 0 ? "+" : value.signum() < 0 ? "-" : "±") + m.formatChange(value);
  }

  private static String roleList(Set<Role> roles) {
    return roles.stream().map(Role::label).collect(Collectors.joining(", "));
  }

  /**
   * Returns who gained and who lost what, by name, one line each: organisations that joined or
   * left, each change with its direction, the net direction per measure, what could not be
   * computed, and the tiers and locality definition used. It stays short on huge inputs: of a
   * measure that more than ten organisations changed it prints the five changes at each end of
   * {@link #changes()}'s order (the largest gains, the largest losses) and counts the rest, and of
   * each other kind of line the first ten and a count ({@link #changes()}, {@link #joined()},
   * {@link #netDirections()} ... list every one).
   *
   * <pre>{@code
   * GPPAC West Africa (WANEP) gained 4.2 percentage points of Shapley-Shubik power in the
   *     International Steering Group (from 6.3% to 10.5%) — vertical, downward
   * }</pre>
   */
  public String summary() {
    if (isEmpty()) {
      return "No power moved: the two states are equal in every measure.";
    }
    List<String> lines = new ArrayList<>();
    List<String> joined = new ArrayList<>();
    List<String> left = new ArrayList<>();
    List<String> records = new ArrayList<>();
    participants()
        .forEach(
            (id, p) -> {
              if (p.before().isEmpty()) {
                joined.add(nameOf(id) + " joined as " + roleList(p.rolesAfter()) + ".");
              } else if (p.after().isEmpty()) {
                left.add(nameOf(id) + " left; it was " + roleList(p.rolesBefore()) + ".");
              } else if (!p.before().equals(p.after())) {
                records.add(
                    nameOf(id)
                        + ": its record changed, from "
                        + p.before().get()
                        + " to "
                        + p.after().get()
                        + ".");
              }
            });
    addShortened(lines, joined, "organisations joined (joined() lists every one)");
    addShortened(lines, left, "organisations left (left() lists every one)");
    addShortened(lines, records, "organisations' records changed");
    Map<Measure, TierSums> tierSums = tierSums();
    changesByMeasure()
        .asMap()
        .forEach(
            (m, all) -> {
              List<Change> cs = new ArrayList<>();
              for (Change c : all) {
                boolean joinedOrLeft =
                    participants().get(c.organization()).before().isEmpty()
                        || participants().get(c.organization()).after().isEmpty();
                if (!(m instanceof Measure.RoleHeld && joinedOrLeft)) {
                  cs.add(c);
                }
              }
              if (cs.size() <= SHOWN) {
                cs.forEach(c -> lines.add(line(c, tierSums)));
              } else {
                // changes run from the largest gain to the largest loss: show both ends
                cs.subList(0, SHOWN / 2).forEach(c -> lines.add(line(c, tierSums)));
                lines.add(
                    "... and "
                        + (cs.size() - SHOWN)
                        + " more organisations changed in "
                        + m.label()
                        + " (changes() lists every one)");
                cs.subList(cs.size() - SHOWN / 2, cs.size())
                    .forEach(c -> lines.add(line(c, tierSums)));
              }
            });
    addShortened(
        lines,
        netDirections().stream().map(NetDirection::toString).collect(Collectors.toList()),
        "measures moved (netDirections() lists every one)");
    addShortened(
        lines,
        uncomputed().stream().map(Uncomputed::toString).collect(Collectors.toList()),
        "measures could not be computed (uncomputed() lists every one)");
    lines.add(
        "Tiers, top first"
            + (options().tiers().equals(Tiers.standard()) ? " (this library's own mapping)" : "")
            + ": "
            + options().tiers().tiers().stream()
                .map(Tiers.Tier::name)
                .collect(Collectors.joining("; "))
            + ". Local and national actors: "
            + options().definition().summary()
            + " ("
            + options().definition().source()
            + ").");
    return String.join("\n", lines);
  }

  /** How many lines of one kind, or changes of one measure, the summary prints before counting. */
  private static final int SHOWN = 10;

  /**
   * Adds {@code more} to {@code lines}: all of them up to {@link #SHOWN}, else the first and a
   * count.
   */
  private static void addShortened(List<String> lines, List<String> more, String what) {
    if (more.size() <= SHOWN) {
      lines.addAll(more);
    } else {
      lines.addAll(more.subList(0, SHOWN));
      lines.add("... and " + (more.size() - SHOWN) + " more " + what);
    }
  }

  /**
   * A measure's gains and losses summed per tier, so that the directions of one organisation's
   * movements come from the tiers without listing every pair.
   */
  private record TierSums(
      Map<Integer, Fraction> gains,
      Map<Integer, Fraction> losses,
      Fraction gained,
      Fraction lost) {}

  private Map<Measure, TierSums> tierSums() {
    Map<Measure, TierSums> out = new LinkedHashMap<>();
    changesByMeasure()
        .asMap()
        .forEach(
            (m, cs) -> {
              Map<Integer, Fraction> gains = new LinkedHashMap<>();
              Map<Integer, Fraction> losses = new LinkedHashMap<>();
              Fraction gained = Fraction.ZERO;
              Fraction lost = Fraction.ZERO;
              for (Change c : cs) {
                if (c.delta().signum() > 0) {
                  gains.merge(tierOf(c.organization()), c.delta(), Fraction::add);
                  gained = gained.add(c.delta());
                } else {
                  losses.merge(tierOf(c.organization()), c.delta().negate(), Fraction::add);
                  lost = lost.subtract(c.delta());
                }
              }
              out.put(m, new TierSums(gains, losses, gained, lost));
            });
    return out;
  }

  /**
   * Returns how much of change {@code c} moved in each direction: the sum of its {@link
   * #movements()}, computed from the tiers' sums.
   */
  private Map<Direction, Fraction> directions(Change c, TierSums t) {
    Map<Direction, Fraction> out = new EnumMap<>(Direction.class);
    if (t.gained().signum() == 0 || t.lost().signum() == 0) {
      return out;
    }
    boolean gain = c.delta().signum() > 0;
    Fraction size = gain ? c.delta() : c.delta().negate();
    Fraction scale =
        size.multiply((t.gained().compareTo(t.lost()) < 0 ? t.gained() : t.lost()))
            .divide(t.gained().multiply(t.lost()));
    int mine = tierOf(c.organization());
    (gain ? t.losses() : t.gains())
        .forEach(
            (tier, sum) -> {
              int from = gain ? tier : mine;
              int to = gain ? mine : tier;
              out.merge(Direction.between(from, to), sum.multiply(scale), Fraction::add);
            });
    return out;
  }

  /** Returns one change in words, with the directions of its movements. */
  private String line(Change c, Map<Measure, TierSums> tierSums) {
    Measure m = c.measure();
    boolean gain = c.delta().signum() > 0;
    String text =
        m instanceof Measure.RoleHeld || m instanceof Measure.DecidingSeat
            ? c.name() + (gain ? " gained " : " lost ") + m.label()
            : c.name()
                + (gain ? " gained " : " lost ")
                + m.formatChange(c.delta())
                + " of "
                + m.label()
                + " (from "
                + m.format(c.before())
                + " to "
                + m.format(c.after())
                + ")";
    Map<Direction, Fraction> byDirection = directions(c, tierSums.get(m));
    Fraction matched = Fraction.ZERO;
    for (Fraction x : byDirection.values()) {
      matched = matched.add(x);
    }
    Fraction size = gain ? c.delta() : c.delta().negate();
    Fraction unmatched = size.subtract(matched);
    List<String> parts = new ArrayList<>();
    boolean one = byDirection.size() + (unmatched.signum() > 0 ? 1 : 0) == 1;
    byDirection.forEach(
        (d, amount) -> parts.add(d.label() + (one ? "" : " (" + m.formatChange(amount) + ")")));
    if (unmatched.signum() > 0) {
      parts.add(
          (gain ? "from no other member" : "to no other member")
              + (one ? "" : " (" + m.formatChange(unmatched) + ")"));
    }
    return text + " — " + String.join("; ", parts);
  }

  /** Returns {@link #summary()}. */
  @Override
  public String toString() {
    return summary();
  }
}
