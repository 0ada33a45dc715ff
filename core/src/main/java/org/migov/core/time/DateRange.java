package org.migov.core.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;

/**
 * A span of days whose bounds may be partial dates, and either of which may be missing, as
 * sources state them: "from July 2011" ({@code 2011-07/..}), "in 2024" ({@code 2024/2024}),
 * "until 1999" ({@code ../1999}), "from 2024-01-01 to 2025-12-31". An agreement's validity, a
 * programme's duration, an office's operating period, the time a value held (see {@link Dated}).
 *
 * <p>Both bounds are inclusive. A missing end means open-ended: still running, as in OCDS. A
 * missing start means the start is not known. Since a partial bound stands for every day it may be
 * (see {@link PartialDate}), a day is {@linkplain #certainlyContains(LocalDate) certainly inside},
 * {@linkplain #possiblyContains(LocalDate) possibly inside}, or outside; rules and queries say which
 * one they use. A range has at least one bound, and its start is not certainly after its end.
 *
 * <p>Days lie from {@link #EARLIEST} to {@link #LATEST}, the years 0001 to 9999 that a
 * {@link PartialDate} may have, so that a rule can add a year to any day without overflow.
 *
 * <p>The text form is an ISO 8601 interval, {@code ..} standing for a missing bound:
 * {@code 2024-01-01/2025-12-31}, {@code 2011-07/..}, {@code ../1999}. Instances are immutable and
 * thread-safe; equality is by value (and by the bounds' precision: {@code 2024/..} is not
 * {@code 2024-01-01/..}).
 */
public final class DateRange {
  /** The first day a range, or a partial date, may hold: 0001-01-01. */
  public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

  /** The last day a range, or a partial date, may hold: 9999-12-31. */
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private static final Phrase EXPECTED = Phrase.of(
      "a period as START/END, START/.. or ../END (each YYYY, YYYY-MM or YYYY-MM-DD), with a start not after its end",
      "un periodo nella forma INIZIO/FINE, INIZIO/.. o ../FINE (ciascuno AAAA, AAAA-MM o AAAA-MM-GG),"
          + " con un inizio non successivo alla fine",
      "une période de la forme DÉBUT/FIN, DÉBUT/.. ou ../FIN (chacun AAAA, AAAA-MM ou AAAA-MM-JJ),"
          + " dont le début ne suit pas la fin",
      "un periodo con la forma INICIO/FIN, INICIO/.. o ../FIN (cada uno AAAA, AAAA-MM o AAAA-MM-DD),"
          + " con un inicio no posterior al fin");

  private static final Phrase ENDS_BEFORE_IT_STARTS = Phrase.of("ends before it starts",
      "finisce prima di iniziare", "se termine avant de commencer", "termina antes de empezar");

  private static final Phrase.Template DAY_OUTSIDE = Phrase.template("a day outside {0}..{1}",
      "un giorno fuori da {0}..{1}", "un jour hors de {0}..{1}", "un día fuera de {0}..{1}");

  private static final Phrase NO_BOUND = Phrase.of("neither a start nor an end",
      "né un inizio né una fine", "ni début ni fin", "ni inicio ni fin");

  private final PartialDate start;
  private final PartialDate end;

  private DateRange(PartialDate start, PartialDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * A range between two partial dates, both inclusive.
   *
   * @param start the first day, or the month or year it lies in
   * @param end the last day, or the month or year it lies in
   * @return the range
   * @throws InvalidValueException if the end certainly comes before the start
   */
  public static DateRange of(PartialDate start, PartialDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isCertainlyBefore(start)) {
      throw new InvalidValueException(EXPECTED, start + "/" + end, ENDS_BEFORE_IT_STARTS);
    }
    return new DateRange(start, end);
  }

  /**
   * A range from one day to another, both inclusive.
   *
   * @param start the first day, from {@link #EARLIEST} to {@link #LATEST}
   * @param end the last day, not before the start, not after {@link #LATEST}
   * @return the range
   * @throws InvalidValueException if the end is before the start or a day is out of range
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return of(day(start, "start"), day(end, "end"));
  }

  /**
   * An open-ended range: from a start, still running.
   *
   * @param start the first day, or the month or year it lies in
   * @return the range without an end
   */
  public static DateRange from(PartialDate start) {
    return new DateRange(Objects.requireNonNull(start, "start"), null);
  }

  /**
   * An open-ended range from a day, still running.
   *
   * @param start the first day, from {@link #EARLIEST} to {@link #LATEST}
   * @return the range without an end
   * @throws InvalidValueException if the day is out of range
   */
  public static DateRange startingOn(LocalDate start) {
    return from(day(start, "start"));
  }

  /**
   * A range whose start is not known: "until 1999", "merged in 2024".
   *
   * @param end the last day, or the month or year it lies in
   * @return the range without a start
   */
  public static DateRange until(PartialDate end) {
    return new DateRange(null, Objects.requireNonNull(end, "end"));
  }

