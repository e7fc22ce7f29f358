package dev.partnership.report;

import static dev.partnership.report.Table.column;
import static dev.partnership.report.Table.data;

import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.model.DecisionRightsQueries;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.rights.DecisionRight;
import dev.partnership.rights.LevelComparison;
import dev.partnership.rights.RightsComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The decision-rights section of one partnership: who formally decides what (the decision, its
 * area, the body that takes it, each member's level on the PAT ladder) and, with a PAT session, the
 * session's actual levels set against the formal ones ({@link DecisionRightsQueries#compareWith}).
 */
final class RightsSection {
  private RightsSection() {}

  /** Returns the section's template context; its tables go into {@code tables}. */
  static Map<String, Object> of(
      Partnership p, Assessment session, String anchor, List<Table> tables) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("anchor", anchor);
    Table rights = rights(p);
    tables.add(rights);
    m.put("table", rights.context());
    m.put("hasSession", session != null);
    if (session != null) {
      try {
        RightsComparison c = p.query(DecisionRightsQueries.compareWith(session));
        Table t = comparison(p, c);
        tables.add(t);
        m.put("comparison", t.context());
        m.put("summary", summary(c, session));
      } catch (IllegalArgumentException | IllegalStateException e) {
        m.put(
            "refusal", "The session was not compared with the decision rights: " + e.getMessage());
      }
    }
    return m;
  }

  /** One row per decision and member level; a decision without levels has one row of its own. */
  static Table rights(Partnership p) {
    Table t =
        new Table(
            "decision_rights",
            "Decision rights: who formally decides what",
            List.of(
                Table.PARTNERSHIP,
                column("Decision", "decision", "text", "", "the decision"),
                column("Area", "area", "text", "", "the decision's area, in words"),
                column(
                    "Taken by",
                    "body",
                    "text",
                    "",
                    "the governing body that takes the decision, empty when none is recorded"),
                column(
                    "Member",
                    "member",
                    "text",
                    "",
                    "the member given a level, empty when the decision records none"),
                data("member_id", "text", "", "the member's identifier"),
                column(
                    "Level",
                    "level_label",
                    "text",
                    "",
                    "the member's level on the PAT ladder in words (0 not informed to 4 decides)"),
                data("level", "integer", "PAT level 0-4", "the member's level; empty when none"),
                column(
                    "Source",
                    "source",
                    "text",
                    "",
                    "where the right comes from (marked illustrative when made up), empty when"
                        + " not recorded")));
    for (DecisionRight r : p.decisionRights().rights()) {
      String area = Labels.words(r.area());
      String body = r.body().orElse("");
      String source = r.provenance().map(Provenance::toString).orElse("");
      if (r.levels().isEmpty()) {
        t.add(
            List.of(r.name(), area, body.isEmpty() ? "no body recorded" : body, "", "", source),
            List.of(p.name(), r.name(), area, body, "", "", "", "", source));
      }
      for (Map.Entry<OrganizationId, ParticipationLevel> e : r.levels().entrySet()) {
        String member = Labels.name(p, e.getKey());
        String level = Labels.level(e.getValue());
        t.add(
            List.of(
                r.name(), area, body.isEmpty() ? "no body recorded" : body, member, level, source),
            List.of(
                p.name(),
                r.name(),
                area,
                body,
                member,
                e.getKey().value(),
                level,
                Integer.toString(e.getValue().score()),
                source));
      }
    }
    return t;
  }

  /** One row per compared cell: the session's level, the formal level and the gap. */
  static Table comparison(Partnership p, RightsComparison c) {
    Table t =
        new Table(
            "rights_versus_session",
            "Formal decision rights against the PAT session",
            List.of(
                Table.PARTNERSHIP,
                column("Decision", "decision", "text", "", "the decision"),
                column("Member", "member", "text", "", "the member"),
                column(
                    "In the session",
                    "session_label",
                    "text",
                    "",
                    "the level the session scored, in words; not scored when empty"),
                data("session", "integer", "PAT level 0-4", "the same as a number, empty if none"),
                column(
                    "Formally",
                    "formal_label",
                    "text",
                    "",
                    "the level the decision rights give (recorded, or from a seat on the deciding"
                        + " body), in words"),
                data("formal", "integer", "PAT level 0-4", "the same as a number, empty if none"),
                column(
                    "Gap",
                    "gap",
                    "text",
                    "",
                    "how far practice is from the formal rights; empty when equal or not"
                        + " comparable"),
                data(
                    "steps",
                    "integer",
                    "PAT levels",
                    "session minus formal level: negative when practice gives less say")));
    for (LevelComparison l : c.cells()) {
      String member = Labels.name(p, l.cell().organization());
      String gap = gap(l);
      t.add(
          List.of(
              l.cell().decision(),
              member,
              Labels.level(l.session(), "not scored"),
              Labels.level(l.formal(), "not recorded"),
              gap),
          List.of(
              p.name(),
              l.cell().decision(),
              member,
              Labels.level(l.session(), ""),
              l.session().map(x -> Integer.toString(x.score())).orElse(""),
              Labels.level(l.formal(), ""),
              l.formal().map(x -> Integer.toString(x.score())).orElse(""),
              gap,
              l.steps().map(Object::toString).orElse("")));
    }
    return t;
  }

  /** Returns e.g. {@code "gap: 2 steps less say in practice"}, or empty when there is none. */
  static String gap(LevelComparison l) {
    if (!l.differs()) {
      return "";
    }
    int s = l.steps().orElseThrow();
    return "gap: "
        + Math.abs(s)
        + (Math.abs(s) == 1 ? " step " : " steps ")
        + (s < 0 ? "less" : "more")
        + " say in practice";
  }

  /** Returns the comparison in one paragraph, with names. */
  static String summary(RightsComparison c, Assessment session) {
    List<String> parts = new ArrayList<>();
    parts.add(
        c.differences().size()
            + " of "
            + c.comparable()
            + " comparable cells differ between the session and the formal rights");
    if (!c.onlyInSession().isEmpty()) {
      parts.add("only in the session: " + String.join(", ", c.onlyInSession()));
    }
    if (!c.onlyInRights().isEmpty()) {
      parts.add("only in the decision rights: " + String.join(", ", c.onlyInRights()));
    }
    if (!c.notMembers().isEmpty()) {
      parts.add(
          "in the session but not members: "
              + c.notMembers().stream()
                  .map(id -> session.organization(id).map(o -> o.shortName()).orElse(id.value()))
                  .collect(Collectors.joining(", ")));
    }
    return String.join("; ", parts);
  }

  /** Returns the levels a member is formally given, for the questions. */
  static Optional<String> levelsOf(Partnership p, OrganizationId id) {
    List<String> out = new ArrayList<>();
    for (DecisionRight r : p.decisionRights().rights()) {
      r.levelOf(id).ifPresent(l -> out.add(r.name() + " " + Labels.level(l)));
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", out));
  }
}
