package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.area.PartnerKind;
import org.sendinspection.model.areasend.AreaForPriorityAction;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.Finding;
import org.sendinspection.model.inspection.Inspector;
import org.sendinspection.model.inspection.Inspectorate;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.validation.InvariantViolationException;
import org.sendinspection.model.validation.VisibleText;
import org.sendinspection.model.wsoa.CodedAction;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One definition of text that says something ({@link VisibleText}) holds in all three places that judge
 * it: a builder refuses a text exactly when the JSON reader refuses the same text in a document, and
 * exactly when the schema (run by an independent validator) does, for every kind of text the model
 * checks, over no-break and other spaces, U+FEFF, zero-width, format and control characters.
 */
class VisibleTextAgreementTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();

  /** Texts with no visible character, and texts with one among the invisible. */
  private static final List<String> TABLE = List.of("", " ", "\t", "\n", "\r\n", "\u000B", "\u0000", "\u0001",
      "\u001F", "\u007F", "\u0085", "\u009F", "\u00A0", "\u00AD", "\u1680", "\u180E", "\u2000", "\u2007",
      "\u200A", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2028", "\u2029", "\u202A", "\u202E",
      "\u202F", "\u205F", "\u2060", "\u2063", "\u206F", "\u3000", "\uFEFF", "\uD800", "\uDFFF",
      " \u00A0\u2007\u202F\uFEFF\u200B ", "\u00A0\u00A0", "\uFEFF\uFEFF", "\u001B",
      "x", "Essex", "\u00A0Essex\u00A0", "\uFEFFEssex", "\u200BE\u200B", "\u2007x\u202F", "\u001B[31m", "\u00E9",
      "\uD835\uDC00", "\u0600", "\uFFFD", "-", ".");

  /** Characters a generated text is made of: most of them invisible, so that both answers come up. */
  private static final List<String> ALPHABET = List.of(" ", "\t", "\n", "\u0000", "\u0007", "\u007F", "\u0085",
      "\u00A0", "\u00AD", "\u1680", "\u180E", "\u2002", "\u2007", "\u200B", "\u200D", "\u200F", "\u2028",
      "\u202F", "\u205F", "\u2060", "\u3000", "\uFEFF", "a", "\u00E9", "\uD835\uDC00", "1");

  /**
   * One kind of text the model checks: where it sits in an example record's document, and how a builder
   * takes it. A list's path names the list, which is given the text as its one item.
   */
  record Slot(String name, String example, String path, boolean listItem, Function<String, Object> build) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static DatedFact on(String day) {
    return DatedFact.of(LocalDate.parse(day));
  }

  private static final List<Slot> SLOTS = List.of(
      new Slot("LocalArea.name", "essex", "area.name", false,
          v -> LocalArea.builder().code("E10000012").name(v).region(OfstedRegion.EAST_OF_ENGLAND).build()),
      new Slot("Partner.name", "essex", "area.partners[0].name", false, v -> Partner.of(v, PartnerKind.LOCAL_AUTHORITY)),
      new Slot("Citation.quote", "essex", "area.partners[0].citations[0].quote", false, v -> Citation.of("letter", v)),
      new Slot("Citation.locator", "essex", "area.partners[0].citations[0].locator", false,
          v -> Citation.builder().source("letter").locator(v).build()),
      new Slot("SourceDocument.title", "essex", "sources[0].title", false, v -> SourceDocument.of("letter", v)),
      new Slot("SourceDocument.publisher", "essex", "sources[0].publisher", false,
          v -> SourceDocument.builder().id("letter").title("A letter").publisher(v).build()),
      new Slot("SignificantWeakness.statement", "essex", "inspections[0].significantWeaknesses[0].statement", false,
          v -> SignificantWeakness.builder().id("a").theme(Theme.LOCAL_OFFER).statement(v).build()),
      new Slot("SignificantWeakness.subPoints", "essex", "inspections[0].significantWeaknesses[0].subPoints", true,
          v -> SignificantWeakness.builder().id("a").theme(Theme.LOCAL_OFFER).statement("Weak.").addSubPoints(v)
              .build()),
      new Slot("Finding.statement", "essex", "inspections[0].strengths[0].statement", false, Finding::of),
      new Slot("Finding.subPoints", "suffolk", "inspections[1].areasForImprovement[0].subPoints", true,
          v -> Finding.builder().statement("s").addSubPoints(v).build()),
      new Slot("Finding.addressedTo", "suffolk", "inspections[1].areasForImprovement[0].addressedTo", true,
          v -> Finding.builder().statement("s").addAddressedTo(v).build()),
      new Slot("Inspector.role", "essex", "inspections[0].revisit.inspectors[0].role", false,
          v -> Inspector.of("A. Inspector", Inspectorate.CQC, v)),
      new Slot("WrittenStatementOfAction.jointlyResponsible", "essex",
          "inspections[0].writtenStatement.jointlyResponsible", true,
          v -> WrittenStatementOfAction.builder().addJointlyResponsible(v).build()),
      new Slot("CodedAction.description", "essex", "inspections[0].writtenStatement.actions[14].description", false,
          v -> CodedAction.builder().code("JC8").description(v).build()),
      new Slot("WeaknessOutcome.narrative", "essex", "inspections[0].revisit.outcomes[0].narrative", false,
          v -> WeaknessOutcome.builder().weakness("a").progress(Progress.SUFFICIENT).narrative(v).build()),
      new Slot("AreaSendInspection.partnership", "suffolk", "inspections[1].partnership", true,
          v -> areaSend().addPartnership(v).build()),
      new Slot("AreaSendInspection.nextInspectionAsStated", "suffolk", "inspections[1].nextInspectionAsStated", false,
          v -> areaSend().nextInspectionAsStated(v).build()),
      new Slot("AreaForPriorityAction.responsibleBodies", "suffolk",
          "inspections[1].areasForPriorityAction[0].responsibleBodies", true,
          v -> AreaForPriorityAction.builder().id("ehc-plans").addResponsibleBodies(v).statement("Late.").build()),
      new Slot("AreaForPriorityAction.statement", "suffolk", "inspections[1].areasForPriorityAction[0].statement",
          false, v -> AreaForPriorityAction.builder().id("ehc-plans").addResponsibleBodies("A council").statement(v)
              .build()));

  private static org.sendinspection.model.inspection.ImmutableAreaSendInspection.Builder areaSend() {
    return AreaSendInspection.builder().id("area-send-2023").onSiteStart(on("2023-11-13"))
        .outcome(AreaSendOutcome.POSITIVE).priorityActionPlanRequired(false).strategicPlanUpdateRequested(true);
  }

  /** What each of the three says of one text in one slot. */
  record Verdicts(boolean builderRefuses, boolean readerRefuses, boolean schemaRefuses) {}

  private static Verdicts judge(Slot slot, String text) {
    boolean builder;
    try {
      slot.build().apply(text);
      builder = false;
    } catch (InvariantViolationException e) {
      builder = true;
    }
    String json = document(slot, text);
    boolean reader;
    try {
      CODEC.read(json);
      reader = false;
    } catch (RecordFormatException e) {
      reader = true;
    }
    return new Verdicts(builder, reader, !SchemaCheck.failures(json).isEmpty());
  }

  private static String document(Slot slot, String text) {
    AreaRecordExample example = AreaRecordExample.named(slot.example());
    ObjectNode tree = (ObjectNode) MAPPER.readTree(example.json);
    Matcher step = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?").matcher("");
    String[] steps = slot.path().split("\\.");
    JsonNode node = tree;
    for (int i = 0; i < steps.length - 1; i++) {
      step.reset(steps[i]);
      assertTrue(step.matches(), steps[i]);
      node = node.get(step.group(1));
      if (step.group(2) != null) {
        node = node.get(Integer.parseInt(step.group(2)));
      }
      assertTrue(node != null, () -> slot + ": the example has no " + slot.path());
    }
    String last = steps[steps.length - 1];
    ObjectNode holder = (ObjectNode) node;
    assertTrue(slot.listItem() || holder.has(last), () -> slot + ": the example has no " + slot.path());
    if (slot.listItem()) {
      ArrayNode list = holder.putArray(last);
      list.add(text);
    } else {
      holder.put(last, text);
    }
    return MAPPER.writeValueAsString(tree);
  }

  /** The example records' documents, read once. */
  private enum AreaRecordExample {
    ESSEX(ExampleRecords.ESSEX_RESOURCE), SUFFOLK(ExampleRecords.SUFFOLK_RESOURCE);

    final String json;

    AreaRecordExample(String resource) {
      this.json = ExampleRecords.json(resource);
    }

    static AreaRecordExample named(String name) {
      return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void builder_reader_and_schema_refuse_the_same_texts_in_every_kind_of_text() {
    List<String> disagreements = new ArrayList<>();
    int refused = 0;
    int checked = 0;
    for (int i = 0; i < SLOTS.size(); i++) {
      Slot slot = SLOTS.get(i);
      // The example's own document is read: a refusal below is the text's alone.
      assertFalse(judge(slot, "Words.").readerRefuses(), slot::toString);
      // Each text in every third slot, each slot with a third of the texts, to keep the test short.
      for (int j = i % 3; j < TABLE.size(); j += 3) {
        String text = TABLE.get(j);
        Verdicts verdicts = judge(slot, text);
        boolean expected = !VisibleText.in(text);
        if (verdicts.builderRefuses() != expected || verdicts.readerRefuses() != expected
            || verdicts.schemaRefuses() != expected) {
          disagreements.add(slot + " '" + VisibleText.escaped(text) + "': " + verdicts);
        }
        refused += expected ? 1 : 0;
        checked++;
      }
    }
    assertEquals(List.of(), disagreements);
    assertTrue(refused > 0 && refused < checked, "the table holds texts of both kinds");
  }

  @Test
  void builder_reader_and_schema_agree_on_generated_texts() {
    Gen<String> texts = draws -> {
      StringBuilder text = new StringBuilder();
      int length = draws.between(0, 4);
      for (int i = 0; i < length; i++) {
        text.append(draws.oneOf(ALPHABET));
      }
      return text.toString();
    };
    Gen<Integer> slots = draws -> draws.between(0, SLOTS.size() - 1);
    Gen<List<Object>> cases = draws -> List.of(slots.generate(draws), texts.generate(draws));
    PropertyCheck.forAll(cases).tries(100)
        .describedBy(c -> SLOTS.get((Integer) c.get(0)) + " '" + VisibleText.escaped((String) c.get(1)) + "'")
        .check(c -> {
          Slot slot = SLOTS.get((Integer) c.get(0));
          String text = (String) c.get(1);
          boolean expected = !VisibleText.in(text);
          assertEquals(new Verdicts(expected, expected, expected), judge(slot, text));
        });
  }

  @Test
  void white_space_in_any_sense_and_control_characters_are_not_visible() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
          || Character.isSurrogate(c) || c == '\uFEFF') {
        assertFalse(VisibleText.in(String.valueOf(c)), String.format("U+%04X", (int) c));
      }
    }
    // So what String.isBlank or Bean Validation's trim() calls blank, construction refuses.
    assertFalse(VisibleText.in(" \t\u00A0"));
    assertTrue(VisibleText.in("\u00A0a"));
  }

  @Test
  void the_schema_states_the_definition_for_every_text_it_requires_to_say_something() throws Exception {
    String schema = AreaRecordCodec.schema();
    Matcher patterns = Pattern.compile("\"pattern\"\\s*:\\s*\"(\\[\\^[^\"]*)\"").matcher(schema);
    int found = 0;
    while (patterns.find()) {
      assertEquals(VisibleText.CHARACTER, MAPPER.readTree("\"" + patterns.group(1) + "\"").stringValue());
      found++;
    }
    assertTrue(found >= SLOTS.size(), "the schema states the pattern " + found + " times");
  }
}
