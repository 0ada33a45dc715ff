package org.migov.testkit;

import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migov.core.agreement.AgreementId;
import org.migov.core.event.EventId;
import org.migov.core.geography.Country;
import org.migov.core.geography.GeographicArea;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.NamedArea;
import org.migov.core.geography.Place;
import org.migov.core.money.Money;
import org.migov.core.office.OfficeId;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.person.Person;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.source.Source;
import org.migov.core.text.BlankText;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;
import org.migov.core.time.PartialDate;

/**
 * Generators for migov's value types: ids, multilingual text, partial dates, periods, money,
 * countries, M49 regions, named areas, places, people, sources and external identifiers.
 *
 * <p>Every generated value is one that core accepts; edge cases are mixed in (naughty Unicode in
 * texts and ids, 29 February and year ends, amounts of large scale and precision, every M49
 * region and every country). All generators are immutable and thread-safe.
 */
public final class ValueGens {
  private ValueGens() {}

  /** Amount precision: large enough for edge cases, within what {@link Money} accepts. */
  private static final int AMOUNT_PRECISION = 38;

  /** Amount scale: large enough for edge cases, within what {@link Money} accepts. */
  private static final int AMOUNT_SCALE = 20;

  private static final List<String> LANGUAGES =
      List.of("en", "fr", "es", "it", "ar", "zh", "ru", "pt-BR", "fr-CA", "de", "sw", "he");

  private static final List<String> CURRENCIES = List.of("EUR", "USD", "CHF", "GBP", "JPY", "XOF", "KWD");

  /**
   * Id values that core accepts: mostly short slugs, sometimes naughty Unicode, never a
   * forbidden character, surrounding whitespace, a control or format character or a line or
   * paragraph separator.
   *
   * @return the generator
   */
  public static Gen<String> idValues() {
    Gen<String> slugs =
        Gens.lists(Gens.elements("a", "b", "x", "iom", "unodc", "eu", "it", "1", "2", "2024"), 1, 4)
            .map(parts -> String.join("-", parts));
    Gen<String> naughty =
        Gens.strings(1, 24).map(ValueGens::cleanId);
    return Gens.frequency(List.of(Map.entry(6, slugs), Map.entry(1, naughty)));
  }

  private static String cleanId(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints()
        .filter(c -> c != '/' && c != '&' && c != '|' && c != '?' && !Character.isISOControl(c))
        .filter(c -> !isFormatOrSeparator(c))
        .forEach(out::appendCodePoint);
    // Every White_Space character is in the BMP, one char each.
    while (out.length() > 0 && BlankText.isWhiteSpace(out.charAt(0))) {
      out.deleteCharAt(0);
    }
    while (out.length() > 0 && BlankText.isWhiteSpace(out.charAt(out.length() - 1))) {
      out.setLength(out.length() - 1);
    }
    return BlankText.isBlank(out) ? "id" : out.toString();
  }

  /** Format characters (category Cf) and the line and paragraph separators, which ids refuse. */
  private static boolean isFormatOrSeparator(int c) {
    int type = Character.getType(c);
    return type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Organisation ids.
   *
   * @return the generator
   */
  public static Gen<OrganisationId> organisationIds() {
    return idValues().map(OrganisationId::of);
  }

  /**
   * Office ids.
   *
   * @return the generator
   */
  public static Gen<OfficeId> officeIds() {
    return idValues().map(OfficeId::of);
  }

  /**
   * Agreement ids.
   *
   * @return the generator
   */
  public static Gen<AgreementId> agreementIds() {
    return idValues().map(AgreementId::of);
  }

  /**
   * Programme ids.
   *
   * @return the generator
   */
  public static Gen<ProgrammeId> programmeIds() {
    return idValues().map(ProgrammeId::of);
  }

  /**
   * Event ids.
   *
   * @return the generator
   */
  public static Gen<EventId> eventIds() {
    return idValues().map(EventId::of);
  }

  /**
   * BCP 47 language tags, with region subtags sometimes.
   *
   * @return the generator
   */
  public static Gen<String> languageTags() {
    return Gens.elements(LANGUAGES);
  }

  /**
   * Non-blank texts with naughty Unicode mixed in.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    return Gens.strings(1, 40).map(s -> BlankText.isBlank(s) ? "t" + s : s);
  }

  /**
   * Multilingual texts in one to four languages, English not always among them.
   *
   * @return the generator
   */
  public static Gen<MultilingualText> multilingualTexts() {
    return Gens.sets(languageTags(), 1, 4)
        .flatMap(
            languages ->
                choices -> {
                  MultilingualText text = null;
                  for (String language : languages) {
                    String value = texts().generate(choices);
                    text = text == null ? MultilingualText.of(language, value) : text.with(language, value);
                  }
                  return text;
                });
  }

  /**
   * Partial dates of every precision, years 1900 to 2100, with 0001 and 9999 as edge cases.
   *
   * @return the generator
   */
  public static Gen<PartialDate> partialDates() {
    Gen<PartialDate> common = partialDates(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31));
    Gen<PartialDate> extreme =
        Gens.elements(PartialDate.ofYear(1), PartialDate.parse("9999-12-31"), PartialDate.parse("0001-01"));
    return Gens.frequency(List.of(Map.entry(15, common), Map.entry(1, extreme)));
  }

