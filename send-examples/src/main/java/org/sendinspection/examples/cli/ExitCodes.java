package org.sendinspection.examples.cli;

/** The exit codes of the {@code send} command line, fixed so that scripts can rely on them. */
public final class ExitCodes {
  /** Everything was read and done. */
  public static final int OK = 0;
  /** A record was missing, unreadable, not JSON, or broke a rule of the format or the framework. */
  public static final int INVALID_INPUT = 1;
  /** The command line itself was wrong: an unknown subcommand or flag, a missing or malformed argument. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
