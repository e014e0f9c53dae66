package org.sendinspection.examples;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' start-up chatter off standard error, where the programmes' own messages go.
 *
 * <p>Hibernate Validator announces its version at INFO through {@code java.util.logging} the first time
 * a record is validated; only its warnings matter to a user. Every programme's {@code main} calls {@link
 * #apply()} first, the {@code send} command line included, so that {@code java -cp send.jar ...} prints
 * only what the programme says. A library does not change its users' logging, so this is done here, in
 * the programmes, and not in {@code send-model}.
 */
public final class QuietLogging {
  // Held here: java.util.logging keeps loggers only weakly, and a collected one forgets its level.
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private QuietLogging() {}

  /** Lets only warnings and errors of Hibernate Validator through; idempotent. */
  public static void apply() {
    VALIDATOR_LOG.setLevel(Level.WARNING);
  }
}
