package dev.partnership.benchmarks;

import dev.partnership.iati.IatiReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory check: writes an IATI file of at least 1 GB by repeating the real activities of {@code
 * dportal_32.xml} under one root, streams it through {@link IatiReader}, and prints the peak heap.
 * Run it with a small heap to show that nothing is held:
 *
 * <pre>
 * java -Xmx256m -cp partnership-benchmarks/target/benchmarks.jar dev.partnership.benchmarks.LargeFileStreaming /tmp/iati-1gb.xml
 * </pre>
 */
public final class LargeFileStreaming {
  private LargeFileStreaming() {}

  /**
   * Writes (if missing) and streams the large file.
   *
   * @param args the path of the large file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path big = Path.of(args.length > 0 ? args[0] : "target/iati-1gb.xml");
    long target = 1L << 30;
    if (!Files.exists(big) || Files.size(big) < target) {
      Path source =
          SharedFiles.activities().stream()
              .filter(p -> p.getFileName().toString().equals("dportal_32.xml"))
              .findFirst()
              .orElseThrow();
      String xml = Files.readString(source);
      String body =
          xml.substring(xml.indexOf("<iati-activity "), xml.lastIndexOf("</iati-activities>"));
      String head = xml.substring(0, xml.indexOf("<iati-activity "));
      byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
        out.write(head.getBytes(StandardCharsets.UTF_8));
        long written = head.length();
        while (written < target) {
          out.write(bodyBytes);
          written += bodyBytes.length;
        }
        out.write("</iati-activities>\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    long[] activities = {0};
    long[] transactions = {0};
    long start = System.nanoTime();
    var report =
        IatiReader.forEach(
            big,
            a -> {
              activities[0]++;
              transactions[0] += a.transactions().size();
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "file %s: %.2f GB, %d activities, %d transactions, %d report entries, read in %.1f s (%.0f MB/s); peak heap %.0f MB of max %.0f MB%n",
        big,
        Files.size(big) / 1e9,
        activities[0],
        transactions[0],
        report.entries().size(),
        seconds,
        Files.size(big) / 1e6 / seconds,
        peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }
}
