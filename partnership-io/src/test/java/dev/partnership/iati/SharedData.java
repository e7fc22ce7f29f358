package dev.partnership.iati;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Finds {@code ../shared/data/iati} beside the project (or where {@code -Dpartnership.iati.dir}
 * says). Tests that need it fail loudly when it is missing: they never skip.
 */
public final class SharedData {
  private SharedData() {}

  /** Returns the IATI data folder, or fails the test saying where it looked. */
  public static Path iati() {
    String property = System.getProperty("partnership.iati.dir");
    Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path[] candidates =
        property != null
            ? new Path[] {Path.of(property)}
            : new Path[] {
              cwd.resolve("../shared/data/iati"), cwd.resolve("../../shared/data/iati")
            };
    for (Path p : candidates) {
      if (Files.isDirectory(p.resolve("activities"))) {
        return p.normalize();
      }
    }
    return fail(
        "The real IATI data is missing: looked for shared/data/iati/activities at "
            + Arrays.toString(candidates)
            + ". CI puts shared/ beside the clone; set -Dpartnership.iati.dir to point elsewhere.");
  }

  /** Returns one activities file. */
  public static Path activities(String name) {
    Path p = iati().resolve("activities").resolve(name);
    if (!Files.isRegularFile(p)) {
      fail("The real IATI file " + p + " is missing");
    }
    return p;
  }
}
