package org.migov.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;

/**
 * A date known to the year, the month or the day, as Popolo's {@code YYYY(-MM(-DD))}: IOM was
 * founded in {@code 1951}, ICAT in {@code 2007-03}, the Cairo declaration signed on
 * {@code 2024-07-02}.
 *
 * <p>A partial date stands for the range of days it may be, from {@link #earliestDay()} to
 * {@link #latestDay()}. {@link #compareChronologically(PartialDate)} compares two such ranges
 * honestly: {@code 1951} is neither before nor after {@code 1951-06-01}, the answer is
 * {@link DateOrder#UNDETERMINED}. {@link #compareTo(PartialDate)} is only a total order for
 * sorting (by earliest day, coarser precision first) and says nothing about what happened first.
 *
 * <p>Years run from 1 to 9999: every day a partial date may be lies from {@link DateRange#EARLIEST}
 * to {@link DateRange#LATEST}. Instances are immutable and thread-safe; equality is by
 * precision and value, so {@code 1951} does not equal {@code 1951-01-01}.
 */
public final class PartialDate implements Comparable<PartialDate> {
  private static final Phrase EXPECTED = Phrase.of("a date as YYYY, YYYY-MM or YYYY-MM-DD (year 0001 to 9999)",
      "una data nella forma AAAA, AAAA-MM o AAAA-MM-GG (anno da 0001 a 9999)",
      "une date de la forme AAAA, AAAA-MM ou AAAA-MM-JJ (année de 0001 à 9999)",
      "una fecha con la forma AAAA, AAAA-MM o AAAA-MM-DD (año de 0001 a 9999)");

  private static final Phrase.Template OUT_OF = Phrase.template("{0} out of {1}", "{0} fuori da {1}", "{0} hors de {1}",
      "{0} fuera de {1}");
  private static final Phrase MONTH = Phrase.of("month", "mese", "mois", "mes");
  private static final Phrase YEAR = Phrase.of("year", "anno", "année", "año");
  private static final Phrase YEAR_ZERO = Phrase.of("year 0000", "anno 0000", "année 0000", "año 0000");
  private static final Phrase NO_SUCH_DAY = Phrase.of("no such day", "giorno inesistente", "jour inexistant", "día inexistente");

  private final Precision precision;
  private final LocalDate earliest;

  private PartialDate(Precision precision, LocalDate earliest) {
    this.precision = precision;
    this.earliest = earliest;
  }

  /**
   * A date known to the year.
   *
   * @param year the year, 1 to 9999
   * @return the partial date
   * @throws InvalidValueException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(Precision.YEAR, LocalDate.of(checkYear(year), 1, 1));
  }

  /**
   * A date known to the month.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the partial date
   * @throws InvalidValueException if the year or month is out of range
   */
  public static PartialDate ofYearMonth(int year, int month) {
    if (month < 1 || month > 12) {
      throw new InvalidValueException(EXPECTED, year + "-" + month, OUT_OF.with(MONTH, "1..12"));
    }
    return new PartialDate(Precision.MONTH, LocalDate.of(checkYear(year), month, 1));
  }

