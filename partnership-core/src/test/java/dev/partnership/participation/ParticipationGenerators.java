package dev.partnership.participation;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Organization;
import dev.partnership.model.ModelGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/** QuickTheories generators for PAT sessions, shared by the participation properties. */
public final class ParticipationGenerators {
  private ParticipationGenerators() {}

  private static final List<String> COUNTRIES = List.of("KE", "UG", "NL", "GT", "PH");

  /** Complete sessions (scored, reflected) of 1 to 5 organisations and 1 to 5 decisions. */
  public static Gen<Assessment> assessments() {
    return lists()
        .of(ModelGenerators.organizations())
        .ofSizeBetween(1, 5)
        .zip(
            integers().between(1, 5),
            integers().all(),
            (orgs, decisions, seed) -> assessment(orgs, decisions, seed));
  }

  static Assessment assessment(List<Organization> candidates, int decisions, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Organization> orgs = new ArrayList<>();
    for (Organization o : candidates) {
      if (orgs.stream().noneMatch(x -> x.id().equals(o.id()))) {
        orgs.add(o);
      }
    }
    Assessment.Builder b =
        Assessment.builder()
            .context("Generated session " + seed)
            .purpose(Purpose.values()[r.nextInt(Purpose.values().length)])
            .date(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365)))
            .organizations(orgs);
    for (int k = 0; k < 1 + r.nextInt(2); k++) {
      b.addCountry(CountryCode.of(COUNTRIES.get(r.nextInt(COUNTRIES.size()))));
    }
    for (int d = 0; d < decisions; d++) {
      String name = "decision " + d;
      b.addDecision(
          Decision.of(name, DecisionArea.values()[r.nextInt(DecisionArea.values().length)]));
      Agreement agreement = Agreement.values()[r.nextInt(3)];
      b.putAgreement(name, agreement);
      boolean anyDesired = false;
      for (Organization o : orgs) {
        Cell c = Cell.of(name, o.id());
        if (r.nextInt(10) == 0) {
          b.addNotScored(c);
        } else {
          b.putActual(c, ParticipationLevel.of(r.nextInt(5)));
        }
        if (agreement == Agreement.NO_AGREEMENT && r.nextBoolean()) {
          b.putDesired(c, ParticipationLevel.of(r.nextInt(5)));
          anyDesired = true;
        }
      }
      if (anyDesired && r.nextBoolean()) {
        b.addAction(Action.of("act on " + name, name, orgs.get(0).id(), LocalDate.of(2026, 12, 1)));
      }
    }
    return b.build();
  }
}
