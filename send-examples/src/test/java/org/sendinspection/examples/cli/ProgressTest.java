package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress shows on a terminal only, redrawn in place, and ends its line when done. */
class ProgressTest {

  @Test
  void on_a_terminal_progress_is_redrawn_in_place_and_ends_its_line() {
    StringWriter err = new StringWriter();
    RecordReader.Progress progress = new RecordReader.Progress(new PrintWriter(err), true, "read", 30, 0);
    for (int file = 0; file < 30; file++) {
      for (int line = 0; line < 100; line++) {
        progress.record();
      }
      progress.file();
    }
    progress.done();
    assertTrue(err.toString().startsWith("\rread "), err.toString());
    assertTrue(err.toString().endsWith("\rread 30 of 30 files, 3000 records" + System.lineSeparator()), err.toString());
  }

  @Test
  void elsewhere_nothing_is_shown() {
    StringWriter err = new StringWriter();
    RecordReader.Progress progress = new RecordReader.Progress(new PrintWriter(err), false, "read", 30, 0);
    for (int i = 0; i < 5000; i++) {
      progress.record();
      progress.file();
    }
    progress.done();
    assertEquals("", err.toString());
  }

  @Test
  void writing_counts_against_what_is_expected() {
    StringWriter err = new StringWriter();
    RecordReader.Progress progress = new RecordReader.Progress(new PrintWriter(err), true, "wrote", 0, 2500);
    for (int i = 0; i < 2500; i++) {
      progress.record();
    }
    progress.done();
    assertTrue(err.toString().endsWith("\rwrote 2500 of 2500 records" + System.lineSeparator()), err.toString());
    assertTrue(err.toString().contains("\rwrote 1000 of 2500 records"), err.toString());
  }
}
