package org.sendinspection.model.area.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.OfstedRegion;

class AreaDirectoryTest {
  private final AreaDirectory areas = AreaDirectory.bundled();

  private static Optional<String> some(String text) {
    return Optional.of(text);
  }

  private static Optional<LocalDate> on(int year, int month, int day) {
    return Optional.of(LocalDate.of(year, month, day));
  }

  @Test
  void test_bundled_holdsTheStatisticsAreasAndTheReorganisedOnes() {
    // 149 areas in the 2016-framework statistics, 4 that ended before they could be listed there
    // (Bournemouth, Poole, Dorset county, Northamptonshire) and 8 created since (Dorset, Buckinghamshire,
    // two Northamptonshires, Cumberland, Westmorland and Furness, North Yorkshire, Somerset).
    assertEquals(161, areas.areas().size());
    assertTrue(areas.areas().stream().allMatch(a -> a.code().matches("E(06|08|09|10)[0-9]{6}")));
  }

  @Test
  void test_areasOnADay_countAsOfficialDataDoes() {
    assertEquals(152, countOn(LocalDate.of(2016, 5, 1)), "152 areas planned in 2016");
    assertEquals(151, countOn(LocalDate.of(2019, 4, 1)));
    assertEquals(151, countOn(LocalDate.of(2021, 3, 31)), "151 before Northamptonshire's split");
    assertEquals(152, countOn(LocalDate.of(2021, 4, 1)));
    assertEquals(153, countOn(LocalDate.of(2023, 4, 1)));
  }

  private long countOn(LocalDate day) {
    return areas.areas().stream().filter(a -> a.existsOn(day)).count();
  }

  @Test
  void test_links_areSymmetricAndAdjoin() {
    for (DirectoryArea area : areas.areas()) {
      for (DirectoryArea successor : areas.successorsOf(area.code())) {
        assertTrue(successor.predecessors().contains(area.code()), area + " -> " + successor);
        assertEquals(area.until().orElseThrow().plusDays(1), successor.from().orElseThrow(), area + " -> " + successor);
      }
      for (DirectoryArea predecessor : areas.predecessorsOf(area.code())) {
        assertTrue(predecessor.successors().contains(area.code()), predecessor + " -> " + area);
      }
      assertEquals(area.until().isPresent(), !area.successors().isEmpty(), area + ": ended exactly when succeeded");
      assertEquals(area.from().isPresent(), !area.predecessors().isEmpty(), area + ": began exactly when it replaced");
    }
  }

  @Test
  void test_reorganisations_asPublished() {
    assertEquals(List.of("E06000061", "E06000062"), codes(areas.successorsOf("E10000021")));
    assertEquals(Optional.of(LocalDate.of(2021, 3, 31)), areas.byCode("E10000021").orElseThrow().until());
    assertEquals(List.of("E06000063", "E06000064"), codes(areas.successorsOf("E10000006")));
    assertEquals(List.of("E06000065"), codes(areas.successorsOf("E10000023")));
    assertEquals(List.of("E06000066"), codes(areas.successorsOf("E10000027")));
    assertEquals(List.of("E06000060"), codes(areas.successorsOf("E10000002")));
    assertEquals(List.of("E06000028", "E06000029", "E10000009"), codes(areas.predecessorsOf("E06000058")));
    assertEquals(List.of("E06000062", "E10000021"), areas.historyOf("E06000062"));
    assertEquals(List.of(), areas.historyOf("E99999999"));
  }

  private static List<String> codes(List<DirectoryArea> list) {
    return list.stream().map(DirectoryArea::code).toList();
  }

  @Test
  void test_byCode_checksEveryAccessor() {
    DirectoryArea essex = areas.byCode(" E10000012 ").orElseThrow();
    assertEquals("E10000012", essex.code());
    assertEquals("Essex", essex.name());
    assertEquals(OfstedRegion.EAST_OF_ENGLAND, essex.region());
    assertEquals(Optional.empty(), essex.from());
    assertEquals(Optional.empty(), essex.until());
    assertEquals(List.of(), essex.predecessors());
    assertEquals(List.of(), essex.successors());
    assertEquals("Essex (E10000012)", essex.toString());
    assertEquals("E10000012", essex.toLocalArea().getCode());
    assertEquals(Optional.empty(), areas.byCode("E10000099"));
  }

