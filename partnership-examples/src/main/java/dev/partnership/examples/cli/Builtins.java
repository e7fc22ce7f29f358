package dev.partnership.examples.cli;

import dev.partnership.examples.MeetupReport;
import dev.partnership.report.PartnershipReport;

/**
 * The built-in alliances as a report: the report of the main job ({@link MeetupReport}), Count Me
 * In! 2.0, GPPAC and FAIR - Even It Up!, each with its decision rights, an illustrative PAT session
 * and an illustrative scenario.
 */
final class Builtins {
  private Builtins() {}

  /** Returns a report builder of the built-in alliances: {@link MeetupReport#builder()}. */
  static PartnershipReport.Builder report() {
    return MeetupReport.builder();
  }
}
