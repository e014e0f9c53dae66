package org.sendinspection.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;

/** The compact table of first rows answers as a map of codes to first rows does. */
class AreaCodeRowsTest {
  /** Codes of the ONS shape, of other shapes, and repeats, drawn from a small pool so that they collide. */
  private static final Gen<String> CODE = draws -> switch (draws.between(0, 3)) {
    case 0 -> String.format("E%08d", draws.between(0, 5000));
    case 1 -> String.format("W%08d", draws.between(0, 50));
    case 2 -> String.format("E%07d", draws.between(0, 50));
    default -> "x" + draws.between(0, 50);
  };

  @Test
  void it_answers_as_a_map_does() {
    PropertyCheck.forAll(CODE.list(0, 1500)).tries(30).describedBy(String::valueOf).check(codes -> {
      AreaCodeRows table = new AreaCodeRows();
      Map<String, Integer> map = new HashMap<>();
      for (int row = 0; row < codes.size(); row++) {
        Integer expected = map.putIfAbsent(codes.get(row), row);
        assertEquals(expected == null ? OptionalInt.empty() : OptionalInt.of(expected),
            table.putIfAbsent(codes.get(row), row), codes.get(row));
      }
    });
  }

  @Test
  void codes_of_different_letters_or_digits_are_different() {
    assertNotEquals(AreaCodeRows.pack("E10000012"), AreaCodeRows.pack("W10000012"));
    assertNotEquals(AreaCodeRows.pack("E10000012"), AreaCodeRows.pack("E10000021"));
    assertEquals(-1, AreaCodeRows.pack("e10000012"));
    assertEquals(-1, AreaCodeRows.pack("E1000001"));
    assertEquals(-1, AreaCodeRows.pack("E1000001x"));
  }

  @Test
  void a_million_codes_are_each_kept_once() {
    AreaCodeRows table = new AreaCodeRows();
    for (int i = 0; i < 1_000_000; i++) {
      assertEquals(OptionalInt.empty(), table.putIfAbsent("E9" + (1_000_0000 + i + "").substring(1), i + 6));
    }
    assertEquals(OptionalInt.of(6 + 123_456), table.putIfAbsent("E90123456", 1));
  }
}
