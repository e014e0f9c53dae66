package org.sendinspection.model.area.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;

/** The hand-written name key is the key the regular expressions it replaced gave, for any text. */
class AreaNamesProperties {
  /** Characters the key treats specially, and some it does not, upper and lower case. */
  private static final String ALPHABET = "aZ &.,'\u2019()-\t\n\u000B\f\r\u00A0\u0001xÉ";

  private static final Gen<String> TEXT = ((Gen<Character>) draws -> ALPHABET.charAt(
      draws.between(0, ALPHABET.length() - 1))).list(0, 24)
      .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));

  /** The key as first written, with regular expressions. */
  private static String regexKey(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("[.,'\u2019()]", " ")
        .replace('-', ' ')
        .trim()
        .replaceAll("\\s+", " ");
  }

  @Test
  void the_key_is_that_of_the_regular_expressions() {
    PropertyCheck.forAll(TEXT).tries(2000).describedBy(s -> "'" + s + "'")
        .check(text -> assertEquals(regexKey(text), AreaNames.key(text)));
  }

  @Test
  void spellings_of_one_name_share_a_key() {
    List.of("telford & wrekin", "Telford and Wrekin", " TELFORD-and  wrekin. ")
        .forEach(s -> assertEquals("telford and wrekin", AreaNames.key(s)));
  }
}
