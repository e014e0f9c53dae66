package org.sendinspection.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * The conclusions of a derivation built again from their parts, each fact they rest on included: the
 * construction a derivation cannot avoid if it returns the same values, measured apart from the rules.
 */
final class ConclusionsBuiltAgain {
  private ConclusionsBuiltAgain() {}

  static List<Conclusion> of(List<Conclusion> conclusions) {
    List<Conclusion> built = new ArrayList<>(conclusions.size());
    for (Conclusion c : conclusions) {
      List<FactReference> basis = new ArrayList<>(c.getBasis().size());
      for (FactReference fact : c.getBasis()) {
        basis.add(FactReference.builder().path(fact.getPath()).description(fact.getDescription())
            .date(fact.getDate()).disagreement(fact.getDisagreement()).build());
      }
      built.add(Conclusion.builder().kind(c.getKind()).ruleId(c.getRuleId()).inspectionId(c.getInspectionId())
          .dates(c.getDates()).basis(basis).reasoning(c.getReasoning()).citations(c.getCitations())
          .certainty(c.getCertainty()).missingFacts(c.getMissingFacts()).build());
    }
    return built;
  }
}
