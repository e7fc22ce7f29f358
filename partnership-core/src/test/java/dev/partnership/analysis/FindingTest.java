package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.analysis.Finding.Status;
import dev.partnership.model.Partnership;
import dev.partnership.practice.Topic;
import dev.partnership.risk.RiskRegister;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings, principles, rule sets and check results: consistent or refused. */
class FindingTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  static final Principle RULE =
      Principle.of(
          "OWN-1",
          "An own rule",
          "our own",
          "met: always",
          (self, p, asOf) -> self.finding(Status.MET, List.of("fine"), ""));

  static Partnership partnership() {
    return RiskAndPowerTest.partnership(RiskRegister.empty());
  }

  @Test
  void aFindingWithInconsistentContentsIsRefused() {
    ImmutableList<String> none = ImmutableList.of();
    assertEquals(
        "missing ([]) must list the facts exactly when the status is not assessable (status NOT_ASSESSABLE)",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Finding("R", "t", Status.NOT_ASSESSABLE, none, none, ""))
            .getMessage());
    assertEquals(
        "missing ([x]) must list the facts exactly when the status is not assessable (status NOT_MET)",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Finding("R", "t", Status.NOT_MET, none, ImmutableList.of("x"), "s"))
            .getMessage());
    assertEquals(
        "suggestion (\"do more\") must be empty when the status is met",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Finding("R", "t", Status.MET, none, none, "do more"))
            .getMessage());
    assertEquals(
        "rule (\" \") must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Finding(" ", "t", Status.MET, none, none, ""))
            .getMessage());
    assertEquals(
        "evidence[1] (\"\") must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Finding("R", "t", Status.MET, ImmutableList.of("a", ""), none, ""))
            .getMessage());
    assertEquals(
        "status (NOT_ASSESSABLE) needs the missing facts: use Finding.notAssessable",
        assertThrows(
                IllegalArgumentException.class,
                () -> RULE.finding(Status.NOT_ASSESSABLE, List.of(), ""))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> RULE.notAssessable());
  }

  @Test
  void nullsInsideCollectionsAreNamed() {
    List<String> withNull = new ArrayList<>(Arrays.asList("a", null));
    assertEquals(
        "evidence[1] must not be null",
        assertThrows(NullPointerException.class, () -> RULE.finding(Status.NOT_MET, withNull, "s"))
            .getMessage());
    assertEquals(
        "missing[0] must not be null",
        assertThrows(NullPointerException.class, () -> RULE.notAssessable((String) null))
            .getMessage());
    List<Principle> rules = new ArrayList<>(Arrays.asList(RULE, null));
    assertEquals(
        "rules[1] must not be null",
        assertThrows(NullPointerException.class, () -> RuleSet.of(rules)).getMessage());
  }

  @Test
  void statusIsGradedAndLabelled() {
    assertEquals(Status.MET, Status.graded(3, 3));
    assertEquals(Status.NOT_MET, Status.graded(0, 3));
    assertEquals(Status.PARTLY_MET, Status.graded(1, Integer.MAX_VALUE));
    assertEquals(Status.MET, Status.graded(Integer.MAX_VALUE, Integer.MAX_VALUE));
    assertEquals(
        "met (0 of 0) must be between 0 and a positive total",
        assertThrows(IllegalArgumentException.class, () -> Status.graded(0, 0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Status.graded(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> Status.graded(4, 3));
    assertThrows(
        IllegalArgumentException.class, () -> Status.graded(Integer.MIN_VALUE, Integer.MIN_VALUE));
    assertEquals(
        List.of("not met", "partly met", "not assessable", "met"),
        Arrays.stream(Status.values()).map(Status::label).toList());
  }

  @Test
  void aPrincipleReceivesItselfAndMustReturnItsOwnFinding() {
    Finding f = RULE.check(partnership(), AS_OF);
    assertEquals("OWN-1", f.rule());
    assertEquals("Met: An own rule\n  evidence: fine", f.text());
    Principle none = Principle.of("OWN-2", "t", "s", "c", (p, asOf) -> null);
    assertEquals(
        "rule OWN-2 must return a finding of its own, not null",
        assertThrows(IllegalStateException.class, () -> none.check(partnership(), AS_OF))
            .getMessage());
    Principle other =
        Principle.of(
            "OWN-3", "t", "s", "c", (self, p, asOf) -> RULE.finding(Status.MET, List.of(), ""));
    assertEquals(
        "rule OWN-3 must return a finding of its own, not one of rule OWN-1",
        assertThrows(
                IllegalStateException.class,
                () -> PrinciplesCheck.run(partnership(), RuleSet.of(List.of(other)), AS_OF))
            .getMessage());
    assertEquals(
        "id (\"\") must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> Principle.of("", "t", "s", "c", (p, asOf) -> null))
            .getMessage());
  }

  @Test
  void aResultCannotDisagreeWithItsFindings() {
    PrinciplesCheck.Result r = PrinciplesCheck.run(partnership(), Lessons.meetup(), AS_OF);
    assertEquals(r, new PrinciplesCheck.Result(r.findings(), r.summary()));
    ImmutableMap<Status, Long> wrong =
        ImmutableMap.of(
            Status.NOT_MET, 0L, Status.PARTLY_MET, 0L, Status.NOT_ASSESSABLE, 0L, Status.MET, 12L);
    assertThrows(
        IllegalArgumentException.class, () -> new PrinciplesCheck.Result(r.findings(), wrong));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PrinciplesCheck.Result(r.findings().reverse(), r.summary()));
    Finding met = RULE.check(partnership(), AS_OF);
    assertEquals(
        "findings ([OWN-1, OWN-1]) must come from distinct rules",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new PrinciplesCheck.Result(
                        ImmutableList.of(met, met),
                        ImmutableMap.of(
                            Status.NOT_MET,
                            0L,
                            Status.PARTLY_MET,
                            0L,
                            Status.NOT_ASSESSABLE,
                            0L,
                            Status.MET,
                            2L)))
            .getMessage());
    assertTrue(r.problems().stream().allMatch(Finding::isProblem));
    PrinciplesCheck.Result empty = PrinciplesCheck.run(partnership(), RuleSet.of(List.of()), AS_OF);
    assertEquals(List.of(), empty.findings());
    assertEquals(0L, empty.summary().values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void equalityAndNulls() {
    Finding a = RULE.check(partnership(), AS_OF);
    new EqualsTester()
        .addEqualityGroup(
            a, RULE.finding(Status.MET, List.of("fine"), "anything: dropped when met"))
        .addEqualityGroup(RULE.finding(Status.NOT_MET, List.of("fine"), "do"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RuleSet.of(List.of(RULE)), new RuleSet(ImmutableList.of(RULE)))
        .addEqualityGroup(RuleSet.of(List.of()))
        .testEquals();
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Principle.class, RULE)
            .setDefault(Status.class, Status.NOT_MET)
            .setDefault(Partnership.class, partnership());
    npt.testAllPublicStaticMethods(Finding.class);
    npt.testAllPublicConstructors(Finding.class);
    npt.testAllPublicInstanceMethods(a);
    npt.testAllPublicInstanceMethods(Lessons.meetup());
    npt.testAllPublicInstanceMethods(PrinciplesCheck.run(partnership(), Lessons.meetup(), AS_OF));
    npt.testAllPublicInstanceMethods(RULE);
    assertFalse(Topic.CIVIC_SPACE.label().contains("_"));
  }
}
