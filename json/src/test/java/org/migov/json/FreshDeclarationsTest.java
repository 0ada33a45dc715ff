package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migov.core.Entity;
import org.migov.testkit.DatasetGens;
import org.migov.testkit.Property;

/**
 * The wire format declared afresh reads and writes as the shared declarations do: every
 * generated dataset to the same text and back, every input of the bad-input corpus to the same
 * outcome. The shared declarations are made once, when the class loads; a fresh set made in the
 * test runs the code that turns declarations into readers, writers and method handles where a
 * test sees it, so that a fault there (or a mutation testing's mutant) shows.
 */
class FreshDeclarationsTest {
  private static final MigovJson SHARED = MigovJson.create();

  private static MigovJson fresh(boolean ignoreUnknown) {
    return MigovJson.builder().declarations(new WireFormat()).ignoreUnknownProperties(ignoreUnknown).build();
  }

  @Test
  void freshDeclarationsWriteAndReadWhatTheSharedOnesDo() {
    MigovJson fresh = fresh(false);
    Property.forAll(DatasetGens.valid(LocalDate.of(2026, 12, 1))).withTries(40).withMaxSize(30).check(dataset -> {
      String text = SHARED.writeDataset(dataset);
      assertEquals(text, fresh.writeDataset(dataset));
      assertEquals(dataset, fresh.readDataset(text));
      assertEquals(dataset, fresh.readDatasetTolerant(new StringReader(text)).dataset());
      StringWriter lines = new StringWriter();
      try (JsonLinesWriter writer = fresh.jsonLinesWriter(lines)) {
        dataset.organisations().forEach(writer::write);
        dataset.programmes().forEach(writer::write);
      }
      try (Stream<Entity> read = fresh.readJsonLines(new StringReader(lines.toString()))) {
        assertEquals(Stream.concat(dataset.organisations().stream(), dataset.programmes().stream()).collect(Collectors.toList()),
            read.collect(Collectors.toList()));
      }
      for (Entity entity : List.<Entity>copyOf(dataset.events())) {
        assertEquals(SHARED.write(entity), fresh.write(entity));
      }
    });
  }

  @Test
  void freshDeclarationsGiveEveryBadInputItsDocumentedOutcome() {
    MigovJson strict = fresh(false);
    MigovJson skipping = fresh(true);
    for (BadInputCorpusTest.Case c : BadInputCorpusTest.manifest()) {
      assertEquals(c.outcome, BadInputCorpusTest.outcome(c, strict, skipping), c.name);
    }
  }
}
