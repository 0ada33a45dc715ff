package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;
import org.migov.testkit.Gens;
import org.migov.testkit.Property;
import org.migov.testkit.ValueGens;

/** ORG-011's index answers as the plain loop over a member's memberships would. */
class MembershipsTest {
  private static final List<OrganisationId> IDS = List.of(OrganisationId.of("a"), OrganisationId.of("b"), OrganisationId.of("c"));

  private static boolean bruteForce(List<Dated<OrganisationId>> members, OrganisationId holder, Optional<DateRange> period) {
    return members.stream().filter(m -> m.value().equals(holder))
        .anyMatch(m -> m.period().isEmpty() || period.isEmpty() || m.period().get().possiblyOverlaps(period.get()));
  }

  @Test
  void theIndexAgreesWithTheLoop() {
    var member = Gens.elements(IDS).flatMap(id -> Gens.frequency(List.of(
        java.util.Map.entry(1, Gens.constant(Dated.of(id))),
        java.util.Map.entry(6, ValueGens.periods().map(p -> Dated.of(id, p))))));
    Property.forAll(member.list(0, 12), ValueGens.periods().optional())
        .withTries(2000)
        .check((members, period) -> {
          Memberships index = Memberships.of(members);
          for (OrganisationId holder : IDS) {
            assertEquals(bruteForce(members, holder, period), index.possiblyAMember(holder, period), members + " " + holder + " " + period);
          }
        });
  }
}
