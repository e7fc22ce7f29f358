package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.analysis.Finding.Status;
import dev.partnership.model.ModelGenerators;
import dev.partnership.model.Partnership;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskGenerators;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The risk rules against plain references, on random partnerships and registers. */
class RiskRulesProperties {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  static Partnership withRisks(Partnership p, long seed) {
    return Partnership.builder()
        .from(p)
        .risks(RiskGenerators.register(p.organizations(), seed))
        .build();
  }

  /** A risk left to a local or national bearer alone, written out plainly. */
  static boolean transferred(Risk r, Set<OrganizationId> locals) {
    if (!locals.contains(r.bearer())) {
      return false;
    }
    if (r.owner().isPresent() && !r.owner().get().equals(r.bearer())) {
      return false;
    }
    for (Mitigation m : r.mitigations()) {
      if (m.fundedBy().isPresent() && !m.fundedBy().get().equals(r.bearer())) {
        return false;
      }
    }
    return true;
  }

  @Test
  void eachRiskRuleAgreesWithAPlainReference() {
    qt().forAll(ModelGenerators.partnerships(), longs().all())
        .checkAssert(
            (base, seed) -> {
              Partnership p = withRisks(base, seed);
              PrinciplesCheck.Result r = PrinciplesCheck.run(p, RiskRules.rules(), AS_OF);
              assertEquals(4, r.findings().size());
              if (p.risks().risks().isEmpty()) {
                assertEquals(
                    3,
                    r.findings().stream()
                        .filter(
                            f ->
                                f.rule().startsWith("RISK-")
                                    && !f.rule().equals("RISK-EXPOSED")
                                    && f.status() == Status.NOT_ASSESSABLE)
                        .count());
                return;
              }
              boolean unmitigated =
                  p.risks().risks().stream()
                      .anyMatch(
                          x ->
                              x.likelihood().rank() * x.impact().rank() >= 12
                                  && x.mitigations().isEmpty());
              boolean shift =
                  p.risks().risks().stream()
                      .anyMatch(x -> x.origin().isPresent() && x.mitigations().isEmpty());
              Set<OrganizationId> locals =
                  p.organizations().stream()
                      .filter(Organization::isLocalOrNational)
                      .map(Organization::id)
                      .collect(Collectors.toSet());
              long transferred =
                  p.risks().risks().stream().filter(x -> transferred(x, locals)).count();
              assertEquals(
                  unmitigated ? Status.NOT_MET : Status.MET,
                  r.finding("RISK-UNMITIGATED").orElseThrow().status());
              assertEquals(
                  shift ? Status.NOT_MET : Status.MET,
                  r.finding("RISK-SHIFT-UNMITIGATED").orElseThrow().status());
              Finding t = r.finding("RISK-TRANSFERRED").orElseThrow();
              assertEquals(transferred > 0 ? Status.NOT_MET : Status.MET, t.status());
              assertEquals(transferred, t.status() == Status.MET ? 0 : t.evidence().size());
              assertEquals(transferred, RiskRules.transferred(p).size());
              assertEquals(
                  p.risks().risks().size(),
                  RiskRules.transferred(p).size() + RiskRules.shared(p).size());
              assertEquals(r.problems(), RiskRules.check(p));
              assertTrue(
                  r.findings().stream()
                      .allMatch(f -> f.status() != Status.NOT_MET || !f.suggestion().isEmpty()));
            });
  }
}
