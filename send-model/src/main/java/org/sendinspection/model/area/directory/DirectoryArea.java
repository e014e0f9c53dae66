package org.sendinspection.model.area.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;

/**
 * One local area as the directory lists it: its ONS code, proper name, Ofsted region, other spellings,
 * the days it existed (where it began or ended after May 2016), and the areas it came from or became.
 *
 * <p>Immutable and thread-safe. Example: Northamptonshire, {@code E10000021}, East Midlands, until 31
 * March 2021, succeeded by North Northamptonshire ({@code E06000061}) and West Northamptonshire ({@code
 * E06000062}).
 *
 * @param code the 9-character ONS code; not null
 * @param name the name as Ofsted's statistics write it; not null
 * @param region the Ofsted region; not null
 * @param from the first day, where the area began after May 2016; not null
 * @param until the last day, where the area has ended; not null
 * @param predecessors the codes of the areas it replaced; not null
 * @param successors the codes of the areas that replaced it; not null
 * @param spellings other names data sets give it; not null
 */
public record DirectoryArea(String code, String name, OfstedRegion region, Optional<LocalDate> from,
    Optional<LocalDate> until, List<String> predecessors, List<String> successors, List<String> spellings) {

  public DirectoryArea {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    predecessors = List.copyOf(predecessors);
    successors = List.copyOf(successors);
    spellings = List.copyOf(spellings);
  }

  /**
   * Whether the area existed on a day.
   *
   * @param day the day; not null
   * @return true unless the day is before its first day or after its last
   */
  public boolean existsOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return from.map(f -> !day.isBefore(f)).orElse(true) && until.map(u -> !day.isAfter(u)).orElse(true);
  }

  /**
   * Whether a name, however written, is this area's name or one of its spellings: case, punctuation,
   * hyphens, spaces and {@code &} for {@code and} aside ({@code telford & wrekin} is Telford and Wrekin).
   *
   * @param text the name as a data set writes it; not null
   * @return true if it names this area
   */
  public boolean isNamed(String text) {
    Objects.requireNonNull(text, "text");
    String wanted = AreaNames.key(text);
    return AreaNames.key(name).equals(wanted) || spellings.stream().anyMatch(s -> AreaNames.key(s).equals(wanted));
  }

  /** The area as a record holds it, without partners. */
  public LocalArea toLocalArea() {
    return LocalArea.builder().code(code).name(name).region(region).build();
  }

  @Override
  public String toString() {
    return name + " (" + code + ")";
  }
}
