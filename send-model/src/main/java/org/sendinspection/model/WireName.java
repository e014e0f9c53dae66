package org.sendinspection.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enumeration constant's spelling in the wire format: lower-case words joined by hyphens, fixed
 * for good, whatever the Java constant is called.
 */
public interface WireName {

  /** The constant's stable spelling in JSON and on the command line, such as {@code east-of-england}. */
  String wireName();

  /**
   * Finds the constant with the given wire name.
   *
   * @param type the enumeration; not null
   * @param text the wire name; not null
   * @return the constant
   * @throws IllegalArgumentException naming the allowed values, if none has that spelling
   */
  static <E extends Enum<E> & WireName> E parse(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.wireName().equals(text)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a " + type.getSimpleName()
        + "; expected one of " + Arrays.stream(type.getEnumConstants())
            .map(WireName::wireName).collect(Collectors.joining(", ")));
  }
}
