package dev.partnership.document;

import static dev.partnership.document.In.word;
import static dev.partnership.document.PartnershipMapping.codes;
import static dev.partnership.document.PartnershipMapping.putList;

import dev.partnership.actors.OrganizationId;
import dev.partnership.participation.Action;
import dev.partnership.participation.Agreement;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.participation.Purpose;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The PAT session document (the Partos Power Awareness Tool's scoring of one session). */
final class AssessmentMapping {
  private AssessmentMapping() {}

  static final String FORMAT = "pat-session/1";

  static Map<String, Object> write(Assessment a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("context", a.context());
    m.put("purpose", word(a.purpose()));
    putList(m, "countries", codes(a.countries()));
    m.put("date", a.date().toString());
    a.partnershipId().ifPresent(p -> m.put("partnership", p));
    List<Object> orgs = new ArrayList<>();
    a.organizations().forEach(o -> orgs.add(PartnershipMapping.organization(o)));
    putList(m, "organizations", orgs);
    List<Object> decisions = new ArrayList<>();
    for (Decision d : a.decisions()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("name", d.name());
      x.put("area", word(d.area()));
      d.description().ifPresent(t -> x.put("description", t));
      decisions.add(x);
    }
    putList(m, "decisions", decisions);
    putList(m, "actual", levels(a.actual()));
    List<Object> notScored = new ArrayList<>();
    a.notScored().forEach(c -> notScored.add(cell(c)));
    putList(m, "notScored", notScored);
    List<Object> agreement = new ArrayList<>();
    a.agreement()
        .forEach(
            (d, g) -> {
              Map<String, Object> x = new LinkedHashMap<>();
              x.put("decision", d);
              x.put("agreement", word(g));
              agreement.add(x);
            });
    putList(m, "agreement", agreement);
    putList(m, "desired", levels(a.desired()));
    List<Object> actions = new ArrayList<>();
    for (Action x : a.actions()) {
      Map<String, Object> y = new LinkedHashMap<>();
      y.put("what", x.what());
      y.put("decision", x.decision());
      y.put("who", x.who().value());
      x.byWhen().ifPresent(d -> y.put("byWhen", d.toString()));
      actions.add(y);
    }
    putList(m, "actions", actions);
    putList(m, "comments", new ArrayList<Object>(a.comments()));
    a.summary().ifPresent(s -> m.put("summary", s));
    m.put("derived", a.derived());
    return m;
  }

  private static Map<String, Object> cell(Cell c) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("decision", c.decision());
    x.put("organization", c.organization().value());
    return x;
  }

  private static List<Object> levels(Map<Cell, ParticipationLevel> levels) {
    List<Object> out = new ArrayList<>();
    levels.forEach(
        (c, l) -> {
          Map<String, Object> x = cell(c);
          x.put("level", word(l));
          out.add(x);
        });
    return out;
  }

  static Assessment read(In in, Node root) {
    in.object(
        root,
        "format",
        "context",
        "purpose",
        "countries",
        "date",
        "partnership",
        "organizations",
        "decisions",
        "actual",
        "notScored",
        "agreement",
        "desired",
        "actions",
        "comments",
        "summary",
        "derived");
    Assessment.Builder b = Assessment.builder();
    b.context(in.string(in.required(root, "context")));
    b.purpose(in.constant(in.required(root, "purpose"), Purpose.values(), null));
    b.countries(in.list(root, "countries", in::country));
    b.date(in.date(in.required(root, "date")));
    in.optional(root, "partnership").ifPresent(x -> b.partnershipId(in.string(x)));
    var organizations = in.list(root, "organizations", x -> PartnershipMapping.organization(in, x));
    b.organizations(organizations);
    Set<OrganizationId> ids = new HashSet<>();
    organizations.forEach(o -> ids.add(o.id()));
    Set<String> names = new HashSet<>();
    var decisions =
        in.list(
            root,
            "decisions",
            x -> {
              in.object(x, "name", "area", "description");
              String name = in.string(in.required(x, "name"));
              DecisionArea area = in.constant(in.required(x, "area"), DecisionArea.values(), null);
              Optional<String> d = in.optional(x, "description").map(in::string);
              return in.model(
                  x, () -> Decision.builder().name(name).area(area).description(d).build());
            });
    b.decisions(decisions);
    decisions.forEach(d -> names.add(d.name()));
    Function<Node, Cell> cell =
        x -> {
          Node d = in.required(x, "decision");
          listed(in, d, names, "decision");
          Node o = in.required(x, "organization");
          if (!ids.contains(in.id(o))) {
            throw in.error(o, "must name a listed organization");
          }
          return cell(in, x);
        };
    b.actual(levels(in, root, "actual", cell));
    b.notScored(
        in.list(
            root,
            "notScored",
            x -> {
              in.object(x, "decision", "organization");
              return cell.apply(x);
            }));
    Map<String, Agreement> agreement = new LinkedHashMap<>();
    for (Node x : in.list(root, "agreement")) {
      in.object(x, "decision", "agreement");
      Node d = in.required(x, "decision");
      String decision = listed(in, d, names, "decision");
      Agreement g = in.constant(in.required(x, "agreement"), Agreement.values(), null);
      if (agreement.put(decision, g) != null) {
        throw in.error(d, "has an agreement already");
      }
    }
    b.agreement(agreement);
    b.desired(levels(in, root, "desired", cell));
    b.actions(
        in.list(
            root,
            "actions",
            x -> {
              in.object(x, "what", "decision", "who", "byWhen");
              String what = in.string(in.required(x, "what"));
              String decision = listed(in, in.required(x, "decision"), names, "decision");
              Node whoNode = in.required(x, "who");
              OrganizationId who = in.id(whoNode);
              if (!ids.contains(who)) {
                throw in.error(whoNode, "must name a listed organization");
              }
              var by = in.optional(x, "byWhen").map(in::date);
              return in.model(
                  x,
                  () -> Action.builder().what(what).decision(decision).who(who).byWhen(by).build());
            }));
    b.comments(in.list(root, "comments", in::string));
    in.optional(root, "summary").ifPresent(x -> b.summary(in.string(x)));
    in.optional(root, "derived").ifPresent(x -> b.derived(in.bool(x)));
    return in.model(root, b::build);
  }

  private static Cell cell(In in, Node x) {
    String decision = in.string(in.required(x, "decision"));
    OrganizationId org = in.id(in.required(x, "organization"));
    return in.model(x, () -> Cell.of(decision, org));
  }

  private static String listed(In in, Node n, Set<String> names, String what) {
    String name = in.string(n);
    if (!names.contains(name)) {
      throw in.error(n, "must name a listed " + what);
    }
    return name;
  }

  private static Map<Cell, ParticipationLevel> levels(
      In in, Node root, String field, Function<Node, Cell> read) {
    Map<Cell, ParticipationLevel> out = new LinkedHashMap<>();
    for (Node x : in.list(root, field)) {
      in.object(x, "decision", "organization", "level");
      Cell c = read.apply(x);
      ParticipationLevel level =
          in.constant(
              in.required(x, "level"),
              ParticipationLevel.values(),
              s -> s <= 4 ? Optional.of(ParticipationLevel.of(s)) : Optional.empty());
      if (out.put(c, level) != null) {
        throw in.error(x, "scores a cell already scored");
      }
    }
    return out;
  }
}
