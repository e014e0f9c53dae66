/**
 * The {@code send} command line for analysts: one class per subcommand ({@code validate},
 * {@code explain}, {@code summary}, {@code timeline}, {@code generate}, {@code import-ofsted},
 * {@code import-mi}, {@code import-overview}), with the reading of record files and the reporting of
 * their problems in {@link org.sendinspection.examples.cli.RecordReader}, and of Ofsted's data files in
 * {@link org.sendinspection.examples.cli.DataFile}.
 *
 * <p>Entry point: {@link org.sendinspection.examples.cli.SendCommand}, the main class of
 * {@code send-examples/target/send.jar}.
 */
package org.sendinspection.examples.cli;
