package dev.partnership.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the shared IATI activity files beside the project (read where they lie, never copied). */
final class SharedFiles {
  private SharedFiles() {}

  static List<Path> activities() {
    String property = System.getProperty("partnership.iati.dir");
    Path cwd = Path.of("").toAbsolutePath();
    Path[] candidates =
        property != null
            ? new Path[] {Path.of(property, "activities")}
            : new Path[] {
              cwd.resolve("../shared/data/iati/activities"),
              cwd.resolve("../../shared/data/iati/activities")
            };
    for (Path dir : candidates) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          return s.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException(
        "shared/data/iati/activities not found beside " + cwd + "; set -Dpartnership.iati.dir");
  }
}
