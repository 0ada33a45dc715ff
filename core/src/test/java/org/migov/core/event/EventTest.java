package org.migov.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migov.core.agreement.AgreementId;
import org.migov.core.geography.Country;
import org.migov.core.geography.Place;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.person.Person;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;

class EventTest {

  @Test
  void builderKeepsEveryFactAndCopiesAreEqual() {
    Event signing =
        Event.builder()
            .id(EventId.of("cairo-2024"))
            .kind(EventKind.SIGNING_CEREMONY)
            .title(MultilingualText.of("en", "Signing in Cairo"))
            .status(EventStatus.HELD)
            .date(PartialDate.of(2024, 7, 2))
            .place(Place.of("Cairo", Country.of("EG")))
            .addOrganisations(OrganisationId.of("iom"), OrganisationId.of("unodc"))
            .addPeople(Person.of("Amy Pope"), Person.builder().name("Ghada Waly").build())
            .agreement(AgreementId.of("iom-unodc-2024"))
            .addOutcome(MultilingualText.of("en", "Partnership declaration signed"))
            .build();
    assertEquals(2, signing.organisations().size());
    assertEquals(Optional.empty(), signing.programme());
    assertEquals(signing, Event.builder().from(signing).build());
    assertNotEquals(signing, Event.builder().from(signing).status(EventStatus.PLANNED).build());
    assertThrows(UnsupportedOperationException.class, () -> signing.people().clear());
  }

  @Test
  void anEventWithAYearOnlyAndNoParticipantCanBeBuilt() {
    Event planned =
        Event.builder()
            .id(EventId.of("final-conference"))
            .kind(EventKind.CONFERENCE)
            .title(MultilingualText.of("en", "Final European conference"))
            .status(EventStatus.PLANNED)
            .build();
    assertEquals(Optional.empty(), planned.date());
    assertEquals(0, planned.organisations().size());
  }
}
