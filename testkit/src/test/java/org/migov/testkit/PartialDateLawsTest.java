package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migov.core.time.DateOrder;
import org.migov.core.time.PartialDate;

/** Laws of {@link PartialDate#compareChronologically} and {@link PartialDate#compareTo}. */
class PartialDateLawsTest {

  /**
   * Mostly dates in a three-year window, so that ranges often touch or share days, with the
   * testkit's wide generator mixed in for extremes (years 0001 and 9999).
   */
  static Gen<PartialDate> dates() {
    return Gens.frequency(
        List.of(
            Map.entry(3, ValueGens.partialDates(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31))),
            Map.entry(1, ValueGens.partialDates())));
  }

  private static DateOrder mirror(DateOrder order) {
    switch (order) {
      case BEFORE:
        return DateOrder.AFTER;
      case AFTER:
        return DateOrder.BEFORE;
      default:
        return DateOrder.UNDETERMINED;
    }
  }

  @Test
  void antisymmetric() {
    Property.forAll(dates(), dates())
        .withTries(500)
        .check((a, b) -> assertEquals(mirror(a.compareChronologically(b)), b.compareChronologically(a), a + " vs " + b));
  }

  @Test
  void honestAgainstTheRangesOfDays() {
    Property.forAll(dates(), dates())
        .withTries(500)
        .check(
            (a, b) -> {
              DateOrder order = a.compareChronologically(b);
              assertEquals(a.latestDay().isBefore(b.earliestDay()), order == DateOrder.BEFORE, a + " vs " + b);
              assertEquals(a.earliestDay().isAfter(b.latestDay()), order == DateOrder.AFTER, a + " vs " + b);
              boolean shareADay = !a.latestDay().isBefore(b.earliestDay()) && !b.latestDay().isBefore(a.earliestDay());
              assertEquals(shareADay, order == DateOrder.UNDETERMINED, a + " vs " + b);
              assertEquals(order == DateOrder.BEFORE, a.isCertainlyBefore(b));
              assertEquals(order == DateOrder.AFTER, a.isCertainlyAfter(b));
            });
  }

  @Test
  void comparingWithADayIsComparingWithThatDayAsAPartialDate() {
    Property.forAll(dates(), Gens.dates(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31)))
        .withTries(300)
        .check(
            (a, day) -> {
              DateOrder order = a.compareChronologically(day);
              assertEquals(a.compareChronologically(PartialDate.of(day)), order);
              assertEquals(order == DateOrder.BEFORE, a.isCertainlyBefore(day), a + " vs " + day);
              assertEquals(order == DateOrder.AFTER, a.isCertainlyAfter(day), a + " vs " + day);
            });
  }

  @Test
  void transitiveWhereCertain() {
    Gen<List<PartialDate>> triples = dates().list(3, 3);
    Property.forAll(triples)
        .withTries(500)
        .check(
            t -> {
              PartialDate a = t.get(0);
              PartialDate b = t.get(1);
              PartialDate c = t.get(2);
              if (a.isCertainlyBefore(b) && b.isCertainlyBefore(c)) {
                assertEquals(DateOrder.BEFORE, a.compareChronologically(c), t.toString());
              }
              if (a.isCertainlyAfter(b) && b.isCertainlyAfter(c)) {
                assertEquals(DateOrder.AFTER, a.compareChronologically(c), t.toString());
              }
            });
  }

  @Test
  void undeterminedAgainstItselfAndAgainstAnyFinerDateItContains() {
    Property.forAll(Gens.dates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))
        .withTries(300)
        .check(
            day -> {
              PartialDate year = PartialDate.ofYear(day.getYear());
              PartialDate month = PartialDate.ofYearMonth(day.getYear(), day.getMonthValue());
              PartialDate exact = PartialDate.of(day);
              List<PartialDate> all = List.of(year, month, exact);
              for (PartialDate x : all) {
                assertTrue(!x.earliestDay().isAfter(day) && !x.latestDay().isBefore(day), x + " contains " + day);
                for (PartialDate y : all) {
                  assertEquals(DateOrder.UNDETERMINED, x.compareChronologically(y), x + " vs " + y);
                }
              }
            });
  }

  @Test
  void undeterminedAgainstItself() {
    Property.forAll(dates())
        .withTries(300)
        .check(a -> assertEquals(DateOrder.UNDETERMINED, a.compareChronologically(PartialDate.parse(a.toString()))));
  }

  @Test
  void compareToIsATotalOrderConsistentWithEquals() {
    Property.forAll(dates().list(3, 3))
        .withTries(500)
        .check(
            t -> {
              PartialDate a = t.get(0);
              PartialDate b = t.get(1);
              PartialDate c = t.get(2);
              assertEquals(a.compareTo(b) == 0, a.equals(b), a + " vs " + b);
              assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)), a + " vs " + b);
              if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertTrue(a.compareTo(c) <= 0, t.toString());
              }
              // The documented order: earliest day first, coarser precision first.
              int byDay = a.earliestDay().compareTo(b.earliestDay());
              int expected = byDay != 0 ? byDay : a.precision().compareTo(b.precision());
              assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)), a + " vs " + b);
            });
  }

  @Test
  void aCertainOrderAgreesWithTheSortingOrder() {
    Property.forAll(dates(), dates())
        .withTries(300)
        .check(
            (a, b) -> {
              if (a.isCertainlyBefore(b)) {
                assertTrue(a.compareTo(b) < 0, a + " certainly before " + b + " but sorts after");
              }
            });
  }

  @Test
  void rangeOfDaysMatchesThePrecision() {
    Property.forAll(dates())
        .withTries(300)
        .check(
            a -> {
              LocalDate first = a.earliestDay();
              LocalDate last = a.latestDay();
              switch (a.precision()) {
                case YEAR:
                  assertEquals(LocalDate.of(a.year(), 1, 1), first);
                  assertEquals(LocalDate.of(a.year(), 12, 31), last);
                  break;
                case MONTH:
                  assertEquals(1, first.getDayOfMonth());
                  assertEquals(first.lengthOfMonth(), last.getDayOfMonth());
                  assertEquals(first.getMonth(), last.getMonth());
                  break;
                default:
                  assertEquals(first, last);
                  assertEquals(first, a.toLocalDate().orElseThrow());
              }
            });
  }
}
