package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migov.core.EntityId;
import org.migov.core.dataset.Dataset;
import org.migov.core.programme.Participant;
import org.migov.core.programme.Programme;

/** A failing dataset property shrinks to the entities it needs: whole entities go first. */
class DatasetShrinkingTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void fewerThanTwoBudgetLinesShrinksToOneProgrammeWithTwoLinesAndWhatItNeeds() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(DatasetGens.valid(TODAY)).withSeed(17).withTries(300).withMaxSize(60)
            .check(d -> d.programmes().forEach(p -> assertTrue(p.budgetLines().size() < 2))));
    Dataset shrunk = (Dataset) failure.shrunk();
    assertEquals(1, shrunk.programmes().size(), shrunk.toString());
    Programme programme = shrunk.programmes().get(0);
    assertEquals(2, programme.budgetLines().size());
    assertEquals(0, shrunk.offices().size() + shrunk.agreements().size() + shrunk.events().size(), shrunk.toString());
    // The organisations left are those the programme refers to, or that they refer to.
    Set<EntityId> needed = new HashSet<>(DatasetSimplifier.references(programme));
    shrunk.organisations().forEach(o -> needed.addAll(DatasetSimplifier.references(o)));
    shrunk.organisations().forEach(o -> assertTrue(needed.contains(o.id()), o.id() + " is not needed: " + shrunk));
    assertTrue(programme.participants().stream().map(Participant::organisation).allMatch(needed::contains));
  }

  @Test
  void theValidGeneratorLeavesOptionalFactsOut() {
    int withoutBudget = 0;
    int withoutPeriod = 0;
    int programmes = 0;
    for (Dataset d : DatasetGens.valid(TODAY).samples(5, 300, 40)) {
      for (Programme p : d.programmes()) {
        programmes++;
        withoutBudget += p.budget().isEmpty() ? 1 : 0;
        withoutPeriod += p.period().isEmpty() ? 1 : 0;
      }
    }
    assertTrue(programmes > 100, programmes + " programmes");
    assertTrue(withoutBudget > programmes / 20, withoutBudget + " of " + programmes + " without a budget");
    assertTrue(withoutPeriod > programmes / 20, withoutPeriod + " of " + programmes + " without a period");
  }

  @Test
  void everyProgrammeHasABudgetIsFalsifiedAndShrinksToOneProgramme() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(DatasetGens.valid(TODAY)).withSeed(3).withTries(300)
            .check(d -> d.programmes().forEach(p -> assertTrue(p.budget().isPresent()))));
    Dataset shrunk = (Dataset) failure.shrunk();
    assertEquals(1, shrunk.programmes().size(), shrunk.toString());
    assertEquals(0, shrunk.events().size() + shrunk.agreements().size() + shrunk.offices().size());
  }

  @Test
  void droppingAnEntityDropsWhatRefersToIt() {
    for (Dataset d : DatasetGens.valid(TODAY).samples(11, 50, 40)) {
      if (d.size() == 0) {
        continue;
      }
      List<Dataset> candidates = DatasetSimplifier.simpler(d);
      for (Dataset simpler : candidates.subList(0, Math.min(5, candidates.size()))) {
        Set<EntityId> ids = new HashSet<>();
        simpler.organisations().forEach(o -> ids.add(o.id()));
        simpler.offices().forEach(o -> ids.add(o.id()));
        simpler.agreements().forEach(o -> ids.add(o.id()));
        simpler.programmes().forEach(o -> ids.add(o.id()));
        simpler.events().forEach(o -> ids.add(o.id()));
        for (var list : java.util.List.of(simpler.organisations(), simpler.offices(), simpler.agreements(), simpler.programmes(), simpler.events())) {
          for (var entity : list) {
            assertTrue(ids.containsAll(DatasetSimplifier.references(entity)), entity.id() + " refers to a dropped entity");
          }
        }
        assertTrue(simpler.size() < d.size(), "the first candidates drop an entity");
      }
    }
  }
}
