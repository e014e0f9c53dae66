package org.sendinspection.examples.explain;

import java.util.Locale;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionReport;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.conclusion.RuleSource;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.journey.JourneyStep;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of {@code send explain} that comes from {@code send-rules}: each inspection's journey and
 * state on the day, and every conclusion with its reason, the facts it rests on and its citations.
 */
final class RulesSection {
  private RulesSection() {}

  /** The journeys and conclusions as text. */
  static String text(Derivation derivation) {
    StringBuilder out = new StringBuilder();
    out.append("\nJourney on ").append(derivation.asOf()).append(" (send-rules; disputed dates taken at ")
        .append(words(derivation.settings().getDisputedDatePolicy())).append("):\n");
    if (derivation.journeys().isEmpty()) {
      out.append("  no inspection under the 2016 framework\n");
    }
    for (Journey journey : derivation.journeys()) {
      out.append("  ").append(journey.inspectionId()).append(": ")
          .append(journey.stateOn(derivation.asOf()).description()).append('\n');
      for (JourneyStep step : journey.steps()) {
        out.append(String.format(Locale.ROOT, "    %s  %-45s (%s)%s%n", step.getDate(),
            step.getState().description(), step.getTrigger().description(),
            step.getNote().map(n -> "; " + n).orElse("")));
      }
    }
    out.append("\nConclusions (").append(derivation.conclusions().size()).append("):\n");
    if (derivation.conclusions().isEmpty()) {
      out.append("  none: no inspection had begun by that date\n");
    }
    String inspection = null;
    for (Conclusion conclusion : derivation.conclusions()) {
      if (!conclusion.getInspectionId().equals(inspection)) {
        inspection = conclusion.getInspectionId();
        out.append(' ').append(inspection).append('\n');
      }
      out.append(ConclusionReport.render(conclusion));
    }
    return out.toString();
  }

  /** Adds the journeys and conclusions to the JSON form. */
  static void json(Derivation derivation, ObjectNode root) {
    root.put("disputedDatePolicy", wire(derivation.settings().getDisputedDatePolicy()));
    ArrayNode journeys = root.putArray("journeys");
    for (Journey journey : derivation.journeys()) {
      ObjectNode node = journeys.addObject();
      node.put("inspection", journey.inspectionId());
      node.put("state", wire(journey.stateOn(derivation.asOf())));
      node.put("stateDescription", journey.stateOn(derivation.asOf()).description());
      ArrayNode steps = node.putArray("steps");
      for (JourneyStep step : journey.steps()) {
        ObjectNode s = steps.addObject();
        s.put("date", step.getDate().toString());
        s.put("trigger", wire(step.getTrigger()));
        s.put("state", wire(step.getState()));
        s.put("description", step.getTrigger().description());
        step.getNote().ifPresent(n -> s.put("note", n));
        fact(s.putObject("basis"), step.getBasis());
      }
    }
    ArrayNode conclusions = root.putArray("conclusions");
    for (Conclusion conclusion : derivation.conclusions()) {
      ObjectNode node = conclusions.addObject();
      node.put("kind", wire(conclusion.getKind()));
      node.put("rule", conclusion.getRuleId());
      node.put("inspection", conclusion.getInspectionId());
      ArrayNode dates = node.putArray("dates");
      for (ConcernedDate date : conclusion.getDates()) {
        dates.addObject().put("role", date.getRole().words()).put("date", date.getDate().toString());
      }
      node.put("certainty", wire(conclusion.getCertainty()));
      node.put("reason", conclusion.getReason());
      ArrayNode missing = node.putArray("missingFacts");
      conclusion.getMissingFacts().forEach(missing::add);
      ArrayNode basis = node.putArray("basis");
      conclusion.getBasis().forEach(f -> fact(basis.addObject(), f));
      ArrayNode citations = node.putArray("citations");
      for (RuleSource source : conclusion.getCitations()) {
        ObjectNode c = citations.addObject();
        c.put("id", source.getId());
        c.put("kind", wire(source.getKind()));
        c.put("title", source.getTitle());
        source.getLocator().ifPresent(l -> c.put("locator", l));
        source.getQuote().ifPresent(q -> c.put("quote", q));
        source.getUrl().ifPresent(u -> c.put("url", u));
      }
    }
  }

  private static void fact(ObjectNode node, FactReference fact) {
    node.put("path", fact.getPath());
    node.put("description", fact.getDescription());
    fact.getDate().ifPresent(d -> node.put("date", d.toString()));
    fact.getDispute().ifPresent(d -> node.put("dispute", d));
  }

  /** The policy in words for the heading; each conclusion's reason says which claim it took. */
  static String words(DisputedDatePolicy policy) {
    switch (policy) {
      case MOST_CORROBORATED:
        return "the date most sources give";
      case EARLIEST:
        return "the earliest claim";
      case LATEST:
        return "the latest claim";
      case FIRST_RECORDED:
        return "the first recorded claim";
      default:
        return wire(policy);
    }
  }

  /** An enumeration constant as the JSON form spells it: lower case, words joined by hyphens. */
  static String wire(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
