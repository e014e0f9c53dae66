/**
 * Test tooling for code that uses the SEND inspection model, added with test scope: generators of
 * synthetic area records of both frameworks ({@code org.sendinspection.model.generate}), a property
 * runner that prints its seed, replays and shrinks failures ({@code PropertyCheck}), the example records
 * of real areas ({@code org.sendinspection.model.examples}, whose JSON documents are opened to readers
 * of resources) and a helper for tests of files the repository does not hold ({@code
 * org.sendinspection.testkit.SharedData}).
 *
 * <p>JUnit is {@code requires static}: only {@code SharedData} uses it, and a user's tests bring their
 * own.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.sendinspection.testkit {
  requires transitive org.sendinspection.model;
  requires static org.junit.jupiter.api;
  requires static org.immutables.value;

  exports org.sendinspection.model.examples;
  exports org.sendinspection.model.generate;
  exports org.sendinspection.testkit;

  opens org.sendinspection.model.examples;
}
