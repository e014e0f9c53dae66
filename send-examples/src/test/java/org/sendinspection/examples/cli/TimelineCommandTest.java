package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.examples.TestRecords;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.json.AreaRecordCodec;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class TimelineCommandTest {
  @TempDir
  Path dir;

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  @Test
  void writesAWellFormedPictureOfEveryStepAndOutcome() throws Exception {
    Path record = dir.resolve("testshire.json");
    AreaRecordCodec.strict().write(TestRecords.detailed(), record);
    Path svg = dir.resolve("testshire.svg");
    Cli.Run run = Cli.run("timeline", record.toString(), "--out", svg.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("wrote " + svg + "\n", run.out());
    String text = Files.readString(svg);
    assertEquals("svg", parse(text).getDocumentElement().getNodeName());
    assertTrue(text.contains(">Testshire (E10000901, South West): SEND local area inspection journey<"));
    assertTrue(text.contains(">statement 1 not fit for purpose, 1 Aug 2019<"), text);
    assertTrue(text.contains(">statement 2 fit for purpose, 20 Sep 2019<"), text);
    assertTrue(text.contains(">report published, 20 Apr 2019 or 2 May 2019 (disputed)<"), text);
    assertTrue(text.contains(">joint-commissioning<"), text);
    assertTrue(text.contains(">not sufficient progress<"), text);
    assertTrue(text.contains(">sufficient progress<"), text);
    assertTrue(text.contains(">Testshire ICB<"), text);
  }

  @Test
  void generatedRecordsOfEveryShape_drawWithoutError() throws Exception {
    for (int seed = 1; seed <= 40; seed++) {
      Path record = dir.resolve("g" + seed + ".json");
      AreaRecordCodec.strict().write(AreaRecordGenerator.any().generate(seed), record);
      Path svg = dir.resolve("g" + seed + ".svg");
      Cli.Run run = Cli.run("timeline", record.toString(), "--out", svg.toString());
      if (AreaRecordGenerator.any().generate(seed).getInspections().isEmpty()
          && AreaRecordGenerator.any().generate(seed).getArea().getPartners().stream()
              .allMatch(p -> p.getActingFrom().isEmpty() && p.getActingUntil().isEmpty())) {
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("has no dated step to draw [nothing-to-draw]"), run.err());
      } else {
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        parse(Files.readString(svg));
      }
    }
  }

  @Test
  void missingOut_isAUsageError() throws IOException {
    Path record = dir.resolve("testshire.json");
    AreaRecordCodec.strict().write(TestRecords.detailed(), record);
    Cli.Run run = Cli.run("timeline", record.toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Missing required option: '--out=FILE.svg'"), run.err());
  }

  @Test
  void malformedRecord_isInvalidInput_andNoPictureIsWritten() throws IOException {
    Path record = dir.resolve("bad.json");
    Files.writeString(record, "{\"schemaVersion\": 1, \"area\": ");
    Path svg = dir.resolve("bad.svg");
    Cli.Run run = Cli.run("timeline", record.toString(), "--out", svg.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(record + ": $: not well-formed JSON"), run.err());
    assertTrue(Files.notExists(svg));
  }

  @Test
  void claim_placesADisputedStepWhereTheRulesPlaceIt_andKeepsTheBracketOfEveryClaim() throws Exception {
    Path record = dir.resolve("testshire.json");
    AreaRecordCodec.strict().write(TestRecords.detailed(), record);
    Path byDefault = dir.resolve("default.svg");
    Path latest = dir.resolve("latest.svg");
    assertEquals(ExitCodes.OK, Cli.run("timeline", record.toString(), "--out", byDefault.toString()).exitCode());
    Cli.Run run = Cli.run("timeline", record.toString(), "--out", latest.toString(), "--claim", "latest");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    String a = Files.readString(byDefault);
    String b = Files.readString(latest);
    assertTrue(!a.equals(b), "the report's publication moves from 20 April to 2 May 2019");
    assertTrue(b.contains(">report published, 20 Apr 2019 or 2 May 2019 (disputed)<"), b);
    Cli.Run bad = Cli.run("timeline", record.toString(), "--out", latest.toString(), "--claim", "loudest");
    assertEquals(ExitCodes.USAGE, bad.exitCode());
  }
}
