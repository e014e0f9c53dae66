package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.*;
import org.sendinspection.model.inspection.*;
import org.sendinspection.model.provenance.*;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.*;
import org.sendinspection.model.wsoa.*;

class SmokeTest {
  @Test
  void roundTrip() {
    AreaRecord r = AreaRecord.builder()
        .area(LocalArea.builder().code("E06000033").name("Southend-on-Sea").region(OfstedRegion.EAST_OF_ENGLAND)
            .addPartners(Partner.of("Southend-on-Sea Borough Council", PartnerKind.LOCAL_AUTHORITY)).build())
        .addSources(SourceDocument.of("seed-002", "Joint area SEND revisit in Southend-on-Sea"))
        .addInspections(LocalAreaSendInspection.builder().id("inspection-2018")
            .onSiteStart(DatedFact.of(LocalDate.of(2018, 10, 1), Citation.of("seed-002", "x")))
            .addSignificantWeaknesses(SignificantWeakness.builder().id("a").theme(Theme.LOCAL_OFFER).statement("s").build())
            .writtenStatement(WrittenStatementOfAction.builder()
                .addSubmissions(Submission.builder().submittedOn(DatedFact.of(LocalDate.of(2019, 3, 1)))
                    .evaluation(Evaluation.builder().evaluatedOn(DatedFact.of(LocalDate.of(2019, 5, 14))).verdict(EvaluationVerdict.FIT_FOR_PURPOSE).build()).build())
                .build())
            .revisit(Revisit.builder().onSiteStart(DatedFact.of(LocalDate.of(2021, 5, 5)))
                .addOutcomes(WeaknessOutcome.of("a", Progress.SUFFICIENT)).build())
            .build())
        .build();
    String json = AreaRecordCodec.strict().write(r);
    System.out.println(json);
    AreaRecord back = AreaRecordCodec.strict().read(json);
    assertEquals(r, back);
    RecordFormatException e = assertThrows(RecordFormatException.class,
        () -> AreaRecordCodec.strict().read(json.replace("\"onSiteStart\" : {", "\"bogus\": 1, \"onSiteStart\" : {")));
    System.out.println(e.getMessage());
    e = assertThrows(RecordFormatException.class,
        () -> AreaRecordCodec.strict().read(json.replace("2021-05-05", "2019-05-01")));
    System.out.println(e.getMessage());
    e = assertThrows(RecordFormatException.class,
        () -> AreaRecordCodec.strict().read(json.replace("\"weakness\" : \"a\"", "\"weakness\" : \"b\"")));
    System.out.println(e.getMessage());
    e = assertThrows(RecordFormatException.class,
        () -> AreaRecordCodec.strict().read(json.replace("E06000033", "X1")));
    System.out.println(e.getMessage());
    e = assertThrows(RecordFormatException.class,
        () -> AreaRecordCodec.strict().read(json.replace("\"local-offer\"", "\"nope\"")));
    System.out.println(e.getMessage());
    e = assertThrows(RecordFormatException.class,
        () -> AreaRecordCodec.strict().read(json.replace("\"id\" : \"a\",", "")));
    System.out.println(e.getMessage());
    e = assertThrows(RecordFormatException.class,
        () -> AreaRecordCodec.strict().read(json.replace("2019-05-14", "2019-05-xx")));
    System.out.println(e.getMessage());
    System.out.println(AreaRecordCodec.lenient().readWithWarnings(json.replace("\"onSiteStart\" : {", "\"bogus\": {\"a\":[1]}, \"onSiteStart\" : {"), "x").ignoredProperties());
  }
}
