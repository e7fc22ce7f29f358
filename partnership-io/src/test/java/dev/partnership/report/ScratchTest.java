package dev.partnership.report;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() throws Exception {
    var p = SmallAlliance.alliance();
    var q =
        dev.partnership.model.Partnership.builder().from(p).id("second").name("Second <b>").build();
    var session =
        p.query(
            dev.partnership.model.DecisionRightsQueries.draftFromRights(
                java.time.LocalDate.of(2026, 11, 29)));
    var r =
        PartnershipReport.builder()
            .add(p)
            .add(q)
            .session(p.id(), session)
            .scenario(p.id(), SmallAlliance.scenario(p))
            .scenario(q.id(), SmallAlliance.scenario(q))
            .build();
    r.writeAll(Path.of("/tmp/rep/small2"));
    var r2 = PartnershipReport.builder().add(ReportFixtures.hostile()).graphviz(false).build();
    r2.writeAll(Path.of("/tmp/rep/hostile"));
  }
}
