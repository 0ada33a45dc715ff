package org.migov.core.geography;

import java.util.Locale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.migov.core.text.Phrase;

/**
 * The UN M49 table, loaded once, lazily, from the resources of this package: the countries and
 * areas with their codes, names and flags, and the regions with their hierarchy and names.
 *
 * <p>The English table gives the codes, the hierarchy, the English names and the flags; the
 * French and Spanish tables give names only, matched by code. Italian region names come from
 * {@value #ITALIAN_REGIONS}, written for migov. Kosovo is added by {@link Country#kosovo}.
 *
 * <p>Codes, levels, parents and English region names must agree across rows, or loading fails.
 * Translated region names need not: the French table names East Asia (030) "Asie orientale" in
 * seven rows and "Asie de l'Est" in the row of Taiwan, so a region takes the name most of its rows
 * give (the first seen on a tie). The
 * table is immutable once built and published through a volatile field, so it is thread-safe.
 */
final class M49Table {
  /** The name of an area in the four languages of migov's messages. */
  static Phrase nameOf(GeographicArea area) {
    return Phrase.of(area.name(Locale.ENGLISH), area.name(Locale.ITALIAN), area.name(Locale.FRENCH),
        area.name(Locale.forLanguageTag("es")));
  }

  /** The English table: codes, hierarchy, English names, flags. */
  static final String ENGLISH = "UNSD-en.csv";

  /** The French table: names. */
  static final String FRENCH = "UNSD-fr.csv";

  /** The Spanish table: names. */
  static final String SPANISH = "UNSD-es.csv";

  /** Italian region names: code, name. */
  static final String ITALIAN_REGIONS = "M49-regions-it.csv";

  private static final String GLOBAL_CODE = "Global Code";
  private static final String GLOBAL_NAME = "Global Name";
  private static final String REGION_CODE = "Region Code";
  private static final String REGION_NAME = "Region Name";
  private static final String SUB_REGION_CODE = "Sub-region Code";
  private static final String SUB_REGION_NAME = "Sub-region Name";
  private static final String INTERMEDIATE_CODE = "Intermediate Region Code";
  private static final String INTERMEDIATE_NAME = "Intermediate Region Name";
  private static final String COUNTRY_NAME = "Country or Area";
  private static final String M49_CODE = "M49 Code";
  private static final String ALPHA2 = "ISO-alpha2 Code";
  private static final String ALPHA3 = "ISO-alpha3 Code";
  private static final String LDC = "Least Developed Countries (LDC)";
  private static final String LLDC = "Land Locked Developing Countries (LLDC)";
  private static final String SIDS = "Small Island Developing States (SIDS)";

  /** Region columns from innermost to outermost: code column, name column, level. */
  private static final String[][] REGION_COLUMNS = {
    {INTERMEDIATE_CODE, INTERMEDIATE_NAME, RegionLevel.INTERMEDIATE_REGION.name()},
    {SUB_REGION_CODE, SUB_REGION_NAME, RegionLevel.SUB_REGION.name()},
    {REGION_CODE, REGION_NAME, RegionLevel.REGION.name()},
    {GLOBAL_CODE, GLOBAL_NAME, RegionLevel.WORLD.name()},
  };

  private static volatile M49Table instance;

  /**
   * What the table knows of a region.
   *
   * @param level the level in the hierarchy
   * @param names language ({@code en}, {@code fr}, {@code es}, {@code it}) to name
   * @param parent the enclosing region, or null for World
   * @param children the regions directly inside, by code
   * @param countries every country inside, directly or through children, by alpha-2 code
   */
  record RegionInfo(
      RegionLevel level,
      Map<String, String> names,
      M49Region parent,
      List<M49Region> children,
      Set<Country> countries) {}

  private final Map<String, Country> byAlpha2;
  private final Map<String, Country> byAlpha3;
  private final Map<String, Country> byM49;
  private final List<Country> countries;
  private final Map<String, M49Region> regions;
  private final Map<String, RegionInfo> regionInfo;
  private final List<M49Region> regionList;

  private M49Table(List<Country> sortedCountries, Map<String, RegionInfo> infoByCode,
      Map<String, M49Region> regionsByCode) {
    Map<String, Country> alpha2 = new HashMap<>();
    Map<String, Country> alpha3 = new HashMap<>();
    Map<String, Country> m49 = new HashMap<>();
    for (Country country : sortedCountries) {
      alpha2.put(country.alpha2(), country);
      alpha3.put(country.alpha3(), country);
      country.m49Code().ifPresent(code -> m49.put(code, country));
    }
    this.byAlpha2 = Collections.unmodifiableMap(alpha2);
    this.byAlpha3 = Collections.unmodifiableMap(alpha3);
    this.byM49 = Collections.unmodifiableMap(m49);
    this.countries = List.copyOf(sortedCountries);
    this.regions = Collections.unmodifiableMap(new TreeMap<>(regionsByCode));
    this.regionInfo = Map.copyOf(infoByCode);
    this.regionList = List.copyOf(this.regions.values());
  }

