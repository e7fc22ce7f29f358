package dev.partnership.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.OrganizationId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The practice generators themselves: every fact can be added again to a practice holding it. */
class PracticeGeneratorsTest {
  private static final List<OrganizationId> MEMBERS =
      List.of(OrganizationId.of("a"), OrganizationId.of("b"));

  @Test
  void aSecondInterestOfTheSameMemberReplacesTheFirst() {
    for (long seed = 0; seed < 50; seed++) {
      Practice once =
          PracticeGenerators.withFact(Practice.empty(), Topic.DECLARED_INTERESTS, MEMBERS, seed);
      Practice twice =
          PracticeGenerators.withFact(once, Topic.DECLARED_INTERESTS, MEMBERS, seed + 1);
      assertTrue(twice.has(Topic.DECLARED_INTERESTS));
      assertTrue(MEMBERS.containsAll(twice.interests().keySet()));
      assertTrue(twice.interests().size() <= MEMBERS.size(), twice.interests().toString());
    }
  }

  @Test
  void everyTopicCanBeAddedTwice() {
    for (Topic topic : Topic.values()) {
      Practice once = PracticeGenerators.withFact(Practice.empty(), topic, MEMBERS, 1);
      Practice twice = PracticeGenerators.withFact(once, topic, MEMBERS, 2);
      assertTrue(twice.has(topic), topic.label());
      assertEquals(once.knownAbsent(), twice.knownAbsent());
    }
  }
}
