package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.funding.FundingFlow;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.internal.Checks;
import dev.partnership.power.PowerMap;
import dev.partnership.practice.Practice;
import dev.partnership.rights.DecisionRight;
import dev.partnership.rights.DecisionRights;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskRegister;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A partnership of organisations (alliance, network with a secretariat, multistakeholder platform
 * or bilateral partnership): an immutable value.
 *
 * <p>Change it with {@linkplain #with(PartnershipOperator) operators} that return a changed copy,
 * read it with {@linkplain #query(PartnershipQuery) queries}.
 *
 * <p>Invariants checked at construction: at least one member; each organisation appears once; a
 * secretariat, if any, is a member holding {@link Role#SECRETARIAT}; at most one member is {@link
 * Role#LEAD}; a {@link PartnershipForm#BILATERAL} partnership has exactly two members; governing
 * bodies have distinct names and only members hold their seats; funding flows run between members;
 * the practice facet names members only; risks are borne, owned and mitigated by members; decision
 * rights name distinct decisions, only existing bodies and, for levels, only members; the
 * provenance of a country is given only for a country the partnership works in.
 *
 * <pre>{@code
 * var mamaCash = Organization.of("Mama Cash", OrganizationType.FOUNDATION);
 * var jass = Organization.of("JASS", OrganizationType.NATIONAL_NGO);
 * var cmi = Partnership.of("count-me-in", "Count Me In!", PartnershipForm.ALLIANCE_OR_CONSORTIUM,
 *     Membership.of(mamaCash, Role.LEAD), Membership.of(jass, Role.MEMBER));
 * cmi.query(PartnershipQueries.lead())                       // Optional[Mama Cash ...]
 * cmi.with(PartnershipOperators.assignRole(jass, Role.LOBBY_PARTNER))
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class Partnership {

  Partnership() {}

  /** Returns the partnership's identifier (non-blank, e.g. {@code "gppac"}). */
  public abstract String id();

  /** Returns its name. */
  public abstract String name();

  /** Returns its form. */
  public abstract PartnershipForm form();

  /** Returns the memberships, in the order they were added. */
  public abstract ImmutableList<Membership> members();

  /** Returns the member that hosts the partnership's secretariat, if any. */
  public abstract Optional<OrganizationId> secretariat();

  /** Returns the countries the partnership works in. */
  public abstract ImmutableSet<CountryCode> countries();

  /**
   * Returns where the countries the partnership works in come from, for those recorded: each key is
   * one of {@link #countries()}, so a partial list can say which source names which country (FAIR
   * works in "over 40 countries"; a public source names nine of them).
   *
   * <pre>{@code
   * Partnership.builder().from(cmi).addCountries(CountryCode.of("KE"))
   *     .putCountryProvenance(CountryCode.of("KE"), Provenance.of("annual report 2024"))
   *     .build().countryProvenance()   // {KE=annual report 2024}
   * }</pre>
   */
  public abstract ImmutableMap<CountryCode, Provenance> countryProvenance();

  /** Returns the funding flows between members (the funding facet), in order. */
  public abstract ImmutableList<FundingFlow> flows();

  /** Returns what the partnership does about the lessons of the field (the practice facet). */
  @Value.Default
  public Practice practice() {
    return Practice.empty();
  }

  /** Returns the risk register and civic space ratings (the risk facet). */
  @Value.Default
  public RiskRegister risks() {
    return RiskRegister.empty();
  }

  /** Returns the known power relations (the power facet). */
  @Value.Default
  public PowerMap powerMap() {
    return PowerMap.empty();
  }

  /**
   * Returns who formally decides what (the decision-rights facet): per decision, the governing body
   * that takes it and members' levels on the PAT ladder. Empty by default.
   */
  @Value.Default
  public DecisionRights decisionRights() {
    return DecisionRights.empty();
  }

  /** Returns the governing bodies (steering committee, board, assembly ...), in order. */
  public abstract ImmutableList<GoverningBody> bodies();

  /** Returns the governing body called {@code name}, if there is one. */
  public Optional<GoverningBody> body(String name) {
    checkNotNull(name, "name");
    return bodies().stream().filter(b -> b.name().equals(name)).findFirst();
  }

  /** Returns the names of the governing bodies, in order. */
  public ImmutableList<String> bodyNames() {
    return bodies().stream().map(GoverningBody::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the governing body called {@code name}: the one look-up of a body that must exist.
   *
   * @throws IllegalArgumentException if there is none; the message lists the bodies there are
   */
  public GoverningBody requireBody(String name) {
    return body(name)
        .orElseThrow(() -> new IllegalArgumentException("body (" + name + ") " + notABody()));
  }

  /**
   * Returns the one wording of a missing body: {@code "is not a governing body of p; bodies are
   * [..]"}.
   */
  String notABody() {
    return "is not a governing body of " + id() + "; bodies are " + bodyNames();
  }

  /** Returns the names of the bodies in which {@code id} holds a seat. */
  public ImmutableList<String> seatsOf(OrganizationId id) {
    checkNotNull(id, "id");
    return bodies().stream()
        .filter(b -> b.seatOf(id).isPresent())
        .map(GoverningBody::name)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Lazy
  ImmutableMap<OrganizationId, Membership> index() {
    ImmutableMap.Builder<OrganizationId, Membership> b =
        ImmutableMap.builderWithExpectedSize(members().size());
    for (Membership m : members()) {
      b.put(m.id(), m);
    }
    return b.buildOrThrow();
  }

  /** Returns the membership of {@code id}, if it is a member. */
  public Optional<Membership> member(OrganizationId id) {
    return Optional.ofNullable(index().get(checkNotNull(id, "id")));
  }

  /** Returns whether {@code organization} (by id) is a member. */
  public boolean isMember(Organization organization) {
    return isMember(checkNotNull(organization, "organization").id());
  }

  /** Returns whether an organisation with this id is a member. */
  public boolean isMember(OrganizationId id) {
    return index().containsKey(checkNotNull(id, "id"));
  }

  /** Returns the member organisations, in membership order. */
  public ImmutableList<Organization> organizations() {
    return members().stream()
        .map(Membership::organization)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the result of applying {@code operator}: a changed copy.
   *
   * @throws OperatorNotApplicableException if the operator does not apply to this partnership
   */
  public Partnership with(PartnershipOperator operator) {
    return checkNotNull(operator, "operator").apply(this);
  }

  /** Returns the result of {@code query} on this partnership. */
  public <R> R query(PartnershipQuery<R> query) {
    return checkNotNull(query, "query").queryFrom(this);
  }

  /**
   * Returns the members' ids through the member index, which is built here once and kept for the
   * look-ups that follow (one hash table per state instead of a set for the check and a map for the
   * look-ups); a repeated organisation is found by a second pass only when the index refuses.
   */
  private Set<OrganizationId> uniqueIds() {
    try {
      return index().keySet();
    } catch (IllegalArgumentException duplicate) {
      Set<OrganizationId> seen = new HashSet<>();
      for (Membership m : members()) {
        Checks.checkField(seen.add(m.id()), "members", m.id(), "must list each organisation once");
      }
      throw duplicate;
    }
  }

  @Value.Check
  void check() {
    Checks.checkNotBlank(id(), "id");
    Checks.checkNotBlank(name(), "name");
    Checks.checkField(!members().isEmpty(), "members", members(), "must hold at least one member");
    for (CountryCode c : countryProvenance().keySet()) {
      Checks.checkField(
          countries().contains(c),
          "countryProvenance",
          c,
          "must be a country the partnership works in; countries are " + countries());
    }
    Set<OrganizationId> seen = uniqueIds();
    secretariat()
        .ifPresent(
            s -> {
              Checks.checkField(seen.contains(s), "secretariat", s, "must be a member");
              Checks.checkField(
                  index().get(s).has(Role.SECRETARIAT),
                  "secretariat",
                  s,
                  "must hold the role SECRETARIAT");
            });
    ImmutableList<Membership> leads = PartnershipQueries.membersWithRole(members(), Role.LEAD);
    Checks.checkField(
        leads.size() <= 1,
        "members",
        leads.stream().map(Membership::id).collect(ImmutableList.toImmutableList()),
        "must hold at most one LEAD");
    Set<String> names = new HashSet<>();
    for (GoverningBody b : bodies()) {
      Checks.checkField(names.add(b.name()), "bodies", b.name(), "must have distinct names");
      for (Seat seat : b.seats()) {
        Checks.checkField(
            seen.contains(seat.holder()),
            "seat holder",
            seat.holder() + " in " + b.name(),
            "must be a member");
      }
    }
    for (int i = 0; i < flows().size(); i++) {
      FundingFlow f = flows().get(i);
      Checks.checkField(
          seen.contains(f.provider()),
          "flows[" + i + "].provider",
          f.provider(),
          "must be a member");
      Checks.checkField(
          seen.contains(f.recipient()),
          "flows[" + i + "].recipient",
          f.recipient(),
          "must be a member");
    }
    for (OrganizationId named : practice().namedOrganizations()) {
      Checks.checkField(seen.contains(named), "practice", named, "must name members only");
    }
    for (Risk r : risks().risks()) {
      Checks.checkField(
          seen.contains(r.bearer()), "risk " + r.id() + " bearer", r.bearer(), "must be a member");
      r.owner()
          .ifPresent(
              o ->
                  Checks.checkField(
                      seen.contains(o), "risk " + r.id() + " owner", o, "must be a member"));
      r.mitigations()
          .forEach(
              m ->
                  m.fundedBy()
                      .ifPresent(
                          f ->
                              Checks.checkField(
                                  seen.contains(f),
                                  "risk " + r.id() + " mitigation funder",
                                  f,
                                  "must be a member")));
    }
    for (DecisionRight r : decisionRights().rights()) {
      r.body()
          .ifPresent(
              body ->
                  Checks.checkField(
                      names.contains(body), "decision " + r.name() + " body", body, notABody()));
      for (OrganizationId holder : r.levels().keySet()) {
        Checks.checkField(
            seen.contains(holder),
            "decision " + r.name() + " level holder",
            holder,
            "must be a member");
      }
    }
    if (form() == PartnershipForm.BILATERAL) {
      Checks.checkField(
          members().size() == 2,
          "members",
          members().size() + " members",
          "of a BILATERAL partnership must be exactly 2");
    }
  }

  /**
   * Returns a partnership with these members, no secretariat and no countries.
   *
   * @throws IllegalArgumentException if an invariant does not hold
   */
  public static Partnership of(
      String id, String name, PartnershipForm form, Membership... members) {
    return builder().id(id).name(name).form(form).addMembers(members).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Partnership}; {@code id}, {@code name}, {@code form} and one member are
   * required.
   */
  public static final class Builder extends ImmutablePartnership.Builder {
    Builder() {}
  }

  /** Returns a one-line summary: id, name, form, members with roles, secretariat, countries. */
  @Override
  public String toString() {
    return "Partnership "
        + id()
        + " \""
        + name()
        + "\" "
        + form()
        + ": "
        + members().size()
        + " members "
        + members()
        + secretariat().map(s -> ", secretariat " + s).orElse("")
        + (countries().isEmpty() ? "" : ", countries " + countries())
        + (bodies().isEmpty() ? "" : ", bodies " + bodyNames())
        + (decisionRights().isEmpty() ? "" : ", decisions " + decisionRights().names());
  }
}
