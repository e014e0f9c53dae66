package org.sendinspection.data.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.testkit.SharedData;

/** {@link OfstedStatistics#COLUMNS} are the headers of the data sheet Ofsted publishes, in its order. */
class StatisticsColumnsTest {

  @Test
  void the_columns_are_the_published_data_sheet_s_header_row() {
    Path file = SharedData.require(SharedData.STATISTICS_2022, "Ofsted's area SEND official statistics");
    SheetTable sheet = OdsWorkbook.open(file).requireSheet(OfstedStatistics.DATA_SHEET);
    SheetTable.Row header = sheet.rows().stream()
        .filter(row -> row.cell(1).text().filter(StatisticsColumn.AREA_CODE::isNamedBy).isPresent())
        .findFirst().orElseThrow(() -> new AssertionError("no header row in " + file));
    List<String> published = new ArrayList<>();
    for (int i = 0; i < OfstedStatistics.COLUMNS.size(); i++) {
      published.add(header.cell(i).text().orElse("").trim().replaceAll("\\s+", " "));
    }
    assertEquals(OfstedStatistics.COLUMNS, published);
  }
}
