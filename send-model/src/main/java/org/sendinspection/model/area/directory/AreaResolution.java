package org.sendinspection.model.area.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the directory made of a code and a name as a data set gives them: the area, how it was found
 * where that was not simply by its own code and name, and what contradicts it.
 *
 * <p>Immutable and thread-safe. Examples: {@code E10000006} named {@code cumberland} on 7 July 2025
 * resolves to Cumberland ({@code E06000063}) with a note that the code is Cumbria's, which Cumberland
 * succeeded; {@code Gateshead} without a code resolves with a note that it was found by name;
 * {@code E06000055} named {@code Essex} resolves to Bedford (the code's area) with a contradiction.
 *
 * @param area the area, where one was found; not null
 * @param notes how the area was found, where a reader should know (not errors); not null
 * @param contradiction what in the input disagrees with the area found, where something does; not null
 * @param unresolved why no area was found, where none was; not null
 */
public record AreaResolution(Optional<DirectoryArea> area, List<String> notes, Optional<String> contradiction,
    Optional<String> unresolved) {

  public AreaResolution {
    Objects.requireNonNull(area, "area");
    notes = List.copyOf(notes);
    Objects.requireNonNull(contradiction, "contradiction");
    Objects.requireNonNull(unresolved, "unresolved");
    if (area.isPresent() == unresolved.isPresent()) {
      throw new IllegalArgumentException("a resolution has an area or a reason it has none, not both or neither");
    }
  }

  static AreaResolution found(DirectoryArea area, List<String> notes, Optional<String> contradiction) {
    return new AreaResolution(Optional.of(area), notes, contradiction, Optional.empty());
  }

  static AreaResolution notFound(String why) {
    return new AreaResolution(Optional.empty(), List.of(), Optional.empty(), Optional.of(why));
  }
}