  /**
   * Partial dates of every precision whose days all lie from min to max.
   *
   * @param min the earliest day
   * @param max the latest day
   * @return the generator
   */
  public static Gen<PartialDate> partialDates(LocalDate min, LocalDate max) {
    return Gens.dates(min, max)
        .flatMap(
            day ->
                choices -> {
                  PartialDate[] precisions = {
                    PartialDate.of(day),
                    PartialDate.ofYearMonth(day.getYear(), day.getMonthValue()),
                    PartialDate.ofYear(day.getYear())
                  };
                  PartialDate date = precisions[choices.drawInt(2)];
                  boolean inside = !date.earliestDay().isBefore(min) && !date.latestDay().isAfter(max);
                  return inside ? date : precisions[0];
                });
  }

  /**
   * Periods from 1950 to 2100: of days (open-ended sometimes, one day long sometimes) and of
   * partial dates, some with an unknown start ({@link #partialPeriods(LocalDate, LocalDate)}).
   *
   * @return the generator
   */
  public static Gen<DateRange> periods() {
    LocalDate min = LocalDate.of(1950, 1, 1);
    LocalDate max = LocalDate.of(2100, 12, 31);
    return Gens.frequency(List.of(Map.entry(2, periods(min, max)), Map.entry(1, partialPeriods(min, max))));
  }

  /**
   * Periods whose bounds are partial dates (a year, a month or a day) lying from min to max: from a
   * start and open-ended, until an end with an unknown start, or both.
   *
   * @param min the earliest day
   * @param max the latest day
   * @return the generator
   */
  public static Gen<DateRange> partialPeriods(LocalDate min, LocalDate max) {
    return partialDates(min, max).flatMap(first -> choices -> {
      switch (choices.drawInt(2)) {
        case 0:
          return DateRange.from(first);
        case 1:
          return DateRange.until(first);
        default:
          return DateRange.of(first, partialDates(first.earliestDay(), max).generate(choices));
      }
    });
  }

  /**
   * Values with a period ({@link #periods()}) half of the time, without one otherwise.
   *
   * @param values the values
   * @param <T> their type
   * @return the generator
   */
  public static <T> Gen<Dated<T>> dated(Gen<T> values) {
    return values.flatMap(value -> Gens.oneOf(Gens.constant(Dated.of(value)), periods().map(period -> Dated.of(value, period))));
  }

  /**
   * Periods of days whose start lies from min to max and whose end, when present, is not after
   * max.
   *
   * @param min the earliest start
   * @param max the latest day
   * @return the generator
   */
  public static Gen<DateRange> periods(LocalDate min, LocalDate max) {
    return Gens.dates(min, max)
        .flatMap(
            start ->
                Gens.frequency(List.of(
                    Map.entry(4, Gens.dates(start, max).map(end -> DateRange.of(start, end))),
                    Map.entry(4, Gens.constant(DateRange.startingOn(start))),
                    Map.entry(1, Gens.constant(DateRange.of(start, start))))));
  }

  /**
   * ISO 4217 currencies, among them ones with 0 and 3 minor digits.
   *
   * @return the generator
   */
  public static Gen<Currency> currencies() {
    return Gens.elements(CURRENCIES).map(Money::currency);
  }

  /**
   * Money of any sign, with amounts of large scale and precision as edge cases.
   *
   * @return the generator
   */
  public static Gen<Money> money() {
    return choices ->
        Money.of(Gens.decimals(AMOUNT_PRECISION, AMOUNT_SCALE, true).generate(choices), currencies().generate(choices));
  }

