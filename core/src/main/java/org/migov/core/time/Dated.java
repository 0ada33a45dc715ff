package org.migov.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value and the period during which it held: an office's area of responsibility from July
 * 2011, its parent office until 2024. A value without a period holds throughout the life of what
 * it describes (as every value did in wire format 1.0).
 *
 * <p>A list of dated values is a history: several may hold at once (an office that is both an
 * administrative centre and a country office), and the static queries {@link #certainlyOn} and
 * {@link #possiblyOn} answer "which values held on this day?" honestly when periods have partial
 * bounds (see {@link DateRange}).
 *
 * <p>Instances are immutable and thread-safe when the value is; equality is by value and period.
 *
 * @param <T> the type of the value
 */
public final class Dated<T> {
  private final T value;
  private final DateRange period;

  private Dated(T value, DateRange period) {
    this.value = value;
    this.period = period;
  }

  /**
   * A value that held throughout the life of what it describes.
   *
   * @param value the value
   * @param <T> its type
   * @return the undated value
   */
  public static <T> Dated<T> of(T value) {
    return new Dated<>(Objects.requireNonNull(value, "value"), null);
  }

  /**
   * A value that held during a period.
   *
   * @param value the value
   * @param period when it held
   * @param <T> its type
   * @return the dated value
   */
  public static <T> Dated<T> of(T value, DateRange period) {
    return new Dated<>(Objects.requireNonNull(value, "value"), Objects.requireNonNull(period, "period"));
  }

  /**
   * The value.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * When the value held.
   *
   * @return the period, or empty when it held throughout
   */
  public Optional<DateRange> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Whether the value certainly held on a day: it has no period, or its period certainly contains
   * the day.
   *
   * @param day the day
   * @return true only when certain
   */
  public boolean certainlyHeldOn(LocalDate day) {
    return period == null || period.certainlyContains(day);
  }

  /**
   * Whether the value may have held on a day.
   *
   * @param day the day
   * @return false only when the day is certainly outside its period
   */
  public boolean possiblyHeldOn(LocalDate day) {
    return period == null || period.possiblyContains(day);
  }

  /**
   * The values of a history that certainly held on a day, in history order.
   *
   * @param history the dated values
   * @param day the day
   * @param <T> their type
   * @return the values, unmodifiable
   */
  public static <T> List<T> certainlyOn(List<Dated<T>> history, LocalDate day) {
    return valuesWhere(history, dated -> dated.certainlyHeldOn(day));
  }

  /**
   * The values of a history that may have held on a day, in history order.
   *
   * @param history the dated values
   * @param day the day
   * @param <T> their type
   * @return the values, unmodifiable
   */
  public static <T> List<T> possiblyOn(List<Dated<T>> history, LocalDate day) {
    return valuesWhere(history, dated -> dated.possiblyHeldOn(day));
  }

  private static <T> List<T> valuesWhere(List<Dated<T>> history, java.util.function.Predicate<Dated<T>> held) {
    List<T> values = new ArrayList<>();
    for (Dated<T> dated : history) {
      if (held.test(dated)) {
        values.add(dated.value);
      }
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * Whether no value of a history has a period, so that it reads as a plain list of values (as in
   * wire format 1.0).
   *
   * @param history the dated values
   * @return true when every value is undated, or the history is empty
   */
  public static boolean noneDated(List<? extends Dated<?>> history) {
    for (Dated<?> dated : history) {
      if (dated.period != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value of a history that is one undated value, which reads as a plain value (as in wire
   * format 1.0).
   *
   * @param history the dated values
   * @param <T> their type
   * @return the one value, or empty when the history has another size or its value a period
   */
  public static <T> Optional<T> sole(List<Dated<T>> history) {
    return history.size() == 1 && history.get(0).period == null ? Optional.of(history.get(0).value) : Optional.empty();
  }

  /**
   * The values of a history, whatever their periods.
   *
   * @param history the dated values
   * @param <T> their type
   * @return the values in history order, unmodifiable
   */
  public static <T> List<T> values(List<Dated<T>> history) {
    return valuesWhere(history, dated -> true);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Dated
        && ((Dated<?>) other).value.equals(value)
        && Objects.equals(((Dated<?>) other).period, period);
  }

  @Override
  public int hashCode() {
    return 31 * value.hashCode() + Objects.hashCode(period);
  }

  /**
   * The value, then its period in brackets when it has one: {@code COUNTRY_OFFICE [2011-07/..]}.
   *
   * @return a text for logs and messages
   */
  @Override
  public String toString() {
    return period == null ? value.toString() : value + " [" + period + "]";
  }
}
