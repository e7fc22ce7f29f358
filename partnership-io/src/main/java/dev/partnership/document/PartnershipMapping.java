package dev.partnership.document;

import static dev.partnership.document.In.word;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.actors.Provenance;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.math.Fraction;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.power.Dimensions;
import dev.partnership.power.PowerMap;
import dev.partnership.power.PowerRelation;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.practice.Topic;
import dev.partnership.practice.TrustMechanism;
import dev.partnership.rights.DecisionRight;
import dev.partnership.rights.DecisionRights;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import dev.partnership.risk.RiskRegister;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The partnership document: the model to a tree of maps and lists, and a parsed tree back. */
final class PartnershipMapping {
  private PartnershipMapping() {}

  static final String FORMAT = "partnership/1";

  // ---- writing -------------------------------------------------------------------------------

  static Map<String, Object> write(Partnership p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("id", p.id());
    m.put("name", p.name());
    m.put("form", word(p.form()));
    putList(m, "countries", codes(p.countries()));
    if (!p.countryProvenance().isEmpty()) {
      Map<String, Object> from = new LinkedHashMap<>();
      p.countryProvenance().forEach((c, v) -> from.put(c.code(), provenance(v)));
      m.put("countryProvenance", from);
    }
    p.secretariat().ifPresent(s -> m.put("secretariat", s.value()));
    List<Object> members = new ArrayList<>();
    for (Membership ms : p.members()) {
      members.add(membership(ms));
    }
    m.put("members", members);
    List<Object> bodies = new ArrayList<>();
    for (GoverningBody b : p.bodies()) {
      bodies.add(body(b));
    }
    putList(m, "bodies", bodies);
    List<Object> rights = new ArrayList<>();
    for (DecisionRight r : p.decisionRights().rights()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("decision", r.decision().name());
      x.put("area", word(r.decision().area()));
      r.decision().description().ifPresent(d -> x.put("description", d));
      r.body().ifPresent(b -> x.put("body", b));
      List<Object> levels = new ArrayList<>();
      r.levels()
          .forEach(
              (id, level) -> {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("organization", id.value());
                y.put("level", word(level));
                levels.add(y);
              });
      putList(x, "levels", levels);
      putProvenance(x, r.provenance());
      rights.add(x);
    }
    putList(m, "decisionRights", rights);
    List<Object> flows = new ArrayList<>();
    for (FundingFlow f : p.flows()) {
      flows.add(flow(f));
    }
    putList(m, "flows", flows);
    Map<String, Object> practice = practice(p.practice());
    if (!practice.isEmpty()) {
      m.put("practice", practice);
    }
    List<Object> risks = new ArrayList<>();
    for (Risk r : p.risks().risks()) {
      risks.add(risk(r));
    }
    putList(m, "risks", risks);
    if (!p.risks().civicSpace().isEmpty()) {
      Map<String, Object> cs = new LinkedHashMap<>();
      p.risks().civicSpace().forEach((c, v) -> cs.put(c.code(), word(v)));
      m.put("civicSpace", cs);
    }
    if (!p.risks().civicSpaceProvenance().isEmpty()) {
      Map<String, Object> cs = new LinkedHashMap<>();
      p.risks().civicSpaceProvenance().forEach((c, v) -> cs.put(c.code(), provenance(v)));
      m.put("civicSpaceProvenance", cs);
    }
    List<Object> relations = new ArrayList<>();
    for (PowerRelation r : p.powerMap().relations()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("holder", r.holder().value());
      r.overActor().ifPresent(o -> x.put("overActor", o.value()));
      r.overIssue().ifPresent(o -> x.put("overIssue", o));
      x.put("form", word(r.form()));
      x.put("space", word(r.space()));
      x.put("level", word(r.level()));
      x.put("expression", word(r.expression()));
      x.put("source", r.source());
      x.put("date", r.date().toString());
      x.put("confidence", word(r.confidence()));
      if (r.illustrative()) {
        x.put("illustrative", true);
      }
      relations.add(x);
    }
    putList(m, "powerMap", relations);
    return m;
  }

