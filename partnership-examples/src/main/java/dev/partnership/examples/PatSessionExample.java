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
    out.print(AssessmentReport.markdown(a, p));
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
}
