package dev.partnership.model;

import static dev.partnership.model.PartnershipQueries.illustrativeFacts;
import static dev.partnership.model.PartnershipQueries.sourcedFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.partnership.actors.Provenance;
import dev.partnership.funding.FundingFlow;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.rights.DecisionRight;
import dev.partnership.risk.Risk;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Laws of provenance under the operators, and the queries against a plain count. */
class ProvenanceProperties {

  private static Membership strip(Membership m) {
    return Membership.builder().from(m).provenance(Optional.empty()).build();
  }

  private static FundingFlow strip(FundingFlow f) {
    return FundingFlow.builder().from(f).provenance(Optional.empty()).build();
  }

  private static Map<String, Seat> seats(Partnership p) {
    Map<String, Seat> out = new HashMap<>();
    for (GoverningBody b : p.bodies()) {
      for (Seat s : b.seats()) {
        out.put(b.name() + "/" + s.holder(), s);
      }
    }
    return out;
  }

  private static Map<FundingFlow, List<Optional<Provenance>>> flows(Partnership p) {
    Map<FundingFlow, List<Optional<Provenance>>> out = new HashMap<>();
    for (FundingFlow f : p.flows()) {
      out.computeIfAbsent(strip(f), k -> new ArrayList<>()).add(f.provenance());
    }
    return out;
  }

  /** A changed fact keeps at most an illustrative provenance, and only its own. */
  private static void assertChanged(Optional<Provenance> before, Optional<Provenance> after) {
    assertTrue(
        after.isEmpty() || (after.get().illustrative() && after.equals(before)),
        before + " became " + after);
  }

  /** Operators that change the practice facet, or the risk facet, by design. */
  private static final Set<String> PRACTICE_OPERATORS = namesOf(PracticeOperators.class);

  private static final Set<String> RISK_OPERATORS = namesOf(RiskOperators.class);

