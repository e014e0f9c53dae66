package org.sendinspection.model.inspection;

import java.util.Optional;

/**
 * The visitors behind {@link Inspection#asLocalAreaSend2016()} and {@link Inspection#asAreaSend2023()}:
 * one shared instance each, since they hold nothing, so a typed look-up in a loop over many records
 * allocates no visitor.
 */
final class Typed {

  static final Inspection.Visitor<Optional<LocalAreaSendInspection>> LOCAL_AREA_SEND_2016 =
      new Inspection.Visitor<>() {
        @Override
        public Optional<LocalAreaSendInspection> localAreaSend2016(LocalAreaSendInspection inspection) {
          return Optional.of(inspection);
        }

        @Override
        public Optional<LocalAreaSendInspection> areaSend2023(AreaSendInspection inspection) {
          return Optional.empty();
        }
      };

  static final Inspection.Visitor<Optional<AreaSendInspection>> AREA_SEND_2023 =
      new Inspection.Visitor<>() {
        @Override
        public Optional<AreaSendInspection> localAreaSend2016(LocalAreaSendInspection inspection) {
          return Optional.empty();
        }

        @Override
        public Optional<AreaSendInspection> areaSend2023(AreaSendInspection inspection) {
          return Optional.of(inspection);
        }
      };

  private Typed() {}
}