  @Test
  void test_named_variantsAsTheDataSetsWriteThem() {
    assertEquals(List.of("E06000020"), codes(areas.named("telford & wrekin")));
    assertEquals(List.of("E06000033"), codes(areas.named("southend-on-sea")));
    assertEquals(List.of("E06000033"), codes(areas.named("Southend on Sea")));
    assertEquals(List.of("E06000010"), codes(areas.named("Kingston upon Hull, City of")));
    assertEquals(List.of("E06000047"), codes(areas.named("County Durham")));
    assertEquals(List.of("E06000064"), codes(areas.named("Westmorland & Furness")));
    assertEquals(List.of("E06000059", "E10000009"), codes(areas.named("DORSET")));
    assertEquals(List.of(), codes(areas.named("Atlantis")));
  }

  @Test
  void test_resolve_codeAndNameAgree_noNote() {
    AreaResolution r = areas.resolve(some("E06000033"), some("Southend-on-Sea"), on(2023, 3, 6));
    assertEquals("E06000033", r.area().orElseThrow().code());
    assertEquals(List.of(), r.notes());
    assertEquals(Optional.empty(), r.contradiction());
    assertEquals(Optional.empty(), r.unresolved());
  }

  @Test
  void test_resolve_sharedOldCode_nameGivesTheSuccessor() {
    AreaResolution cumberland = areas.resolve(some("E10000006"), some("cumberland"), on(2025, 7, 7));
    AreaResolution westmorland = areas.resolve(some("E10000006"), some("westmorland and furness"), on(2025, 2, 3));
    assertEquals("E06000063", cumberland.area().orElseThrow().code());
    assertEquals("E06000064", westmorland.area().orElseThrow().code());
    assertEquals(Optional.empty(), cumberland.contradiction());
    assertTrue(cumberland.notes().get(0).contains("code E10000006 is Cumbria's"), cumberland.notes().toString());
  }

  @Test
  void test_resolve_endedCodeOnALaterDay_givesTheOneSuccessor() {
    AreaResolution dorset = areas.resolve(some("E10000009"), some("dorset"), on(2024, 3, 11));
    assertEquals("E06000059", dorset.area().orElseThrow().code());
    assertTrue(dorset.notes().get(0).contains("ended on 2019-03-31"), dorset.notes().toString());
    AreaResolution dorset2017 = areas.resolve(some("E10000009"), some("Dorset"), on(2017, 1, 23));
    assertEquals("E10000009", dorset2017.area().orElseThrow().code());
    AreaResolution northamptonshire = areas.resolve(some("E10000021"), Optional.empty(), on(2024, 1, 22));
    assertEquals("E10000021", northamptonshire.area().orElseThrow().code(), "two successors: no guess");
  }

  @Test
  void test_resolve_nameOnly_givesTheAreaOfThatDay() {
    AreaResolution gateshead = areas.resolve(Optional.empty(), some("Gateshead"), on(2023, 5, 22));
    assertEquals("E08000037", gateshead.area().orElseThrow().code());
    assertTrue(gateshead.notes().get(0).contains("without a code"));
    assertEquals("E06000059", areas.resolve(Optional.empty(), some("Dorset"), on(2024, 3, 11)).area().get().code());
    assertEquals("E10000009", areas.resolve(Optional.empty(), some("Dorset"), on(2017, 1, 23)).area().get().code());
    assertEquals("E06000059", areas.resolve(Optional.empty(), some("Dorset"), Optional.empty()).area().get().code());
  }

  @Test
  void test_resolve_codeContradictingName_isReported() {
    AreaResolution r = areas.resolve(some("E06000055"), some("Essex"), on(2024, 1, 1));
    assertEquals("E06000055", r.area().orElseThrow().code());
    assertEquals(Optional.of("code E06000055 is Bedford (E06000055) but the name given is 'Essex', which names"
        + " Essex (E10000012)"), r.contradiction());
  }

  @Test
  void test_resolve_unknownCodeKnownName_givesTheNameWithAContradiction() {
    AreaResolution r = areas.resolve(some("E10000099"), some("Essex"), on(2024, 1, 1));
    assertEquals("E10000012", r.area().orElseThrow().code());
    assertTrue(r.contradiction().orElseThrow().contains("E10000099 is not the code"));
  }

  @Test
  void test_resolve_nothingKnown_saysWhy() {
    assertEquals(Optional.of("'Atlantis' is not the name of any local area in England since May 2016"),
        areas.resolve(Optional.empty(), some("Atlantis"), Optional.empty()).unresolved());
    assertEquals(Optional.of("neither a code nor a name is given"),
        areas.resolve(some(" "), Optional.empty(), Optional.empty()).unresolved());
    assertFalse(areas.resolve(some("E10000099"), Optional.empty(), Optional.empty()).area().isPresent());
  }
}