  private static PartialDate day(LocalDate day, String name) {
    Objects.requireNonNull(day, name);
    if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
      throw new InvalidValueException(EXPECTED, day.toString(), DAY_OUTSIDE.with(EARLIEST, LATEST));
    }
    return PartialDate.of(day);
  }

  /**
   * Parses an ISO 8601 interval of partial dates, with {@code ..} for a missing bound:
   * {@code 2024-01-01/2025-12-31}, {@code 2011-07/..}, {@code ../1999}, {@code 2024/2024}.
   *
   * @param text the text to parse
   * @return the range
   * @throws InvalidValueException if the text is malformed, has neither bound, or ends before it
   *     starts
   */
  public static DateRange parse(CharSequence text) {
    if (text == null) {
      throw new InvalidValueException(EXPECTED, null);
    }
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
      throw new InvalidValueException(EXPECTED, s);
    }
    String startText = s.substring(0, slash);
    String endText = s.substring(slash + 1);
    boolean openStart = startText.equals("..");
    boolean openEnd = endText.equals("..");
    if (openStart && openEnd) {
      throw new InvalidValueException(EXPECTED, s, NO_BOUND);
    }
    PartialDate first = openStart ? null : bound(startText, s);
    PartialDate last = openEnd ? null : bound(endText, s);
    return first == null ? until(last) : last == null ? from(first) : of(first, last);
  }

  private static PartialDate bound(String text, String range) {
    try {
      return PartialDate.parse(text);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(EXPECTED, range);
    }
  }

  /**
   * The start, when known.
   *
   * @return the first day, or the month or year it lies in; empty when not known
   */
  public Optional<PartialDate> start() {
    return Optional.ofNullable(start);
  }

  /**
   * The end, when the range has one.
   *
   * @return the last day, or the month or year it lies in; empty when open-ended
   */
  public Optional<PartialDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Whether the range has an end.
   *
   * @return true when closed
   */
  public boolean isClosed() {
    return end != null;
  }

  /**
   * A copy with another end.
   *
   * @param newEnd the new end
   * @return the new range
   * @throws InvalidValueException if the new end certainly comes before the start
   */
  public DateRange withEnd(PartialDate newEnd) {
    return start == null ? until(newEnd) : of(start, newEnd);
  }

  /**
   * A copy that ends on a day.
   *
   * @param newEnd the new last day, not after {@link #LATEST}
   * @return the new range
   * @throws InvalidValueException if the day is out of range or certainly before the start
   */
  public DateRange withEnd(LocalDate newEnd) {
    return withEnd(day(newEnd, "end"));
  }

  /**
   * Whether a day certainly lies in this range, whatever days its partial bounds stand for: every
   * day the range may start on is not after it and every day it may end on not before it. An
   * open-ended range runs on (to {@link #LATEST}), so it certainly contains the days after its start,
   * future ones too; a range with an unknown start certainly contains only its last day, when that
   * is known to the day ({@code ../2024-03-10} certainly contains 2024-03-10).
   *
   * @param day the day
   * @return true only when certain
   */
  public boolean certainlyContains(LocalDate day) {
    return !day.isBefore(latestStart()) && !day.isAfter(earliestEnd());
  }

  /**
   * Whether a day may lie in this range: for some days its bounds stand for, it does.
   *
   * @param day the day
   * @return false only when the day is certainly outside
   */
  public boolean possiblyContains(LocalDate day) {
    return !day.isBefore(earliestStart()) && !day.isAfter(latestEnd());
  }

  /**
   * Whether the other range certainly lies wholly inside this one. An open-ended range is
   * enclosed only by an open-ended one.
   *
   * @param other the other range
   * @return true only when certain
   */
  public boolean certainlyEncloses(DateRange other) {
    return !other.earliestStart().isBefore(latestStart())
        && (end == null || (other.end != null && !other.latestEnd().isAfter(earliestEnd())));
  }

  /**
   * Whether the other range may lie wholly inside this one; false when some of it certainly lies
   * outside.
   *
   * @param other the other range
   * @return false only when certainly not enclosed
   */
  public boolean possiblyEncloses(DateRange other) {
    return !other.latestStart().isBefore(earliestStart())
        && (end == null || (other.end != null && !other.earliestEnd().isAfter(latestEnd())));
  }

  /**
   * Whether the two ranges certainly share at least one day.
   *
   * @param other the other range
   * @return true only when certain
   */
  public boolean certainlyOverlaps(DateRange other) {
    return !latestStart().isAfter(other.earliestEnd()) && !other.latestStart().isAfter(earliestEnd());
  }

  /**
   * Whether the two ranges may share a day.
   *
   * @param other the other range
   * @return false only when certainly disjoint
   */
  public boolean possiblyOverlaps(DateRange other) {
    return !earliestStart().isAfter(other.latestEnd()) && !other.earliestStart().isAfter(latestEnd());
  }

  /**
   * The first day the range may start on; {@link #EARLIEST} for an unknown start.
   *
   * @return the earliest possible start
   */
  public LocalDate earliestStart() {
    return start == null ? EARLIEST : start.earliestDay();
  }

  /**
   * The last day the range may start on: the start's last day, but not after the last day it may
   * end on; for an unknown start, the end's last day.
   *
   * @return the latest possible start
   */
  public LocalDate latestStart() {
    if (start == null) {
      return end.latestDay();
    }
    LocalDate latest = start.latestDay();
    return end != null && end.latestDay().isBefore(latest) ? end.latestDay() : latest;
  }

  /**
   * The first day the range may end on: the end's first day, but not before the first day it may
   * start on; {@link #LATEST} for an open-ended range, which runs on.
   *
   * @return the earliest possible end
   */
  public LocalDate earliestEnd() {
    if (end == null) {
      return LATEST;
    }
    LocalDate earliest = end.earliestDay();
    return start != null && start.earliestDay().isAfter(earliest) ? start.earliestDay() : earliest;
  }

  /**
   * The last day the range may end on; {@link #LATEST} for an open-ended range.
   *
   * @return the latest possible end
   */
  public LocalDate latestEnd() {
    return end == null ? LATEST : end.latestDay();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateRange
        && Objects.equals(((DateRange) other).start, start)
        && Objects.equals(((DateRange) other).end, end);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(start) + Objects.hashCode(end);
  }

  /**
   * The ISO 8601 interval, as {@link #parse(CharSequence)} reads it.
   *
   * @return {@code start/end}, {@code start/..} or {@code ../end}
   */
  @Override
  public String toString() {
    return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
  }
}