  /** Returns ms as it is written in a document. */
  static Map<String, Object> membership(Membership ms) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("organization", organization(ms.organization()));
    x.put("roles", words(ms.roles()));
    ms.startDate().ifPresent(d -> x.put("since", d.toString()));
    x.put("involvedFromDesign", ms.involvedFromDesign());
    putProvenance(x, ms.provenance());
    return x;
  }

  /** Returns b as it is written in a document. */
  static Map<String, Object> body(GoverningBody b) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("name", b.name());
    x.put("type", word(b.type()));
    x.put("rule", rule(b.rule()));
    List<Object> seats = new ArrayList<>();
    for (Seat s : b.seats()) {
      Map<String, Object> y = new LinkedHashMap<>();
      y.put("holder", s.holder().value());
      y.put("weight", s.weight());
      putProvenance(y, s.provenance());
      seats.add(y);
    }
    x.put("seats", seats);
    return x;
  }

  /** Returns f as it is written in a document. */
  static Map<String, Object> flow(FundingFlow f) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("provider", f.provider().value());
    x.put("recipient", f.recipient().value());
    x.put("amount", f.amount().amount().toPlainString());
    x.put("currency", f.amount().currency().getCurrencyCode());
    x.put("year", f.year());
    f.date().ifPresent(d -> x.put("date", d.toString()));
    f.earmarking().ifPresent(e -> x.put("earmarking", word(e)));
    x.put("multiYear", f.multiYear());
    f.humanitarian().ifPresent(h -> x.put("humanitarian", h));
    f.source().ifPresent(s -> x.put("source", s));
    putProvenance(x, f.provenance());
    return x;
  }

  /** Returns r as it is written in a document. */
  static Map<String, Object> risk(Risk r) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", r.id());
    x.put("area", word(r.area()));
    x.put("description", r.description());
    x.put("likelihood", word(r.likelihood()));
    x.put("impact", word(r.impact()));
    x.put("bearer", r.bearer().value());
    r.owner().ifPresent(o -> x.put("owner", o.value()));
    List<Object> mitigations = new ArrayList<>();
    for (Mitigation mi : r.mitigations()) {
      Map<String, Object> y = new LinkedHashMap<>();
      y.put("description", mi.description());
      mi.fundedBy().ifPresent(f -> y.put("fundedBy", f.value()));
      mitigations.add(y);
    }
    putList(x, "mitigations", mitigations);
    r.origin().ifPresent(o -> x.put("origin", o));
    putProvenance(x, r.provenance());
    return x;
  }

  static Map<String, Object> organization(Organization o) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", o.id().value());
    x.put("name", o.name());
    o.acronym().ifPresent(a -> x.put("acronym", a));
    x.put("type", word(o.type()));
    o.homeCountry().ifPresent(c -> x.put("country", c.code()));
    o.affiliation().ifPresent(a -> x.put("affiliation", a));
    x.put("levels", words(o.levels()));
    putList(x, "countries", codes(o.countries()));
    return x;
  }

  static Map<String, Object> rule(DecisionRule r) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("kind", word(r.kind()));
    r.threshold().ifPresent(t -> x.put("threshold", t.numerator() + "/" + t.denominator()));
    r.quota().ifPresent(q -> x.put("quota", q));
    putList(x, "vetoHolders", ids(r.vetoHolders()));
    r.minimumMembers().ifPresent(n -> x.put("minimumMembers", n));
    return x;
  }

  private static Map<String, Object> practice(Practice p) {
    Map<String, Object> x = new LinkedHashMap<>();
    p.sharedValues().ifPresent(v -> x.put("sharedValues", sharedValues(v)));
    List<Object> interests = new ArrayList<>();
    p.interests()
        .forEach(
            (id, i) -> {
              Map<String, Object> y = new LinkedHashMap<>();
              y.put("organization", id.value());
              y.put("interest", i.interest());
              y.put("knownToOthers", i.knownToOthers());
              putProvenance(y, i.provenance());
              interests.add(y);
            });
    putList(x, "interests", interests);
    p.design().ifPresent(d -> x.put("design", design(d)));
    List<Object> learning = new ArrayList<>();
    for (Facts.LearningPractice l : p.learning()) {
      learning.add(learning(l));
    }
    putList(x, "learning", learning);
    List<Object> loops = new ArrayList<>();
    for (Facts.FeedbackLoop l : p.feedbackLoops()) {
      loops.add(feedbackLoop(l));
    }
    putList(x, "feedbackLoops", loops);
    p.contextReviews()
        .ifPresent(
            c -> {
              Map<String, Object> y = new LinkedHashMap<>();
              y.put("cadenceMonths", c.cadenceMonths());
              y.put("last", c.last().toString());
              y.put("participants", ids(c.participants()));
              putProvenance(y, c.provenance());
              x.put("contextReviews", y);
            });
    p.budgetFlexibility().ifPresent(b -> x.put("budgetFlexibility", budgetFlexibility(b)));
    p.powerArrangement()
        .ifPresent(
            a -> {
              Map<String, Object> y = new LinkedHashMap<>();
              y.put("decidedBy", ids(a.decidedBy()));
              y.put("decidedOn", a.decidedOn().toString());
              putProvenance(y, a.provenance());
              x.put("powerArrangement", y);
            });
    p.civicSpace()
        .ifPresent(
            c -> {
              Map<String, Object> y = new LinkedHashMap<>();
              y.put("description", c.description());
              y.put("includesDigital", c.includesDigital());
              putProvenance(y, c.provenance());
              x.put("civicSpace", y);
            });
    putList(x, "knownAbsent", words(p.knownAbsent()));
    putList(x, "controls", words(p.controls()));
    putList(x, "trusts", words(p.trusts()));
    if (!p.controlProvenance().isEmpty()) {
      Map<String, Object> y = new LinkedHashMap<>();
      p.controlProvenance().forEach((c, v) -> y.put(word(c), provenance(v)));
      x.put("controlProvenance", y);
    }
    if (!p.trustProvenance().isEmpty()) {
      Map<String, Object> y = new LinkedHashMap<>();
      p.trustProvenance().forEach((t, v) -> y.put(word(t), provenance(v)));
      x.put("trustProvenance", y);
    }
    return x;
  }

  /** Returns v as it is written in a document, in a practice or a scenario step. */
  static Map<String, Object> sharedValues(Facts.SharedValues v) {
    Map<String, Object> y = new LinkedHashMap<>();
    y.put("definedOn", v.definedOn().toString());
    y.put("definedBy", ids(v.definedBy()));
    putProvenance(y, v.provenance());
    return y;
  }

  /** Returns d as it is written in a document, in a practice or a scenario step. */
  static Map<String, Object> design(Facts.ProgrammeDesign d) {
    Map<String, Object> y = new LinkedHashMap<>();
    y.put("theoryOfChangeBy", ids(d.theoryOfChangeBy()));
    y.put("plansBy", ids(d.plansBy()));
    y.put("strategyInformedBy", ids(d.strategyInformedBy()));
    putProvenance(y, d.provenance());
    return y;
  }

  /** Returns l as it is written in a document, in a practice or a scenario step. */
  static Map<String, Object> learning(Facts.LearningPractice l) {
    Map<String, Object> y = new LinkedHashMap<>();
    y.put("description", l.description());
    y.put("reflectsOnValues", l.reflectsOnValues());
    y.put("cadenceMonths", l.cadenceMonths());
    y.put("participants", ids(l.participants()));
    putProvenance(y, l.provenance());
    return y;
  }

  /** Returns l as it is written in a document, in a practice or a scenario step. */
  static Map<String, Object> feedbackLoop(Facts.FeedbackLoop l) {
    Map<String, Object> y = new LinkedHashMap<>();
    y.put("from", ids(l.from()));
    y.put("to", l.to().value());
    y.put("channel", l.channel());
    y.put("cadenceMonths", l.cadenceMonths());
    l.actedOn().ifPresent(a -> y.put("actedOn", a));
    putProvenance(y, l.provenance());
    return y;
  }

  /** Returns b as it is written in a document, in a practice or a scenario step. */
  static Map<String, Object> budgetFlexibility(Facts.BudgetFlexibility b) {
    Map<String, Object> y = new LinkedHashMap<>();
    y.put("movableShare", fraction(b.movableShare()));
    y.put("whoMayMove", ids(b.whoMayMove()));
    b.threshold().ifPresent(t -> y.put("threshold", t));
    putProvenance(y, b.provenance());
    return y;
  }

  static void putProvenance(Map<String, Object> m, Optional<Provenance> p) {
    p.ifPresent(v -> m.put("provenance", provenance(v)));
  }

  static Map<String, Object> provenance(Provenance p) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("source", p.source());
    p.date().ifPresent(d -> x.put("date", d.toString()));
    if (p.illustrative()) {
      x.put("illustrative", true);
    }
    return x;
  }

  static Optional<Provenance> provenance(In in, Node object) {
    return in.optional(object, "provenance").map(n -> provenanceOf(in, n));
  }

  private static Provenance provenanceOf(In in, Node n) {
    in.object(n, "source", "date", "illustrative");
    String source = in.string(in.required(n, "source"));
    Optional<java.time.LocalDate> date = in.optional(n, "date").map(in::date);
    boolean illustrative = in.optional(n, "illustrative").map(in::bool).orElse(false);
    return in.model(n, () -> Provenance.of(source, date, illustrative));
  }

  /** Reads a map from a key (a country code or a codelist word) to a provenance. */
  private static <K> Map<K, Provenance> provenances(
      In in, Node object, String field, java.util.function.Function<Node, K> key) {
    Map<K, Provenance> out = new LinkedHashMap<>();
    in.optional(object, field)
        .ifPresent(
            n -> {
              if (n.kind != Node.Kind.OBJECT) {
                throw in.error(n, "must be an object from a key to a provenance");
              }
              for (Map.Entry<String, Node> e : n.fields.entrySet()) {
                Node v = e.getValue();
                Node k =
                    new Node(Node.Kind.STRING, e.getKey(), v.pointer, v.line, v.column, null, null);
                out.put(key.apply(k), provenanceOf(in, v));
              }
            });
    return out;
  }

  static String fraction(Fraction f) {
    return f.numerator() + "/" + f.denominator();
  }

  static void putList(Map<String, Object> m, String key, List<?> values) {
    if (!values.isEmpty()) {
      m.put(key, values);
    }
  }

  static List<Object> words(Collection<? extends Enum<?>> values) {
    List<Object> out = new ArrayList<>();
    values.forEach(v -> out.add(word(v)));
    return out;
  }

  static List<Object> ids(Collection<OrganizationId> values) {
    List<Object> out = new ArrayList<>();
    values.forEach(v -> out.add(v.value()));
    return out;
  }

  static List<Object> codes(Collection<CountryCode> values) {
    List<Object> out = new ArrayList<>();
    values.forEach(v -> out.add(v.code()));
    return out;
  }

  // ---- reading -------------------------------------------------------------------------------

  static Partnership read(In in, Node root) {
    in.object(
        root,
        "format",
        "id",
        "name",
        "form",
        "countries",
        "countryProvenance",
        "secretariat",
        "members",
        "bodies",
        "decisionRights",
        "flows",
        "practice",
        "risks",
        "civicSpace",
        "civicSpaceProvenance",
        "powerMap");
    Partnership.Builder b = Partnership.builder();
    b.id(in.string(in.required(root, "id")));
    b.name(in.string(in.required(root, "name")));
    b.form(in.constant(in.required(root, "form"), PartnershipForm.values(), null));
    ImmutableList<CountryCode> countries = in.list(root, "countries", in::country);
    b.countries(countries);
    b.countryProvenance(
        provenances(
            in,
            root,
            "countryProvenance",
            k -> listed(in, k, in.country(k), countries, "countries")));
    in.optional(root, "secretariat").ifPresent(n -> b.secretariat(in.id(n)));
    Node members = in.required(root, "members");
    in.list(members);
    b.members(in.list(root, "members", n -> membership(in, n)));
    b.bodies(in.list(root, "bodies", n -> body(in, n)));
    ImmutableList<DecisionRight> rights = in.list(root, "decisionRights", n -> right(in, n));
    if (!rights.isEmpty()) {
      b.decisionRights(in.model(root, () -> DecisionRights.builder().rights(rights).build()));
    }
    b.flows(in.list(root, "flows", n -> flow(in, n)));
    in.optional(root, "practice").ifPresent(n -> b.practice(practice(in, n)));
    ImmutableList<Risk> risks = in.list(root, "risks", n -> risk(in, n));
    Map<CountryCode, CivicSpace> civic = new LinkedHashMap<>();
    in.optional(root, "civicSpace")
        .ifPresent(
            n -> {
              if (n.kind != Node.Kind.OBJECT) {
                throw in.error(n, "must be an object from country code to civic space");
              }
              for (Node v : n.fields.values()) {
                String code = v.pointer.substring(v.pointer.lastIndexOf('/') + 1);
                Node key =
                    new Node(Node.Kind.STRING, code, v.pointer, v.line, v.column, null, null);
                civic.put(in.country(key), in.constant(v, CivicSpace.values(), null));
              }
            });
    List<CountryCode> rated = List.copyOf(civic.keySet());
    Map<CountryCode, Provenance> civicFrom =
        provenances(
            in,
            root,
            "civicSpaceProvenance",
            k -> listed(in, k, in.country(k), rated, "civicSpace"));
    if (!risks.isEmpty() || !civic.isEmpty() || !civicFrom.isEmpty()) {
      b.risks(
          in.model(
              root,
              () ->
                  RiskRegister.builder()
                      .risks(risks)
                      .civicSpace(civic)
                      .civicSpaceProvenance(civicFrom)
                      .build()));
    }
    ImmutableList<PowerRelation> relations = in.list(root, "powerMap", n -> relation(in, n));
    if (!relations.isEmpty()) {
      b.powerMap(in.model(root, () -> PowerMap.builder().relations(relations).build()));
    }
    return in.model(root, b::build);
  }

  static Organization organization(In in, Node n) {
    in.object(n, "id", "name", "acronym", "type", "country", "affiliation", "levels", "countries");
    Organization.Builder b = Organization.builder();
    b.id(in.id(in.required(n, "id")));
    b.name(in.string(in.required(n, "name")));
    in.optional(n, "acronym").ifPresent(x -> b.acronym(in.string(x)));
    b.type(
        in.constant(
            in.required(n, "type"), OrganizationType.values(), OrganizationType::tryFromIatiCode));
    in.optional(n, "country").ifPresent(x -> b.homeCountry(in.country(x)));
    in.optional(n, "affiliation").ifPresent(x -> b.affiliation(in.string(x)));
    b.levels(in.list(n, "levels", x -> in.constant(x, OperatingLevel.values(), null)));
    b.countries(in.list(n, "countries", in::country));
    return in.model(n, b::build);
  }

  static Membership membership(In in, Node n) {
    in.object(n, "organization", "roles", "since", "involvedFromDesign", "provenance");
    Membership.Builder b = Membership.builder();
    b.organization(organization(in, in.required(n, "organization")));
    b.roles(in.list(n, "roles", x -> in.constant(x, Role.values(), null)));
    in.optional(n, "since").ifPresent(x -> b.startDate(in.date(x)));
    in.optional(n, "involvedFromDesign").ifPresent(x -> b.involvedFromDesign(in.bool(x)));
    b.provenance(provenance(in, n));
    return in.model(n, b::build);
  }

  static GoverningBody body(In in, Node n) {
    in.object(n, "name", "type", "rule", "seats");
    GoverningBody.Builder b = GoverningBody.builder();
    b.name(in.string(in.required(n, "name")));
    b.type(in.constant(in.required(n, "type"), BodyType.values(), null));
    b.rule(rule(in, in.required(n, "rule")));
    b.seats(
        in.list(
            n,
            "seats",
            x -> {
              in.object(x, "holder", "weight", "provenance");
              OrganizationId holder = in.id(in.required(x, "holder"));
              long weight =
                  in.optional(x, "weight").map(w -> in.integer(w, 0L, Long.MAX_VALUE)).orElse(1L);
              Optional<Provenance> from = provenance(in, x);
              return in.model(
                  x,
                  () ->
                      from.isPresent()
                          ? Seat.of(holder, weight, from.get())
                          : Seat.of(holder, weight));
            }));
    return in.model(n, b::build);
  }

  private static DecisionRight right(In in, Node n) {
    in.object(n, "decision", "area", "description", "body", "levels", "provenance");
    String name = in.string(in.required(n, "decision"));
    DecisionArea area = in.constant(in.required(n, "area"), DecisionArea.values(), null);
    Optional<String> description = in.optional(n, "description").map(in::string);
    Decision decision =
        in.model(
            n, () -> Decision.builder().name(name).area(area).description(description).build());
    Optional<String> body = in.optional(n, "body").map(in::string);
    Map<OrganizationId, ParticipationLevel> levels = new LinkedHashMap<>();
    for (Node x : in.list(n, "levels")) {
      in.object(x, "organization", "level");
      Node idNode = in.required(x, "organization");
      OrganizationId id = in.id(idNode);
      ParticipationLevel level =
          in.constant(
              in.required(x, "level"),
              ParticipationLevel.values(),
              s -> s <= 4 ? Optional.of(ParticipationLevel.of(s)) : Optional.empty());
      if (levels.put(id, level) != null) {
        throw in.error(idNode, "has a level already");
      }
    }
    Optional<Provenance> provenance = provenance(in, n);
    return in.model(
        n,
        () ->
            DecisionRight.builder()
                .decision(decision)
                .body(body)
                .levels(levels)
                .provenance(provenance)
                .build());
  }

  static DecisionRule rule(In in, Node n) {
    in.object(n, "kind", "threshold", "quota", "vetoHolders", "minimumMembers");
    Node kindNode = in.required(n, "kind");
    DecisionRule.Kind kind = in.constant(kindNode, DecisionRule.Kind.values(), null);
    Optional<Node> threshold = in.optional(n, "threshold");
    Optional<Node> quota = in.optional(n, "quota");
    if (threshold.isPresent() != (kind == DecisionRule.Kind.QUALIFIED_MAJORITY)) {
      throw threshold.isPresent()
          ? in.error(threshold.get(), "is only for a qualified-majority rule")
          : in.error(n, "needs a threshold such as 2/3 for a qualified-majority rule");
    }
    if (quota.isPresent() != (kind == DecisionRule.Kind.WEIGHTED_QUOTA)) {
      throw quota.isPresent()
          ? in.error(quota.get(), "is only for a weighted-quota rule")
          : in.error(n, "needs a quota for a weighted-quota rule");
    }
    DecisionRule rule;
    switch (kind) {
      case UNANIMITY:
        rule = DecisionRule.unanimity();
        break;
      case CONSENT:
        rule = DecisionRule.consent();
        break;
      case SIMPLE_MAJORITY:
        rule = DecisionRule.simpleMajority();
        break;
      case QUALIFIED_MAJORITY:
        {
          Node t = threshold.get();
          long[] nd = ratio(in, t);
          rule = in.model(t, () -> DecisionRule.qualifiedMajority(nd[0], nd[1]));
          break;
        }
      default:
        {
          long q = in.integer(quota.get(), 1L, Long.MAX_VALUE);
          rule = in.model(quota.get(), () -> DecisionRule.weightedQuota(q));
        }
    }
    ImmutableList<OrganizationId> vetoes = in.list(n, "vetoHolders", in::id);
    if (!vetoes.isEmpty()) {
      DecisionRule r = rule;
      rule = in.model(n, () -> r.withVetoHolders(vetoes.toArray(new OrganizationId[0])));
    }
    Optional<Node> minimum = in.optional(n, "minimumMembers");
    if (minimum.isPresent()) {
      DecisionRule r = rule;
      int members = in.integer(minimum.get(), 1, Integer.MAX_VALUE);
      rule = in.model(minimum.get(), () -> r.withMinimumMembers(members));
    }
    return rule;
  }

  private static long[] ratio(In in, Node n) {
    String text = in.string(n);
    if (!text.matches("[0-9]{1,18}/[0-9]{1,18}")) {
      throw in.error(n, "must be a fraction such as 2/3");
    }
    int slash = text.indexOf('/');
    return new long[] {
      Long.parseLong(text.substring(0, slash)), Long.parseLong(text.substring(slash + 1))
    };
  }

  static Fraction share(In in, Node n) {
    String text = in.string(n);
    if (!text.matches("[0-9]{1,30}(/[0-9]{1,30})?")) {
      throw in.error(n, "must be a fraction such as 1/10");
    }
    int slash = text.indexOf('/');
    BigInteger num = new BigInteger(slash < 0 ? text : text.substring(0, slash));
    BigInteger den = slash < 0 ? BigInteger.ONE : new BigInteger(text.substring(slash + 1));
    return in.model(n, () -> Fraction.of(num, den));
  }

  static FundingFlow flow(In in, Node n) {
    in.object(
        n,
        "provider",
        "recipient",
        "amount",
        "currency",
        "year",
        "date",
        "earmarking",
        "multiYear",
        "humanitarian",
        "source",
        "provenance");
    FundingFlow.Builder b = FundingFlow.builder();
    b.provider(in.id(in.required(n, "provider")));
    b.recipient(in.id(in.required(n, "recipient")));
    Node amount = in.required(n, "amount");
    if (amount.kind != Node.Kind.STRING && amount.kind != Node.Kind.NUMBER) {
      throw in.error(amount, "must be a decimal amount such as \"1250000.00\"");
    }
    Node currency = in.required(n, "currency");
    String code = in.string(currency);
    in.model(currency, () -> Money.currency(code));
    b.amount(in.model(amount, () -> Money.of(amount.text, code)));
    b.year(in.integer(in.required(n, "year"), 1900, 2200));
    in.optional(n, "date").ifPresent(x -> b.date(in.date(x)));
    in.optional(n, "earmarking")
        .ifPresent(x -> b.earmarking(in.constant(x, Earmarking.values(), Earmarking::fromCode)));
    in.optional(n, "multiYear").ifPresent(x -> b.multiYear(in.bool(x)));
    in.optional(n, "humanitarian").ifPresent(x -> b.humanitarian(in.bool(x)));
    in.optional(n, "source").ifPresent(x -> b.source(in.string(x)));
    b.provenance(provenance(in, n));
    return in.model(n, b::build);
  }

  private static ImmutableSet<OrganizationId> idSet(In in, Node object, String field) {
    return ImmutableSet.copyOf(in.list(in.required(object, field)).stream().map(in::id).iterator());
  }

  private static Practice practice(In in, Node n) {
    in.object(
        n,
        "sharedValues",
        "interests",
        "design",
        "learning",
        "feedbackLoops",
        "contextReviews",
        "budgetFlexibility",
        "powerArrangement",
        "civicSpace",
        "knownAbsent",
        "controls",
        "trusts",
        "controlProvenance",
        "trustProvenance");
    Practice.Builder b = Practice.builder();
    in.optional(n, "sharedValues").ifPresent(x -> b.sharedValues(sharedValues(in, x)));
    Map<OrganizationId, Facts.DeclaredInterest> interests = new LinkedHashMap<>();
    for (Node x : in.list(n, "interests")) {
      in.object(x, "organization", "interest", "knownToOthers", "provenance");
      Node idNode = in.required(x, "organization");
      OrganizationId id = in.id(idNode);
      String interest = in.string(in.required(x, "interest"));
      boolean known = in.bool(in.required(x, "knownToOthers"));
      if (interests.containsKey(id)) {
        throw in.error(idNode, "has a declared interest already");
      }
      var from = provenance(in, x);
      interests.put(id, in.model(x, () -> new Facts.DeclaredInterest(interest, known, from)));
    }
    b.interests(interests);
    in.optional(n, "design").ifPresent(x -> b.design(design(in, x)));
    b.learning(in.list(n, "learning", x -> learning(in, x)));
    b.feedbackLoops(in.list(n, "feedbackLoops", x -> feedbackLoop(in, x)));
    in.optional(n, "contextReviews")
        .ifPresent(
            x -> {
              in.object(x, "cadenceMonths", "last", "participants", "provenance");
              int c = cadence(in, in.required(x, "cadenceMonths"));
              var last = in.date(in.required(x, "last"));
              var ps = idSet(in, x, "participants");
              var from = provenance(in, x);
              b.contextReviews(in.model(x, () -> new Facts.ContextReviews(c, last, ps, from)));
            });
    in.optional(n, "budgetFlexibility")
        .ifPresent(x -> b.budgetFlexibility(budgetFlexibility(in, x)));
    in.optional(n, "powerArrangement")
        .ifPresent(
            x -> {
              in.object(x, "decidedBy", "decidedOn", "provenance");
              var by = idSet(in, x, "decidedBy");
              var on = in.date(in.required(x, "decidedOn"));
              var from = provenance(in, x);
              b.powerArrangement(in.model(x, () -> new Facts.PowerArrangement(by, on, from)));
            });
    in.optional(n, "civicSpace")
        .ifPresent(
            x -> {
              in.object(x, "description", "includesDigital", "provenance");
              String d = in.string(in.required(x, "description"));
              boolean digital = in.bool(in.required(x, "includesDigital"));
              var from = provenance(in, x);
              b.civicSpace(in.model(x, () -> new Facts.CivicSpaceStrategy(d, digital, from)));
            });
    b.knownAbsent(in.list(n, "knownAbsent", x -> in.constant(x, Topic.values(), null)));
    ImmutableList<ControlMechanism> controls =
        in.list(n, "controls", x -> in.constant(x, ControlMechanism.values(), null));
    ImmutableList<TrustMechanism> trusts =
        in.list(n, "trusts", x -> in.constant(x, TrustMechanism.values(), null));
    b.controls(controls);
    b.trusts(trusts);
    // the model drops the provenance of a mechanism not in use; a document that gives one is
    // refused instead, so nothing written is silently lost
    b.controlProvenance(
        provenances(
            in,
            n,
            "controlProvenance",
            k ->
                listed(
                    in, k, in.constant(k, ControlMechanism.values(), null), controls, "controls")));
    b.trustProvenance(
        provenances(
            in,
            n,
            "trustProvenance",
            k -> listed(in, k, in.constant(k, TrustMechanism.values(), null), trusts, "trusts")));
    return in.model(n, b::build);
  }

  /**
   * Reads a cadence in months: a whole number from 1 to {@code Integer.MAX_VALUE}, the model's own
   * range (a cadence has no upper bound in the model, so none is added here).
   */
  static int cadence(In in, Node n) {
    return in.integer(n, 1, Integer.MAX_VALUE);
  }

  static Facts.SharedValues sharedValues(In in, Node x) {
    in.object(x, "definedOn", "definedBy", "provenance");
    var definedOn = in.date(in.required(x, "definedOn"));
    var by = idSet(in, x, "definedBy");
    var from = provenance(in, x);
    return in.model(x, () -> new Facts.SharedValues(definedOn, by, from));
  }

  static Facts.ProgrammeDesign design(In in, Node x) {
    in.object(x, "theoryOfChangeBy", "plansBy", "strategyInformedBy", "provenance");
    var t = idSet(in, x, "theoryOfChangeBy");
    var p = idSet(in, x, "plansBy");
    var s = idSet(in, x, "strategyInformedBy");
    var from = provenance(in, x);
    return in.model(x, () -> new Facts.ProgrammeDesign(t, p, s, from));
  }

  static Facts.LearningPractice learning(In in, Node x) {
    in.object(x, "description", "reflectsOnValues", "cadenceMonths", "participants", "provenance");
    String d = in.string(in.required(x, "description"));
    boolean r = in.bool(in.required(x, "reflectsOnValues"));
    int c = cadence(in, in.required(x, "cadenceMonths"));
    var ps = idSet(in, x, "participants");
    var from = provenance(in, x);
    return in.model(x, () -> new Facts.LearningPractice(d, r, c, ps, from));
  }

  static Facts.FeedbackLoop feedbackLoop(In in, Node x) {
    in.object(x, "from", "to", "channel", "cadenceMonths", "actedOn", "provenance");
    var from = idSet(in, x, "from");
    OrganizationId to = in.id(in.required(x, "to"));
    String channel = in.string(in.required(x, "channel"));
    int c = cadence(in, in.required(x, "cadenceMonths"));
    Optional<String> acted = in.optional(x, "actedOn").map(in::string);
    var source = provenance(in, x);
    return in.model(x, () -> new Facts.FeedbackLoop(from, to, channel, c, acted, source));
  }

  static Facts.BudgetFlexibility budgetFlexibility(In in, Node x) {
    in.object(x, "movableShare", "whoMayMove", "threshold", "provenance");
    Fraction share = share(in, in.required(x, "movableShare"));
    var who = idSet(in, x, "whoMayMove");
    Optional<String> t = in.optional(x, "threshold").map(in::string);
    var from = provenance(in, x);
    return in.model(x, () -> new Facts.BudgetFlexibility(share, who, t, from));
  }

  /**
   * Returns {@code key} read from {@code k} if it is one of {@code listed}; a provenance is only
   * for a value the document lists.
   */
  private static <K> K listed(In in, Node k, K key, List<K> listed, String where) {
    if (!listed.contains(key)) {
      throw in.error(
          k,
          "has a provenance but is not in "
              + where
              + ", which lists "
              + listed.stream().map(x -> x instanceof Enum<?> e ? word(e) : x.toString()).toList());
    }
    return key;
  }

  static Risk risk(In in, Node n) {
    in.object(
        n,
        "id",
        "area",
        "description",
        "likelihood",
        "impact",
        "bearer",
        "owner",
        "mitigations",
        "origin",
        "provenance");
    Risk.Builder b = Risk.builder();
    b.id(in.string(in.required(n, "id")));
    b.area(in.constant(in.required(n, "area"), RiskArea.values(), null));
    b.description(in.string(in.required(n, "description")));
    b.likelihood(in.constant(in.required(n, "likelihood"), Likelihood.values(), null));
    b.impact(in.constant(in.required(n, "impact"), Impact.values(), null));
    b.bearer(in.id(in.required(n, "bearer")));
    in.optional(n, "owner").ifPresent(x -> b.owner(in.id(x)));
    b.mitigations(
        in.list(
            n,
            "mitigations",
            x -> {
              in.object(x, "description", "fundedBy");
              String d = in.string(in.required(x, "description"));
              Optional<OrganizationId> by = in.optional(x, "fundedBy").map(in::id);
              return in.model(x, () -> new Mitigation(d, by));
            }));
    in.optional(n, "origin").ifPresent(x -> b.origin(in.string(x)));
    b.provenance(provenance(in, n));
    return in.model(n, b::build);
  }

  private static PowerRelation relation(In in, Node n) {
    in.object(
        n,
        "holder",
        "overActor",
        "overIssue",
        "form",
        "space",
        "level",
        "expression",
        "source",
        "date",
        "confidence",
        "illustrative");
    PowerRelation.Builder b = PowerRelation.builder();
    b.holder(in.id(in.required(n, "holder")));
    in.optional(n, "overActor").ifPresent(x -> b.overActor(in.id(x)));
    in.optional(n, "overIssue").ifPresent(x -> b.overIssue(in.string(x)));
    b.form(in.constant(in.required(n, "form"), Dimensions.Form.values(), null));
    b.space(in.constant(in.required(n, "space"), Dimensions.Space.values(), null));
    b.level(in.constant(in.required(n, "level"), Dimensions.Level.values(), null));
    b.expression(in.constant(in.required(n, "expression"), Dimensions.Expression.values(), null));
    b.source(in.string(in.required(n, "source")));
    b.date(in.date(in.required(n, "date")));
    b.confidence(in.constant(in.required(n, "confidence"), Dimensions.Confidence.values(), null));
    in.optional(n, "illustrative").ifPresent(x -> b.illustrative(in.bool(x)));
    return in.model(n, b::build);
  }
}
