package org.sendinspection.rules.rules2023;

import org.sendinspection.rules.RuleIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.areasend.StatedPreviousInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.internal.Wording;

/**
 * Rule {@code 2023.previous-inspection}: compares the "date of previous inspection" a report states with
 * the record's own earlier full inspection and its revisit, and says where they differ; nothing is
 * corrected.
 *
 * <p>Source: Suffolk's 2024 report, which states "Date of previous inspection: 21 to 23 January 2019",
 * its revisit, though its full inspection began on 12 December 2016 (official statistics).
 */
final class PreviousInspectionRule extends Rule2023 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.PREVIOUS_INSPECTION;

  public PreviousInspectionRule() {
    super(ID, "Whether the report's previous inspection is the record's", Sources2023.STATED_PREVIOUS_INSPECTION);
  }

  @Override
  protected List<Conclusion> derive(AreaSendFacts facts) {
    Optional<StatedPreviousInspection> stated = facts.inspection().getPreviousInspectionAsStated();
    if (stated.isEmpty()) {
      return List.of();
    }
    // A source may give only the stated range's last day (the scraped overview does): compare that day.
    boolean firstDay = stated.get().getOnSiteStart().isPresent();
    ResolvedDate statedStart = facts.resolve(stated.get().firstRecordedDay(),
        facts.path() + ".previousInspectionAsStated." + (firstDay ? "onSiteStart" : "onSiteEnd"),
        "the previous inspection as the report states it");
    String statedAs = "The report states its previous inspection as " + (firstDay ? "from " : "ending on ")
        + Wording.date(statedStart.getDate());
    Optional<RuleContext> context = facts.previousInspectionContext();
    if (context.isEmpty()) {
      return List.of(differs(facts, statedStart, List.of(), statedAs + ", but the record holds no earlier"
          + " inspection of the area."));
    }
    Optional<Inspection> previous = Optional.of(context.get().inspection());
    String at = context.get().inspectionPath();
    if (previous.get().firstDayOnSite().isEmpty()) {
      return List.of(conclusion(ConclusionKind.NOT_DETERMINABLE, facts)
          .addBasis(statedStart.reference())
          .addMissingFacts(at + ".onSiteStart")
          .reasoning(Reason.lazily(() -> Wording.withNotes(statedAs + "; the record's previous inspection, '" + previous.get().getId()
              + "', has no first day on site recorded (" + at + ".onSiteStart), so whether the report states it"
              + " as recorded cannot be settled.", statedStart)))
          .build());
    }
    ResolvedDate full = facts.resolve(previous.get().firstDayOnSite().get(), at + ".onSiteStart",
        "the first day of the record's previous inspection, '" + previous.get().getId() + "'");
    if (full.getDate().equals(statedStart.getDate())) {
      return List.of(conclusion(ConclusionKind.PREVIOUS_INSPECTION_AS_RECORDED, facts)
          .addBasis(statedStart.reference(), full.reference())
          .reasoning(Reason.lazily(() -> Wording.withNotes(statedAs + ", the first day of the record's previous inspection, '"
              + previous.get().getId() + "'.", statedStart, full)))
          .build());
    }
    Optional<ResolvedDate> revisit = previous.get().asLocalAreaSend2016()
        .flatMap(LocalAreaSendInspection::getRevisit)
        .map(r -> facts.resolve(r.getOnSiteStart(), at + ".revisit.onSiteStart",
            "the first day of the revisit of '" + previous.get().getId() + "'"))
        .filter(facts::happened);
    if (revisit.isPresent() && revisit.get().getDate().equals(statedStart.getDate())) {
      return List.of(differs(facts, statedStart, List.of(revisit.get(), full), statedAs + ", which is the record's"
          + " revisit of '" + previous.get().getId() + "' (from " + Wording.date(revisit.get().getDate()) + "), not"
          + " the full inspection, which began on " + Wording.date(full.getDate()) + ". The record keeps both as"
          + " the sources give them."));
    }
    return List.of(differs(facts, statedStart, List.of(full), statedAs + ", but the record's previous inspection, '"
        + previous.get().getId() + "', began on " + Wording.date(full.getDate()) + revisit.map(r -> " and its revisit on "
            + Wording.date(r.getDate())).orElse("") + "; the record keeps both as the sources give them."));
  }

  private Conclusion differs(AreaSendFacts facts, ResolvedDate stated, List<ResolvedDate> recorded, String reason) {
    List<FactReference> basis = new ArrayList<>();
    basis.add(stated.reference());
    recorded.forEach(r -> basis.add(r.reference()));
    List<ResolvedDate> notes = new ArrayList<>(recorded);
    notes.add(0, stated);
    return conclusion(ConclusionKind.PREVIOUS_INSPECTION_DIFFERS_FROM_RECORD, facts)
        .addAllBasis(basis)
        .reasoning(Reason.lazily(() -> Wording.withNotes(reason, notes.toArray(ResolvedDate[]::new))))
        .build();
  }
}
