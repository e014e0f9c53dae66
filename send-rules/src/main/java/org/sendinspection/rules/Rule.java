package org.sendinspection.rules;

import java.util.List;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.RuleSource;

/**
 * One rule of a framework: what follows from one kind of recorded fact, with its source.
 *
 * <p>Implementations are stateless and thread-safe, never change the record and never read the
 * clock. Each lives in its own class, named after what it decides, and is listed in the {@link
 * RuleRegistry}.
 */
public interface Rule {

  /** The stable identifier conclusions carry, such as {@code 2016.wsoa-due}. */
  String id();

  /** What the rule decides, in a short phrase, such as {@code When the written statement of action is due}. */
  String title();

  /** The framework whose inspections it applies to. */
  FrameworkVersion framework();

  /** Where the rule comes from; never empty. */
  List<RuleSource> sources();

  /**
   * What follows from one inspection of a record, as of a date.
   *
   * @param context the record, the inspection, the as-of date and the settings; not null
   * @return the conclusions, possibly none; never null
   */
  List<Conclusion> derive(RuleContext context);
}
