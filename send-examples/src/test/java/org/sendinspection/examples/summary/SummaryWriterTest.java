package org.sendinspection.examples.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sendinspection.data.figures.AreaSendFigures;
import org.sendinspection.data.figures.FigureScope;

/** How the areas for priority action read where the data holds them for all, none or some outcome-3 inspections. */
class SummaryWriterTest {
  private static AreaSendFigures outcome3(int inspections, int areas, int unrecorded) {
    return new AreaSendFigures(FigureScope.national(), inspections, inspections, 0, 0, inspections, inspections, 0,
        areas, unrecorded);
  }

  @Test
  void areasForPriorityAction_recordedForEvery_isTheCount() {
    assertEquals("16", SummaryWriter.areasForPriorityAction(outcome3(5, 16, 0)));
  }

  @Test
  void areasForPriorityAction_recordedForNone_isNotRecorded_notZero() {
    assertEquals("not recorded", SummaryWriter.areasForPriorityAction(outcome3(19, 0, 19)));
  }

  @Test
  void areasForPriorityAction_recordedForSome_saysForHowManyNot() {
    assertEquals("4 (not recorded for 2)", SummaryWriter.areasForPriorityAction(outcome3(4, 4, 2)));
  }

  @Test
  void areasForPriorityAction_noOutcome3_isZero() {
    assertEquals("0", SummaryWriter.areasForPriorityAction(outcome3(0, 0, 0)));
  }
}