  private static Set<String> namesOf(Class<?> catalogue) {
    return Arrays.stream(catalogue.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()))
        .map(Method::getName)
        .collect(Collectors.toSet());
  }

  @Test
  void everyOperatorKeepsTheProvenanceOfTheFactsItDoesNotChange() {
    qt().withExamples(2000)
        .forAll(ModelGenerators.partnershipsWithFacetsAndOperators())
        .checkAssert(
            po -> {
              Partnership before = po.partnership();
              if (!po.operator().isApplicableTo(before)) {
                return;
              }
              Partnership after = before.with(po.operator());
              for (Membership m : after.members()) {
                Optional<Membership> old = before.member(m.id());
                if (old.isPresent() && strip(old.get()).equals(strip(m))) {
                  assertEquals(old.get().provenance(), m.provenance(), m.toString());
                } else if (old.isPresent()) {
                  assertChanged(old.get().provenance(), m.provenance());
                }
              }
              Map<String, Seat> oldSeats = seats(before);
              seats(after)
                  .forEach(
                      (key, seat) -> {
                        Seat old = oldSeats.get(key);
                        if (old != null && old.weight() == seat.weight()) {
                          assertEquals(old.provenance(), seat.provenance(), key);
                        } else if (old != null) {
                          assertChanged(old.provenance(), seat.provenance());
                        }
                      });
              Map<FundingFlow, List<Optional<Provenance>>> oldFlows = flows(before);
              flows(after)
                  .forEach(
                      (flow, provenances) -> {
                        List<Optional<Provenance>> old = oldFlows.get(flow);
                        if (old != null && old.size() == provenances.size()) {
                          assertEquals(old, provenances, flow.toString());
                        }
                      });
              for (FundingFlow f : after.flows()) {
                if (!oldFlows.containsKey(strip(f)) && f.provenance().isPresent()) {
                  // a new or changed flow: its provenance came with the operator's argument or
                  // is an illustrative one kept from the flow it changed
                  assertTrue(
                      f.provenance().get().illustrative()
                          || po.operator().toString().startsWith("addFlow"),
                      f + " after " + po.operator());
                }
              }
              String name = po.operator().toString();
              if (!PRACTICE_OPERATORS.contains(name.substring(0, name.indexOf('(')))) {
                assertEquals(before.practice(), after.practice());
              }
              if (!RISK_OPERATORS.contains(name.substring(0, name.indexOf('(')))) {
                assertEquals(before.risks(), after.risks());
              }
              for (Risk r : after.risks().risks()) {
                before.risks().risks().stream()
                    .filter(old -> old.id().equals(r.id()))
                    .findFirst()
                    .ifPresent(
                        old -> {
                          if (old.likelihood() == r.likelihood() && old.impact() == r.impact()) {
                            assertEquals(old.provenance(), r.provenance(), r.toString());
                          } else {
                            assertChanged(old.provenance(), r.provenance());
                          }
                        });
              }
              for (DecisionRight r : after.decisionRights().rights()) {
                Optional<DecisionRight> old = before.decisionRights().right(r.name());
                if (old.isEmpty()) {
                  assertTrue(r.provenance().isEmpty(), r + " added by " + po.operator());
                } else if (old.get().withoutProvenance().equals(r.withoutProvenance())) {
                  assertEquals(old.get().provenance(), r.provenance(), r.toString());
                } else {
                  assertChanged(old.get().provenance(), r.provenance());
                }
              }
              assertEquals(before.powerMap(), after.powerMap());
            });
  }

  @Test
  void sourcedFactsCountEveryProvenanceAndIllustrativeFactsTheIllustrativeOnes() {
    qt().withExamples(1000)
        .forAll(ModelGenerators.partnershipsWithFacets())
        .checkAssert(
            p -> {
              List<Provenance> all = new ArrayList<>();
              p.members().forEach(m -> m.provenance().ifPresent(all::add));
              p.bodies().forEach(b -> b.seats().forEach(s -> s.provenance().ifPresent(all::add)));
              p.decisionRights().rights().forEach(r -> r.provenance().ifPresent(all::add));
              p.flows().forEach(f -> f.provenance().ifPresent(all::add));
              var practice = p.practice();
              practice.sharedValues().flatMap(v -> v.provenance()).ifPresent(all::add);
              practice.interests().values().forEach(i -> i.provenance().ifPresent(all::add));
              practice.design().flatMap(d -> d.provenance()).ifPresent(all::add);
              practice.learning().forEach(l -> l.provenance().ifPresent(all::add));
              practice.feedbackLoops().forEach(f -> f.provenance().ifPresent(all::add));
              practice.contextReviews().flatMap(c -> c.provenance()).ifPresent(all::add);
              practice.budgetFlexibility().flatMap(b -> b.provenance()).ifPresent(all::add);
              practice.powerArrangement().flatMap(a -> a.provenance()).ifPresent(all::add);
              practice.civicSpace().flatMap(c -> c.provenance()).ifPresent(all::add);
              all.addAll(practice.controlProvenance().values());
              all.addAll(practice.trustProvenance().values());
              p.risks().risks().forEach(r -> r.provenance().ifPresent(all::add));
              all.addAll(p.risks().civicSpaceProvenance().values());
              p.powerMap().relations().forEach(r -> all.add(r.provenance()));

              List<Provenance> listed =
                  p.query(sourcedFacts()).stream().map(SourcedFact::provenance).toList();
              assertEquals(all, listed);
              assertEquals(
                  all.stream().filter(Provenance::illustrative).toList(),
                  p.query(illustrativeFacts()).stream().map(SourcedFact::provenance).toList());
              for (SourcedFact f : p.query(illustrativeFacts())) {
                assertTrue(f.toString().contains(" — illustrative: "), f.toString());
              }
            });
  }

  @Test
  void theGeneratorsDrawProvenanceOfEveryKind() {
    List<Partnership> drawn = new ArrayList<>();
    qt().withExamples(300).forAll(ModelGenerators.partnershipsWithFacets()).checkAssert(drawn::add);
    long illustrative = drawn.stream().mapToLong(p -> p.query(illustrativeFacts()).size()).sum();
    long sourced = drawn.stream().mapToLong(p -> p.query(sourcedFacts()).size()).sum();
    assertTrue(illustrative > 0, "no illustrative fact drawn");
    assertTrue(sourced > illustrative, "no sourced fact drawn");
    assertTrue(
        drawn.stream()
            .anyMatch(
                p ->
                    p.bodies().stream()
                        .anyMatch(
                            b -> b.seats().stream().anyMatch(s -> s.provenance().isPresent()))),
        "no seat with provenance drawn");
    assertTrue(
        drawn.stream()
            .anyMatch(
                p ->
                    p.decisionRights().rights().stream()
                        .anyMatch(
                            r -> r.provenance().filter(Provenance::illustrative).isPresent())),
        "no decision right with an illustrative provenance drawn");
    assertTrue(
        drawn.stream()
            .anyMatch(
                p ->
                    p.decisionRights().rights().stream()
                        .anyMatch(r -> r.provenance().filter(s -> !s.illustrative()).isPresent())),
        "no decision right with a sourced provenance drawn");
  }
}
