package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import org.sendinspection.examples.QuietLogging;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code send} command line: checks, explains, summarises, draws and generates SEND local area
 * inspection records.
 *
 * <p>Exit codes, which scripts may rely on: {@value ExitCodes#OK} on success, {@value
 * ExitCodes#INVALID_INPUT} when a record is missing, unreadable or invalid, {@value ExitCodes#USAGE}
 * when the command line itself is wrong (an unknown flag, a missing argument) or, for the import
 * commands, when a data file cannot be read at all. Results go to standard
 * output; every problem goes to standard error, naming the file, the JSON path and the rule broken.
 */
@Command(
    name = "send",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks, explains, summarises, draws and generates records of SEND local area "
        + "inspections (Ofsted and CQC), and imports Ofsted's published data as records.",
    subcommands = {
        ValidateCommand.class,
        ExplainCommand.class,
        SummaryCommand.class,
        TimelineCommand.class,
        ReportCommand.class,
        GenerateCommand.class,
        ImportOfstedCommand.class,
        ImportMiCommand.class,
        ImportOverviewCommand.class,
        DatasetCommand.class,
        ExportCommand.class,
        CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 success, 1 invalid input (problem rows of a data file included), 2 usage error "
        + "(or a data file that cannot be read at all)."})
public final class SendCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    QuietLogging.apply();
    System.exit(commandLine().execute(args));
  }

  /**
   * A configured command line, for running in-process: set its output and error writers with
   * {@link CommandLine#setOut(PrintWriter)} and {@link CommandLine#setErr(PrintWriter)}, then call
   * {@link CommandLine#execute(String...)}.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    // picocli's own defaults are the documented codes: 2 for a usage error, 1 for a failure.
    CommandLine commandLine = new CommandLine(new SendCommand()) {
      // Whatever writers a caller sets, names from records and files reach them escaped.
      @Override
      public CommandLine setOut(PrintWriter out) {
        return super.setOut(TerminalSafeWriter.of(out));
      }

      @Override
      public CommandLine setErr(PrintWriter err) {
        return super.setErr(TerminalSafeWriter.of(err));
      }
    };
    return commandLine
        .setExecutionExceptionHandler(SendCommand::reportFailure)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(new PrintWriter(System.out, true))
        .setErr(new PrintWriter(System.err, true));
  }

  @Override
  public void run() {
    // Without a subcommand there is nothing to do; picocli prints the message and the usage.
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  private static int reportFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    commandLine.getErr().println("send " + commandLine.getCommandName() + ": " + e.getMessage());
    commandLine.getErr().flush();
    return ExitCodes.INVALID_INPUT;
  }
}
