package dev.partnership.examples;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.model.DecisionRightsQueries;
import dev.partnership.model.ParticipationQueries;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.ExclusiveDecision;
import dev.partnership.report.AssessmentReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recreates a Power Awareness Tool session of Count Me In! and prints its report with organisations
 * by name. The organisations are five of the consortium's members as {@link Alliances#countMeIn()}
 * has them (Mama Cash as lead, JASS, CREA, Urgent Action Fund, WO=MEN as lobby partner) and the
 * decisions four of its decision rights; the <strong>scores are illustrative</strong>, not the
 * consortium's own.
 *
 * <p>Run it with {@code mvn -q -pl partnership-examples -am test-compile exec:java
 * -Dexec.mainClass=dev.partnership.examples.PatSessionExample}.
 */
public final class PatSessionExample {
  private PatSessionExample() {}

  /**
   * Returns Count Me In! as a partnership: {@link Alliances#countMeIn()}, whose members the
   * session's organisations are.
   */
  public static Partnership countMeIn() {
    return Alliances.countMeIn();
  }

  /**
   * Returns the illustrative session, read from its document ({@link Alliances#countMeInSession()},
   * {@code count-me-in-session.yaml}): four of Count Me In!'s decisions (strategy and advocacy
   * priorities, the consortium budget, grants to local groups, reporting to the ministry) scored
   * for five of its members.
   */
  public static Assessment session() {
    return Alliances.countMeInSession();
  }

  /**
   * Prints the session's report with organisations by name, the check that its organisations are
   * members, the decisions where the lead decides alone while local partners are informed or
   * excluded, and the session set against the partnership's decision rights.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(countMeIn(), session(), System.out);
  }

  static void print(Partnership p, Assessment a, PrintStream out) {
    Function<OrganizationId, String> name = id -> shortName(p, a, id);
    out.print(withNames(AssessmentReport.markdown(a), p, a, name));
    out.println();
    out.println("## Checks against the partnership");
    out.println();
    var problems = p.query(ParticipationQueries.problemsWith(a));
    out.println(
        problems.isEmpty()
            ? "- The session fits " + p.name() + ": all its organisations are members."
            : "- " + String.join("; ", problems));
    var alone = p.query(ParticipationQueries.funderOrLeadDecidesAlone(a));
    if (alone.isEmpty()) {
      out.println(
          "- No decision where the funder or lead decides alone while local or national partners"
              + " are informed or excluded.");
    }
    for (ExclusiveDecision e : alone) {
      out.println(
          "- "
              + e.decision()
              + ": "
              + name.apply(e.decider())
              + " decides alone; local/national partners "
              + e.sidelined().stream().map(name).collect(Collectors.joining(", "))
              + " are informed or excluded");
    }
    if (problems.isEmpty()) {
      out.println();
      out.println("## The session against the decision rights (formal levels)");
      out.println();
      out.println(p.query(DecisionRightsQueries.compareWith(a)).text(name));
    }
  }

  /**
   * Returns the short name of {@code id}: the member's, else the session organisation's, else the
   * identifier.
   */
  static String shortName(Partnership p, Assessment a, OrganizationId id) {
    return p.member(id)
        .map(m -> m.organization().shortName())
        .or(
            () ->
                a.organizations().stream()
                    .filter(o -> o.id().equals(id))
                    .findFirst()
                    .map(Organization::shortName))
        .orElse(id.value());
  }

  /**
   * Returns {@code report} ({@link AssessmentReport#markdown}) with organisations by name: the
   * partnership line names the partnership; the organisations table gives each organisation's name
   * and acronym instead of its identifier; a table cell, or the start of a "decides alone" or "is
   * excluded" line, that is an organisation's identifier becomes its short name.
   */
  static String withNames(
      String report, Partnership p, Assessment a, Function<OrganizationId, String> name) {
    Map<String, Organization> byId =
        a.organizations().stream().collect(Collectors.toMap(o -> o.id().value(), o -> o));
    StringBuilder out = new StringBuilder();
    boolean organisations = false;
    for (String line : report.split("\n", -1)) {
      if (line.equals("- Partnership: " + p.id())) {
        line = "- Partnership: " + p.name();
      } else if (line.equals(ORGANISATIONS_HEADER)) {
        organisations = true;
        line = "| Organisation | Type | Locality |";
      } else if (organisations && line.equals("|---|---|---|---|")) {
        line = "|---|---|---|";
      } else if (organisations && line.startsWith("| ")) {
        // "| id | name | type | locality |" becomes "| name (acronym) | type | locality |"
        int first = line.indexOf(" | ");
        int second = first < 0 ? -1 : line.indexOf(" | ", first + 3);
        Organization o = first < 0 ? null : byId.get(line.substring(2, first));
        if (o != null && second > 0) {
          line = "| " + fullName(o) + line.substring(second);
        }
      } else if (line.startsWith("|")) {
        organisations = false;
        line = cells(line, byId, name);
      } else {
        organisations = false;
        for (String tail : List.of(" decides alone: ", " is excluded from: ")) {
          int at = line.indexOf(tail);
          if (line.startsWith("- ") && at > 2 && byId.containsKey(line.substring(2, at))) {
            line = "- " + name.apply(OrganizationId.of(line.substring(2, at))) + line.substring(at);
          }
        }
      }
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private static final String ORGANISATIONS_HEADER = "| Id | Organisation | Type | Locality |";

  /** Returns {@code "Just Associates (JASS)"}, or the name alone when there is no acronym. */
  private static String fullName(Organization o) {
    return o.name()
        + o.acronym().filter(x -> !x.equals(o.name())).map(x -> " (" + x + ")").orElse("");
  }

  /** Returns a table row with every cell that is an organisation's identifier by name. */
  private static String cells(
      String row, Map<String, Organization> byId, Function<OrganizationId, String> name) {
    String[] cells = row.split(" \\| ", -1);
    for (int i = 1; i < cells.length - 1; i++) {
      if (byId.containsKey(cells[i])) {
        cells[i] = name.apply(byId.get(cells[i]).id());
      }
    }
    return String.join(" | ", cells);
  }
}
