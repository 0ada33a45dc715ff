package org.migov.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migov.core.person.Person;
import org.migov.core.time.PartialDate;

class SourceTest {

  @Test
  void sourcesAndPeopleAreValues() {
    Source a =
        Source.builder()
            .title("IOM and UNODC sign partnership declaration")
            .publisher("IOM")
            .url(URI.create("https://www.iom.int/news"))
            .date(PartialDate.parse("2024-07"))
            .language("en")
            .build();
    assertEquals(a, Source.builder().from(a).build());
    assertNotEquals(a, Source.builder().from(a).title("other").build());
    assertEquals(Optional.of(PartialDate.parse("2024-07")), a.date());
    assertThrows(IllegalStateException.class, () -> Source.builder().build());

    Person ambassador = Person.builder().name("Maurizio Massari").honorificPrefix("Ambassador").build();
    assertEquals(Optional.of("Ambassador"), ambassador.honorificPrefix());
    assertEquals(Person.of("Amy Pope"), Person.of("Amy Pope"));
    assertThrows(NullPointerException.class, () -> Person.of(null));
  }
}
