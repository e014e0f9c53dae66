package org.sendinspection.data.join;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sendinspection.model.area.directory.AreaDirectory;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;

/**
 * One record per local area from any number of inputs, both frameworks in one history: records of the
 * same area merged ({@link RecordMerge}), and each area created by a reorganisation given the history of
 * the areas it replaced.
 *
 * <p>Stateless and thread-safe. How a reorganisation is represented: the record of an area with
 * predecessors in the {@link AreaDirectory} (North Northamptonshire, {@code E06000061}, replaced
 * Northamptonshire, {@code E10000021}) holds, besides its own inspections, a copy of each inspection of
 * its predecessors' records, with its citations and sources unchanged and its identifier prefixed by the
 * predecessor's code in lower case ({@code e10000021-2017-inspection}), so that the rules see the
 * 2016-framework journey the 2023 inspection follows. The predecessor's own record is kept as it is: the
 * area existed, and its record is its history. A figure that counts inspections should therefore count an
 * inspection in the record of the area it was of: {@link #isInherited(String, Inspection)} tells them
 * apart. Example:
 *
 * <pre>{@code
 * JoinedDataset joined = NationalDataset.join(List.of(statistics.records(), mi.records(), overview.records()));
 * joined.record("E06000063");  // Cumberland: Cumbria's 2019 inspection (e10000006-2019-inspection), then its own
 * }</pre>
 */
public final class NationalDataset {

  private NationalDataset() {}

  /**
   * Joins the records of several inputs.
   *
   * @param inputs each input's records, in the order whose details win where two give one; not null
   * @return the joined records, in code order, and what differed
   */
  public static JoinedDataset join(List<List<AreaRecord>> inputs) {
    JoinedDataset merged = merge(inputs);
    Map<String, AreaRecord> byCode = new LinkedHashMap<>();
    merged.records().forEach(r -> byCode.put(r.getArea().getCode(), r));
    List<String> differences = merged.differences();
    int read = merged.recordsRead();
    Map<String, AreaRecord> own = new LinkedHashMap<>(byCode);
    List<String> linked = new ArrayList<>();
    for (Map.Entry<String, AreaRecord> entry : byCode.entrySet()) {
      List<String> history = AreaDirectory.bundled().historyOf(entry.getKey());
      AreaRecord record = entry.getValue();
      for (String predecessor : history.subList(Math.min(1, history.size()), history.size())) {
        AreaRecord earlier = own.get(predecessor);
        if (earlier != null) {
          record = inherit(record, earlier);
          linked.add(entry.getKey() + " <- " + predecessor);
        }
      }
      entry.setValue(record);
    }
    List<AreaRecord> records = new ArrayList<>(byCode.values());
    records.sort(Comparator.comparing(r -> r.getArea().getCode()));
    return new JoinedDataset(records, differences, linked, read);
  }

  /**
   * Merges the records of several inputs into one per area, without linking reorganised areas, for
   * counting: an inspection a record holds as a predecessor's ({@link #isInherited}) is left out, as it
   * is counted in the predecessor's own record. Two inputs holding the same area (a directory imported
   * from a file, and the file) never count it twice.
   *
   * @param inputs each input's records, in the order whose details win where two give one; not null
   * @return the merged records, in code order, and what differed; no links
   */
  public static JoinedDataset merge(List<List<AreaRecord>> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    Map<String, AreaRecord> byCode = new LinkedHashMap<>();
    List<String> differences = new ArrayList<>();
    int read = 0;
    for (List<AreaRecord> input : inputs) {
      for (AreaRecord given : input) {
        read++;
        AreaRecord record = withoutInherited(given);
        AreaRecord earlier = byCode.get(record.getArea().getCode());
        if (earlier == null) {
          byCode.put(record.getArea().getCode(), record);
        } else {
          MergedRecord merged = RecordMerge.merge(earlier, record);
          differences.addAll(merged.differences());
          byCode.put(record.getArea().getCode(), merged.record());
        }
      }
    }
    List<AreaRecord> records = new ArrayList<>(byCode.values());
    records.sort(Comparator.comparing(r -> r.getArea().getCode()));
    return new JoinedDataset(records, differences, List.of(), read);
  }

  private static AreaRecord withoutInherited(AreaRecord record) {
    String code = record.getArea().getCode();
    if (record.getInspections().stream().noneMatch(i -> isInherited(code, i))) {
      return record;
    }
    return AreaRecord.builder().from(record).inspections(record.getInspections().stream()
        .filter(i -> !isInherited(code, i)).toList()).build();
  }

  /**
   * Whether an inspection in an area's joined record is a predecessor's, copied in, rather than the area's
   * own.
   *
   * @param code the area's ONS code; not null
   * @param inspection an inspection of its record; not null
   * @return true if the identifier carries a predecessor's code
   */
  public static boolean isInherited(String code, Inspection inspection) {
    return AreaDirectory.bundled().historyOf(code).stream().skip(1)
        .anyMatch(p -> inspection.getId().startsWith(prefix(p)));
  }

  private static String prefix(String code) {
    return code.toLowerCase(Locale.ROOT) + "-";
  }

  private static AreaRecord inherit(AreaRecord record, AreaRecord predecessor) {
    List<SourceDocument> sources = new ArrayList<>(record.getSources());
    predecessor.getSources().stream().filter(s -> record.source(s.getId()).isEmpty()).forEach(sources::add);
    List<Inspection> inspections = new ArrayList<>(record.getInspections());
    String prefix = prefix(predecessor.getArea().getCode());
    for (Inspection inspection : predecessor.getInspections()) {
      if (inspection.getId().startsWith(prefix) || isInherited(predecessor.getArea().getCode(), inspection)) {
        continue;
      }
      inspections.add(RecordMerge.renamed(inspection, prefix + inspection.getId()));
    }
    inspections.sort(Comparator.comparing(i -> i.begunBy().earliest()));
    return AreaRecord.builder().from(record).sources(sources).inspections(inspections).build();
  }


}
