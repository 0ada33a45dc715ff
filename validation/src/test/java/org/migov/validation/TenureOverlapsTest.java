package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Tenure;
import org.migov.core.person.Person;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;

/** ORG-007's sweep against the comparison of every pair, and its one finding per post. */
class TenureOverlapsTest {

  @Test
  void theSweepFindsExactlyTheTenuresThatThePairwiseComparisonFinds() {
    Random random = new Random(20261201L);
    for (int run = 0; run < 20_000; run++) {
      List<Tenure> tenures = randomTenures(random, 1 + random.nextInt(9));
      TenureOverlaps overlaps = TenureOverlaps.of(tenures);
      int expectedCount = 0;
      Optional<int[]> expectedPair = Optional.empty();
      for (int i = 0; i < tenures.size(); i++) {
        boolean any = false;
        for (int j = 0; j < tenures.size(); j++) {
          if (i != j && OrganisationRules.certainlyOverlap(tenures.get(i), tenures.get(j))) {
            any = true;
            if (expectedPair.isEmpty()) {
              expectedPair = Optional.of(new int[] {Math.min(i, j), Math.max(i, j)});
            }
          }
        }
        expectedCount += any ? 1 : 0;
      }
      String context = "run " + run + ": " + tenures;
      assertEquals(expectedCount, overlaps.count(), context);
      assertEquals(expectedPair.map(p -> p[0] + "," + p[1]), overlaps.firstPair().map(p -> p[0] + "," + p[1]),
          context);
    }
  }

  @Test
  void manyOverlappingTenuresGiveOneFindingForThePostWithTheirCount() {
    List<Tenure> tenures = new ArrayList<>();
    for (int i = 0; i < 8_000; i++) {
      tenures.add(Tenure.builder().holder(Person.of("holder " + i)).start(PartialDate.ofYear(2000 + i % 20)).build());
    }
    Organisation organisation = Organisation.builder()
        .id(OrganisationId.of("o"))
        .name(MultilingualText.of("en", "O"))
        .kinds(List.of(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION))
        .addPost(Post.builder().title(MultilingualText.of("en", "Director")).tenures(tenures).build())
        .build();
    List<Violation> found = MigovValidator.builder().clock(Fixtures.CLOCK).build().validate(organisation).violations();
    assertEquals(1, found.size(), found.toString());
    Violation violation = found.get(0);
    assertEquals("ORG-007", violation.code());
    assertEquals("posts[0].tenures[1]", violation.path().toString());
    assertTrue(violation.message().contains("\"holder 0\" and \"holder 1\""), violation.message());
    assertTrue(violation.message().contains("(8000 tenures"), violation.message());
  }

  /** Tenures with starts and ends of every precision, some missing, some ending before they start. */
  private static List<Tenure> randomTenures(Random random, int count) {
    List<Tenure> tenures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Tenure.Builder tenure = Tenure.builder().holder(Person.of("p" + i));
      if (random.nextInt(8) > 0) {
        tenure.start(randomDate(random));
      }
      if (random.nextInt(3) > 0) {
        tenure.end(randomDate(random));
      }
      tenures.add(tenure.build());
    }
    return tenures;
  }

  private static PartialDate randomDate(Random random) {
    int year = 2000 + random.nextInt(4);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofYearMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }
}
