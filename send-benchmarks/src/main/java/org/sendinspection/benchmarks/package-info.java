/**
 * JMH benchmarks of the library, each beside the baseline it is judged against, measured in the same run.
 *
 * <p>Run them with {@code java -jar send-benchmarks/target/benchmarks.jar}; {@code docs/performance.md}
 * holds the command, the latest results and the machine they were measured on.
 */
package org.sendinspection.benchmarks;
