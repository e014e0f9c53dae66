package org.sendinspection.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The area codes of the records in record files and JSON lines files, read without reading the records:
 * each document's {@code area.code} is taken from the tokens that come before it, and the rest of the
 * document is not looked at. This is how {@link RecordSources} learns which areas appear more than once
 * before it reads the records themselves.
 *
 * <p>Nothing is checked and nothing is reported: a document without such a code gives none, and a file
 * that cannot be read gives the codes read before the failure. The promise is one way only: every record
 * that the strict codec reads gives its code here (it is a JSON object whose {@code area} is an object
 * whose {@code code} is text, since the codec refuses a repeated property), in a JSON lines file on the
 * same line as the strict reading splits it ({@link ByteLines}; a byte order mark at the start of a line
 * skipped), so that an area is never missed. A document the codec refuses may still give a
 * code; counting it only makes an area look repeated when it is not, which costs holding one record, not
 * a wrong figure. Not thread-safe.
 */
final class AreaCodes {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  /**
   * The code of the one record a record file holds.
   *
   * @param file a record file; not null
   * @return the code of its {@code area}, or empty where the file has none or cannot be read
   */
  Optional<String> ofFile(Path file) {
    try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
      return Optional.ofNullable(codeOf(parser));
    } catch (IOException | UncheckedIOException | JacksonException e) {
      // The strict reading, which comes after, says what is wrong with the file.
      return Optional.empty();
    }
  }

  /**
   * The codes of the records of a JSON lines file, one a line, in the order of the lines. Blank lines and
   * lines without a code give nothing.
   *
   * @param file a JSON lines file; not null
   * @param each given each code found; not null
   */
  void ofLines(Path file, Consumer<String> each) {
    try (InputStream in = Files.newInputStream(file)) {
      ByteLines lines = new ByteLines(in);
      while (lines.next()) {
        String code = lineCode(lines.buffer(), lines.start(), lines.end());
        if (code != null) {
          each.accept(code);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // The codes read so far stand; the strict reading reports the failure.
    }
  }

  private static String lineCode(byte[] buffer, int start, int stop) {
    // A byte order mark may open a line (the strict reading skips one at the start of the file and one at
    // the start of the record); skipping any number of them only ever finds more codes.
    while (stop - start >= 3 && (buffer[start] & 0xFF) == 0xEF && (buffer[start + 1] & 0xFF) == 0xBB
        && (buffer[start + 2] & 0xFF) == 0xBF) {
      start += 3;
    }
    if (start == stop) {
      return null;
    }
    try (JsonParser parser = JSON.createParser(buffer, start, stop - start)) {
      return codeOf(parser);
    } catch (JacksonException e) {
      return null;
    }
  }

  /** The text of the document's {@code area.code}, or null; stops reading as soon as it is found. */
  private static String codeOf(JsonParser parser) {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    for (String name = parser.nextName(); name != null; name = parser.nextName()) {
      JsonToken value = parser.nextToken();
      if ("area".equals(name) && value == JsonToken.START_OBJECT) {
        for (String inArea = parser.nextName(); inArea != null; inArea = parser.nextName()) {
          JsonToken areaValue = parser.nextToken();
          if ("code".equals(inArea)) {
            return areaValue == JsonToken.VALUE_STRING ? parser.getString() : null;
          }
          parser.skipChildren();
        }
        return null;
      }
      parser.skipChildren();
    }
    return null;
  }
}
