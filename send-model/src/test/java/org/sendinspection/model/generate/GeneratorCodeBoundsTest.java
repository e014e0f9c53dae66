package org.sendinspection.model.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;

/** The generator makes only valid codes, E99000001 to E99999999, and refuses to go past them. */
class GeneratorCodeBoundsTest {

  @Test
  void lastRecord_hasTheLastValidCode_andReadsBack() {
    AreaRecord last = AreaRecordGenerator.any().generateNth(7, AreaRecordGenerator.MAX_AREAS - 1);
    assertEquals("E99999999", last.getArea().getCode());
    assertEquals(last, AreaRecordCodec.strict().read(AreaRecordCodec.strict().write(last)));
  }

  @Test
  void pastTheLastCode_isRefused_notGivenAnInvalidCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AreaRecordGenerator.any().generateNth(7, AreaRecordGenerator.MAX_AREAS));
    assertTrue(e.getMessage().contains("E99999999"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> AreaRecordGenerator.any().generateMany(7, Integer.MAX_VALUE));
  }
}