  /**
   * The table, loaded from this package's resources on first use.
   *
   * @return the table
   * @throws IllegalStateException if a resource is missing or malformed
   */
  static M49Table get() {
    M49Table table = instance;
    if (table == null) {
      synchronized (M49Table.class) {
        table = instance;
        if (table == null) {
          table = load(Country.class::getResourceAsStream);
          instance = table;
        }
      }
    }
    return table;
  }

  Country byAlpha2(String code) {
    return byAlpha2.get(code);
  }

  Country byAlpha3(String code) {
    return byAlpha3.get(code);
  }

  Country byM49(String code) {
    return byM49.get(code);
  }

  List<Country> countries() {
    return countries;
  }

  M49Region region(String code) {
    return regions.get(code);
  }

  RegionInfo info(M49Region region) {
    return regionInfo.get(region.code());
  }

  List<M49Region> regions() {
    return regionList;
  }

  /**
   * Loads the table.
   *
   * @param opener opens a resource of this package by file name, or returns null when missing
   * @return the table
   * @throws IllegalStateException if a resource is missing or malformed
   */
  static M49Table load(Function<String, InputStream> opener) {
    List<Map<String, String>> english = read(opener, ENGLISH);
    Map<String, Map<String, String>> french = byM49Code(read(opener, FRENCH), FRENCH);
    Map<String, Map<String, String>> spanish = byM49Code(read(opener, SPANISH), SPANISH);
    Map<String, String> italianRegions = new HashMap<>();
    for (Map<String, String> row : read(opener, ITALIAN_REGIONS)) {
      italianRegions.put(column(row, "Code", ITALIAN_REGIONS), column(row, "Name", ITALIAN_REGIONS));
    }

    Map<String, M49Region> regionsByCode = new HashMap<>();
    Map<String, RegionLevel> levels = new HashMap<>();
    Map<String, Map<String, Map<String, Integer>>> regionNameVotes = new HashMap<>();
    Map<String, M49Region> parents = new HashMap<>();
    List<Country> countries = new ArrayList<>();
    Set<String> alpha2Seen = new TreeSet<>();
    Set<String> alpha3Seen = new TreeSet<>();
    Set<String> m49Seen = new TreeSet<>();

    for (Map<String, String> row : english) {
      String m49 = code(row, M49_CODE, "\\d{3}");
      String alpha2 = code(row, ALPHA2, "[A-Z]{2}");
      String alpha3 = code(row, ALPHA3, "[A-Z]{3}");
      if (!alpha2Seen.add(alpha2) || !alpha3Seen.add(alpha3) || !m49Seen.add(m49)) {
        throw malformed(ENGLISH, "duplicate country code in the row of " + alpha2);
      }
      Map<String, String> fr = french.get(m49);
      Map<String, String> es = spanish.get(m49);
      if (fr == null || es == null) {
        throw malformed(fr == null ? FRENCH : SPANISH, "no row for the M49 code " + m49);
      }
      List<M49Region> chain = new ArrayList<>();
      for (String[] columns : REGION_COLUMNS) {
        String regionCode = row.get(columns[0]);
        if (regionCode == null || regionCode.isEmpty()) {
          continue;
        }
        if (!regionCode.matches("\\d{3}")) {
          throw malformed(ENGLISH, "malformed " + columns[0] + " in the row of " + alpha2);
        }
        M49Region region = regionsByCode.computeIfAbsent(regionCode, M49Region::create);
        RegionLevel level = RegionLevel.valueOf(columns[2]);
        RegionLevel knownLevel = levels.putIfAbsent(regionCode, level);
        if (knownLevel != null && knownLevel != level) {
          throw malformed(ENGLISH, "region " + regionCode + " is at two levels");
        }
        Map<String, Map<String, Integer>> votes =
            regionNameVotes.computeIfAbsent(regionCode, k -> new LinkedHashMap<>());
        vote(votes, "en", column(row, columns[1], ENGLISH));
        vote(votes, "fr", column(fr, columns[1], FRENCH));
        vote(votes, "es", column(es, columns[1], SPANISH));
        if (votes.get("en").size() > 1) {
          throw malformed(ENGLISH, "region " + regionCode + " has two English names");
        }
        if (!chain.isEmpty()) {
          M49Region inner = chain.get(chain.size() - 1);
          M49Region knownParent = parents.putIfAbsent(inner.code(), region);
          if (knownParent != null && !knownParent.equals(region)) {
            throw malformed(ENGLISH, "region " + inner.code() + " has two parents");
          }
        }
        chain.add(region);
      }
      if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(M49Region.WORLD)) {
        throw malformed(ENGLISH, "the row of " + alpha2 + " is not in World (001)");
      }
      Map<String, String> names = new LinkedHashMap<>();
      names.put("en", column(row, COUNTRY_NAME, ENGLISH));
      names.put("fr", column(fr, COUNTRY_NAME, FRENCH));
      names.put("es", column(es, COUNTRY_NAME, SPANISH));
      countries.add(
          Country.create(
              alpha2,
              alpha3,
              m49,
              names,
              chain,
              flag(row, LDC),
              flag(row, LLDC),
              flag(row, SIDS)));
    }
    if (!alpha2Seen.contains(Country.KOSOVO_ALPHA2) && !alpha3Seen.contains("XKX")) {
      countries.add(Country.kosovo(regionsByCode));
    }
    countries.sort(null);

