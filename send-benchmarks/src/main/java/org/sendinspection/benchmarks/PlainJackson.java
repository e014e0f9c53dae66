package org.sendinspection.benchmarks;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.jsontype.NamedType;

/**
 * The baseline mapper: Jackson configured to read and write the same wire format into the same
 * Immutables types, with none of the codec's checks (no version check, no field constraints).
 *
 * <p>{@code schemaVersion}, which no model type holds, is skipped as an unknown property. The model
 * types carry no mapping of an inspection's {@code framework} to its type, so this mapper declares its
 * own, as any application reading the format with Jackson would.
 */
final class PlainJackson {
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "framework")
  private interface Typing {}

  /** Types {@link Inspection} alone: a mix-in would be inherited by Immutables' reading classes too. */
  private static final class Introspector extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonTypeInfo.Value findPolymorphicTypeInfo(MapperConfig<?> config, Annotated annotated) {
      return annotated instanceof AnnotatedClass && annotated.getRawType() == Inspection.class
          ? JsonTypeInfo.Value.from(Typing.class.getAnnotation(JsonTypeInfo.class))
          : super.findPolymorphicTypeInfo(config, annotated);
    }
  }

  private PlainJackson() {}

  static JsonMapper mapper() {
    return JsonMapper.builder()
        .annotationIntrospector(new Introspector())
        .registerSubtypes(
            new NamedType(ImmutableLocalAreaSendInspection.class, FrameworkVersion.LOCAL_AREA_SEND_2016.wireName()),
            new NamedType(ImmutableAreaSendInspection.class, FrameworkVersion.AREA_SEND_2023.wireName()))
        .changeDefaultVisibility(v -> v
            .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
            .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
            .withFieldVisibility(JsonAutoDetect.Visibility.NONE))
        .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(
            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }
}
