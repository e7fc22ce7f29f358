package dev.partnership.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code partnership} command: {@code report} writes the HTML, Markdown, SVG and CSV report of
 * partnerships, {@code power} prints every power index of a weighted voting game, {@code iati}
 * traces a funder's money through IATI files. Exit codes: 0 done, 1 input refused (a one-line
 * message says why), 2 usage error (with the usage).
 *
 * <pre>
 * java -jar partnership-examples/target/partnership-cli.jar power --quota 3 2 1 1
 * java -jar partnership-examples/target/partnership-cli.jar report --builtin --out target/partos-report
 * </pre>
 */
@Command(
    name = "partnership",
    mixinStandardHelpOptions = true,
    version = "partnership 0.1.0-SNAPSHOT",
    description = "Advocacy partnerships, their governance, funding and the power inside them.",
    subcommands = {
      ReportCommand.class,
      PowerCommand.class,
      IatiCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PartnershipCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Exit code when the input is refused (a game too large, a file that is not IATI XML). */
  public static final int REFUSED = 1;

  /** Creates the command; picocli calls this. */
  public PartnershipCli() {}

  /** Without a subcommand, prints the usage and fails as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing a subcommand: report, power or iati");
  }

  /**
   * Returns the command line, with errors from inside a command printed as one line ({@code
   * partnership power: ...}) and exit code {@link #REFUSED}.
   *
   * @param out where results go
   * @param err where errors and progress go
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new PartnershipCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          commandLine.getErr().println(commandLine.getCommandName() + ": " + firstLine(message));
          commandLine.getErr().flush();
          return REFUSED;
        });
    return cl;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line, e.g. {@code power --quota 3 2 1 1}
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