  /**
   * A date known to the day.
   *
   * @param date the date, from {@link DateRange#EARLIEST} to {@link DateRange#LATEST}
   * @return the partial date
   * @throws InvalidValueException if the date is out of range
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    return new PartialDate(Precision.DAY, date);
  }

  /**
   * A date known to the day.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the partial date
   * @throws InvalidValueException if the date does not exist
   */
  public static PartialDate of(int year, int month, int day) {
    try {
      return of(LocalDate.of(checkYear(year), month, day));
    } catch (DateTimeException e) {
      throw new InvalidValueException(EXPECTED, String.format("%04d-%02d-%02d", year, month, day),
          month < 1 || month > 12 ? OUT_OF.with(MONTH, "1..12") : NO_SUCH_DAY);
    }
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the text to parse
   * @return the partial date
   * @throws InvalidValueException if the text is not such a date or names a day that does not
   *     exist, such as {@code 2024-13} or {@code 2023-02-29}
   */
  public static PartialDate parse(CharSequence text) {
    if (text == null) {
      throw new InvalidValueException(EXPECTED, null);
    }
    int length = text.length();
    if ((length != 4 && length != 7 && length != 10)
        || !digits(text, 0, 4)
        || (length >= 7 && (text.charAt(4) != '-' || !digits(text, 5, 7)))
        || (length == 10 && (text.charAt(7) != '-' || !digits(text, 8, 10)))) {
      throw new InvalidValueException(EXPECTED, text.toString());
    }
    int year = number(text, 0, 4);
    if (year < 1) {
      throw new InvalidValueException(EXPECTED, text.toString(), YEAR_ZERO);
    }
    if (length == 4) {
      return ofYear(year);
    }
    int month = number(text, 5, 7);
    if (month < 1 || month > 12) {
      throw new InvalidValueException(EXPECTED, text.toString(), OUT_OF.with(MONTH, "01..12"));
    }
    if (length == 7) {
      return ofYearMonth(year, month);
    }
    int day = number(text, 8, 10);
    try {
      return of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      throw new InvalidValueException(EXPECTED, text.toString(), NO_SUCH_DAY);
    }
  }

  /** Whether the chars from start to end are all ASCII digits 0 to 9. */
  private static boolean digits(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The value of the ASCII digits from start to end, already checked with {@link #digits}. */
  private static int number(CharSequence text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static int checkYear(int year) {
    if (year < DateRange.EARLIEST.getYear() || year > DateRange.LATEST.getYear()) {
      throw new InvalidValueException(EXPECTED, Integer.toString(year), OUT_OF.with(YEAR, "1..9999"));
    }
    return year;
  }

  /**
   * How precisely this date is known.
   *
   * @return year, month or day
   */
  public Precision precision() {
    return precision;
  }

  /**
   * The year.
   *
   * @return the year
   */
  public int year() {
    return earliest.getYear();
  }

  /**
   * The first day this date may be: 1 January for a year, the first of the month for a month.
   *
   * @return the earliest possible day
   */
  public LocalDate earliestDay() {
    return earliest;
  }

  /**
   * The last day this date may be: 31 December for a year, the month's last day for a month.
   *
   * @return the latest possible day
   */
  public LocalDate latestDay() {
    switch (precision) {
      case YEAR:
        return earliest.withDayOfYear(earliest.lengthOfYear());
      case MONTH:
        return YearMonth.from(earliest).atEndOfMonth();
      default:
        return earliest;
    }
  }

  /**
   * The day, when this date is known to the day.
   *
   * @return the day, or empty for a year or a month
   */
  public java.util.Optional<LocalDate> toLocalDate() {
    return precision == Precision.DAY
        ? java.util.Optional.of(earliest)
        : java.util.Optional.empty();
  }

  /**
   * Compares two partial dates honestly, as explained in {@link DateOrder}.
   *
   * @param other the date to compare with
   * @return before or after when certain, otherwise undetermined
   */
  public DateOrder compareChronologically(PartialDate other) {
    if (latestDay().isBefore(other.earliest)) {
      return DateOrder.BEFORE;
    }
    if (earliest.isAfter(other.latestDay())) {
      return DateOrder.AFTER;
    }
    return DateOrder.UNDETERMINED;
  }

  /**
   * Compares this partial date with a known day.
   *
   * @param day the day to compare with
   * @return before or after when certain, otherwise undetermined
   */
  public DateOrder compareChronologically(LocalDate day) {
    return compareChronologically(of(day));
  }

  /**
   * Whether this date certainly comes before the other: every day it may be precedes every day
   * the other may be.
   *
   * @param other the date to compare with
   * @return true only when certain
   */
  public boolean isCertainlyBefore(PartialDate other) {
    return compareChronologically(other) == DateOrder.BEFORE;
  }

  /**
   * Whether this date certainly comes after the other.
   *
   * @param other the date to compare with
   * @return true only when certain
   */
  public boolean isCertainlyAfter(PartialDate other) {
    return compareChronologically(other) == DateOrder.AFTER;
  }

  /**
   * Whether this date certainly comes before a known day.
   *
   * @param day the day to compare with
   * @return true only when certain
   */
  public boolean isCertainlyBefore(LocalDate day) {
    return latestDay().isBefore(day);
  }

  /**
   * Whether this date certainly comes after a known day.
   *
   * @param day the day to compare with
   * @return true only when certain
   */
  public boolean isCertainlyAfter(LocalDate day) {
    return earliest.isAfter(day);
  }

  /**
   * A total order for sorting: by earliest day, then coarser precision first ({@code 1951}
   * sorts before {@code 1951-01} and {@code 1951-01-01}). Use
   * {@link #compareChronologically(PartialDate)} to ask what happened first.
   *
   * @param other the date to compare with
   * @return a negative, zero or positive number
   */
  @Override
  public int compareTo(PartialDate other) {
    int byDay = earliest.compareTo(other.earliest);
    return byDay != 0 ? byDay : precision.compareTo(other.precision);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate
        && ((PartialDate) other).precision == precision
        && ((PartialDate) other).earliest.equals(earliest);
  }

  @Override
  public int hashCode() {
    return 31 * precision.ordinal() + earliest.hashCode();
  }

  /**
   * The ISO 8601 form at this date's precision: {@code 1951}, {@code 2007-03} or
   * {@code 2024-07-02}.
   *
   * @return the text that {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    switch (precision) {
      case YEAR:
        return String.format("%04d", earliest.getYear());
      case MONTH:
        return String.format("%04d-%02d", earliest.getYear(), earliest.getMonthValue());
      default:
        return earliest.toString();
    }
  }
}
