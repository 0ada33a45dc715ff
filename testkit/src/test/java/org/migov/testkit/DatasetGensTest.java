package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.migov.core.dataset.Dataset;

class DatasetGensTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void sameSeedSameDataset() {
    Gen<Dataset> gen = DatasetGens.valid(TODAY);
    assertEquals(gen.samples(7L, 5, 40), gen.samples(7L, 5, 40));
    assertNotEquals(gen.samples(7L, 5, 40), gen.samples(8L, 5, 40));
  }

  @Test
  void sizeScalesTheNumberOfEntities() {
    Gen<Dataset> gen = DatasetGens.valid(TODAY);
    int small = 0;
    int large = 0;
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 20; i++) {
      small += gen.sample(random, 2).size();
    }
    for (int i = 0; i < 5; i++) {
      large += gen.sample(random, 4000).size();
    }
    assertTrue(small < 20 * 12, "small datasets: " + small);
    assertTrue(large >= 5 * 1000, "at size 4000, at least 1000 entities on average: " + large);
  }
}
