package org.sendinspection.rules;

import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.revisit.RevisitSummary;

/**
 * Summary numbers of one 2016-framework inspection for analysts, as of a date: weaknesses found,
 * weaknesses with sufficient progress, and the days from the inspection to the statement's acceptance
 * and to the revisit.
 *
 * <p>Immutable and thread-safe. Days count calendar days from the first day on site; dates are read
 * under the settings' policy for disputed dates. A number the record cannot give as of the date is
 * empty. {@link Derivation#summaries()} gives one for each inspection of the 2016 framework that had
 * begun by the as-of date. Example, Essex as of 2026: 3 found, 3 with sufficient progress, 189 days to
 * acceptance (30 September 2019 to 6 April 2020, the earlier of two claims one source each gives), 960
 * days to the revisit.
 */
@Value.Immutable
@SendStyle
public interface InspectionSummary {

  /** The inspection's identifier. */
  String getInspectionId();

  /** Significant weaknesses found, from detail or count. */
  Optional<Integer> getWeaknessesFound();

  /** Weaknesses a revisit found sufficient progress on; empty before any revisit outcome. */
  Optional<Integer> getWeaknessesWithSufficientProgress();

  /** The revisit's outcome as the official statistics summarise it; empty before any. */
  Optional<RevisitSummary> getRevisitOutcome();

  /** Calendar days from the first day on site to the statement being declared fit for purpose. */
  Optional<Long> getDaysToStatementAcceptance();

  /** Calendar days from the first day on site to the first day of the revisit. */
  Optional<Long> getDaysToRevisit();
}
