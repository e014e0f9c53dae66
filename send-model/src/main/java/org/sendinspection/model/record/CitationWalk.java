package org.sendinspection.model.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Finding;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.revisit.NextSteps;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.CodedAction;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * Every citation in an area record, by its path, in document order.
 *
 * <p>Used to check that each cites a listed source, and by tools that show where facts come from.
 */
public final class CitationWalk {
  private final Map<String, Citation> found = new LinkedHashMap<>();

  private CitationWalk() {}

  /**
   * Walks a record.
   *
   * @param record the record; not null
   * @return every citation keyed by its path, such as {@code inspections[0].publishedOn.claims[1].citation}
   */
  public static Map<String, Citation> of(AreaRecord record) {
    CitationWalk walk = new CitationWalk();
    List<Partner> partners = record.getArea().getPartners();
    for (int i = 0; i < partners.size(); i++) {
      walk.all("area.partners[" + i + "].citations", partners.get(i).getCitations());
    }
    walk.fact("inspectionCoverage.until", record.getInspectionCoverage().getUntil());
    List<Inspection> inspections = record.getInspections();
    for (int i = 0; i < inspections.size(); i++) {
      String path = "inspections[" + i + "]";
      Inspection inspection = inspections.get(i);
      walk.fact(path + ".onSiteStart", inspection.firstDayOnSite());
      walk.fact(path + ".onSiteEnd", inspection.getOnSiteEnd());
      walk.fact(path + ".publishedOn", inspection.getPublishedOn());
      inspection.accept(new Inspection.Visitor<Void>() {
        @Override
        public Void localAreaSend2016(LocalAreaSendInspection local) {
          walk.inspection2016(path, local);
          return null;
        }

        @Override
        public Void areaSend2023(AreaSendInspection areaSend) {
          walk.cited(path, areaSend);
          return null;
        }
      });
    }
    return walk.found;
  }

  private void cited(String path, CitedFacts facts) {
    facts.citations().forEach((p, c) -> found.put(path + "." + p, c));
  }

  private void inspection2016(String path, LocalAreaSendInspection inspection) {
    fact(path + ".noticeGivenOn", inspection.getNoticeGivenOn());
    fact(path + ".letterDate", inspection.getLetterDate());
    fact(path + ".reportReceivedOn", inspection.getReportReceivedOn());
    one(path + ".citation", inspection.getCitation());
    findings(path + ".strengths", inspection.getStrengths());
    findings(path + ".areasForDevelopment", inspection.getAreasForDevelopment());
    List<SignificantWeakness> weaknesses = inspection.getSignificantWeaknesses();
    for (int i = 0; i < weaknesses.size(); i++) {
      one(path + ".significantWeaknesses[" + i + "].citation", weaknesses.get(i).getCitation());
    }
    inspection.getWrittenStatement().ifPresent(w -> statement(path + ".writtenStatement", w));
    inspection.getRevisit().ifPresent(r -> revisit(path + ".revisit", r));
    fact(path + ".revisitCoverage.until", inspection.getRevisitCoverage().getUntil());
    inspection.getNextSteps().ifPresent(n -> nextSteps(path + ".nextSteps", n));
  }

  private void nextSteps(String path, NextSteps steps) {
    fact(path + ".determinedOn", steps.getDeterminedOn());
    fact(path + ".secretaryOfStateDirection", steps.getSecretaryOfStateDirection());
    one(path + ".citation", steps.getCitation());
    steps.getAcceleratedProgressPlan().ifPresent(p -> {
      fact(path + ".acceleratedProgressPlan.submittedOn", p.getSubmittedOn());
      fact(path + ".acceleratedProgressPlan.approvedOn", p.getApprovedOn());
      for (int i = 0; i < p.getReviews().size(); i++) {
        fact(path + ".acceleratedProgressPlan.reviews[" + i + "]", Optional.of(p.getReviews().get(i)));
      }
      one(path + ".acceleratedProgressPlan.citation", p.getCitation());
    });
  }

  private void statement(String path, WrittenStatementOfAction wsoa) {
    fact(path + ".determinedOn", wsoa.getDeterminedOn());
    fact(path + ".publishedOn", wsoa.getPublishedOn());
    one(path + ".citation", wsoa.getCitation());
    fact(path + ".submissionCoverage.until", wsoa.getSubmissionCoverage().getUntil());
    List<Submission> submissions = wsoa.getSubmissions();
    for (int i = 0; i < submissions.size(); i++) {
      String sub = path + ".submissions[" + i + "]";
      fact(sub + ".submittedOn", submissions.get(i).getSubmittedOn());
      submissions.get(i).getEvaluation().ifPresent(e -> {
        fact(sub + ".evaluation.evaluatedOn", Optional.of(e.getEvaluatedOn()));
        one(sub + ".evaluation.citation", e.getCitation());
      });
    }
    List<CodedAction> actions = wsoa.getActions();
    for (int i = 0; i < actions.size(); i++) {
      one(path + ".actions[" + i + "].citation", actions.get(i).getCitation());
    }
  }

  private void revisit(String path, Revisit revisit) {
    fact(path + ".onSiteStart", Optional.of(revisit.getOnSiteStart()));
    fact(path + ".onSiteEnd", revisit.getOnSiteEnd());
    fact(path + ".letterDate", revisit.getLetterDate());
    fact(path + ".publishedOn", revisit.getPublishedOn());
    one(path + ".citation", revisit.getCitation());
    List<WeaknessOutcome> outcomes = revisit.getOutcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      one(path + ".outcomes[" + i + "].citation", outcomes.get(i).getCitation());
    }
  }

  private void findings(String path, List<Finding> findings) {
    for (int i = 0; i < findings.size(); i++) {
      one(path + "[" + i + "].citation", findings.get(i).getCitation());
    }
  }

  private void fact(String path, Optional<DatedFact> fact) {
    fact.ifPresent(f -> {
      for (int i = 0; i < f.getClaims().size(); i++) {
        one(path + ".claims[" + i + "].citation", f.getClaims().get(i).getCitation());
      }
    });
  }

  private void all(String path, List<Citation> citations) {
    for (int i = 0; i < citations.size(); i++) {
      found.put(path + "[" + i + "]", citations.get(i));
    }
  }

  private void one(String path, Optional<Citation> citation) {
    citation.ifPresent(c -> found.put(path, c));
  }
}
