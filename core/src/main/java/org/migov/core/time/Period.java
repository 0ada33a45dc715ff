package org.migov.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.migov.core.InvalidValueException;

/**
 * A span of days with a start and an optional end, both inclusive, as OCDS's Period: an
 * agreement's validity, a programme's duration, an office's operating period. An absent end means
 * open-ended (still running, or end unknown).
 *
 * <p>Days lie from {@link #EARLIEST} to {@link #LATEST}, the years 0001 to 9999 that a
 * {@link PartialDate} may have, so that a rule can add a year to any day without overflow.
 *
 * <p>The text form is an ISO 8601 interval: {@code 2024-01-01/2025-12-31}, or
 * {@code 2024-01-01/..} when open-ended. Instances are immutable and thread-safe; equality is by
 * value.
 */
public final class Period {
  /** The first day a period, or a partial date, may hold: 0001-01-01. */
  public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

  /** The last day a period, or a partial date, may hold: 9999-12-31. */
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private static final String EXPECTED =
      "a period as YYYY-MM-DD/YYYY-MM-DD or YYYY-MM-DD/.. with a start not after its end";

  private final LocalDate start;
  private final LocalDate end;

  private Period(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * A period from start to end, both inclusive.
   *
   * @param start the first day, from {@link #EARLIEST} to {@link #LATEST}
   * @param end the last day, not before the start, not after {@link #LATEST}
   * @return the period
   * @throws InvalidValueException if the end is before the start or a day is out of range
   */
  public static Period of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!isInRange(start) || !isInRange(end)) {
      throw outOfRange(start + "/" + end);
    }
    if (end.isBefore(start)) {
      throw new InvalidValueException(EXPECTED, start + "/" + end, "ends before it starts");
    }
    return new Period(start, end);
  }

  /**
   * An open-ended period.
   *
   * @param start the first day, from {@link #EARLIEST} to {@link #LATEST}
   * @return the period without an end
   * @throws InvalidValueException if the day is out of range
   */
  public static Period startingOn(LocalDate start) {
    Objects.requireNonNull(start, "start");
    if (!isInRange(start)) {
      throw outOfRange(start + "/..");
    }
    return new Period(start, null);
  }

  /** Whether a day lies from {@link #EARLIEST} to {@link #LATEST}. */
  private static boolean isInRange(LocalDate day) {
    return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
  }

  private static InvalidValueException outOfRange(String period) {
    return new InvalidValueException(
        EXPECTED, period, "a day outside " + EARLIEST + ".." + LATEST);
  }

  /**
   * Parses an ISO 8601 interval of two dates, {@code 2024-01-01/2025-12-31}, or an open one,
   * {@code 2024-01-01/..}.
   *
   * @param text the text to parse
   * @return the period
   * @throws InvalidValueException if the text is malformed, the end is before the start or a day
   *     is out of range
   */
  public static Period parse(CharSequence text) {
    if (text == null) {
      throw new InvalidValueException(EXPECTED, null);
    }
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
      throw new InvalidValueException(EXPECTED, s);
    }
    try {
      LocalDate start = LocalDate.parse(s.substring(0, slash));
      String endText = s.substring(slash + 1);
      return endText.equals("..") ? startingOn(start) : of(start, LocalDate.parse(endText));
    } catch (DateTimeException e) {
      throw new InvalidValueException(EXPECTED, s);
    }
  }

  /**
   * The first day.
   *
   * @return the start
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The last day, when known.
   *
   * @return the end, or empty when open-ended
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Whether the period has an end.
   *
   * @return true when closed
   */
  public boolean isClosed() {
    return end != null;
  }

  /**
   * A copy with another end.
   *
   * @param newEnd the new last day, not before the start, not after {@link #LATEST}
   * @return the new period
   * @throws InvalidValueException if the end is before the start or after {@link #LATEST}
   */
  public Period withEnd(LocalDate newEnd) {
    return of(start, newEnd);
  }

  /**
   * Whether a day lies in this period, both ends included.
   *
   * @param day the day
   * @return true when start &lt;= day &lt;= end
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  /**
   * Whether the other period lies wholly inside this one. An open-ended period is enclosed only
   * by an open-ended one.
   *
   * @param other the other period
   * @return true when every day of the other is in this one
   */
  public boolean encloses(Period other) {
    if (other.start.isBefore(start)) {
      return false;
    }
    if (end == null) {
      return true;
    }
    return other.end != null && !other.end.isAfter(end);
  }

  /**
   * Whether the two periods share at least one day.
   *
   * @param other the other period
   * @return true when they overlap
   */
  public boolean overlaps(Period other) {
    return (end == null || !other.start.isAfter(end))
        && (other.end == null || !start.isAfter(other.end));
  }

  /**
   * The number of days, ends included, when closed.
   *
   * @return the length in days, or empty when open-ended
   */
  public Optional<Long> lengthInDays() {
    return end == null
        ? Optional.empty()
        : Optional.of(end.toEpochDay() - start.toEpochDay() + 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Period
        && ((Period) other).start.equals(start)
        && Objects.equals(((Period) other).end, end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + Objects.hashCode(end);
  }

  /**
   * The ISO 8601 interval, as {@link #parse(CharSequence)} reads it.
   *
   * @return {@code start/end} or {@code start/..}
   */
  @Override
  public String toString() {
    return start + "/" + (end == null ? ".." : end.toString());
  }
}
