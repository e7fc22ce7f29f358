package dev.partnership.examples;

import dev.partnership.analysis.Finding;
import dev.partnership.analysis.Lessons;
import dev.partnership.analysis.PrinciplesCheck;
import dev.partnership.document.DocumentException;
import dev.partnership.document.Format;
import dev.partnership.document.PartnershipDocuments;
import dev.partnership.model.Partnership;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Reads a partnership document, checks it against the meet-up lessons, and writes it back in the
 * normal form: the command a facilitator runs on a file kept under version control.
 *
 * <pre>
 * DocumentExample &lt;document.yaml|.json&gt; [--out &lt;file&gt;] [--as-of &lt;yyyy-mm-dd&gt;]
 * </pre>
 *
 * <p>The findings go to standard error; the document goes to standard output, or to {@code --out}
 * in the format its name says. A document already in normal form is written back unchanged, so
 * {@code diff} shows nothing. A broken document prints the reader's message (file, line, column,
 * pointer, rule) and exits with status 1.
 *
 * <p>Run it with {@code mvn -q -pl partnership-examples -am test-compile exec:java
 * -Dexec.mainClass=dev.partnership.examples.DocumentExample
 * -Dexec.args="partnership-examples/documents/three-partners.yaml --out /tmp/three-partners.yaml"}.
 */
public final class DocumentExample {
  private DocumentExample() {}

  /**
   * Reads the document named by the first argument, prints the lessons' findings to standard error
   * and the normalised document to standard output or {@code --out}.
   *
   * @param args the document's path, then optionally {@code --out <file>} and {@code --as-of
   *     <date>} (default: today)
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args.length % 2 == 0) {
      err.println("usage: DocumentExample <document.yaml|.json> [--out <file>] [--as-of <date>]");
      return 2;
    }
    Path in = Path.of(args[0]);
    Path target = null;
    LocalDate asOf = LocalDate.now();
    for (int i = 1; i < args.length; i += 2) {
      if (args[i].equals("--out")) {
        target = Path.of(args[i + 1]);
      } else if (args[i].equals("--as-of")) {
        asOf = LocalDate.parse(args[i + 1]);
      } else {
        err.println("unknown option " + args[i] + "; expected --out or --as-of");
        return 2;
      }
    }
    Partnership p;
    try {
      p = PartnershipDocuments.read(in);
    } catch (DocumentException e) {
      err.println(e.getMessage());
      return 1;
    }
    PrinciplesCheck.Result result = PrinciplesCheck.run(p, Lessons.meetup(), asOf);
    err.println(
        p.name()
            + ": "
            + p.members().size()
            + " members, checked on "
            + asOf
            + " against the"
            + " meet-up lessons");
    for (Map.Entry<Finding.Status, Long> e : result.summary().entrySet()) {
      err.println("  " + e.getKey().label() + ": " + e.getValue());
    }
    for (Finding f : result.findings()) {
      if (f.isProblem()) {
        err.println(f.text());
      }
    }
    if (target == null) {
      out.print(PartnershipDocuments.write(p, Format.ofFileName(in.toString())));
    } else {
      PartnershipDocuments.write(p, target);
    }
    return 0;
  }
}
