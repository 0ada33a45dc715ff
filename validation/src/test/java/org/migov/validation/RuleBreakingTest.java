package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.testkit.Property;
import org.migov.testkit.RuleBreakingGens;

/** Datasets generated to break one rule are reported with that rule and no other error. */
class RuleBreakingTest {

  static Stream<Arguments> rules() {
    return Stream.of(Rule.values()).map(Arguments::of);
  }

  @Test
  void thereIsAGeneratorForEveryRule() {
    assertEquals(
        Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toList()),
        List.copyOf(RuleBreakingGens.codes()));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void aDatasetBreakingARuleReportsItAndNoOtherError(Rule rule) {
    Property.forAll(RuleBreakingGens.breaking(rule.code(), Fixtures.TODAY))
        .withTries(25)
        .withMaxSize(30)
        .check(dataset -> {
          ValidationReport report = Fixtures.validator().validate(dataset);
          assertTrue(report.codes().contains(rule.code()), rule.code() + " not reported:\n" + report);
          assertEquals(List.of(rule.code()), report.violations().stream().map(Violation::code).distinct().collect(Collectors.toList()),
              "other violations than " + rule.code() + ":\n" + report);
        });
  }
}
