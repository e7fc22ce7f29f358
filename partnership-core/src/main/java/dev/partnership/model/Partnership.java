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
import dev.partnership.internal.OwnBuilderStyle;
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
@OwnBuilderStyle
public abstract class Partnership {

  Partnership() {}

  /** Returns the partnership's identifier (non-blank, e.g. {@code "gppac"}). */
  public abstract String id();

  /** Returns its name. */
  public abstract String name();

  /** Returns its form. */
  public abstract PartnershipForm form();

  /**
   * Returns the members in order with their index: the attribute that stands for {@link #members()}
   * in equality and hash code (a table equals and hashes as its list of memberships). A persistent
   * structure, so an operator that changes one member shares the rest with this state.
   */
  abstract MemberTable memberTable();

  /**
   * Returns the memberships, in the order they were added. The list is built on first use and then
   * kept (states that share their members share it too).
   */
  public ImmutableList<Membership> members() {
    return memberTable().list();
  }

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

  /** Returns the membership of {@code id}, if it is a member. */
  public Optional<Membership> member(OrganizationId id) {
    return memberTable().get(checkNotNull(id, "id"));
  }

  /** Returns whether {@code organization} (by id) is a member. */
  public boolean isMember(Organization organization) {
    return isMember(checkNotNull(organization, "organization").id());
  }

