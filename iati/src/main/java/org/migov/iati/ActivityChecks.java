package org.migov.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.migov.core.InvalidValueException;
import org.migov.core.time.PartialDate;

/**
 * The checks of one activity (or organisation) that the reader makes in the same pass as the mapping: the structure
 * the 2.03 schema requires of the children of {@code iati-activity}, and the IATI rules on what is
 * read (dates, percentages per vocabulary, budget periods, identifiers). The mapper feeds it what
 * it reads; {@link #finish} reports what can only be judged at the activity's end. One instance per
 * activity, confined to the reading thread.
 */
final class ActivityChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Structure structure;
  private final Consumer<IatiDiagnostic> report;
  private final String[] identifier;
  private final Codelists codelists;
  private final LocalDate today;
  private final Map<String, Integer> seen = new LinkedHashMap<>();
  private int furthest = -1;
  private String furthestName;
  private final List<Area> areas = new ArrayList<>();
  private final Map<String, List<Area>> sectors = new LinkedHashMap<>();
  private final PartialDate[] dates = new PartialDate[5];
  private final int[][] datePlaces = new int[5][];
  private boolean languageReported;

  /** A recipient country (vocabulary null) or region, or a sector, with its percentage as written. */
  private record Area(String vocabulary, String code, String percentage, int line, int column) {}

  /**
   * Checks reporting through a consumer.
   *
   * @param identifier a one-element array holding the activity's identifier as known so far
   */
  ActivityChecks(Structure structure, Consumer<IatiDiagnostic> report, String[] identifier, Codelists codelists, LocalDate today) {
    this.structure = structure;
    this.report = report;
    this.identifier = identifier;
    this.codelists = codelists;
    this.today = today;
  }

  /** Reports a finding of the activity. */
  void report(IatiCheck check, int line, int column, String... details) {
    report.accept(new IatiDiagnostic(check, identifier[0], line, column, details));
  }

  /** A child of {@code iati-activity}: its order, its repetition, whether the schema knows it. */
  void child(String name, String namespace, int line, int column) {
    if (namespace != null && !namespace.isEmpty()) {
      return;
    }
    int index = structure.position(name);
    if (index < 0) {
      report(IatiCheck.UNKNOWN_ELEMENT, line, column, name, structure.element());
      return;
    }
    int count = seen.merge(name, 1, Integer::sum);
    if (count == 2 && structure.once().contains(name)) {
      report(IatiCheck.REPEATED_ELEMENT, line, column, name, structure.element());
    }
    if (index < furthest) {
      report(IatiCheck.ELEMENT_ORDER, line, column, name, furthestName);
    } else {
      furthest = index;
      furthestName = name;
    }
  }

  /** A required attribute: reported when absent or blank; the value, or null. */
  String required(String element, String attribute, String value, int line, int column) {
    if (value == null || value.isBlank()) {
      report(IatiCheck.MISSING_ATTRIBUTE, line, column, element, attribute);
      return null;
    }
    return value;
  }

  /** A narrative with neither its own language nor the activity's: reported once per activity. */
  void noLanguage(String element, int line, int column) {
    if (!languageReported) {
      languageReported = true;
      report(IatiCheck.NO_LANGUAGE, line, column, element);
    }
  }

  /** A language tag of a narrative or a document: checked against the Language codelist, or its form. */
  void language(String tag, int line, int column) {
    if (!codelists.isLanguage(tag)) {
      report(IatiCheck.LANGUAGE_CODE, line, column, quoted(tag));
    }
  }

  /** An activity date, of its type (1 to 4 are known); whether it is kept (a known type and a day). */
  boolean activityDate(String type, PartialDate date, int line, int column) {
    if (type == null || type.length() != 1 || type.charAt(0) < '1' || type.charAt(0) > '4') {
      report(IatiCheck.ACTIVITY_DATE_TYPE, line, column, quoted(type));
      return false;
    }
    if (date != null) {
      dates[type.charAt(0) - '0'] = date;
      datePlaces[type.charAt(0) - '0'] = new int[] {line, column};
    }
    return date != null;
  }

  /** The activity date of a type (1 planned start, 2 actual start, 3 planned end, 4 actual end), the last given; or null. */
  PartialDate date(int type) {
    return dates[type];
  }

  /** A recipient country (vocabulary null) or region (vocabulary as written, "" when absent), with its percentage as written. */
  void area(String vocabulary, String code, String percentage, int line, int column) {
    Area area = new Area(vocabulary, code, percentage, line, column);
    if (percentage(area, IatiCheck.AREA_PERCENTAGE_RANGE) != null || percentage == null) {
      areas.add(area);
    }
  }

  /** A sector, with its vocabulary (1 by default) and percentage as written. */
  void sector(String vocabulary, String code, String percentage, int line, int column) {
    String vocab = vocabulary == null || vocabulary.isBlank() ? "1" : vocabulary.strip();
    Area sector = new Area(vocab, code, percentage, line, column);
    if (vocab.equals("1") && code != null && !codelists.isSector(code.strip())) {
      report(IatiCheck.SECTOR_CODE, line, column, quoted(code));
    }
    if (percentage(sector, IatiCheck.SECTOR_PERCENTAGE_RANGE) != null || percentage == null) {
      sectors.computeIfAbsent(vocab, v -> new ArrayList<>()).add(sector);
    }
  }

  /** A budget's period: not ending before it starts (8.6.3), at most a year (7.5.3); false when it ends first. */
  boolean budgetPeriod(PartialDate start, PartialDate end, int line, int column) {
    if (end.isCertainlyBefore(start)) {
      report(IatiCheck.BUDGET_PERIOD_ORDER, line, column, start.toString(), end.toString());
      return false;
    }
    if (ChronoUnit.DAYS.between(start.earliestDay(), end.earliestDay()) > 365) {
      report(IatiCheck.BUDGET_LONGER_THAN_A_YEAR, line, column, start.toString(), end.toString());
    }
    return true;
  }

  /** A transaction's date: not after today (11.2.1). */
  void transactionDate(PartialDate date, int line, int column) {
    if (date.isCertainlyAfter(today)) {
      report(IatiCheck.TRANSACTION_IN_FUTURE, line, column, date.toString(), today.toString());
    }
  }

  /**
   * What is judged at the activity's end: the required children, the dates, the percentages and
   * the identifiers.
   *
   * @param rawIdentifier the identifier as the file gave it, spaces included, or null
   * @param reportingRef the reporting organisation's ref, or null
   */
  void finish(String rawIdentifier, String reportingRef, int line, int column) {
    for (String name : structure.required()) {
      if (!seen.containsKey(name)) {
        report(IatiCheck.MISSING_ELEMENT, line, column, structure.element(), name);
      }
    }
    dates(line, column);
    areaPercentages();
    sectors.forEach(this::sectorPercentages);
    if (rawIdentifier != null && !rawIdentifier.isEmpty()) {
      identifier(rawIdentifier, reportingRef, line, column);
    }
    if (reportingRef != null && !codelists.isRegistrationAgencyPrefixed(reportingRef.strip())) {
      report(IatiCheck.REPORTING_ORGANISATION_PREFIX, line, column, quoted(reportingRef));
    }
  }

  private void dates(int recordLine, int recordColumn) {
    if (dates[1] == null && dates[2] == null && seen.containsKey("activity-date")) {
      report(IatiCheck.NO_START_DATE, recordLine, recordColumn);
    }
    order(1, 3, IatiCheck.PLANNED_DATES_ORDER);
    order(2, 4, IatiCheck.ACTUAL_DATES_ORDER);
    future(2, IatiCheck.ACTUAL_START_IN_FUTURE);
    future(4, IatiCheck.ACTUAL_END_IN_FUTURE);
  }

  private void order(int start, int end, IatiCheck check) {
    if (dates[start] != null && dates[end] != null && dates[end].isCertainlyBefore(dates[start])) {
      report(check, datePlaces[end][0], datePlaces[end][1], dates[start].toString(), dates[end].toString());
    }
  }

  private void future(int type, IatiCheck check) {
    if (dates[type] != null && dates[type].isCertainlyAfter(today)) {
      report(check, datePlaces[type][0], datePlaces[type][1], dates[type].toString(), today.toString());
    }
  }

  /**
   * Countries alone (3.1.x), or countries with the regions of each vocabulary that a region states
   * (3.4.x), as IATI's ruleset groups them: a region without a vocabulary attribute is in no group.
   */
  private void areaPercentages() {
    List<Area> countries = areas.stream().filter(a -> a.vocabulary() == null).toList();
    Map<String, List<Area>> regions = new LinkedHashMap<>();
    boolean anyRegion = areas.stream().anyMatch(a -> a.vocabulary() != null);
    areas.stream().filter(a -> a.vocabulary() != null && !a.vocabulary().isEmpty())
        .forEach(a -> regions.computeIfAbsent(a.vocabulary(), v -> new ArrayList<>()).add(a));
    if (!anyRegion) {
      shares(countries, null, IatiCheck.COUNTRY_PERCENTAGE_MISSING, IatiCheck.COUNTRY_PERCENTAGE_SUM, IatiCheck.SINGLE_COUNTRY_PERCENTAGE);
      return;
    }
    regions.forEach((vocabulary, ofVocabulary) -> {
      List<Area> together = new ArrayList<>(countries);
      together.addAll(ofVocabulary);
      shares(together, vocabulary, IatiCheck.AREA_PERCENTAGE_MISSING, IatiCheck.AREA_PERCENTAGE_SUM, IatiCheck.SINGLE_REGION_PERCENTAGE);
    });
  }

  private void sectorPercentages(String vocabulary, List<Area> ofVocabulary) {
    shares(ofVocabulary, vocabulary, IatiCheck.SECTOR_PERCENTAGE_MISSING, IatiCheck.SECTOR_PERCENTAGE_SUM, IatiCheck.SINGLE_SECTOR_PERCENTAGE);
  }

  /**
   * Shares of one whole: several need a percentage each, summing to 100 (to four decimals, as
   * IATI's validator); a single one has none or 100.
   */
  private void shares(List<Area> parts, String vocabulary, IatiCheck missing, IatiCheck sum, IatiCheck single) {
    if (parts.isEmpty()) {
      return;
    }
    List<String> prefix = vocabulary == null ? List.of() : List.of(vocabulary);
    if (parts.size() == 1) {
      Area only = parts.get(0);
      BigDecimal percentage = only.percentage() == null ? null : decimal(only.percentage());
      if (percentage != null && percentage.compareTo(HUNDRED) != 0) {
        report(single, only.line(), only.column(), details(prefix, String.valueOf(only.code()), only.percentage().strip()));
      }
      return;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Area part : parts) {
      if (part.percentage() == null) {
        report(missing, part.line(), part.column(), details(prefix, String.valueOf(part.code())));
        return;
      }
      total = total.add(decimal(part.percentage()));
    }
    if (total.setScale(4, RoundingMode.HALF_UP).compareTo(HUNDRED) != 0) {
      report(sum, parts.get(0).line(), parts.get(0).column(), details(prefix, total.stripTrailingZeros().toPlainString()));
    }
  }

  private static String[] details(List<String> prefix, String... rest) {
    List<String> all = new ArrayList<>(prefix);
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  /** A percentage as written: a decimal within 0 to 100, else reported (null). */
  private BigDecimal percentage(Area area, IatiCheck range) {
    if (area.percentage() == null) {
      return null;
    }
    BigDecimal value = decimal(area.percentage());
    if (value == null) {
      report(IatiCheck.DATATYPE, area.line(), area.column(), "percentage", quoted(area.percentage()), "decimal");
      return null;
    }
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      report(range, area.line(), area.column(), String.valueOf(area.code()), area.percentage().strip());
      return null;
    }
    return value;
  }

  /** Whether a text is an xsd:dateTime: a day, T, a time (with seconds, maybe fractions), maybe a zone. */
  static boolean isXsdDateTime(String text) {
    try {
      java.time.format.DateTimeFormatter.ISO_DATE_TIME.parse(text.strip());
      return text.strip().length() >= 19 && text.strip().charAt(16) == ':';
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** A value for a message: quoted and escaped as core quotes values, {@code (none)} when absent. */
  static String quoted(String value) {
    return value == null ? "(none)" : InvalidValueException.quote(value);
  }

  /** An {@code xsd:decimal} (digits, one point, a sign; no exponent), surrounding spaces allowed; null when it is none. */
  static BigDecimal decimal(String text) {
    String s = text.strip();
    int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return null;
      }
    }
    return digits == 0 || digits > 1000 ? null : new BigDecimal(s.charAt(0) == '+' ? s.substring(1) : s);
  }

  private void identifier(String raw, String reportingRef, int line, int column) {
    String clean = raw.strip();
    if (!clean.equals(raw)) {
      report(IatiCheck.IDENTIFIER_SPACES, line, column, quoted(raw));
    }
    if (clean.chars().anyMatch(c -> c == '/' || c == '&' || c == '|' || c == '?')) {
      report(IatiCheck.IDENTIFIER_SYMBOLS, line, column, quoted(clean), IatiIds.id(clean));
    }
    if (reportingRef != null && !reportingRef.isBlank()) {
      String ref = reportingRef.strip();
      if (clean.equals(ref)) {
        report(IatiCheck.IDENTIFIER_IS_REPORTING_ORGANISATION, line, column, quoted(clean));
      } else if (!clean.startsWith(ref + "-")) {
        report(IatiCheck.IDENTIFIER_PREFIX, line, column, quoted(clean), ref);
      }
    }
  }
}