    Map<String, List<M49Region>> children = new HashMap<>();
    parents.forEach((child, parent) ->
        children.computeIfAbsent(parent.code(), k -> new ArrayList<>())
            .add(regionsByCode.get(child)));
    Map<String, TreeSet<Country>> members = new HashMap<>();
    for (Country country : countries) {
      for (M49Region region : country.regions()) {
        members.computeIfAbsent(region.code(), k -> new TreeSet<>()).add(country);
      }
    }
    Map<String, RegionInfo> info = new HashMap<>();
    for (String code : regionsByCode.keySet()) {
      String italian = italianRegions.get(code);
      if (italian == null || italian.isBlank()) {
        throw malformed(ITALIAN_REGIONS, "no Italian name for region " + code);
      }
      Map<String, String> names = new LinkedHashMap<>();
      regionNameVotes.get(code).forEach((language, counts) -> names.put(language, majority(counts)));
      names.put("it", italian);
      List<M49Region> kids = new ArrayList<>(children.getOrDefault(code, List.of()));
      kids.sort((a, b) -> a.code().compareTo(b.code()));
      info.put(
          code,
          new RegionInfo(
              levels.get(code),
              Collections.unmodifiableMap(names),
              parents.get(code),
              List.copyOf(kids),
              Collections.unmodifiableSortedSet(members.getOrDefault(code, new TreeSet<>()))));
    }
    return new M49Table(countries, info, regionsByCode);
  }

  private static void vote(
      Map<String, Map<String, Integer>> votes, String language, String name) {
    votes.computeIfAbsent(language, k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
  }

  /** The name most rows give; on a tie, the first seen. */
  private static String majority(Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return best;
  }

  private static List<Map<String, String>> read(
      Function<String, InputStream> opener, String resource) {
    String text;
    try (InputStream in = opener.apply(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + resourcePath(resource) + ": the UN M49 data cannot be loaded");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + resourcePath(resource), e);
    }
    List<List<String>> records;
    try {
      records = Csv.parse(text);
    } catch (IllegalArgumentException e) {
      throw malformed(resource, e.getMessage());
    }
    if (records.size() < 2) {
      throw malformed(resource, "no data rows");
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>(records.size() - 1);
    for (List<String> record : records.subList(1, records.size())) {
      if (record.size() != header.size()) {
        throw malformed(
            resource,
            "a row has " + record.size() + " fields, the header " + header.size() + ": " + record);
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i).strip(), record.get(i).strip());
      }
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Map<String, String>> byM49Code(
      List<Map<String, String>> rows, String resource) {
    Map<String, Map<String, String>> result = new HashMap<>();
    for (Map<String, String> row : rows) {
      if (result.put(column(row, M49_CODE, resource), row) != null) {
        throw malformed(resource, "duplicate M49 code " + row.get(M49_CODE));
      }
    }
    return result;
  }

  private static String column(Map<String, String> row, String column, String resource) {
    String value = row.get(column);
    if (value == null) {
      throw malformed(resource, "no column \"" + column + "\"");
    }
    if (value.isEmpty()) {
      throw malformed(resource, "empty \"" + column + "\" in row " + row);
    }
    return value;
  }

  private static String code(Map<String, String> row, String column, String pattern) {
    String value = column(row, column, ENGLISH);
    if (!value.matches(pattern)) {
      throw malformed(ENGLISH, "malformed \"" + column + "\": " + value);
    }
    return value;
  }

  private static boolean flag(Map<String, String> row, String column) {
    String value = row.get(column);
    if (value == null) {
      throw malformed(ENGLISH, "no column \"" + column + "\"");
    }
    if (!value.isEmpty() && !value.equalsIgnoreCase("x")) {
      throw malformed(ENGLISH, "flag \"" + column + "\" is neither empty nor x: " + value);
    }
    return !value.isEmpty();
  }

  private static IllegalStateException malformed(String resource, String detail) {
    return new IllegalStateException("malformed resource " + resourcePath(resource) + ": " + detail);
  }

  private static String resourcePath(String resource) {
    return Country.class.getPackageName().replace('.', '/') + '/' + resource;
  }
}