  /**
   * Positive money in a currency.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<Money> positiveMoney(Currency currency) {
    return positiveMoney(currency, AMOUNT_PRECISION, AMOUNT_SCALE);
  }

  /**
   * Positive money in a currency, with bounded digits so that sums of many amounts stay within
   * what {@link Money} accepts.
   *
   * @param currency the currency
   * @param maxPrecision the most significant digits, 1 to 38
   * @param maxScale the largest scale, 0 to 20
   * @return the generator
   */
  public static Gen<Money> positiveMoney(Currency currency, int maxPrecision, int maxScale) {
    return Gens.decimals(maxPrecision, maxScale, false)
        .map(amount -> Money.of(amount.signum() == 0 ? amount.add(java.math.BigDecimal.ONE) : amount, currency));
  }

  /**
   * Every country of the UN M49 table, and Kosovo, each as likely.
   *
   * @return the generator
   */
  public static Gen<Country> countries() {
    return Gens.elements(Country.values());
  }

  /**
   * Every UN M49 region, from the world to intermediate regions, each as likely.
   *
   * @return the generator
   */
  public static Gen<M49Region> regions() {
    return Gens.elements(M49Region.values());
  }

  /**
   * Named areas of one to twelve countries.
   *
   * @return the generator
   */
  public static Gen<NamedArea> namedAreas() {
    return choices -> NamedArea.of(multilingualTexts().generate(choices), Gens.sets(countries(), 1, 12).generate(choices));
  }

  /**
   * Geographic areas of the three kinds: countries most often, then regions, then named areas.
   *
   * @return the generator
   */
  public static Gen<GeographicArea> geographicAreas() {
    return Gens.frequency(
        List.of(Map.entry(5, countries()), Map.entry(3, regions()), Map.entry(2, namedAreas())));
  }

  /**
   * Places, with a locality or a country only.
   *
   * @return the generator
   */
  public static Gen<Place> places() {
    return choices -> {
      Country country = countries().generate(choices);
      switch (choices.drawInt(3)) {
        case 0:
          return Place.of(country);
        case 1:
          return Place.of(multilingualTexts().generate(choices), country);
        default:
          return Place.of(texts().generate(choices), country);
      }
    };
  }

  /**
   * People, with honorifics and Wikidata ids sometimes.
   *
   * @return the generator
   */
  public static Gen<Person> people() {
    return choices ->
        Person.builder()
            .name(texts().generate(choices))
            .honorificPrefix(Gens.optionals(Gens.elements("Ambassador", "Dr", "H.E.")).generate(choices))
            .wikidataId(Gens.optionals(wikidataIds()).generate(choices))
            .names(Gens.optionals(multilingualTexts()).generate(choices))
            .build();
  }

  private static Gen<String> wikidataIds() {
    return Gens.longs(1, 999_999_999L).map(n -> "Q" + n);
  }

  /**
   * External identifiers well formed for their scheme: IATI {@code XM-DAC-} plus digits,
   * Wikidata {@code Q} plus digits.
   *
   * @return the generator
   */
  public static Gen<ExternalIdentifier> externalIdentifiers() {
    return Gens.enumValues(IdentifierScheme.class)
        .flatMap(
            scheme -> {
              switch (scheme) {
                case IATI:
                  return Gens.integers(1, 99_999).map(n -> ExternalIdentifier.of(scheme, "XM-DAC-" + n));
                case WIKIDATA:
                  return wikidataIds().map(q -> ExternalIdentifier.of(scheme, q));
                case IATI_ACTIVITY:
                  return Gens.integers(1, 99_999).map(n -> ExternalIdentifier.of(scheme, "XI-IATI-EC_INTPA-2021/" + n + "-054"));
                default:
                  return idValues().map(v -> ExternalIdentifier.of(scheme, v));
              }
            });
  }

  /**
   * Sources with a title and, sometimes, a publisher, URL, date and language.
   *
   * @return the generator
   */
  public static Gen<Source> sources() {
    return choices ->
        Source.builder()
            .title(texts().generate(choices))
            .publisher(Gens.optionals(texts()).generate(choices))
            .url(Gens.optionals(Gens.integers(0, 9999).map(n -> URI.create("https://example.org/news/" + n))).generate(choices))
            .date(Gens.optionals(partialDates()).generate(choices))
            .language(Gens.optionals(languageTags()).generate(choices))
            .build();
  }

  /**
   * Sets of values of an enum, possibly empty.
   *
   * @param type the enum
   * @param maxSize the most elements
   * @param <E> the enum type
   * @return the generator
   */
  public static <E extends Enum<E>> Gen<Set<E>> enumSets(Class<E> type, int maxSize) {
    return Gens.sets(Gens.enumValues(type), 0, Math.min(maxSize, type.getEnumConstants().length));
  }
}
