package org.sendinspection.data.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.testkit.SharedData;
import org.sendinspection.data.d2i.ScrapedOverview;
import org.sendinspection.data.figures.AreaSendFigures;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.NationalFigures;
import org.sendinspection.data.mi.ManagementInformation;
import org.sendinspection.data.ofsted.NoteRecords;
import org.sendinspection.data.ofsted.OfstedImport;
import org.sendinspection.data.ofsted.OfstedStatistics;
import org.sendinspection.model.area.directory.AreaDirectory;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.ConclusionKind;

/**
 * The national dataset joined from Ofsted's statistics, its management information and the scraped
 * overview: one valid record per area, each source's figures unchanged by the join, and every area
 * derivable across both frameworks.
 */
class NationalDatasetTest {
  private static List<AreaRecord> statistics;
  private static List<AreaRecord> notes;
  private static List<AreaRecord> mi;
  private static List<AreaRecord> overview;
  private static JoinedDataset joined;

  @BeforeAll
  static void join() {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "Ofsted's area SEND official statistics");
    Path csv = SharedData.require(SharedData.MANAGEMENT_INFORMATION, "Ofsted's management information");
    Path xlsx = SharedData.require(SharedData.SCRAPED_OVERVIEW, "data-to-insight's scraped overview");
    OfstedImport official = OfstedStatistics.read(ods);
    statistics = official.records();
    notes = NoteRecords.of(official.source(), official.notes());
    mi = ManagementInformation.read(csv).records();
    overview = ScrapedOverview.read(xlsx).records();
    joined = NationalDataset.join(List.of(statistics, notes, mi, overview));
  }

  @Test
  void one_valid_record_per_area() {
    Set<String> codes = joined.records().stream().map(r -> r.getArea().getCode()).collect(Collectors.toSet());
    assertEquals(joined.records().size(), codes.size());
    Set<String> expected = new java.util.TreeSet<>();
    for (List<AreaRecord> input : List.of(statistics, notes, mi, overview)) {
      input.forEach(r -> expected.add(r.getArea().getCode()));
    }
    assertEquals(expected, new java.util.TreeSet<>(codes), "every area of every input, and no other");
    assertEquals(statistics.size() + notes.size() + mi.size() + overview.size(), joined.recordsRead());
    for (AreaRecord record : joined.records()) {
      AreaRecordCodec codec = AreaRecordCodec.strict();
      assertEquals(record, codec.read(codec.write(record)), record.getArea().getCode());
    }
  }

  @Test
  void both_frameworks_in_one_history_with_every_claim_kept() {
    AreaRecord southend = joined.record("E06000033").orElseThrow();
    assertEquals(List.of("2018-inspection", "2023-area-send-inspection"),
        southend.getInspections().stream().map(Inspection::getId).toList());
    AreaSendInspection inspection2023 = (AreaSendInspection) southend.getInspections().get(1);
    Set<String> cited = inspection2023.getOnSiteStart().orElseThrow().getClaims().stream()
        .map(c -> c.getCitation().orElseThrow().getSource()).collect(Collectors.toSet());
    assertEquals(Set.of(ManagementInformation.SOURCE.getId(), ScrapedOverview.SOURCE.getId()), cited,
        "the start as each source gives it, cited to its file and cell");
    assertEquals(3, southend.getSources().size());
    // Greenwich's 2023 inspection began 15 May 2023 in the management information, 11 May in the overview.
    AreaSendInspection greenwich = (AreaSendInspection) joined.record("E09000011").orElseThrow().getInspections().get(1);
    assertTrue(greenwich.getOnSiteStart().orElseThrow().isDisputed(), greenwich.getOnSiteStart().orElseThrow().describe());
    assertEquals(Set.of(LocalDate.of(2023, 5, 11), LocalDate.of(2023, 5, 15)),
        greenwich.getOnSiteStart().orElseThrow().getClaims().stream().map(DateClaim::getDate).collect(Collectors.toSet()));
  }

  @Test
  void a_reorganised_area_holds_its_predecessors_inspection() {
    assertTrue(joined.links().containsAll(List.of("E06000063 <- E10000006", "E06000064 <- E10000006")),
        joined.links().toString());
    AreaRecord cumberland = joined.record("E06000063").orElseThrow();
    Inspection inherited = cumberland.getInspections().get(0);
    assertEquals("e10000006-2019-inspection", inherited.getId());
    assertTrue(NationalDataset.isInherited("E06000063", inherited));
    assertFalse(NationalDataset.isInherited("E06000063", cumberland.getInspections().get(1)));
    assertTrue(joined.record("E10000006").isPresent(), "Cumbria's own record stays");
  }

  @Test
  void every_successor_holds_each_recorded_predecessors_inspections_once_and_figures_count_them_once() {
    AreaDirectory directory = AreaDirectory.bundled();
    List<String> expected = new ArrayList<>();
    for (AreaRecord record : joined.records()) {
      String code = record.getArea().getCode();
      for (String predecessor : directory.historyOf(code).stream().skip(1).toList()) {
        Optional<AreaRecord> earlier = joined.record(predecessor);
        if (earlier.isEmpty()) {
          continue;
        }
        expected.add(code + " <- " + predecessor);
        List<String> own = earlier.get().getInspections().stream()
            .filter(i -> !NationalDataset.isInherited(predecessor, i))
            .map(i -> predecessor.toLowerCase(java.util.Locale.ROOT) + "-" + i.getId()).toList();
        List<String> held = record.getInspections().stream().map(Inspection::getId).toList();
        assertTrue(held.containsAll(own), code + " holds " + held + ", not all of " + own);
        own.forEach(id -> assertEquals(1, held.stream().filter(id::equals).count(), code + ": " + id));
      }
    }
    assertEquals(expected, joined.links());
    // Northamptonshire (from the statistics' note), Cumbria and North Yorkshire have successors with
    // inspections of their own.
    assertTrue(joined.links().containsAll(List.of("E06000061 <- E10000021", "E06000062 <- E10000021",
        "E06000063 <- E10000006", "E06000064 <- E10000006", "E06000065 <- E10000023")), joined.links().toString());
    // Counted as summary counts them (each area's own inspections), an inherited inspection counts once,
    // under the area it was of: the figures of the joined dataset are those of its inputs.
    FigureScope national = FigureScope.national();
    List<AreaRecord> counted = NationalDataset.merge(List.of(joined.records())).records();
    List<AreaRecord> unlinked = NationalDataset.merge(List.of(statistics, notes, mi, overview)).records();
    assertEquals(NationalFigures.of(unlinked, national), NationalFigures.of(counted, national));
    assertEquals(AreaSendFigures.of(unlinked, national), AreaSendFigures.of(counted, national));
    assertEquals(statistics.size() + notes.size(), NationalFigures.of(counted, national).areasInspected());
    assertEquals(overview.size(), AreaSendFigures.of(counted, national).reportsPublished(),
        "every inspection of the management information is in the overview too");
  }

  @Test
  void each_sources_figures_are_unchanged_by_the_join() {
    FigureScope national = FigureScope.national();
    // The statistics' rows and the record their note on Northamptonshire gives both cite the file.
    List<AreaRecord> official = new ArrayList<>(statistics);
    official.addAll(notes);
    assertEquals(NationalFigures.of(official, national),
        NationalFigures.of(onlyCiting(OfstedStatistics.read(SharedData.require(SharedData.STATISTICS_2022, ""))
            .source().getId()), national));
    assertEquals(AreaSendFigures.of(mi, national), AreaSendFigures.of(onlyCiting(ManagementInformation.SOURCE.getId()),
        national));
    // The overview gives no areas for priority action; the join takes them from the management
    // information where both hold the inspection, so only the figures the overview gives are compared.
    AreaSendFigures alone = AreaSendFigures.of(overview, national);
    AreaSendFigures joinedOverview = AreaSendFigures.of(onlyCiting(ScrapedOverview.SOURCE.getId()), national);
    assertEquals(outcomes(alone), outcomes(joinedOverview));
    assertEquals(0, alone.areasForPriorityAction());
    assertEquals(AreaSendFigures.of(mi, national).areasForPriorityAction(), joinedOverview.areasForPriorityAction(),
        "every outcome-3 inspection of the management information is in the overview too");
  }

  private static List<Integer> outcomes(AreaSendFigures figures) {
    return List.of(figures.inspectionsBegun(), figures.reportsPublished(), figures.positive(), figures.inconsistent(),
        figures.widespreadOrSystemicFailings(), figures.priorityActionPlansRequired(),
        figures.strategicPlanUpdatesRequested());
  }

  /** The joined records cut down to each area's own inspections that cite a source. */
  private static List<AreaRecord> onlyCiting(String source) {
    List<AreaRecord> cut = new ArrayList<>();
    for (AreaRecord record : joined.records()) {
      List<Inspection> own = record.getInspections().stream()
          .filter(i -> !NationalDataset.isInherited(record.getArea().getCode(), i))
          .filter(i -> i.begunBy().getClaims().stream()
              .anyMatch(c -> c.getCitation().map(x -> x.getSource().equals(source)).orElse(false)))
          .toList();
      if (!own.isEmpty()) {
        cut.add(AreaRecord.builder().from(record).inspections(own).build());
      }
    }
    return cut;
  }

  @Test
  void every_area_derives_on_several_days_and_the_handover_wherever_both_frameworks_are_recorded() {
    for (LocalDate day : List.of(LocalDate.of(2017, 1, 1), LocalDate.of(2022, 11, 17), LocalDate.of(2023, 8, 31),
        LocalDate.of(2026, 6, 29))) {
      for (AreaRecord record : joined.records()) {
        Derivation.of(record, day);
      }
    }
    int both = 0;
    for (AreaRecord record : joined.records()) {
      List<Inspection> inspections = record.getInspections();
      Optional<Integer> handover = java.util.stream.IntStream.range(1, inspections.size())
          .filter(i -> inspections.get(i).framework() == FrameworkVersion.AREA_SEND_2023
              && inspections.get(i - 1).framework() == FrameworkVersion.LOCAL_AREA_SEND_2016)
          .boxed().findFirst();
      if (handover.isPresent()) {
        both++;
        assertEquals(1, Derivation.of(record, LocalDate.of(2026, 6, 29))
            .conclusions(ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED).size(), record.getArea().getCode());
      }
    }
    assertTrue(both >= 50, "areas with both frameworks recorded: " + both);
  }
}
