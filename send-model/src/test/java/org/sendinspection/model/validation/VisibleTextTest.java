package org.sendinspection.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.Draws;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;

/**
 * {@link VisibleText#in} tests code points against the ranges of {@link VisibleText#CHARACTER}, the
 * regular expression the JSON Schema shares; it is held here to that expression on every UTF-16 unit
 * alone, on supplementary characters, and on drawn texts mixing pairs, lone halves and invisible
 * characters.
 */
class VisibleTextTest {
  private static final Pattern CHARACTER = Pattern.compile(VisibleText.CHARACTER);

  private static boolean byExpression(String text) {
    return CHARACTER.matcher(text).find();
  }

  @Test
  void every_utf16_unit_alone_is_visible_exactly_when_the_expression_finds_it() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String text = String.valueOf((char) c);
      assertEquals(byExpression(text), VisibleText.in(text), String.format("U+%04X", c));
    }
  }

  @Test
  void supplementary_characters_are_visible_as_the_expression_finds_them() {
    for (int c = 0x10000; c <= 0x10FFFF; c += 0x3FF) {
      String text = new String(Character.toChars(c));
      assertEquals(byExpression(text), VisibleText.in(text), String.format("U+%X", c));
    }
    assertFalse(VisibleText.in(null));
  }

  /** Units a drawn text is made of: the edges of every range, both halves of a pair, and a few letters. */
  private static final List<String> UNITS = List.of(" ", "\u0000", "\u0020", "\u0021", "\u007E", "\u007F", "\u00A0",
      "\u00A1", "\u00AC", "\u00AD", "\u00AE", "\u1680", "\u180E", "\u1FFF", "\u2000", "\u200F", "\u2010", "\u2027",
      "\u2028", "\u202F", "\u2030", "\u205E", "\u205F", "\u206F", "\u2070", "\u3000", "\uD7FF", "\uD800", "\uD835",
      "\uDBFF", "\uDC00", "\uDFFF", "\uE000", "\uFEFE", "\uFEFF", "\uFF00", "\uFFFF", "a");

  private static final Gen<String> TEXTS = (Draws draws) -> {
    StringBuilder text = new StringBuilder();
    int length = draws.between(0, 8);
    for (int i = 0; i < length; i++) {
      text.append(draws.oneOf(UNITS));
    }
    return text.toString();
  };

  @Test
  void a_drawn_text_is_visible_exactly_when_the_expression_finds_a_visible_character() {
    PropertyCheck.forAll(TEXTS).tries(5000).describedBy(VisibleText::escaped)
        .check(text -> assertEquals(byExpression(text), VisibleText.in(text), VisibleText.escaped(text)));
  }
}
