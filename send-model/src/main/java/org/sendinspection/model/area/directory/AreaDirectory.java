package org.sendinspection.model.area.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every local area in England since May 2016 (upper-tier local authorities, the footprints of the
 * local area partnerships), with the reorganisations that replaced some of them: how a data set's code
 * or name is tied to one area.
 *
 * <p>Immutable and thread-safe. The list is bundled with the library. Its codes, names and regions
 * are those of Ofsted's "Area SEND inspections and outcomes" official statistics (published 17 November
 * 2022, Open Government Licence), including its Notes sheet on Dorset and Northamptonshire; the areas
 * created on 1 April 2019, 2020, 2021 and 2023, with the codes of those they replaced, follow the
 * Office for National Statistics' "Code History Database" (ONS, updated with each change) and the Local
 * Government (Structural Changes) orders that made them (UK Statutory Instruments 2018 to 2022). The
 * list holds 161 codes: 152 areas in May 2016, 153 from April 2023. Example:
 *
 * <pre>{@code
 * AreaDirectory areas = AreaDirectory.bundled();
 * areas.byCode("E10000021");                       // Northamptonshire, until 31 March 2021
 * areas.successorsOf("E10000021");                 // [North Northamptonshire (E06000061), West ...]
 * areas.resolve(Optional.of("E10000006"), Optional.of("cumberland"), Optional.of(LocalDate.of(2025, 7, 7)));
 *     // Cumberland (E06000063), with a note that the code is Cumbria's
 * }</pre>
 */
public final class AreaDirectory {
  private static final AreaDirectory BUNDLED = new AreaDirectory(DirectoryCsv.read());

  private final Map<String, DirectoryArea> byCode;
  /** The areas of each name's and spelling's key, in code order: a look-up per row of a data set. */
  private final Map<String, List<DirectoryArea>> byNameKey;

  private AreaDirectory(List<DirectoryArea> areas) {
    Map<String, DirectoryArea> codes = new LinkedHashMap<>();
    for (DirectoryArea area : areas) {
      if (codes.put(area.code(), area) != null) {
        throw new AreaDirectoryException("the bundled area list gives " + area.code() + " twice");
      }
    }
    this.byCode = Collections.unmodifiableMap(codes);
    Map<String, List<DirectoryArea>> keys = new HashMap<>();
    for (DirectoryArea area : codes.values()) {
      Set<String> ofArea = new LinkedHashSet<>();
      ofArea.add(AreaNames.key(area.name()));
      area.spellings().forEach(s -> ofArea.add(AreaNames.key(s)));
      ofArea.forEach(key -> keys.computeIfAbsent(key, k -> new ArrayList<>()).add(area));
    }
    keys.replaceAll((key, named) -> List.copyOf(named));
    this.byNameKey = Map.copyOf(keys);
  }

  /** The directory bundled with the library. */
  public static AreaDirectory bundled() {
    return BUNDLED;
  }

  /** Every area, in code order, those that have ended included. */
  public List<DirectoryArea> areas() {
    return List.copyOf(byCode.values());
  }

  /**
   * The area of a code.
   *
   * @param code the ONS code; not null
   * @return the area, or empty if the code is not one of England's local areas since May 2016
   */
  public Optional<DirectoryArea> byCode(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code").trim()));
  }

  /**
   * The areas a name, however spelt, names: one, or several where an area and its successor share a
   * name (Dorset county and Dorset Council), or none.
   *
   * @param name the name; not null
   * @return the areas, in code order
   */
  public List<DirectoryArea> named(String name) {
    Objects.requireNonNull(name, "name");
    return new ArrayList<>(byNameKey.getOrDefault(AreaNames.key(name), List.of()));
  }

  /**
   * The areas that replaced an area.
   *
   * @param code the ONS code; not null
   * @return the successors; empty where the area continues or is unknown
   */
  public List<DirectoryArea> successorsOf(String code) {
    return byCode(code).map(a -> a.successors().stream().map(byCode::get).toList()).orElse(List.of());
  }

  /**
   * The areas an area replaced.
   *
   * @param code the ONS code; not null
   * @return the predecessors; empty where the area existed in May 2016 or is unknown
   */
  public List<DirectoryArea> predecessorsOf(String code) {
    return byCode(code).map(a -> a.predecessors().stream().map(byCode::get).toList()).orElse(List.of());
  }

  /**
   * Every area whose history an area's belongs to: itself, and, through every reorganisation, its
   * predecessors and theirs. North Northamptonshire's history includes Northamptonshire's.
   *
   * @param code the ONS code; not null
   * @return the codes, the area's first; empty if the code is unknown
   */
  public List<String> historyOf(String code) {
    List<String> history = new ArrayList<>();
    byCode(code).ifPresent(a -> collect(a, history));
    return history;
  }

  private void collect(DirectoryArea area, List<String> history) {
    if (!history.contains(area.code())) {
      history.add(area.code());
      area.predecessors().forEach(p -> collect(byCode.get(p), history));
    }
  }

