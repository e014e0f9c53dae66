package org.sendinspection.model.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.List;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an inspection's framework is written in JSON: the {@code framework} property holds the version's
 * wire name ({@link FrameworkVersion#wireName()}), and reading it chooses the inspection's type. The
 * mapping lives here, in the codec, so that the model's types know nothing of their JSON form.
 */
final class InspectionTypes {

  /** How {@link Inspection} is typed: the type is named in the {@code framework} property. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "framework")
  private interface Typing {}

  private static final JsonTypeInfo.Value TYPING = JsonTypeInfo.Value.from(Typing.class.getAnnotation(JsonTypeInfo.class));

  /**
   * Gives {@link Inspection} itself, and no type derived from it, its typing: a mix-in would be
   * inherited by the classes Immutables generates to read each type, which must read the inspection's
   * properties without a type id of their own.
   */
  private static final class Introspector extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonTypeInfo.Value findPolymorphicTypeInfo(MapperConfig<?> config, Annotated annotated) {
      if (annotated instanceof AnnotatedClass && annotated.getRawType() == Inspection.class) {
        return TYPING;
      }
      return super.findPolymorphicTypeInfo(config, annotated);
    }
  }

  private InspectionTypes() {}

  /**
   * Adds the mapping to a mapper being built.
   *
   * @param builder the builder; not null
   * @return the builder
   */
  static JsonMapper.Builder register(JsonMapper.Builder builder) {
    List<NamedType> types = new ArrayList<>();
    for (FrameworkVersion version : FrameworkVersion.values()) {
      // The built type is named too, since that is the class a value written has.
      for (Class<? extends Inspection> type : types(version)) {
        types.add(new NamedType(type, version.wireName()));
      }
    }
    return builder.annotationIntrospector(new Introspector())
        .registerSubtypes(types.toArray(NamedType[]::new));
  }

  /** The type of an inspection under a framework and its built form; a new framework must be added here. */
  private static List<Class<? extends Inspection>> types(FrameworkVersion version) {
    return switch (version) {
      case LOCAL_AREA_SEND_2016 -> List.of(LocalAreaSendInspection.class, ImmutableLocalAreaSendInspection.class);
      case AREA_SEND_2023 -> List.of(AreaSendInspection.class, ImmutableAreaSendInspection.class);
    };
  }
}
