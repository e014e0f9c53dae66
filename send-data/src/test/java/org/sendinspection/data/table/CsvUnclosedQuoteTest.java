package org.sendinspection.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV file with a quoted value never closed is refused naming the line where the quote opened. */
class CsvUnclosedQuoteTest {
  @TempDir
  Path dir;

  @Test
  void unclosedQuote_namesTheLineItOpensOn() throws Exception {
    Path file = dir.resolve("broken.csv");
    Files.writeString(file, "name,town\n\"Essex, \"\"the county\"\"\",Chelmsford\n\"Suffolk,Ipswich\nNorfolk,Norwich\n");
    TableFormatException e = assertThrows(TableFormatException.class, () -> CsvTable.read(file));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("opens on line 3"), e.getMessage());
    assertEquals(OptionalInt.of(3), CsvQuotes.unclosedQuoteLine(file));
  }

  @Test
  void quotesInsideUnquotedFields_andBalancedQuotes_areNotUnclosed() throws Exception {
    Path file = dir.resolve("fine.csv");
    Files.writeString(file, "\uFEFFname,note\r\nEssex,a 5\" pipe\r\n\"Suffolk\nby the sea\",x\r\n");
    assertEquals(OptionalInt.empty(), CsvQuotes.unclosedQuoteLine(file));
    assertEquals(OptionalInt.of(1), CsvQuotes.unclosedQuoteLine(Files.writeString(dir.resolve("one.csv"), "\"a,b\n")));
  }
}