  /** Returns whether an organisation with this id is a member. */
  public boolean isMember(OrganizationId id) {
    return memberTable().contains(checkNotNull(id, "id"));
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

  @Value.Check
  void check() {
    Checks.checkNotBlank(id(), "id");
    Checks.checkNotBlank(name(), "name");
    MemberTable seen = memberTable();
    if (seen.size() == 0) {
      Checks.checkField(false, "members", seen, "must hold at least one member");
    }
    seen.duplicate()
        .ifPresent(d -> Checks.checkField(false, "members", d, "must list each organisation once"));
    for (CountryCode c : countryProvenance().keySet()) {
      if (!countries().contains(c)) {
        Checks.checkField(
            false,
            "countryProvenance",
            c,
            "must be a country the partnership works in; countries are " + countries());
      }
    }
    secretariat()
        .ifPresent(
            s -> {
              Checks.checkField(seen.contains(s), "secretariat", s, "must be a member");
              Checks.checkField(
                  seen.get(s).orElseThrow().has(Role.SECRETARIAT),
                  "secretariat",
                  s,
                  "must hold the role SECRETARIAT");
            });
    // Messages are built only when a check fails: this runs on every build, once per scenario step.
    if (seen.leadCount() > 1) {
      Checks.checkField(
          false,
          "members",
          seen.leads().stream().map(Membership::id).collect(ImmutableList.toImmutableList()),
          "must hold at most one LEAD");
    }
    Set<String> names = new HashSet<>();
    for (GoverningBody b : bodies()) {
      Checks.checkField(names.add(b.name()), "bodies", b.name(), "must have distinct names");
      for (Seat seat : b.seats()) {
        if (!seen.contains(seat.holder())) {
          notAMember("seat holder", seat.holder() + " in " + b.name());
        }
      }
    }
    for (int i = 0; i < flows().size(); i++) {
      FundingFlow f = flows().get(i);
      if (!seen.contains(f.provider())) {
        notAMember("flows[" + i + "].provider", f.provider());
      }
      if (!seen.contains(f.recipient())) {
        notAMember("flows[" + i + "].recipient", f.recipient());
      }
    }
    for (OrganizationId named : practice().namedOrganizations()) {
      Checks.checkField(seen.contains(named), "practice", named, "must name members only");
    }
    for (Risk r : risks().risks()) {
      if (!seen.contains(r.bearer())) {
        notAMember("risk " + r.id() + " bearer", r.bearer());
      }
      if (r.owner().isPresent() && !seen.contains(r.owner().get())) {
        notAMember("risk " + r.id() + " owner", r.owner().get());
      }
      for (var m : r.mitigations()) {
        if (m.fundedBy().isPresent() && !seen.contains(m.fundedBy().get())) {
          notAMember("risk " + r.id() + " mitigation funder", m.fundedBy().get());
        }
      }
    }
    for (DecisionRight r : decisionRights().rights()) {
      if (r.body().isPresent() && !names.contains(r.body().get())) {
        Checks.checkField(false, "decision " + r.name() + " body", r.body().get(), notABody());
      }
      for (OrganizationId holder : r.levels().keySet()) {
        if (!seen.contains(holder)) {
          notAMember("decision " + r.name() + " level holder", holder);
        }
      }
    }
    if (form() == PartnershipForm.BILATERAL) {
      Checks.checkField(
          seen.size() == 2,
          "members",
          seen.size() + " members",
          "of a BILATERAL partnership must be exactly 2");
    }
  }

  private static void notAMember(String field, Object value) {
    Checks.checkField(false, field, value, "must be a member");
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
   *
   * <p>The members go into a persistent {@linkplain MemberTable table}: {@link #from} takes the
   * table of the partnership it copies as it is (no copy), so a builder that changes one member
   * costs O(log n) in the number of members. Every other attribute is set as the generated
   * Immutables builder sets it.
   */
  public static final class Builder {
    private final ImmutablePartnership.Builder values = ImmutablePartnership.generatedBuilder();
    private MemberTable members = MemberTable.EMPTY;

    Builder() {}

    /**
     * Fills this builder from {@code instance}: sets its scalar attributes and adds its members,
     * countries (with their provenance), flows and bodies to those already here.
     */
    public Builder from(Partnership instance) {
      checkNotNull(instance, "instance");
      values.from(instance);
      members =
          members.size() == 0 && members.duplicate().isEmpty()
              ? instance.memberTable()
              : members.plusAll(instance.memberTable());
      return this;
    }

    /** Sets the identifier. */
    public Builder id(String id) {
      values.id(id);
      return this;
    }

    /** Sets the name. */
    public Builder name(String name) {
      values.name(name);
      return this;
    }

    /** Sets the form. */
    public Builder form(PartnershipForm form) {
      values.form(form);
      return this;
    }

    /** Adds a membership as the last member. */
    public Builder addMember(Membership element) {
      members = members.plus(checkNotNull(element, "members element"));
      return this;
    }

    /** Adds memberships as the last members, in order. */
    public Builder addMembers(Membership... elements) {
      checkNotNull(elements, "members elements");
      for (Membership m : elements) {
        addMember(m);
      }
      return this;
    }

    /** Replaces the members by {@code elements}, in order. */
    public Builder members(Iterable<? extends Membership> elements) {
      checkNotNull(elements, "members elements");
      members = MemberTable.EMPTY.plusAll(elements);
      return this;
    }

    /** Adds memberships as the last members, in order. */
    public Builder addAllMembers(Iterable<? extends Membership> elements) {
      members = members.plusAll(checkNotNull(elements, "members elements"));
      return this;
    }

    /**
     * Removes the member {@code id} (nothing if it is not one): the trusted path of the operators
     * in this package, which cannot be reached from outside.
     */
    Builder withoutMember(OrganizationId id) {
      members = members.minus(id);
      return this;
    }

    /**
     * Replaces the membership of {@code m}'s organisation in place: the trusted path of the
     * operators in this package, which cannot be reached from outside.
     */
    Builder replacingMember(Membership m) {
      members = members.replace(m);
      return this;
    }

    /** Sets the member that hosts the secretariat. */
    public Builder secretariat(OrganizationId secretariat) {
      values.secretariat(secretariat);
      return this;
    }

    /** Sets the member that hosts the secretariat, or none. */
    public Builder secretariat(Optional<? extends OrganizationId> secretariat) {
      values.secretariat(secretariat);
      return this;
    }

    /** Adds a country. */
    public Builder addCountry(CountryCode element) {
      values.addCountry(element);
      return this;
    }

    /** Adds countries. */
    public Builder addCountries(CountryCode... elements) {
      values.addCountries(elements);
      return this;
    }

    /** Replaces the countries. */
    public Builder countries(Iterable<? extends CountryCode> elements) {
      values.countries(elements);
      return this;
    }

    /** Adds countries. */
    public Builder addAllCountries(Iterable<? extends CountryCode> elements) {
      values.addAllCountries(elements);
      return this;
    }

    /** Puts where the country {@code key} comes from. */
    public Builder putCountryProvenance(CountryCode key, Provenance value) {
      values.putCountryProvenance(key, value);
      return this;
    }

    /** Puts where a country comes from. */
    public Builder putCountryProvenance(
        java.util.Map.Entry<? extends CountryCode, ? extends Provenance> entry) {
      values.putCountryProvenance(entry);
      return this;
    }

    /** Replaces where the countries come from. */
    public Builder countryProvenance(
        java.util.Map<? extends CountryCode, ? extends Provenance> entries) {
      values.countryProvenance(entries);
      return this;
    }

    /** Puts where the countries come from. */
    public Builder putAllCountryProvenance(
        java.util.Map<? extends CountryCode, ? extends Provenance> entries) {
      values.putAllCountryProvenance(entries);
      return this;
    }

    /** Adds a funding flow as the last. */
    public Builder addFlow(FundingFlow element) {
      values.addFlow(element);
      return this;
    }

    /** Adds funding flows as the last, in order. */
    public Builder addFlows(FundingFlow... elements) {
      values.addFlows(elements);
      return this;
    }

    /** Replaces the funding flows. */
    public Builder flows(Iterable<? extends FundingFlow> elements) {
      values.flows(elements);
      return this;
    }

    /** Adds funding flows as the last, in order. */
    public Builder addAllFlows(Iterable<? extends FundingFlow> elements) {
      values.addAllFlows(elements);
      return this;
    }

    /** Sets the practice facet. */
    public Builder practice(Practice practice) {
      values.practice(practice);
      return this;
    }

    /** Sets the risk register. */
    public Builder risks(RiskRegister risks) {
      values.risks(risks);
      return this;
    }

    /** Sets the power map. */
    public Builder powerMap(PowerMap powerMap) {
      values.powerMap(powerMap);
      return this;
    }

    /** Sets the decision rights. */
    public Builder decisionRights(DecisionRights decisionRights) {
      values.decisionRights(decisionRights);
      return this;
    }

    /** Adds a governing body as the last. */
    public Builder addBody(GoverningBody element) {
      values.addBody(element);
      return this;
    }

    /** Adds governing bodies as the last, in order. */
    public Builder addBodies(GoverningBody... elements) {
      values.addBodies(elements);
      return this;
    }

    /** Replaces the governing bodies. */
    public Builder bodies(Iterable<? extends GoverningBody> elements) {
      values.bodies(elements);
      return this;
    }

    /** Adds governing bodies as the last, in order. */
    public Builder addAllBodies(Iterable<? extends GoverningBody> elements) {
      values.addAllBodies(elements);
      return this;
    }

    /**
     * Builds the partnership.
     *
     * @throws IllegalStateException if {@code id}, {@code name} or {@code form} is not set
     * @throws IllegalArgumentException if an invariant does not hold
     */
    public Partnership build() {
      return values.memberTable(members).build();
    }
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
