package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.migov.core.dataset.Dataset;
import org.migov.testkit.DatasetGens;
import org.migov.testkit.EntityGens;
import org.migov.testkit.Gen;
import org.migov.testkit.Gens;
import org.migov.testkit.Property;

/** Properties of validation over generated data. */
class ValidationPropertiesTest {
  private static final MigovValidator VALIDATOR = Fixtures.validator();

  @Test
  void aValidGeneratedDatasetHasNoViolation() {
    Property.forAll(DatasetGens.valid(Fixtures.TODAY))
        .withTries(150)
        .withMaxSize(60)
        .check(dataset -> assertEquals(List.of(), VALIDATOR.validate(dataset).violations()));
  }

  /**
   * Thousands of entities (about 1,000 to 6,000): the dataset rules index and walk, they never
   * compare all pairs, so this takes well under a second. No shrinking: replaying a dataset this
   * large thousands of times would hide the failure behind the timeout.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aLargeValidDatasetIsClean() {
    Property.forAll(DatasetGens.valid(Fixtures.TODAY))
        .withTries(1)
        .withMaxSize(4_000)
        .withShrinkBudget(0)
        .check(dataset -> assertEquals(List.of(), VALIDATOR.validate(dataset).violations()));
  }

  /** Datasets of arbitrary entities: dangling references, duplicates, cycles and broken rules. */
  static Gen<Dataset> arbitraryDatasets() {
    return choices ->
        Dataset.builder()
            .organisations(EntityGens.organisations().list(0, 6).generate(choices))
            .offices(EntityGens.offices().list(0, 4).generate(choices))
            .agreements(EntityGens.agreements().list(0, 5).generate(choices))
            .programmes(EntityGens.programmes().list(0, 5).generate(choices))
            .events(EntityGens.events().list(0, 4).generate(choices))
            .build();
  }

  @Test
  void theReportDoesNotDependOnTheOrderOfEntities() {
    Property.forAll(arbitraryDatasets(), Gens.longs(0, Long.MAX_VALUE - 1))
        .withTries(150)
        .check((dataset, seed) -> {
          Random random = new Random(seed);
          Dataset shuffled =
              Dataset.builder()
                  .organisations(shuffle(dataset.organisations(), random))
                  .offices(shuffle(dataset.offices(), random))
                  .agreements(shuffle(dataset.agreements(), random))
                  .programmes(shuffle(dataset.programmes(), random))
                  .events(shuffle(dataset.events(), random))
                  .build();
          ValidationReport original = VALIDATOR.validate(dataset);
          ValidationReport reordered = VALIDATOR.validate(shuffled);
          if (original.codes().contains("DS-001")) {
            // References resolve to the first entity with a repeated id, so what follows from them
            // depends on order; the duplicate itself is found either way.
            assertEquals(true, reordered.codes().contains("DS-001"));
          } else {
            assertEquals(original, reordered);
          }
        });
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  @Test
  void validationIsDeterministicForAFixedClock() {
    Property.forAll(arbitraryDatasets())
        .withTries(150)
        .check(dataset -> assertEquals(VALIDATOR.validate(dataset), Fixtures.validator().validate(dataset)));
  }

  @Test
  void anyEntityCanBeValidatedWithoutAnException() {
    Property.forAll(EntityGens.programmes()).withTries(200).check(VALIDATOR::validate);
    Property.forAll(EntityGens.organisations()).withTries(200).check(VALIDATOR::validate);
    Property.forAll(EntityGens.agreements()).withTries(200).check(VALIDATOR::validate);
    Property.forAll(EntityGens.offices()).withTries(200).check(VALIDATOR::validate);
    Property.forAll(EntityGens.events()).withTries(200).check(VALIDATOR::validate);
  }
}
