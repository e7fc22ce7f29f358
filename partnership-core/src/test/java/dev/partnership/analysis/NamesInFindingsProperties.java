package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.model.FacetOperatorGenerators;
import dev.partnership.model.Membership;
import dev.partnership.model.ModelGenerators;
import dev.partnership.model.Partnership;
import dev.partnership.model.Role;
import dev.partnership.practice.Topic;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.RiskArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Laws of the texts findings give people: members by name, never by identifier. */
class NamesInFindingsProperties {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  /** The constants of the enums the rules read, as whole words: {@code LOBBY_PARTNER}, ... */
  private static final Pattern CONSTANT =
      Pattern.compile(
          Stream.of(
                  Role.values(),
                  CivicSpace.values(),
                  RiskArea.values(),
                  Likelihood.values(),
                  Impact.values(),
                  Finding.Status.values(),
                  Topic.values())
              .flatMap(Arrays::stream)
              .map(Enum::name)
              .distinct()
              .collect(Collectors.joining("|", "\\b(", ")\\b")));

  @Test
  void noFindingTextNamesAMemberByItsIdentifier() {
    qt().forAll(FacetOperatorGenerators.partnershipsWithPracticeAndRisks())
        .checkAssert(
            p -> {
              List<Finding> findings = new ArrayList<>();
              findings.addAll(PrinciplesCheck.run(p, Lessons.meetup(), AS_OF).findings());
              findings.addAll(PrinciplesCheck.run(p, RiskRules.rules(), AS_OF).findings());
              for (Finding f : findings) {
                String people = String.join("\n", f.evidence()) + "\n" + f.suggestion();
                for (Membership m : p.members()) {
                  // "org-1" must not occur, not even as the start of "org-12"'s text
                  Pattern id =
                      Pattern.compile("(?<![\\w-])" + Pattern.quote(m.id().value()) + "(?![\\w])");
                  assertFalse(id.matcher(people).find(), m.id() + " in " + f.text());
                }
                assertFalse(CONSTANT.matcher(people).find(), f.text());
              }
            });
  }

  @Test
  void namesListsEveryMemberOnceInNameOrder() {
    // the reference: each member's name and acronym, sorted as a plain list, joined by commas
    qt().forAll(ModelGenerators.partnerships())
        .checkAssert(
            p -> {
              ImmutableSet<OrganizationId> ids =
                  p.members().stream().map(Membership::id).collect(ImmutableSet.toImmutableSet());
              List<String> reference = new ArrayList<>();
              for (Membership m : p.members()) {
                reference.add(
                    m.organization().name()
                        + m.organization()
                            .acronym()
                            .filter(a -> !a.equals(m.organization().name()))
                            .map(a -> " (" + a + ")")
                            .orElse(""));
              }
              reference.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(String::compareTo));
              assertEquals(String.join(", ", reference), Lessons.names(ids, p));
              assertEquals("none", Lessons.names(ImmutableSet.of(), p));
              assertEquals(reference.stream().filter(n -> !n.isEmpty()).count(), (long) ids.size());
              Partnership same = p;
              assertEquals(
                  ids.stream()
                      .map(id -> Lessons.name(same, id))
                      .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(String::compareTo))
                      .collect(Collectors.joining(", ")),
                  Lessons.names(ids, p));
            });
  }
}
