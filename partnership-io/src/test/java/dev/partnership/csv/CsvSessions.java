package dev.partnership.csv;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.Organization;
import dev.partnership.participation.Action;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.ParticipationGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Sessions for the CSV tests: the participation generators' and hostile variants of them. */
final class CsvSessions {
  private CsvSessions() {}

  /** Texts a spreadsheet or a CSV parser could trip over. */
  static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"http://evil.example\",\"click\")",
          "+1+2",
          "-5% of the budget",
          "@SUM(A1:A9)",
          "\tTabbed",
          "'quoted already",
          "''twice",
          "a, b and \"c\"",
          "two\r\nlines",
          "lf\nonly",
          "ends in a quote\"",
          "Lomé — réunion ✓",
          "  spaces around  ",
          "\"",
          "x".repeat(5000));

  /** Sessions of the participation generators, made hostile half the time. */
  static Gen<Assessment> sessions() {
    return ParticipationGenerators.assessments()
        .zip(SourceDSL.longs().all(), (a, seed) -> seed % 2 == 0 ? a : hostile(a, seed));
  }

  /**
   * Returns {@code a} with hostile decision names, descriptions, comments, a summary, a partnership
   * id, and several actions per cell, in matrix order (the order the CSV keeps).
   */
  static Assessment hostile(Assessment a, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Map<String, String> names = new LinkedHashMap<>();
    for (Decision d : a.decisions()) {
      names.put(d.name(), HOSTILE.get(r.nextInt(HOSTILE.size())) + " " + names.size());
    }
    UnaryOperator<Cell> cell = c -> Cell.of(names.get(c.decision()), c.organization());
    Assessment.Builder b =
        Assessment.builder()
            .context(HOSTILE.get(r.nextInt(HOSTILE.size())))
            .purpose(a.purpose())
            .countries(a.countries())
            .date(a.date())
            .partnershipId(HOSTILE.get(r.nextInt(HOSTILE.size())))
            .organizations(a.organizations())
            .derived(r.nextBoolean())
            .summary(HOSTILE.get(r.nextInt(HOSTILE.size())))
            .comments(ImmutableList.of(HOSTILE.get(r.nextInt(HOSTILE.size())), "second comment"));
    for (Decision d : a.decisions()) {
      b.addDecision(
          Decision.builder()
              .name(names.get(d.name()))
              .area(d.area())
              .description(HOSTILE.get(r.nextInt(HOSTILE.size())))
              .build());
    }
    a.actual().forEach((c, l) -> b.putActual(cell.apply(c), l));
    a.notScored().forEach(c -> b.addNotScored(cell.apply(c)));
    a.agreement().forEach((d, x) -> b.putAgreement(names.get(d), x));
    a.desired().forEach((c, l) -> b.putDesired(cell.apply(c), l));
    List<Action> actions = new ArrayList<>();
    for (Decision d : a.decisions()) {
      boolean desired = a.desired().keySet().stream().anyMatch(c -> c.decision().equals(d.name()));
      if (!desired) {
        continue;
      }
      for (Organization o : a.organizations()) {
        for (int k = r.nextInt(3); k > 0; k--) {
          Action.Builder x =
              Action.builder()
                  .what(HOSTILE.get(r.nextInt(HOSTILE.size())))
                  .decision(names.get(d.name()))
                  .who(o.id());
          if (r.nextBoolean()) {
            x.byWhen(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(1000)));
          }
          actions.add(x.build());
        }
      }
    }
    return b.actions(actions).build();
  }
}
