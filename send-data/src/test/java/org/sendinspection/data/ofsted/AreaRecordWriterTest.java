package org.sendinspection.data.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;

/** One file per area, named by its code, read back as the same record. */
class AreaRecordWriterTest {
  @TempDir
  Path dir;

  @Test
  void each_record_is_written_to_its_code_and_reads_back_equal() throws IOException {
    List<AreaRecord> records = AreaRecordGenerator.any().generateMany(11L, 20);
    Path out = dir.resolve("records/2022");
    List<Path> written = AreaRecordWriter.write(records, out);
    assertEquals(20, written.size());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(20, files.count());
    }
    for (int i = 0; i < records.size(); i++) {
      assertEquals(out.resolve(records.get(i).getArea().getCode() + ".json"), written.get(i));
      assertEquals(records.get(i), AreaRecordCodec.strict().read(written.get(i)));
    }
  }

  @Test
  void writing_again_replaces_an_areas_file_and_leaves_others() throws IOException {
    List<AreaRecord> records = AreaRecordGenerator.any().generateMany(11L, 3);
    AreaRecordWriter.write(records, dir);
    Path other = Files.writeString(dir.resolve("E99999999.json"), "{}");
    AreaRecordWriter.write(records.subList(0, 1), dir);
    assertTrue(Files.exists(other));
    assertEquals(records.get(0), AreaRecordCodec.strict().read(dir.resolve(AreaRecordWriter.fileName(records.get(0)))));
  }

  @Test
  void two_records_of_one_area_are_refused_before_anything_is_written() throws IOException {
    AreaRecord one = AreaRecordGenerator.any().generateMany(11L, 1).get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AreaRecordWriter.write(List.of(one, one), dir.resolve("out")));
    assertTrue(e.getMessage().contains("two records are of area E99000001"), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("out")));
  }

  @Test
  void imported_records_of_a_csv_export_write_one_file_per_row() throws IOException {
    Path csv = new StatisticsCsv().row(StatisticsCsv.revisited("E99000001"))
        .row(StatisticsCsv.noStatement("E99000002")).write(dir.resolve("sheet.csv"));
    List<Path> written = AreaRecordWriter.write(OfstedStatistics.read(csv).records(), dir.resolve("out"));
    assertEquals(List.of("E99000001.json", "E99000002.json"),
        written.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList()));
  }
}
