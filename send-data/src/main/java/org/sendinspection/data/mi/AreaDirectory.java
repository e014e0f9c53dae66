package org.sendinspection.data.mi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.record.AreaRecord;

/**
 * The local areas whose ONS codes are known, found by name: how a data set that names areas without
 * codes is tied to them.
 *
 * <p>Immutable and thread-safe. A name matches when it equals a known area's name ignoring case and
 * surrounding spaces, and nothing looser: {@code Telford & Wrekin} does not match {@code Telford and
 * Wrekin}, so a reader reports the row rather than guess. Example, from the 2016-framework statistics:
 *
 * <pre>{@code
 * AreaDirectory areas = AreaDirectory.of(OfstedStatistics.read(ods).records());
 * areas.named("Southend-on-Sea");   // [E06000033, Southend-on-Sea, East of England]
 * }</pre>
 */
public final class AreaDirectory {
  private final Map<String, List<LocalArea>> byName;

  private AreaDirectory(Map<String, List<LocalArea>> byName) {
    this.byName = byName;
  }

  /**
   * The areas of the given records.
   *
   * @param records the records; not null
   * @return the directory
   */
  public static AreaDirectory of(List<AreaRecord> records) {
    Objects.requireNonNull(records, "records");
    Map<String, List<LocalArea>> byName = new LinkedHashMap<>();
    for (AreaRecord record : records) {
      byName.computeIfAbsent(key(record.getArea().getName()), k -> new ArrayList<>()).add(record.getArea());
    }
    byName.replaceAll((k, v) -> List.copyOf(v));
    return new AreaDirectory(byName);
  }

  /**
   * The known areas of a name.
   *
   * @param name the name; not null
   * @return the areas of that name: none, one, or (where names repeat) several
   */
  public List<LocalArea> named(String name) {
    return byName.getOrDefault(key(Objects.requireNonNull(name, "name")), List.of());
  }

  /** The number of names known. */
  public int size() {
    return byName.size();
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
