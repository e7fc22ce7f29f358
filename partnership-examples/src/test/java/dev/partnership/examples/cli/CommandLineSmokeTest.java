package dev.partnership.examples.cli;

import static dev.partnership.examples.cli.PartnershipCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.examples.cli.PartnershipCliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each subcommand of the command line once, as a person would, and its {@code --help}: exit
 * codes, what it prints and what it writes.
 */
class CommandLineSmokeTest {

  @Test
  void eachSubcommandAndItsHelp(@TempDir Path dir) throws IOException {
    for (String command : new String[] {"report", "iati", "power"}) {
      Run help = run(command, "--help");
      assertEquals(0, help.code(), help.err());
      assertTrue(help.out().startsWith("Usage: partnership " + command), help.out());
    }
    Run top = run("--help");
    assertEquals(0, top.code(), top.err());
    for (String command : new String[] {"report", "iati", "power"}) {
      assertTrue(top.out().contains(command), top.out());
    }

    Path out = dir.resolve("report");
    Run report = run("report", "--builtin", "--no-graphviz", "--out", out.toString());
    assertEquals(0, report.code(), report.err());
    assertTrue(report.out().contains("Comparison:"), report.out());
    for (String name :
        new String[] {"Count Me In! 2.0", "Global Partnership", "FAIR - Even It Up!"}) {
      assertTrue(report.out().contains(name), name + " in " + report.out());
    }
    assertTrue(Files.isRegularFile(out.resolve("report.html")));
    assertTrue(Files.readString(out.resolve("report.html")).contains("Oxfam Novib"));

    Path xml =
        Files.writeString(dir.resolve("a.xml"), PartnershipCliTest.IATI, StandardCharsets.UTF_8);
    Run iati = run("iati", xml.toString(), "--funder", "XM-DAC-7");
    assertEquals(0, iati.code(), iati.err());
    assertTrue(iati.out().contains("Read 2 activities from 1 file"), iati.out());

    Run power = run("power", "--quota", "3", "2", "1", "1");
    assertEquals(0, power.code(), power.err());
    assertTrue(power.out().contains("Banzhaf"), power.out());
    assertTrue(power.out().contains("60.0%"), power.out());

    Run wrong = run("power", "--quota", "x", "1");
    assertEquals(2, wrong.code(), wrong.err());
  }
}
