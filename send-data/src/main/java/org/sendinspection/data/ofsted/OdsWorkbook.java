package org.sendinspection.data.ofsted;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SodsException;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import org.sendinspection.data.table.SpreadsheetLimits;

/**
 * The sheets of an OpenDocument spreadsheet, read with SODS (com.github.miachm.sods), a small
 * pure-Java library that keeps each cell's type.
 */
final class OdsWorkbook {
  private final Path file;
  private final SpreadSheet spreadsheet;

  private OdsWorkbook(Path file, SpreadSheet spreadsheet) {
    this.file = file;
    this.spreadsheet = spreadsheet;
  }

  /**
   * Opens a spreadsheet.
   *
   * @throws StatisticsFormatException if the file is not an OpenDocument spreadsheet
   * @throws UncheckedIOException if it cannot be read
   */
  static OdsWorkbook open(Path file) {
    try {
      Optional<String> tooLarge = SpreadsheetLimits.archiveProblem(file);
      if (tooLarge.isPresent()) {
        throw new StatisticsFormatException(file + " " + tooLarge.get());
      }
      return new OdsWorkbook(file, new SpreadSheet(file.toFile()));
    } catch (ZipException e) {
      // An OpenDocument file is a zip archive; this one is not.
      throw new StatisticsFormatException(file + " is not an OpenDocument spreadsheet: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (SodsException e) {
      // SODS reports a zip archive that is not a spreadsheet with its own unchecked exceptions.
      throw new StatisticsFormatException(file + " is not an OpenDocument spreadsheet: " + e.getMessage(), e);
    }
  }

  /** The sheet of the given name, if the spreadsheet has one. */
  Optional<SheetTable> sheet(String name) {
    Sheet sheet = spreadsheet.getSheet(name);
    return sheet == null ? Optional.empty() : Optional.of(toTable(sheet));
  }

  /**
   * The sheet of the given name.
   *
   * @throws StatisticsFormatException naming the sheets there are, if there is none of that name
   */
  SheetTable requireSheet(String name) {
    return sheet(name).orElseThrow(() -> new StatisticsFormatException(file + " has no sheet '" + name
        + "'; its sheets are " + spreadsheet.getSheets().stream().map(s -> "'" + s.getName() + "'")
            .collect(Collectors.joining(", "))));
  }

  private static Cell bounded(Sheet sheet, Object value) {
    if (value instanceof String) {
      SpreadsheetLimits.cellProblem((String) value).ifPresent(problem -> {
        throw new StatisticsFormatException("sheet '" + sheet.getName() + "': " + problem + "");
      });
    }
    return Cell.of(value);
  }

  private static SheetTable toTable(Sheet sheet) {
    int rows = sheet.getMaxRows();
    int columns = sheet.getMaxColumns();
    if (rows > SpreadsheetLimits.MAX_ROWS || columns > SpreadsheetLimits.MAX_COLUMNS) {
      throw new StatisticsFormatException("sheet '" + sheet.getName() + "' has " + rows + " rows and " + columns
          + " columns; a sheet read has at most " + SpreadsheetLimits.MAX_ROWS + " rows and "
          + SpreadsheetLimits.MAX_COLUMNS + " columns");
    }
    List<SheetTable.Row> table = new ArrayList<>(rows);
    if (rows > 0 && columns > 0) {
      Object[][] values = sheet.getRange(0, 0, rows, columns).getValues();
      for (int r = 0; r < rows; r++) {
        table.add(new SheetTable.Row(r + 1,
            Arrays.stream(values[r]).map(value -> bounded(sheet, value)).collect(Collectors.toList())));
      }
    }
    return new SheetTable(sheet.getName(), table);
  }
}