  /**
   * Finds the area a data set means by a code and a name, on the day of what it records.
   *
   * <p>A code and a name that agree give the code's area. A name that names a successor of the coded
   * area gives the successor, with a note (the scraped overview gives Cumberland and Westmorland and
   * Furness Cumbria's code). A code of an area that had ended by the day, with one successor, gives the
   * successor, with a note (Dorset's county code on a 2024 inspection). A name alone gives the one area
   * of that name existing on the day, with a note. A code that names one area and a name that names
   * another give the code's area with a contradiction; an unknown code with a known name gives the
   * name's area with a contradiction.
   *
   * @param code the ONS code as given; not null
   * @param name the name as given; not null
   * @param day the day of what the data set records, such as an inspection's first day; not null
   * @return the resolution; never null
   */
  public AreaResolution resolve(Optional<String> code, Optional<String> name, Optional<LocalDate> day) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(day, "day");
    Optional<String> givenCode = code.map(String::trim).filter(c -> !c.isEmpty());
    Optional<String> givenName = name.map(String::trim).filter(n -> !n.isEmpty());
    Optional<DirectoryArea> coded = givenCode.flatMap(this::byCode);
    List<String> notes = new ArrayList<>();
    if (coded.isEmpty()) {
      Optional<String> unknown = givenCode.map(c -> "code " + c + " is not the code of any local area in England"
          + " since May 2016");
      if (givenName.isEmpty()) {
        return AreaResolution.notFound(unknown.orElse("neither a code nor a name is given"));
      }
      AreaResolution byName = byName(givenName.get(), day);
      if (byName.area().isPresent() && unknown.isPresent()) {
        return AreaResolution.found(byName.area().get(), byName.notes(), unknown);
      }
      return byName;
    }
    DirectoryArea area = coded.get();
    Optional<String> contradiction = Optional.empty();
    if (givenName.isPresent() && !area.isNamed(givenName.get())) {
      Optional<DirectoryArea> successor = descendants(area).stream().filter(s -> s.isNamed(givenName.get())).findFirst();
      if (successor.isPresent()) {
        notes.add("code " + area.code() + " is " + area.name() + "'s, which " + successor.get().name() + " ("
            + successor.get().code() + ") succeeded; the name '" + givenName.get() + "' gives " + successor.get());
        area = successor.get();
      } else {
        contradiction = Optional.of("code " + area.code() + " is " + area + " but the name given is '"
            + givenName.get() + "'" + namesElse(givenName.get()));
      }
    }
    area = successorOn(area, givenName, day, notes);
    if (givenName.isPresent() && contradiction.isEmpty()
        && !AreaNames.key(area.name()).equals(AreaNames.key(givenName.get()))) {
      notes.add("'" + givenName.get() + "' is written " + area.name() + " in the directory");
    }
    return AreaResolution.found(area, notes, contradiction);
  }

  private AreaResolution byName(String name, Optional<LocalDate> day) {
    List<DirectoryArea> named = named(name);
    List<DirectoryArea> existing = day.map(d -> named.stream().filter(a -> a.existsOn(d)).toList()).orElse(named);
    if (existing.size() > 1 && day.isEmpty()) {
      existing = named.stream().filter(a -> a.until().isEmpty()).toList();
    }
    if (existing.size() == 1) {
      DirectoryArea area = existing.get(0);
      List<String> notes = new ArrayList<>();
      notes.add("'" + name + "' is given without a code; the directory names it " + area
          + day.map(d -> " on " + d).orElse(""));
      return AreaResolution.found(area, notes, Optional.empty());
    }
    if (named.isEmpty()) {
      return AreaResolution.notFound("'" + name + "' is not the name of any local area in England since May 2016");
    }
    return AreaResolution.notFound("'" + name + "' names " + named.stream().map(DirectoryArea::toString)
        .collect(Collectors.joining(", ")) + (day.isPresent() ? ", none of them alone on " + day.get() : "")
        + "; give the code or the day");
  }

  /**
   * The area that stood for an ended area on a day: its one successor, or the one successor of the
   * given name (Dorset county's successors are Dorset and Bournemouth, Christchurch and Poole), and so on.
   */
  private DirectoryArea successorOn(DirectoryArea area, Optional<String> name, Optional<LocalDate> day,
      List<String> notes) {
    DirectoryArea current = area;
    while (day.isPresent() && !current.existsOn(day.get()) && current.until().isPresent()) {
      List<DirectoryArea> successors = current.successors().stream().map(byCode::get).toList();
      List<DirectoryArea> named = name.map(n -> successors.stream().filter(s -> s.isNamed(n)).toList())
          .orElse(List.of());
      DirectoryArea next;
      if (successors.size() == 1) {
        next = successors.get(0);
      } else if (named.size() == 1) {
        next = named.get(0);
      } else {
        break;
      }
      notes.add("code " + current.code() + " is " + current.name() + "'s, which ended on " + current.until().get()
          + "; on " + day.get() + " the area is " + next);
      current = next;
    }
    return current;
  }

  private List<DirectoryArea> descendants(DirectoryArea area) {
    List<DirectoryArea> all = new ArrayList<>();
    for (String code : area.successors()) {
      DirectoryArea successor = byCode.get(code);
      all.add(successor);
      all.addAll(descendants(successor));
    }
    return all;
  }

  private String namesElse(String name) {
    List<DirectoryArea> named = named(name);
    return named.isEmpty() ? ", which is no local area's name"
        : ", which names " + named.stream().map(DirectoryArea::toString).collect(Collectors.joining(", "));
  }
}
