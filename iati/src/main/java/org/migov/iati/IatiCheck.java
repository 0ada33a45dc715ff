package org.migov.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue of what migov-iati reports: each check has a stable name, a code (IATI's own rule
 * number where IATI has one, such as {@code 7.5.3}; otherwise migov's {@code IATI-nnn}), a severity
 * and a message in English, Italian, French and Spanish. Several schema checks share IATI's code
 * {@code 0.3.1} ("the activity fails the schema"): the check's name tells them apart.
 */
public enum IatiCheck {
  /** A required element is missing (schema). */
  MISSING_ELEMENT("0.3.1", IatiSeverity.ERROR),
  /** An element is out of the schema's order. */
  ELEMENT_ORDER("0.3.1", IatiSeverity.ERROR),
  /** An element that the schema allows once is repeated. */
  REPEATED_ELEMENT("0.3.1", IatiSeverity.ERROR),
  /** An element that the schema does not allow where it is (outside another namespace). */
  UNKNOWN_ELEMENT("0.3.1", IatiSeverity.ERROR),
  /** Text in an element that the schema wants empty. */
  TEXT_NOT_ALLOWED("0.3.1", IatiSeverity.ERROR),
  /** A required attribute is missing (schema). */
  MISSING_ATTRIBUTE("0.3.1", IatiSeverity.ERROR),
  /** A value is not of the schema's datatype (a date, a decimal, a boolean). */
  DATATYPE("0.3.1", IatiSeverity.ERROR),
  /** What the official XSD reports, when the reader validates against it. */
  SCHEMA("0.3.1", IatiSeverity.ERROR),
  /** The activity identifier is repeated in the file. */
  DUPLICATE_IDENTIFIER("1.1.2", IatiSeverity.ERROR),
  /** The activity identifier is the reporting organisation's identifier. */
  IDENTIFIER_IS_REPORTING_ORGANISATION("1.1.3", IatiSeverity.ERROR),
  /** The activity identifier does not begin with the reporting organisation's identifier. */
  IDENTIFIER_PREFIX("1.1.21", IatiSeverity.WARNING),
  /** The activity identifier has surrounding spaces. */
  IDENTIFIER_SPACES("1.3.1", IatiSeverity.WARNING),
  /** The activity identifier contains one of / &amp; | ?, which migov's id escapes. */
  IDENTIFIER_SYMBOLS("1.3.13", IatiSeverity.WARNING),
  /** The reporting organisation's identifier does not start with a registration agency prefix. */
  REPORTING_ORGANISATION_PREFIX("1.14.8", IatiSeverity.WARNING),
  /** Several sectors of one vocabulary, one without a percentage. */
  SECTOR_PERCENTAGE_MISSING("2.1.1", IatiSeverity.ERROR),
  /** The sector percentages of one vocabulary do not add up to 100. */
  SECTOR_PERCENTAGE_SUM("2.1.2", IatiSeverity.ERROR),
  /** A single sector of a vocabulary with a percentage other than 100. */
  SINGLE_SECTOR_PERCENTAGE("2.1.4", IatiSeverity.ERROR),
  /** Several recipient countries (and no region), one without a percentage. */
  COUNTRY_PERCENTAGE_MISSING("3.1.1", IatiSeverity.ERROR),
  /** The recipient country percentages do not add up to 100. */
  COUNTRY_PERCENTAGE_SUM("3.1.2", IatiSeverity.ERROR),
  /** A single recipient country with a percentage other than 100. */
  SINGLE_COUNTRY_PERCENTAGE("3.1.4", IatiSeverity.ERROR),
  /** Countries and regions of a vocabulary, one without a percentage. */
  AREA_PERCENTAGE_MISSING("3.4.1", IatiSeverity.ERROR),
  /** The percentages of the countries and the regions of a vocabulary do not add up to 100. */
  AREA_PERCENTAGE_SUM("3.4.2", IatiSeverity.ERROR),
  /** A single recipient region of a vocabulary with a percentage other than 100. */
  SINGLE_REGION_PERCENTAGE("3.4.4", IatiSeverity.ERROR),
  /** A narrative with no language: neither its own nor the activity's default. */
  NO_LANGUAGE("4.1.1", IatiSeverity.ERROR),
  /** The title has no narrative content. */
  NO_TITLE("4.3.1", IatiSeverity.ERROR),
  /** A description has no narrative content. */
  EMPTY_DESCRIPTION("4.4.1", IatiSeverity.ERROR),
  /** The activity has neither a planned nor an actual start date. */
  NO_START_DATE("6.11.1", IatiSeverity.ERROR),
  /** A budget period longer than one year. */
  BUDGET_LONGER_THAN_A_YEAR("7.5.3", IatiSeverity.ERROR),
  /** A value with no currency: neither its own nor the activity's default. */
  NO_CURRENCY("7.8.1", IatiSeverity.ERROR),
  /** A budget period that ends before it starts. */
  BUDGET_PERIOD_ORDER("8.6.3", IatiSeverity.ERROR),
  /** The planned end is before the planned start. */
  PLANNED_DATES_ORDER("11.1.2", IatiSeverity.ERROR),
  /** The actual end is before the actual start. */
  ACTUAL_DATES_ORDER("11.1.3", IatiSeverity.ERROR),
  /** The actual start is in the future. */
  ACTUAL_START_IN_FUTURE("11.1.4", IatiSeverity.ERROR),
  /** The actual end is in the future. */
  ACTUAL_END_IN_FUTURE("11.1.5", IatiSeverity.ERROR),
  /** A transaction date in the future. */
  TRANSACTION_IN_FUTURE("11.2.1", IatiSeverity.ERROR),
  /** A recipient country or region percentage outside 0 to 100. */
  AREA_PERCENTAGE_RANGE("12.1.1", IatiSeverity.ERROR),
  /** A sector percentage outside 0 to 100. */
  SECTOR_PERCENTAGE_RANGE("12.3.1", IatiSeverity.ERROR),
  /** An activity status not on the ActivityStatus codelist. */
  ACTIVITY_STATUS_CODE("9.5.1", IatiSeverity.ERROR),
  /** An activity date type not on the ActivityDateType codelist. */
  ACTIVITY_DATE_TYPE("9.4.1", IatiSeverity.ERROR),
  /** A description type not on the DescriptionType codelist. */
  DESCRIPTION_TYPE("9.26.1", IatiSeverity.ERROR),
  /** An organisation role not on the OrganisationRole codelist. */
  ORGANISATION_ROLE("9.41.1", IatiSeverity.ERROR),
  /** An organisation type not on the OrganisationType codelist. */
  ORGANISATION_TYPE("9.42.1", IatiSeverity.ERROR),
  /** A budget type not on the BudgetType codelist. */
  BUDGET_TYPE("9.8.1", IatiSeverity.ERROR),
  /** A budget status not on the BudgetStatus codelist. */
  BUDGET_STATUS("9.7.1", IatiSeverity.ERROR),
  /** A transaction type not on the TransactionType codelist. */
  TRANSACTION_TYPE("9.93.1", IatiSeverity.ERROR),
  /** A recipient country not on the Country codelist. */
  COUNTRY_CODE("9.50.1", IatiSeverity.ERROR),
  /** A DAC region not on the Region codelist. */
  REGION_CODE("9.51.1", IatiSeverity.ERROR),
  /** A region vocabulary not on the RegionVocabulary codelist. */
  REGION_VOCABULARY("9.52.1", IatiSeverity.ERROR),
  /** A DAC 5-digit sector not on the Sector codelist (or not of its form). */
  SECTOR_CODE("9.76.1", IatiSeverity.ERROR),
  /** An SDG target not on the UNSDG-Targets codelist. */
  SDG_TARGET_CODE("9.130.1", IatiSeverity.ERROR),
  /** A currency not on the Currency codelist. */
  CURRENCY_CODE("9.3.1", IatiSeverity.ERROR),
  /** A language not on the Language codelist (or not of its form). */
  LANGUAGE_CODE("9.95.1", IatiSeverity.ERROR),
  /** An element migov holds nothing of: kept for the writer, counted here. */
  NOT_MAPPED("IATI-001", IatiSeverity.INFO),
  /** A code that migov's model does not know (a UN M49 region, a migov vocabulary's code). */
  UNKNOWN_CODE("IATI-002", IatiSeverity.ERROR),
  /** A value that migov cannot hold as it is (the detail gives core's reason). */
  UNREADABLE_VALUE("IATI-003", IatiSeverity.ERROR),
  /** The activity cannot become a programme (no identifier, or one core refuses). */
  NO_PROGRAMME("IATI-004", IatiSeverity.ERROR),
  /** The organisation cannot become a migov organisation (no identifier, or one core refuses). */
  NO_ORGANISATION("IATI-008", IatiSeverity.ERROR),
  /** A recipient region of a vocabulary other than UN M49: kept, not held. */
  REGION_NOT_MAPPED("IATI-005", IatiSeverity.INFO),
  /** A related activity other than a parent: kept, not held. */
  RELATION_NOT_MAPPED("IATI-006", IatiSeverity.INFO),
  /** The activity (or organisation) was skipped (the reader's policy on records with errors). */
  ACTIVITY_SKIPPED("IATI-007", IatiSeverity.INFO),
  /** Something of a programme that IATI cannot hold, left out by the writer. */
  NOT_WRITTEN("IATI-101", IatiSeverity.WARNING),
  /** An element the schema requires, written as a marked placeholder. */
  PLACEHOLDER_WRITTEN("IATI-102", IatiSeverity.WARNING);

  /** The languages every message exists in. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.FRENCH, new Locale("es"));

  private static final Map<String, Properties> MESSAGES = new ConcurrentHashMap<>();

  private final String code;
  private final IatiSeverity severity;

  IatiCheck(String code, IatiSeverity severity) {
    this.code = code;
    this.severity = severity;
  }

  /**
   * The code: IATI's rule number, or migov's {@code IATI-nnn}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Whether IATI's own rules (or schema) define the check.
   *
   * @return true for IATI's rule numbers, false for migov's {@code IATI-nnn} codes
   */
  public boolean isIatiRule() {
    return !code.startsWith("IATI-");
  }

  /**
   * How grave a finding of this check is.
   *
   * @return the severity
   */
  public IatiSeverity severity() {
    return severity;
  }

  /**
   * The message template in a language: {@code {0}}, {@code {1}}... stand for the details.
   *
   * @param locale the language; other than en, it, fr and es gives English
   * @return the template
   */
  public String template(Locale locale) {
    String template = messages(locale.getLanguage()).getProperty(name());
    return template != null ? template : messages("en").getProperty(name(), name());
  }

  /** The message with its details put in, in one pass: a detail is never read as a template. */
  String format(Locale locale, List<String> details) {
    String template = template(locale);
    StringBuilder out = new StringBuilder(template.length() + 32);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int index = Integer.parseInt(template.substring(i + 1, close));
        out.append(index < details.size() ? details.get(index) : "");
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Properties messages(String language) {
    String tag = LANGUAGES.stream().map(Locale::getLanguage).anyMatch(language::equals) ? language : "en";
    return MESSAGES.computeIfAbsent(tag, IatiCheck::load);
  }

  private static Properties load(String language) {
    String resource = "IatiMessages" + (language.equals("en") ? "" : "_" + language) + ".properties";
    Properties properties = new Properties();
    try (InputStream in = IatiCheck.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/migov/iati/" + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/migov/iati/" + resource, e);
    }
    return properties;
  }
}
