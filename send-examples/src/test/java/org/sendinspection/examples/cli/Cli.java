package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the send command line in-process, capturing what it writes. */
final class Cli {
  private Cli() {}

  /**
   * What one run wrote and returned.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = SendCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
