package org.sendinspection.model.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One area's row of Ofsted's official statistics on area SEND inspections (published 17 November
 * 2022), read from the OpenDocument spreadsheet in the shared data folder, as its cells show.
 *
 * @param cells the row's cells in order: link, code, area name, region, inspection start date,
 *     inspection publication date, statement required, weaknesses, revisit start date, revisit
 *     publication date, revisit outcome, weaknesses with and without sufficient progress
 */
record OfficialStatisticsRow(List<String> cells) {
  private static final String TABLE = "Area_SEND_up_to_31_Aug_2022";
  private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  // The spreadsheet is read once per run: parsing its XML is the slow part of these tests.
  private static final java.util.Map<Path, List<List<String>>> READ = new java.util.concurrent.ConcurrentHashMap<>();

  String inspectionStart() {
    return cells.get(4);
  }

  String inspectionPublished() {
    return cells.get(5);
  }

  String statementRequired() {
    return cells.get(6);
  }

  String weaknesses() {
    return cells.get(7);
  }

  String revisitStart() {
    return cells.get(8);
  }

  String revisitPublished() {
    return cells.get(9);
  }

  String revisitOutcome() {
    return cells.get(10);
  }

  String sufficient() {
    return cells.get(11);
  }

  String notSufficient() {
    return cells.get(12);
  }

  /**
   * Finds the row of the area with the given ONS code.
   *
   * @param spreadsheet the .ods file; not null
   * @param code the ONS code, such as {@code E10000012}
   * @return the row, or empty if the table has none for that code
   */
  static Optional<OfficialStatisticsRow> find(Path spreadsheet, String code) {
    for (List<String> row : READ.computeIfAbsent(spreadsheet, OfficialStatisticsRow::rows)) {
      if (row.size() > 1 && row.get(1).equals(code)) {
        return Optional.of(new OfficialStatisticsRow(row));
      }
    }
    return Optional.empty();
  }

  private static List<List<String>> rows(Path spreadsheet) {
    try (ZipFile zip = new ZipFile(spreadsheet.toFile());
        InputStream content = zip.getInputStream(zip.getEntry("content.xml"))) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(content);
      NodeList tables = document.getElementsByTagNameNS(TABLE_NS, "table");
      for (int t = 0; t < tables.getLength(); t++) {
        Element table = (Element) tables.item(t);
        if (TABLE.equals(table.getAttributeNS(TABLE_NS, "name"))) {
          return rowsOf(table);
        }
      }
      throw new IllegalStateException(spreadsheet + " has no table " + TABLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IllegalStateException("cannot read " + spreadsheet + ": " + e.getMessage(), e);
    }
  }

  private static List<List<String>> rowsOf(Element table) {
    List<List<String>> rows = new ArrayList<>();
    NodeList rowNodes = table.getElementsByTagNameNS(TABLE_NS, "table-row");
    for (int r = 0; r < rowNodes.getLength(); r++) {
      List<String> cells = new ArrayList<>();
      NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS(TABLE_NS, "table-cell");
      for (int c = 0; c < cellNodes.getLength() && cells.size() < 20; c++) {
        Element cell = (Element) cellNodes.item(c);
        String repeated = cell.getAttributeNS(TABLE_NS, "number-columns-repeated");
        // Trailing empty cells are stored once with a large repeat count; a few suffice.
        int times = repeated.isEmpty() ? 1 : Math.min(Integer.parseInt(repeated), 20);
        String text = textOf(cell);
        for (int i = 0; i < times; i++) {
          cells.add(text);
        }
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String textOf(Element cell) {
    NodeList paragraphs = cell.getElementsByTagNameNS(TEXT_NS, "p");
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < paragraphs.getLength(); p++) {
      text.append(p == 0 ? "" : " ").append(paragraphs.item(p).getTextContent());
    }
    return text.toString().trim();
  }
}
