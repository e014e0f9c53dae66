package org.sendinspection.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.json.RecordFormatException;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.SourceDocument;

/**
 * An optional text is absent or has a visible character: an empty one was read, then written back as
 * absent, so the record did not round-trip (found by the mutation fuzz property).
 */
class OptionalTextTest {

  static Stream<Arguments> blankOptionalTexts() {
    return Stream.of(
        Arguments.of("quote", (Supplier<Object>) () -> Citation.builder().source("letter").quote("").build()),
        Arguments.of("locator", (Supplier<Object>) () -> Citation.builder().source("letter").locator(" ").build()),
        Arguments.of("publisher", (Supplier<Object>) () -> SourceDocument.builder().id("letter").title("A letter")
            .publisher(" \t").build()),
        Arguments.of("url", (Supplier<Object>) () -> SourceDocument.builder().id("letter").title("A letter")
            .url("").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankOptionalTexts")
  void a_blank_optional_text_is_refused_as_it_is_built(String path, Supplier<Object> build) {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, build::get);
    assertEquals(List.of(path + " " + Invariant.TEXT_NOT_BLANK.id()),
        e.violations().stream().map(v -> v.path() + " " + v.rule()).toList());
  }

  @org.junit.jupiter.api.Test
  void the_reader_refuses_an_empty_quote_naming_its_path() {
    String json = AreaRecordCodec.strict().write(org.sendinspection.model.examples.ExampleRecords.essex())
        .replaceFirst("\"quote\" *: *\"(\\\\.|[^\"\\\\])*\"", "\"quote\": \"\"");
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> AreaRecordCodec.strict().read(json));
    assertEquals(Invariant.TEXT_NOT_BLANK.id(), e.problems().get(0).rule(), e.problems()::toString);
    assertEquals(true, e.problems().get(0).path().endsWith("quote"), e.problems()::toString);
  }
}
