package org.sendinspection.model.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sendinspection.model.validation.Violation;

/**
 * A record file's text: UTF-8, as JSON requires (RFC 8259, section 8.1), with a leading byte order mark
 * skipped as the CSV readers skip it. Bytes that are not UTF-8 are reported with their offset and line,
 * and a file larger than {@link ReadLimits#MAX_DOCUMENT_LENGTH} is refused before it is read.
 */
final class Utf8Text {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Utf8Text() {}

  /**
   * @throws RecordFormatException if the file is too large or not UTF-8
   * @throws UncheckedIOException if the file cannot be read
   */
  static String read(Path file) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > ReadLimits.MAX_DOCUMENT_LENGTH) {
        throw new RecordFormatException(file.toString(), List.of(new Violation("", RecordFormatException.LIMIT,
            "the file has " + size + " bytes; a record file has at most " + ReadLimits.MAX_DOCUMENT_LENGTH)));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return decode(bytes, file.toString());
  }

  static String decode(byte[] bytes, String origin) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int column = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          column++;
        }
      }
      throw new RecordFormatException(origin, List.of(new Violation("", RecordFormatException.ENCODING,
          String.format("the file is not UTF-8: byte 0x%02X at byte offset %d (line %d, column %d) does not "
              + "begin a UTF-8 character", bytes[offset] & 0xFF, offset, line, column))));
    }
    out.flip();
    return out.toString();
  }

  /** The text without a leading byte order mark. */
  static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }
}
