package org.sendinspection.data.table;

import java.time.LocalDate;
import java.util.Optional;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.directory.AreaDirectory;
import org.sendinspection.model.area.directory.AreaResolution;
import org.sendinspection.model.area.directory.DirectoryArea;

/**
 * The area a row means, found through the bundled {@link AreaDirectory}: how each reader ties a row's
 * code and name to one local area, noting what it had to infer and reporting what contradicts.
 *
 * <p>A row's area is always the directory's: its code, its name in proper case, its Ofsted region. A
 * code that contradicts the name is reported ({@value #CODE_MATCHES_NAME}), as is a region that is not
 * the directory's ({@value #REGION_AGREES}); neither loses the row.
 */
public final class RowArea {
  /** Rule identifier: the row's code or name is that of a local area in England since May 2016. */
  public static final String AREA_KNOWN = "area-known";
  /** Rule identifier: the row's code and name name the same area. */
  public static final String CODE_MATCHES_NAME = "code-matches-name";
  /** Rule identifier: the row's region is the region of its area. */
  public static final String REGION_AGREES = "region-agrees";

  private RowArea() {}

  /**
   * Finds the row's area, with notes and problems added to the row.
   *
   * @param cells the row; not null
   * @param codeColumn the code's column, or null where the data set gives no codes
   * @param nameColumn the name's column; not null
   * @param day the day of what the row records, for codes of areas that have since ended; not null
   * @return the area; empty, with an {@value #AREA_KNOWN} problem, where none is found
   */
  public static <C extends Enum<C> & TableColumn> Optional<DirectoryArea> of(RowReader<C> cells, C codeColumn,
      C nameColumn, Optional<LocalDate> day) {
    Optional<String> code = codeColumn == null ? Optional.empty() : cells.text(codeColumn);
    Optional<String> name = cells.text(nameColumn);
    C column = codeColumn == null ? nameColumn : codeColumn;
    AreaResolution found = AreaDirectory.bundled().resolve(code, name, day);
    found.unresolved().ifPresent(why -> cells.problem(column, AREA_KNOWN, why));
    found.contradiction().ifPresent(why -> cells.problem(column, CODE_MATCHES_NAME, why));
    found.notes().forEach(note -> cells.note(column, note));
    return found.area();
  }

  /**
   * Reports a region that is not the area's.
   *
   * @param cells the row; not null
   * @param regionColumn the region's column; not null
   * @param region the region the row gives, where it gives a known one; not null
   * @param area the row's area; not null
   */
  public static <C extends Enum<C> & TableColumn> void checkRegion(RowReader<C> cells, C regionColumn,
      Optional<OfstedRegion> region, DirectoryArea area) {
    if (region.isPresent() && region.get() != area.region()) {
      cells.problem(regionColumn, REGION_AGREES, "the row gives region " + region.get().displayName() + " but "
          + area + " is in " + area.region().displayName() + "; the record takes the directory's");
    }
  }
}
