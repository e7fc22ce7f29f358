package dev.partnership.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one wording of a PAT level that results, reports and CSV files use. */
class ParticipationLevelLabelTest {

  @Test
  void everyLevelHasItsScoreAndThePatsWords() {
    assertEquals(
        List.of("0 not informed", "1 informed", "2 consulted", "3 co-decides", "4 decides"),
        Arrays.stream(ParticipationLevel.values()).map(ParticipationLevel::label).toList());
    assertEquals("co-decides", ParticipationLevel.CO_DECIDES.words());
    assertEquals("not informed", ParticipationLevel.NOT_INFORMED.words());
  }
}
