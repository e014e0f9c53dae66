package org.sendinspection.rules;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.rules.rules2016.Framework2016;
import org.sendinspection.rules.rules2023.Framework2023;

/**
 * The one {@link Framework} of each framework version.
 *
 * <p>The only place that maps a framework version, or an inspection's type, to its rules, journey and
 * summary. Both maps are exhaustive without a default, so that a framework version or inspection type
 * added later does not compile until it is given its framework here. Example: {@code
 * Frameworks.of(FrameworkVersion.AREA_SEND_2023).rules()}.
 */
public final class Frameworks {
  private static final Inspection.Visitor<Framework> BY_TYPE = new Inspection.Visitor<>() {
    @Override
    public Framework localAreaSend2016(LocalAreaSendInspection inspection) {
      return of(FrameworkVersion.LOCAL_AREA_SEND_2016);
    }

    @Override
    public Framework areaSend2023(AreaSendInspection inspection) {
      return of(FrameworkVersion.AREA_SEND_2023);
    }
  };

  private Frameworks() {}

  /**
   * The framework of a version.
   *
   * @param version the version; not null
   * @return its framework
   */
  public static Framework of(FrameworkVersion version) {
    return switch (version) {
      case LOCAL_AREA_SEND_2016 -> Framework2016.framework();
      case AREA_SEND_2023 -> Framework2023.framework();
    };
  }

  /**
   * The framework an inspection was carried out under, found from its type.
   *
   * @param inspection the inspection; not null
   * @return its framework
   */
  public static Framework of(Inspection inspection) {
    return inspection.accept(BY_TYPE);
  }

  /** Every framework, oldest first. */
  public static List<Framework> all() {
    return Arrays.stream(FrameworkVersion.values()).map(Frameworks::of).collect(Collectors.toList());
  }
}
