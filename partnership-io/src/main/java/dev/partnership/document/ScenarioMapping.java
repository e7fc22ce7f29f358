package dev.partnership.document;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.math.Fraction;
import dev.partnership.model.DecisionRightsOperators;
import dev.partnership.model.FundingOperators;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipOperator;
import dev.partnership.model.PartnershipOperators;
import dev.partnership.model.PracticeOperators;
import dev.partnership.model.RiskOperators;
import dev.partnership.model.Role;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Topic;
import dev.partnership.practice.TrustMechanism;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.scenario.Scenario;
import dev.partnership.scenario.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The scenario document: a start (an embedded partnership document) and dated, labelled steps whose
 * operators are written as data, {@code {op: reweight, body: ISG, holder: NL-KVK-1, weight: 2}}.
 *
 * <p>Operators are opaque values in the core (a name and arguments), so {@link #OPERATORS} maps
 * each operator name explicitly to its fields and its factory call. This table is our own mapping:
 * a field is named after the factory's parameter. An operator whose name or arguments have no entry
 * here cannot be written and says so.
 */
final class ScenarioMapping {
  private ScenarioMapping() {}

  static final String FORMAT = "scenario/1";

  /** How one argument is read from and written to a document. */
  private record Kind(
      String rule,
      Predicate<Object> accepts,
      BiFunction<In, Node, Object> read,
      Function<Object, Object> write) {}

  private static <E extends Enum<E>> Kind constant(Class<E> type) {
    E[] values = type.getEnumConstants();
    return new Kind(
        "one of " + Arrays.stream(values).map(In::word).reduce((a, b) -> a + ", " + b).orElse(""),
        type::isInstance,
        (in, n) -> in.constant(n, values, null),
        v -> In.word((Enum<?>) v));
  }

  private static final Kind TEXT =
      new Kind("a string", String.class::isInstance, (in, n) -> in.string(n), v -> v);
  private static final Kind ID =
      new Kind(
          "an organisation id",
          OrganizationId.class::isInstance,
          (in, n) -> in.id(n),
          v -> ((OrganizationId) v).value());
  private static final Kind BOOL =
      new Kind("true or false", Boolean.class::isInstance, (in, n) -> in.bool(n), v -> v);
  private static final Kind CADENCE =
      new Kind(
          "a whole number of months",
          Integer.class::isInstance,
          PartnershipMapping::cadence,
          v -> v);
  private static final Kind WEIGHT =
      new Kind(
          "a whole number",
          Long.class::isInstance,
          (in, n) -> in.integer(n, Long.MIN_VALUE, Long.MAX_VALUE),
          v -> v);
  private static final Kind IDS =
      new Kind(
          "a list of organisation ids",
          List.class::isInstance,
          (in, n) -> in.list(n).stream().map(in::id).collect(ImmutableList.toImmutableList()),
          v -> PartnershipMapping.ids(ids(v)));
  private static final Kind ID_SET =
      new Kind(
          "a list of organisation ids, each once",
          Set.class::isInstance,
          (in, n) -> {
            List<OrganizationId> ids = new ArrayList<>();
            for (Node x : in.list(n)) {
              OrganizationId id = in.id(x);
              if (ids.contains(id)) {
                throw in.error(x, "is listed twice; list each organisation once");
              }
              ids.add(id);
            }
            return ImmutableSet.copyOf(ids);
          },
          v -> PartnershipMapping.ids(ids(v)));
  private static final Kind SHARE =
      new Kind(
          "a fraction such as 1/10",
          Fraction.class::isInstance,
          PartnershipMapping::share,
          v -> PartnershipMapping.fraction((Fraction) v));
  private static final Kind DATE =
      new Kind(
          "an ISO 8601 date",
          LocalDate.class::isInstance,
          (in, n) -> in.date(n),
          v -> v.toString());
  private static final Kind COUNTRY =
      new Kind(
          "a country code",
          CountryCode.class::isInstance,
          (in, n) -> in.country(n),
          v -> ((CountryCode) v).code());
  private static final Kind RULE =
      new Kind(
          "a decision rule",
          DecisionRule.class::isInstance,
          PartnershipMapping::rule,
          v -> PartnershipMapping.rule((DecisionRule) v));
  private static final Kind BODY =
      new Kind(
          "a governing body",
          GoverningBody.class::isInstance,
          PartnershipMapping::body,
          v -> PartnershipMapping.body((GoverningBody) v));
  private static final Kind MEMBERSHIP =
      new Kind(
          "a membership",
          Membership.class::isInstance,
          PartnershipMapping::membership,
          v -> PartnershipMapping.membership((Membership) v));
  private static final Kind FLOW =
      new Kind(
          "a funding flow",
          FundingFlow.class::isInstance,
          PartnershipMapping::flow,
          v -> PartnershipMapping.flow((FundingFlow) v));
  private static final Kind RISK =
      new Kind(
          "a risk",
          Risk.class::isInstance,
          PartnershipMapping::risk,
          v -> PartnershipMapping.risk((Risk) v));
  private static final Kind SHARED_VALUES =
      new Kind(
          "shared values",
          Facts.SharedValues.class::isInstance,
          PartnershipMapping::sharedValues,
          v -> PartnershipMapping.sharedValues((Facts.SharedValues) v));
  private static final Kind DESIGN =
      new Kind(
          "a programme design",
          Facts.ProgrammeDesign.class::isInstance,
          PartnershipMapping::design,
          v -> PartnershipMapping.design((Facts.ProgrammeDesign) v));
  private static final Kind LEARNING =
      new Kind(
          "a learning practice",
          Facts.LearningPractice.class::isInstance,
          PartnershipMapping::learning,
          v -> PartnershipMapping.learning((Facts.LearningPractice) v));
  private static final Kind LOOP =
      new Kind(
          "a feedback loop",
          Facts.FeedbackLoop.class::isInstance,
          PartnershipMapping::feedbackLoop,
          v -> PartnershipMapping.feedbackLoop((Facts.FeedbackLoop) v));
  private static final Kind FLEXIBILITY =
      new Kind(
          "a budget flexibility",
          Facts.BudgetFlexibility.class::isInstance,
          PartnershipMapping::budgetFlexibility,
          v -> PartnershipMapping.budgetFlexibility((Facts.BudgetFlexibility) v));
  private static final Kind MITIGATION =
      new Kind(
          "a mitigation",
          Mitigation.class::isInstance,
          ScenarioMapping::mitigation,
          v -> {
            Mitigation m = (Mitigation) v;
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("description", m.description());
            m.fundedBy().ifPresent(f -> x.put("fundedBy", f.value()));
            return x;
          });

  /**
   * A decision: its listed name as a string, or (for an operator made with a {@code Decision}
   * value, which also works on a decision not yet listed) an object with its name, area and
   * description.
   */
  private static final Kind DECISION =
      new Kind(
          "a decision's name, or an object with name, area and description",
          v -> v instanceof String || v instanceof Decision,
          ScenarioMapping::decision,
          v -> {
            if (v instanceof String name) {
              return name;
            }
            Decision d = (Decision) v;
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", d.name());
            x.put("area", In.word(d.area()));
            d.description().ifPresent(t -> x.put("description", t));
            return x;
          });

  private static Object decision(In in, Node n) {
    if (n.kind == Node.Kind.STRING) {
      return n.text;
    }
    in.object(n, "name", "area", "description");
    String name = in.string(in.required(n, "name"));
    DecisionArea area = in.constant(in.required(n, "area"), DecisionArea.values(), null);
    Optional<String> description = in.optional(n, "description").map(in::string);
    return in.model(
        n, () -> Decision.builder().name(name).area(area).description(description).build());
  }

  private static Object mitigation(In in, Node n) {
    in.object(n, "description", "fundedBy");
    String description = in.string(in.required(n, "description"));
    return in.optional(n, "fundedBy")
        .map(f -> in.id(f))
        .map(f -> in.model(n, () -> Mitigation.fundedBy(description, f)))
        .orElseGet(() -> in.model(n, () -> Mitigation.unfunded(description)));
  }

  @SuppressWarnings("unchecked")
  private static List<OrganizationId> ids(Object v) {
    return ImmutableList.copyOf((Collection<OrganizationId>) v);
  }

  /** A field of an operator: its name in the document and its kind. */
  private record Field(String name, Kind kind) {}

  /** An operator's document form: its name, fields in the order of its arguments, its factory. */
  private record Op(
      String name, List<Field> fields, Function<List<Object>, PartnershipOperator> make) {
    boolean accepts(List<Object> arguments) {
      if (arguments.size() != fields.size()) {
        return false;
      }
      for (int i = 0; i < fields.size(); i++) {
        if (!fields.get(i).kind().accepts().test(arguments.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private static Field f(String name, Kind kind) {
    return new Field(name, kind);
  }

  private static OrganizationId id(List<Object> a, int i) {
    return (OrganizationId) a.get(i);
  }

  private static String text(List<Object> a, int i) {
    return (String) a.get(i);
  }

  /** Every operator that has a document form, by its name. */
  static final ImmutableMap<String, Op> OPERATORS = table();

  private static ImmutableMap<String, Op> table() {
    Kind role = constant(Role.class);
    Kind level = constant(ParticipationLevel.class);
    Kind control = constant(ControlMechanism.class);
    Kind trust = constant(TrustMechanism.class);
    List<Op> ops =
        List.of(
            // PartnershipOperators
            new Op(
                "admit",
                List.of(f("membership", MEMBERSHIP)),
                a -> PartnershipOperators.admit((Membership) a.get(0))),
            new Op("leave", List.of(f("member", ID)), a -> PartnershipOperators.leave(id(a, 0))),
            new Op(
                "assignRole",
                List.of(f("member", ID), f("role", role)),
                a -> PartnershipOperators.assignRole(id(a, 0), (Role) a.get(1))),
            new Op(
                "revokeRole",
                List.of(f("member", ID), f("role", role)),
                a -> PartnershipOperators.revokeRole(id(a, 0), (Role) a.get(1))),
            new Op(
                "hostSecretariat",
                List.of(f("member", ID)),
                a -> PartnershipOperators.hostSecretariat(id(a, 0))),
            new Op(
                "moveSecretariat",
                List.of(f("from", ID), f("to", ID)),
                a -> PartnershipOperators.moveSecretariat(id(a, 0), id(a, 1))),
            // GovernanceOperators
            new Op(
                "establish",
                List.of(f("body", BODY)),
                a -> GovernanceOperators.establish((GoverningBody) a.get(0))),
            new Op(
                "dissolve",
                List.of(f("body", TEXT)),
                a -> GovernanceOperators.dissolve(text(a, 0))),
            new Op(
                "seat",
                List.of(f("body", TEXT), f("holder", ID), f("weight", WEIGHT)),
                a -> GovernanceOperators.seat(text(a, 0), id(a, 1), (Long) a.get(2))),
            new Op(
                "unseat",
                List.of(f("body", TEXT), f("holder", ID)),
                a -> GovernanceOperators.unseat(text(a, 0), id(a, 1))),
            new Op(
                "reweight",
                List.of(f("body", TEXT), f("holder", ID), f("weight", WEIGHT)),
                a -> GovernanceOperators.reweight(text(a, 0), id(a, 1), (Long) a.get(2))),
            new Op(
                "changeRule",
                List.of(f("body", TEXT), f("rule", RULE)),
                a -> GovernanceOperators.changeRule(text(a, 0), (DecisionRule) a.get(1))),
            new Op(
                "grantVeto",
                List.of(f("body", TEXT), f("holder", ID)),
                a -> GovernanceOperators.grantVeto(text(a, 0), id(a, 1))),
            new Op(
                "revokeVeto",
                List.of(f("body", TEXT), f("holder", ID)),
                a -> GovernanceOperators.revokeVeto(text(a, 0), id(a, 1))),
            // FundingOperators
            new Op(
                "addFlow",
                List.of(f("flow", FLOW)),
                a -> FundingOperators.addFlow((FundingFlow) a.get(0))),
            new Op(
                "removeFlow",
                List.of(f("flow", FLOW)),
                a -> FundingOperators.removeFlow((FundingFlow) a.get(0))),
            new Op(
                "redirectFunding",
                List.of(f("provider", ID), f("from", ID), f("to", ID)),
                a -> FundingOperators.redirectFunding(id(a, 0), id(a, 1), id(a, 2))),
            new Op(
                "changeEarmarking",
                List.of(
                    f("provider", ID),
                    f("recipient", ID),
                    f("earmarking", constant(Earmarking.class))),
                a -> FundingOperators.changeEarmarking(id(a, 0), id(a, 1), (Earmarking) a.get(2))),
            // DecisionRightsOperators
            new Op(
                "delegate",
                List.of(f("decision", DECISION), f("members", IDS), f("level", level)),
                a ->
                    a.get(0) instanceof Decision d
                        ? DecisionRightsOperators.delegate(
                            d, ids(a.get(1)), (ParticipationLevel) a.get(2))
                        : DecisionRightsOperators.delegate(
                            text(a, 0), ids(a.get(1)), (ParticipationLevel) a.get(2))),
            new Op(
                "reserve",
                List.of(f("decision", DECISION), f("member", ID)),
                a ->
                    a.get(0) instanceof Decision d
                        ? DecisionRightsOperators.reserve(d, id(a, 1))
                        : DecisionRightsOperators.reserve(text(a, 0), id(a, 1))),
            new Op(
                "assignToBody",
                List.of(f("decision", DECISION), f("body", TEXT)),
                a ->
                    a.get(0) instanceof Decision d
                        ? DecisionRightsOperators.assignToBody(d, text(a, 1))
                        : DecisionRightsOperators.assignToBody(text(a, 0), text(a, 1))),
            new Op(
                "unassign",
                List.of(f("decision", TEXT)),
                a -> DecisionRightsOperators.unassign(text(a, 0))),
            new Op(
                "removeLevel",
                List.of(f("decision", TEXT), f("member", ID)),
                a -> DecisionRightsOperators.removeLevel(text(a, 0), id(a, 1))),
            new Op(
                "revokeDecision",
                List.of(f("decision", TEXT)),
                a -> DecisionRightsOperators.revokeDecision(text(a, 0))),
            // PracticeOperators: a whole fact is written as the partnership document writes it
            new Op(
                "defineSharedValues",
                List.of(f("values", SHARED_VALUES)),
                a -> PracticeOperators.defineSharedValues((Facts.SharedValues) a.get(0))),
            new Op(
                "declareInterest",
                List.of(f("member", ID), f("interest", TEXT), f("knownToOthers", BOOL)),
                a -> PracticeOperators.declareInterest(id(a, 0), text(a, 1), (Boolean) a.get(2))),
            new Op(
                "setProgrammeDesign",
                List.of(f("design", DESIGN)),
                a -> PracticeOperators.setProgrammeDesign((Facts.ProgrammeDesign) a.get(0))),
            new Op(
                "recordPowerArrangement",
                List.of(f("decidedOn", DATE), f("decidedBy", ID_SET)),
                a ->
                    PracticeOperators.recordPowerArrangement(
                        (LocalDate) a.get(0), ids(a.get(1)).toArray(OrganizationId[]::new))),
            new Op(
                "setCivicSpaceStrategy",
                List.of(f("description", TEXT), f("includesDigital", BOOL)),
                a -> PracticeOperators.setCivicSpaceStrategy(text(a, 0), (Boolean) a.get(1))),
            new Op(
                "addLearning",
                List.of(f("learning", LEARNING)),
                a -> PracticeOperators.addLearning((Facts.LearningPractice) a.get(0))),
            new Op(
                "addFeedbackLoop",
                List.of(f("loop", LOOP)),
                a -> PracticeOperators.addFeedbackLoop((Facts.FeedbackLoop) a.get(0))),
            new Op(
                "removeFeedbackLoop",
                List.of(f("loop", LOOP)),
                a -> PracticeOperators.removeFeedbackLoop((Facts.FeedbackLoop) a.get(0))),
            new Op(
                "setContextReviews",
                List.of(f("cadenceMonths", CADENCE), f("last", DATE), f("participants", ID_SET)),
                a ->
                    PracticeOperators.setContextReviews(
                        (Integer) a.get(0),
                        (LocalDate) a.get(1),
                        ids(a.get(2)).toArray(OrganizationId[]::new))),
            new Op(
                "setBudgetFlexibility",
                List.of(f("flexibility", FLEXIBILITY)),
                a -> PracticeOperators.setBudgetFlexibility((Facts.BudgetFlexibility) a.get(0))),
            new Op(
                "withdrawInterest",
                List.of(f("member", ID)),
                a -> PracticeOperators.withdrawInterest(id(a, 0))),
            new Op(
                "removeLearning",
                List.of(f("description", TEXT)),
                a -> PracticeOperators.removeLearning(text(a, 0))),
            new Op(
                "reviewContext",
                List.of(f("on", DATE), f("participants", ID_SET)),
                a ->
                    PracticeOperators.reviewContext(
                        (LocalDate) a.get(0), ids(a.get(1)).toArray(OrganizationId[]::new))),
            new Op(
                "addFlexibleBudgetLine",
                List.of(f("share", SHARE), f("whoMayMove", ID_SET)),
                a ->
                    PracticeOperators.addFlexibleBudgetLine(
                        (Fraction) a.get(0), ids(a.get(1)).toArray(OrganizationId[]::new))),
            new Op(
                "addControl",
                List.of(f("control", control)),
                a -> PracticeOperators.addControl((ControlMechanism) a.get(0))),
            new Op(
                "removeControl",
                List.of(f("control", control)),
                a -> PracticeOperators.removeControl((ControlMechanism) a.get(0))),
            new Op(
                "addTrust",
                List.of(f("trust", trust)),
                a -> PracticeOperators.addTrust((TrustMechanism) a.get(0))),
            new Op(
                "removeTrust",
                List.of(f("trust", trust)),
                a -> PracticeOperators.removeTrust((TrustMechanism) a.get(0))),
            new Op(
                "replaceControl",
                List.of(f("control", control), f("trust", trust)),
                a ->
                    PracticeOperators.replaceControl(
                        (ControlMechanism) a.get(0), (TrustMechanism) a.get(1))),
            new Op(
                "forget",
                List.of(f("topic", constant(Topic.class))),
                a -> PracticeOperators.forget((Topic) a.get(0))),
            new Op(
                "markAbsent",
                List.of(f("topic", constant(Topic.class))),
                a -> PracticeOperators.markAbsent((Topic) a.get(0))),
            // RiskOperators
            new Op(
                "addRisk", List.of(f("risk", RISK)), a -> RiskOperators.addRisk((Risk) a.get(0))),
            new Op(
                "removeRisk", List.of(f("risk", TEXT)), a -> RiskOperators.removeRisk(text(a, 0))),
            new Op(
                "reassess",
                List.of(
                    f("risk", TEXT),
                    f("likelihood", constant(Likelihood.class)),
                    f("impact", constant(Impact.class))),
                a -> RiskOperators.reassess(text(a, 0), (Likelihood) a.get(1), (Impact) a.get(2))),
            new Op(
                "mitigate",
                List.of(f("risk", TEXT), f("mitigation", MITIGATION)),
                a -> RiskOperators.mitigate(text(a, 0), (Mitigation) a.get(1))),
            new Op(
                "fundMitigation",
                List.of(f("risk", TEXT), f("mitigation", TEXT), f("funder", ID)),
                a -> RiskOperators.fundMitigation(text(a, 0), text(a, 1), id(a, 2))),
            new Op(
                "removeMitigation",
                List.of(f("risk", TEXT), f("mitigation", TEXT)),
                a -> RiskOperators.removeMitigation(text(a, 0), text(a, 1))),
            new Op(
                "changeOwner",
                List.of(f("risk", TEXT), f("owner", ID)),
                a -> RiskOperators.changeOwner(text(a, 0), id(a, 1))),
            new Op(
                "rateCivicSpace",
                List.of(f("country", COUNTRY), f("rating", constant(CivicSpace.class))),
                a -> RiskOperators.rateCivicSpace((CountryCode) a.get(0), (CivicSpace) a.get(1))),
            new Op(
                "removeCivicSpaceRating",
                List.of(f("country", COUNTRY)),
                a -> RiskOperators.removeCivicSpaceRating((CountryCode) a.get(0))));
    ImmutableMap.Builder<String, Op> b = ImmutableMap.builder();
    ops.forEach(o -> b.put(o.name(), o));
    return b.buildOrThrow();
  }

  // ---- writing -------------------------------------------------------------------------------

  static Map<String, Object> write(Scenario s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("start", PartnershipMapping.write(s.start()));
    List<Object> steps = new ArrayList<>();
    for (int i = 0; i < s.steps().size(); i++) {
      Step st = s.steps().get(i);
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("date", st.dateText());
      x.put("label", st.label());
      List<Object> ops = new ArrayList<>();
      for (PartnershipOperator op : st.operators()) {
        ops.add(operator(op, i));
      }
      x.put("operators", ops);
      steps.add(x);
    }
    m.put("steps", steps);
    return m;
  }

  /** Returns whether {@code op} can be written: its name and arguments have a document form. */
  static boolean hasDocumentForm(PartnershipOperator op) {
    Op form = OPERATORS.get(op.name());
    return form != null && form.accepts(op.arguments());
  }

  /**
   * Returns {@code op} as data.
   *
   * @throws IllegalArgumentException if the operator has no document form
   */
  static Map<String, Object> operator(PartnershipOperator op, int step) {
    Op form = OPERATORS.get(op.name());
    List<Object> args = op.arguments();
    if (form == null || !form.accepts(args)) {
      throw new IllegalArgumentException(
          "steps["
              + step
              + "] operator ("
              + op
              + ") has no document form: "
              + (form == null
                  ? "scenario/1 does not know " + op.name()
                  : "scenario/1 writes "
                      + op.name()
                      + " only with "
                      + form.fields().stream()
                          .map(x -> x.name() + " as " + x.kind().rule())
                          .reduce((a, b) -> a + ", " + b)
                          .orElse("no fields")));
    }
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("op", op.name());
    for (int i = 0; i < args.size(); i++) {
      Field field = form.fields().get(i);
      x.put(field.name(), field.kind().write().apply(args.get(i)));
    }
    return x;
  }

  // ---- reading -------------------------------------------------------------------------------

  static Scenario read(In in, Node root) {
    in.object(root, "format", "start", "steps");
    Node start = in.required(root, "start");
    PartnershipDocuments.checkFormat(in, start, PartnershipMapping.FORMAT);
    Partnership p = PartnershipMapping.read(in, start);
    List<Step> steps = new ArrayList<>();
    for (Node n : in.list(in.required(root, "steps"))) {
      Step step = step(in, n);
      if (!steps.isEmpty()) {
        Step last = steps.get(steps.size() - 1);
        if (step.date().isBefore(last.date())) {
          throw in.error(
              n.fields.get("date"),
              "must not come before the date of the step before it (" + last.dateText() + ")");
        }
      }
      steps.add(step);
    }
    // Scenario.of copies the steps once (then(..) would copy them per step: quadratic)
    return Scenario.of(p, steps);
  }

  private static Step step(In in, Node n) {
    in.object(n, "date", "label", "operators");
    Node date = in.required(n, "date");
    String dateText = in.string(date);
    Node labelNode = in.required(n, "label");
    String label = in.string(labelNode);
    if (label.isBlank()) {
      throw in.error(labelNode, "must not be blank");
    }
    Node operators = in.required(n, "operators");
    List<PartnershipOperator> ops = new ArrayList<>();
    for (Node o : in.list(operators)) {
      ops.add(operator(in, o));
    }
    if (ops.isEmpty()) {
      throw in.error(operators, "must list at least one operator");
    }
    PartnershipOperator[] array = ops.toArray(PartnershipOperator[]::new);
    return in.model(date, () -> Step.of(dateText, label, array));
  }

  static PartnershipOperator operator(In in, Node n) {
    if (n.kind != Node.Kind.OBJECT) {
      throw in.error(n, "must be an operator object such as {op: leave, member: NL-KVK-1}");
    }
    Node opNode = in.required(n, "op");
    String name = in.string(opNode);
    Op form = OPERATORS.get(name);
    if (form == null) {
      String nearest =
          OPERATORS.keySet().stream()
              .min(
                  Comparator.comparingInt(
                      (String k) ->
                          Texts.distance(
                              name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT))))
              .orElseThrow();
      throw in.error(opNode, "is not a known operator; did you mean " + nearest + "?");
    }
    String[] known = new String[form.fields().size() + 1];
    known[0] = "op";
    for (int i = 0; i < form.fields().size(); i++) {
      known[i + 1] = form.fields().get(i).name();
    }
    in.object(n, known);
    List<Object> args = new ArrayList<>();
    for (Field field : form.fields()) {
      args.add(field.kind().read().apply(in, in.required(n, field.name())));
    }
    return in.model(n, () -> form.make().apply(args));
  }
}
