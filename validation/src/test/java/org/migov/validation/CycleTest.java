package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.LinkRelation;
import org.migov.core.dataset.Dataset;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.testkit.Gen;
import org.migov.testkit.Gens;
import org.migov.testkit.Property;

/** Cycles are reported once per group of entities, on its smallest id, whatever the order. */
class CycleTest {

  private static Organisation organisation(String id, String parent) {
    return Organisation.builder().id(OrganisationId.of(id)).name(Fixtures.en(id)).parent(OrganisationId.of(parent)).build();
  }

  private static List<List<Organisation>> permutations(List<Organisation> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<Organisation>> out = new ArrayList<>();
    for (Organisation first : items) {
      List<Organisation> rest = new ArrayList<>(items);
      rest.remove(first);
      for (List<Organisation> tail : permutations(rest)) {
        List<Organisation> one = new ArrayList<>();
        one.add(first);
        one.addAll(tail);
        out.add(one);
      }
    }
    return out;
  }

  @Test
  void aCycleIsReportedOnceOnItsSmallestIdWhateverTheOrder() {
    List<Organisation> cycle =
        List.of(organisation("c", "a"), organisation("a", "b"), organisation("b", "c"), organisation("d", "a"));
    for (List<Organisation> order : permutations(cycle)) {
      ValidationReport report = Fixtures.validator().validate(Dataset.builder().organisations(order).build());
      assertEquals(1, report.violations().size(), report.toString());
      Violation violation = report.violations().get(0);
      assertEquals("DS-003", violation.code());
      assertEquals(Optional.of("a"), violation.entityId().map(Object::toString));
      assertEquals("parent", violation.path().toString());
      assertEquals("Organisations form a cycle of parents: \"a -> b -> c -> a\".", violation.message());
    }
  }

  private static List<Agreement> agreements(int count) {
    Agreement template = Fixtures.dataset().agreement(Fixtures.A2012).orElseThrow();
    return IntStream.range(0, count)
        .mapToObj(i -> Agreement.builder().from(template).id(AgreementId.of(String.format("a%06d", i)))
            .links(List.of(
                AgreementLink.of(LinkRelation.BUILDS_ON, AgreementId.of(String.format("a%06d", (i + 1) % count))),
                AgreementLink.of(LinkRelation.BUILDS_ON, AgreementId.of("a000000"))))
            .build())
        .collect(Collectors.toList());
  }

  /** Every agreement links back to the first: many closing links, one group, one report. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void manyLinksClosingCyclesInOneGroupGiveOneReportInLinearTime() {
    Dataset dataset = Dataset.builder().organisations(Fixtures.dataset().organisations()).agreements(agreements(50_000)).build();
    List<Violation> cycles = Fixtures.validator().validate(dataset).violations().stream()
        .filter(v -> v.code().equals("DS-005")).collect(Collectors.toList());
    assertEquals(1, cycles.size(), cycles.toString());
    assertEquals(Optional.of("a000000"), cycles.get(0).entityId().map(Object::toString));
    assertEquals("links[0].target", cycles.get(0).path().toString());
    assertEquals("Agreements form a cycle of links: \"a000000 -> a000001 -> a000000\".",
        Fixtures.validator().validate(Dataset.builder().organisations(Fixtures.dataset().organisations())
            .agreements(agreements(2)).build()).violations().stream()
            .filter(v -> v.code().equals("DS-005")).findFirst().orElseThrow().message());
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aLongCycleOfParentsNeedsNoDeepRecursion() {
    int count = 200_000;
    List<Organisation> organisations = IntStream.range(0, count)
        .mapToObj(i -> organisation(String.format("o%06d", i), String.format("o%06d", (i + 1) % count)))
        .collect(Collectors.toList());
    ValidationReport report = Fixtures.validator().validate(Dataset.builder().organisations(organisations).build());
    assertEquals(List.of("DS-003"), report.violations().stream().map(Violation::code).collect(Collectors.toList()));
  }

  /** Random parent graphs over a few ids (cycles, chains, self-parents), shuffled. */
  @Test
  void cycleReportsDoNotDependOnTheOrderOfEntities() {
    Gen<List<Integer>> parents = Gens.lists(Gens.integers(0, 7), 1, 8);
    Property.forAll(parents, Gens.longs(0, Long.MAX_VALUE - 1))
        .withTries(300)
        .check((targets, seed) -> {
          List<Organisation> organisations = new ArrayList<>();
          for (int i = 0; i < targets.size(); i++) {
            organisations.add(organisation("o" + i, "o" + Math.min(targets.get(i), targets.size() - 1)));
          }
          List<Organisation> shuffled = new ArrayList<>(organisations);
          Collections.shuffle(shuffled, new Random(seed));
          assertEquals(
              Fixtures.validator().validate(Dataset.builder().organisations(organisations).build()),
              Fixtures.validator().validate(Dataset.builder().organisations(shuffled).build()));
        });
  }
}
