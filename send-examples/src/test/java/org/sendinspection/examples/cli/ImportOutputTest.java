package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the import commands write: a directory is filled as a whole, out of sight, and an existing
 * output is written into or replaced only with {@code --force}.
 */
class ImportOutputTest {
  @TempDir
  Path dir;

  private Path export() throws IOException {
    return Files.write(dir.resolve("export.csv"), ImportCommandsTest.SMALL_EXPORT, StandardCharsets.UTF_8);
  }

  /** Every name under a path, relative to it, sorted: what a person listing it would see. */
  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void intoANewDirectory_leavesNothingBesideIt() throws IOException {
    Path csv = export();
    Path out = dir.resolve("records");
    Cli.Run run = Cli.run("import-ofsted", csv.toString(), "--out", out.toString(), "--published", "2022-11-17");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
    assertEquals(List.of("E99000001.json", "E99000003.json"), listing(out));
    assertEquals(List.of("export.csv", "records"), listing(dir).stream().filter(n -> !n.contains("/")).toList(),
        "no hidden directory is left beside it");
  }

  @Test
  void intoADirectoryHoldingFiles_isRefusedWithoutForce() throws IOException {
    Path csv = export();
    Path out = Files.createDirectory(dir.resolve("records"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    Cli.Run run = Cli.run("import-ofsted", csv.toString(), "--out", out.toString(), "--published", "2022-11-17");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
    assertEquals("send import-ofsted: " + out + ": the directory holds files; give --force to import into it (each "
        + "area's record already there is merged with the imported one, the other files kept) [exists]\n",
        run.err());
    assertEquals("", run.out());
    assertEquals(List.of("notes.txt"), listing(out));
    assertEquals(List.of("export.csv", "records", "records/notes.txt"), listing(dir));
  }

  @Test
  void intoAnEmptyDirectory_needsNoForce() throws IOException {
    Path csv = export();
    Path out = Files.createDirectory(dir.resolve("records"));
    Cli.Run run = Cli.run("import-ofsted", csv.toString(), "--out", out.toString(), "--published", "2022-11-17");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
    assertEquals(List.of("E99000001.json", "E99000003.json"), listing(out));
  }

  @Test
  void withForce_theRecordsAreMergedIn_andTheOtherFilesKept() throws IOException {
    Path csv = export();
    Path out = dir.resolve("records");
    assertEquals(ExitCodes.INVALID_INPUT, Cli.run("import-ofsted", csv.toString(), "--out", out.toString(),
        "--published", "2022-11-17").exitCode());
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.createDirectory(out.resolve("old"));
    Files.writeString(out.resolve("old/E99000001.json"), "kept as it is");
    String first = Files.readString(out.resolve("E99000001.json"));
    Cli.Run run = Cli.run("import-ofsted", csv.toString(), "--out", out.toString(), "--published", "2022-11-17",
        "--force");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("wrote 2 records to " + out + " (2 merged with the record already there)"),
        run.out());
    assertFalse(run.err().contains(".part"), "messages name the directory, not where it was written: " + run.err());
    assertEquals(List.of("E99000001.json", "E99000003.json", "notes.txt", "old", "old/E99000001.json"), listing(out));
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    assertEquals("kept as it is", Files.readString(out.resolve("old/E99000001.json")));
    assertEquals(first, Files.readString(out.resolve("E99000001.json")), "the same facts merged are the same record");
    assertEquals(List.of("export.csv", "records"), listing(dir).stream().filter(n -> !n.contains("/")).toList());
  }

  @Test
  void aWriteThatFailsPartway_leavesTheDirectoryAsItWas() throws IOException {
    Path csv = export();
    Path out = Files.createDirectory(dir.resolve("records"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    // The third row's record cannot be written: a directory that holds a file has its name.
    Files.createDirectory(out.resolve("E99000003.json"));
    Files.writeString(out.resolve("E99000003.json/inside"), "x");
    Cli.Run run = Cli.run("import-ofsted", csv.toString(), "--out", out.toString(), "--published", "2022-11-17",
        "--force");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains("send import-ofsted: " + out + ": cannot be written: E99000003.json: a directory of "
        + "that name holds files [unwritable]"), run.err());
    assertEquals(List.of("E99000003.json", "E99000003.json/inside", "notes.txt"), listing(out),
        "the first row's record, written before the failure, is not there");
    assertEquals(List.of("export.csv", "records"), listing(dir).stream().filter(n -> !n.contains("/")).toList());
  }

  @Test
  void aStagedDirectory_isNotThereUntilCommitted() throws IOException {
    Path target = dir.resolve("new");
    StagedDirectory staged = StagedDirectory.open(target, false);
    Files.writeString(staged.fresh("a.json"), "a");
    // A run killed here leaves no directory of that name, only the hidden one beside it.
    assertFalse(Files.exists(target));
    assertTrue(staged.path().getFileName().toString().startsWith(".new."), staged.path().toString());
    assertEquals(dir, staged.path().getParent());
    staged.commit();
    assertEquals(List.of("new", "new/a.json"), listing(dir));

    StagedDirectory again = StagedDirectory.open(target, true);
    assertEquals(List.of("a.json"), listing(again.path()), "the files already there are carried over");
    Files.writeString(again.fresh("a.json"), "changed");
    Files.writeString(again.fresh("b.json"), "b");
    assertEquals("a", Files.readString(target.resolve("a.json")), "the directory is unchanged until the commit");
    again.commit();
    assertEquals(List.of("new", "new/a.json", "new/b.json"), listing(dir));
    assertEquals("changed", Files.readString(target.resolve("a.json")));

    StagedDirectory abandoned = StagedDirectory.open(target, true);
    Files.writeString(abandoned.fresh("a.json"), "lost");
    abandoned.abandon();
    assertEquals(List.of("new", "new/a.json", "new/b.json"), listing(dir));
    assertEquals("changed", Files.readString(target.resolve("a.json")));

    assertThrows(FileAlreadyExistsException.class, () -> StagedDirectory.open(target, false));
    assertThrows(FileAlreadyExistsException.class, () -> StagedDirectory.open(target.resolve("a.json"), true));
    assertEquals(List.of("new", "new/a.json", "new/b.json"), listing(dir), "nothing made by a refusal");
  }

  @Test
  void anExistingJsonLinesFile_isReplacedOnlyWithForce() throws IOException {
    Path csv = export();
    Path jsonl = Files.writeString(dir.resolve("records.jsonl"), "earlier\n");
    Cli.Run refused = Cli.run("import-ofsted", csv.toString(), "--out", jsonl.toString(), "--published", "2022-11-17");
    assertEquals(ExitCodes.USAGE, refused.exitCode(), refused.err());
    assertEquals("send import-ofsted: " + jsonl + ": the file exists; give --force to replace it [exists]\n",
        refused.err());
    assertEquals("", refused.out());
    assertEquals("earlier\n", Files.readString(jsonl));

    Cli.Run forced = Cli.run("import-ofsted", csv.toString(), "--out", jsonl.toString(), "--published", "2022-11-17",
        "--force");
    assertEquals(ExitCodes.INVALID_INPUT, forced.exitCode(), forced.err());
    assertEquals(2, Files.readAllLines(jsonl).size());
    assertEquals(List.of("export.csv", "records.jsonl"), listing(dir));
  }
}
