package dev.partnership.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Concentration;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Action;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.Gap;
import dev.partnership.participation.ParticipationRules;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Markdown report of a PAT session: everything the PAT web app's PDF holds (context,
 * organisations, the decision-by-organisation matrix, agreement, desired levels, actions, comments,
 * summary) plus the gaps, who decides alone, the concentration figures and the locality split.
 *
 * <pre>{@code
 * System.out.println(AssessmentReport.markdown(session));
 * }</pre>
 */
public final class AssessmentReport {
  private AssessmentReport() {}

  /**
   * Returns the report as Markdown, organisations by name (the short name in the matrix, gaps,
   * lists and actions; name and acronym in the organisations table) and the partnership by its
   * identifier.
   */
  public static String markdown(Assessment a) {
    checkNotNull(a, "assessment");
    return markdown(a, a.partnershipId().orElse(""));
  }

  /**
   * Returns the report as Markdown, as {@link #markdown(Assessment)} does, with the partnership
   * {@code partnership} named by its name.
   *
   * @throws IllegalArgumentException if the session belongs to another partnership
   */
  public static String markdown(Assessment a, Partnership partnership) {
    checkNotNull(a, "assessment");
    checkNotNull(partnership, "partnership");
    a.partnershipId()
        .ifPresent(
            id ->
                checkArgument(
                    id.equals(partnership.id()),
                    "session of partnership %s must be reported with that partnership, not %s",
                    id,
                    partnership.id()));
    return markdown(a, partnership.name());
  }

  private static String markdown(Assessment a, String partnershipName) {
    Map<OrganizationId, String> names = new java.util.HashMap<>();
    a.organizations().forEach(o -> names.put(o.id(), cell(o.shortName())));
    java.util.function.Function<OrganizationId, String> name =
        id -> names.getOrDefault(id, cell(id.value()));
    StringBuilder s = new StringBuilder();
    s.append("# Power Awareness Tool session, ").append(a.date()).append("\n\n");
    s.append("- Context: ").append(a.context()).append('\n');
    s.append("- Purpose: ").append(text(a.purpose().name())).append('\n');
    if (!partnershipName.isEmpty()) {
      s.append("- Partnership: ").append(cell(partnershipName)).append('\n');
    }
    if (!a.countries().isEmpty()) {
      s.append("- Countries: ")
          .append(
              a.countries().stream()
                  .map(c -> c.displayName() + " (" + c + ")")
                  .collect(Collectors.joining(", ")))
          .append('\n');
    }
    if (a.derived()) {
      s.append("- Actual levels are **derived** from governance facts, not scored in a session.\n");
    }
    s.append("\n## Organisations\n\n| Organisation | Type | Locality |\n|---|---|---|\n");
    for (Organization o : a.organizations()) {
      s.append("| ")
          .append(cell(o.fullName()))
          .append(" | ")
          .append(o.type().label())
          .append(" | ")
          .append(o.locality().label())
          .append(" |\n");
    }
    s.append("\n## Decisions and actual levels\n\n")
        .append(
            "Levels: 0 not informed, 1 informed, 2 consulted, 3 co-decides, 4 decides; - not scored.\n\n");
    s.append("| Decision | Area |");
    a.organizations().forEach(o -> s.append(' ').append(name.apply(o.id())).append(" |"));
    s.append(" Agreement |\n|---|---|");
    a.organizations().forEach(o -> s.append("---|"));
    s.append("---|\n");
    for (Decision d : a.decisions()) {
      s.append("| ")
          .append(cell(d.name()))
          .append(" | ")
          .append(text(d.area().name()))
          .append(" |");
      for (Organization o : a.organizations()) {
        s.append(' ')
            .append(
                a.actualIn(Cell.of(d.name(), o.id()))
                    .map(l -> Integer.toString(l.score()))
                    .orElse("-"))
            .append(" |");
      }
      s.append(' ').append(text(a.agreementOn(d.name()).name())).append(" |\n");
    }
    if (!a.desired().isEmpty()) {
      s.append(
          "\n## Desired levels and gaps\n\n| Decision | Organisation | Actual | Desired | Gap |\n|---|---|---|---|---|\n");
      for (Gap g : ParticipationRules.gaps(a)) {
        s.append("| ")
            .append(g.cell().decision())
            .append(" | ")
            .append(name.apply(g.cell().organization()))
            .append(" | ")
            .append(g.actual().score())
            .append(" | ")
            .append(g.desired().score())
            .append(" | ")
            .append(g.delta() > 0 ? "+" : "")
            .append(g.delta())
            .append(" |\n");
      }
      for (Cell c : ParticipationRules.unscoredGaps(a)) {
        s.append("| ")
            .append(c.decision())
            .append(" | ")
            .append(name.apply(c.organization()))
            .append(" | - | ")
            .append(a.desired().get(c).score())
            .append(" | not assessable |\n");
      }
    }
    s.append("\n## Who decides alone, who is excluded\n\n");
    Map<OrganizationId, ImmutableList<String>> alone = ParticipationRules.decidesAlone(a);
    Map<OrganizationId, ImmutableList<String>> excluded = ParticipationRules.excluded(a);
    if (alone.isEmpty() && excluded.isEmpty()) {
      s.append("Nobody decides alone and nobody is excluded.\n");
    }
    alone.forEach(
        (o, ds) ->
            s.append("- ")
                .append(name.apply(o))
                .append(" decides alone: ")
                .append(String.join("; ", ds))
                .append('\n'));
    excluded.forEach(
        (o, ds) ->
            s.append("- ")
                .append(name.apply(o))
                .append(" is excluded from: ")
                .append(String.join("; ", ds))
                .append('\n'));
    s.append(
        "\n## Concentration of decision power\n\n| Decision | HHI | normalised HHI | Gini |\n|---|---|---|---|\n");
    for (Decision d : a.decisions()) {
      row(s, d.name(), ParticipationRules.concentration(a, d.name()));
    }
    row(s, "**All decisions**", ParticipationRules.overallConcentration(a));
    s.append("\nMean level, local and national actors vs international actors: ")
        .append(ParticipationRules.localitySplit(a))
        .append('\n');
    if (!a.actions().isEmpty()) {
      s.append(
          "\n## Actions for change\n\n| What | Who | By when | Decision |\n|---|---|---|---|\n");
      for (Action x : a.actions()) {
        s.append("| ")
            .append(x.what())
            .append(" | ")
            .append(name.apply(x.who()))
            .append(" | ")
            .append(x.byWhen().map(Object::toString).orElse(""))
            .append(" | ")
            .append(x.decision())
            .append(" |\n");
      }
    }
    if (!a.comments().isEmpty()) {
      s.append("\n## Closing comments\n\n");
      a.comments().forEach(c -> s.append("- ").append(c).append('\n'));
    }
    a.summary().ifPresent(sum -> s.append("\n## Summary\n\n").append(sum).append('\n'));
    return s.toString();
  }

  /** Returns {@code text} fit for a Markdown table cell: pipes escaped, line breaks as spaces. */
  static String cell(String text) {
    return text.replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
  }

  private static void row(StringBuilder s, String name, Optional<Concentration> c) {
    s.append("| ").append(name).append(" | ");
    if (c.isEmpty()) {
      s.append("n/a | n/a | n/a |\n");
      return;
    }
    s.append(decimal(c.get().herfindahl().doubleValue()))
        .append(" | ")
        .append(decimal(c.get().normalizedHerfindahl().doubleValue()))
        .append(" | ")
        .append(decimal(c.get().gini().doubleValue()))
        .append(" |\n");
  }

  private static String decimal(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  private static String text(String enumName) {
    String t = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
