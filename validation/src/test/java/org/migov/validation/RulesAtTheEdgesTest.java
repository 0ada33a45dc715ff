package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migov.core.agreement.Agreement;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Tenure;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Programme;
import org.migov.core.programme.TargetArea;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;
import org.migov.testkit.EntityGens;
import org.migov.testkit.Gen;
import org.migov.testkit.Gens;
import org.migov.testkit.Property;
import org.migov.testkit.ValueGens;

/**
 * Every rule on entities whose values sit at the edges of what the types accept (days 0001-01-01
 * and 9999-12-31, partial dates of years 1 and 9999, amounts of 40 integer digits or 40 decimal
 * places, percentages of 20 digits, any int as a member-state count), validated on the first and
 * the last day there is: no rule may throw on a value a decoder or a builder accepted.
 */
class RulesAtTheEdgesTest {
  private static final LocalDate FIRST = DateRange.EARLIEST;
  private static final LocalDate LAST = DateRange.LATEST;

  private static final Gen<LocalDate> DAYS =
      Gens.elements(FIRST, FIRST.plusDays(1), LocalDate.of(2024, 2, 29), LAST.minusDays(1), LAST, LAST.minusYears(1));

  private static final Gen<DateRange> PERIODS = Gens.oneOf(
      DAYS.flatMap(start -> DAYS.filter(end -> !end.isBefore(start), 100).map(end -> DateRange.of(start, end))),
      DAYS.map(DateRange::startingOn));

  private static final Gen<PartialDate> PARTIAL_DATES = Gens.oneOf(
      Gens.elements(PartialDate.ofYear(1), PartialDate.ofYear(9999), PartialDate.ofYearMonth(1, 1),
          PartialDate.ofYearMonth(9999, 12)),
      DAYS.map(PartialDate::of));

  private static final Gen<BigDecimal> AMOUNTS = Gens.elements(
      new BigDecimal(BigInteger.TEN.pow(40).subtract(BigInteger.ONE)),
      new BigDecimal(BigInteger.TEN.pow(40).subtract(BigInteger.ONE)).negate(),
      new BigDecimal(BigInteger.TEN.pow(40).subtract(BigInteger.ONE), 40),
      new BigDecimal(BigInteger.ONE, 40), new BigDecimal(BigInteger.ONE, -39), BigDecimal.ZERO,
      new BigDecimal("-0.0"));

  private static final Gen<BigDecimal> PERCENTAGES = Gens.elements(
      new BigDecimal("99999999999999999999"), new BigDecimal("-99999999999999999999"),
      new BigDecimal("0.00000000000000000001"), new BigDecimal(BigInteger.ONE, -20), BigDecimal.ZERO, new BigDecimal("100"));

  private static final Gen<Money> MONEY =
      choices -> Money.of(AMOUNTS.generate(choices), ValueGens.currencies().generate(choices));

  private static final Gen<Organisation> ORGANISATIONS = choices -> {
    Organisation o = EntityGens.organisations().generate(choices);
    Tenure tenure = Tenure.builder().holder(ValueGens.people().generate(choices))
        .start(PARTIAL_DATES.optional().generate(choices)).end(PARTIAL_DATES.optional().generate(choices)).build();
    return Organisation.builder().from(o)
        .founded(PARTIAL_DATES.optional().generate(choices))
        .dissolved(PARTIAL_DATES.optional().generate(choices))
        .unSystemMembership(PARTIAL_DATES.optional().generate(choices))
        .memberStateCount(Gens.elements(Integer.MIN_VALUE, -1, 0, 1, 200, 201, Integer.MAX_VALUE).generate(choices))
        .addPost(Post.builder().title(ValueGens.multilingualTexts().generate(choices)).addTenures(tenure, tenure).build())
        .build();
  };

  private static final Gen<Office> OFFICES = choices -> Office.builder().from(EntityGens.offices().generate(choices))
      .operatingPeriod(PERIODS.optional().generate(choices)).build();

  private static final Gen<Agreement> AGREEMENTS = choices -> Agreement.builder()
      .from(EntityGens.agreements().generate(choices))
      .signingDate(PARTIAL_DATES.optional().generate(choices))
      .entryIntoForce(PARTIAL_DATES.optional().generate(choices))
      .validity(PERIODS.optional().generate(choices))
      .build();

  private static final Gen<Programme> PROGRAMMES = choices -> {
    Programme p = EntityGens.programmes().generate(choices);
    Money budget = MONEY.generate(choices);
    Gen<BudgetLine> lines = c -> BudgetLine.builder()
        .amount(Gens.oneOf(Gens.constant(budget), MONEY).generate(c))
        .period(PERIODS.optional().generate(c)).build();
    return Programme.builder().from(p)
        .period(PERIODS.optional().generate(choices))
        .budget(Gens.elements(java.util.Optional.of(budget), java.util.Optional.<Money>empty()).generate(choices))
        .budgetLines(lines.list(0, 4).generate(choices))
        .targetAreas(Gens.lists(
            (Gen<TargetArea>) c -> TargetArea.of(ValueGens.countries().generate(c), PERCENTAGES.generate(c)), 1, 3)
            .generate(choices))
        .build();
  };

  private static final Gen<Event> EVENTS = choices -> Event.builder().from(EntityGens.events().generate(choices))
      .date(PARTIAL_DATES.optional().generate(choices)).build();

  private static final Gen<Dataset> DATASETS = choices -> {
    List<Programme> programmes = PROGRAMMES.list(1, 4).generate(choices);
    // Children of the first programme, so that PRG-014 sums budgets at the edges too.
    List<Programme> children = programmes.stream().skip(1)
        .map(c -> Programme.builder().from(c).parent(programmes.get(0).id()).build()).toList();
    return Dataset.builder()
        .organisations(ORGANISATIONS.list(0, 3).generate(choices))
        .offices(OFFICES.list(0, 2).generate(choices))
        .agreements(AGREEMENTS.list(0, 3).generate(choices))
        .addProgramme(programmes.get(0))
        .addAllProgrammes(children)
        .events(EVENTS.list(0, 2).generate(choices))
        .build();
  };

  private static MigovValidator on(LocalDate day) {
    return MigovValidator.builder().clock(Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
  }

  @Test
  void noRuleThrowsOnValuesAtTheEdgesOnTheFirstOrTheLastDay() {
    List<MigovValidator> validators = List.of(on(FIRST), on(LAST), on(LocalDate.of(2026, 12, 1)));
    Property.forAll(DATASETS).withSeed(15L).withTries(3_000).check(dataset -> {
      for (MigovValidator validator : validators) {
        ValidationReport report = validator.validate(dataset);
        assertTrue(report.count() >= report.violations().size());
        report.violations().forEach(v -> assertTrue(!v.message().isEmpty()));
      }
    });
  }
}
