package org.sendinspection.model.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.record.CitationWalk;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What holds for every example record: provenance is complete and the files are strict. */
class ExampleRecordsTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static AreaRecord record(String resource) {
    return AreaRecordCodec.strict().read(ExampleRecords.json(resource));
  }

  @ParameterizedTest
  @ValueSource(strings = {ExampleRecords.ESSEX_RESOURCE, ExampleRecords.SOUTHEND_ON_SEA_RESOURCE,
      ExampleRecords.SUFFOLK_RESOURCE})
  void everyDateClaim_citesItsSourceWithAQuote(String resource) {
    List<String> uncited = new ArrayList<>();
    collectUncitedClaims(MAPPER.readTree(ExampleRecords.json(resource)), "", uncited);
    assertEquals(List.of(), uncited);
  }

  @ParameterizedTest
  @ValueSource(strings = {ExampleRecords.ESSEX_RESOURCE, ExampleRecords.SOUTHEND_ON_SEA_RESOURCE,
      ExampleRecords.SUFFOLK_RESOURCE})
  void everyListedSource_isCited_andEveryCitationQuotes(String resource) {
    AreaRecord record = record(resource);
    Set<String> cited = CitationWalk.of(record).values().stream().map(c -> c.getSource())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(record.getSources().stream().map(SourceDocument::getId).collect(Collectors.toCollection(TreeSet::new)),
        cited);
    assertTrue(CitationWalk.of(record).values().stream().allMatch(c -> c.getQuote().isPresent()));
  }

  @Test
  void accessors_giveTheRecordsOfTheResources() {
    assertEquals(record(ExampleRecords.ESSEX_RESOURCE), ExampleRecords.essex());
    assertEquals(record(ExampleRecords.SOUTHEND_ON_SEA_RESOURCE), ExampleRecords.southendOnSea());
    assertEquals(record(ExampleRecords.SUFFOLK_RESOURCE), ExampleRecords.suffolk());
  }

  @Test
  void missingResource_isNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ExampleRecords.json("/org/sendinspection/model/examples/atlantis.json"));
    assertTrue(e.getMessage().contains("atlantis.json"), e.getMessage());
  }

  private static void collectUncitedClaims(JsonNode node, String path, List<String> uncited) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUncitedClaims(node.get(i), path + "[" + i + "]", uncited);
      }
    } else if (node.isObject()) {
      if (node.has("date") && path.contains(".claims[")
          && !(node.has("citation") && node.get("citation").has("quote"))) {
        uncited.add(path);
      }
      for (String name : node.propertyNames()) {
        collectUncitedClaims(node.get(name), path + "." + name, uncited);
      }
    }
  }
}
