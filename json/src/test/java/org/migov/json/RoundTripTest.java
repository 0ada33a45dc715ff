package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.migov.core.agreement.Agreement;
import org.migov.core.event.Event;
import org.migov.core.office.Office;
import org.migov.core.organisation.Organisation;
import org.migov.core.programme.Programme;
import org.migov.testkit.DatasetGens;
import org.migov.testkit.EntityGens;
import org.migov.testkit.Property;

/** decode(encode(x)) equals x, and encoding is deterministic. */
class RoundTripTest {
  private static final MigovJson JSON = MigovJson.create();

  @Test
  void datasetsRoundTripExactlyAndDeterministically() {
    Property.forAll(DatasetGens.valid(LocalDate.of(2026, 11, 22)))
        .withTries(100)
        .withMaxSize(40)
        .check(dataset -> {
          String encoded = JSON.writeDataset(dataset);
          assertEquals(dataset, JSON.readDataset(encoded));
          assertEquals(encoded, JSON.writeDataset(JSON.readDataset(encoded)));
          assertFalse(
              java.util.regex.Pattern.compile("\"(amount|percentage)\":[^,}]*[eE]").matcher(encoded).find(),
              "no exponent notation in numbers");
        });
  }

  @Test
  void everyEntityRoundTrips() {
    Property.forAll(EntityGens.organisations()).withTries(150).check(e -> assertEquals(e, JSON.read(JSON.write(e), Organisation.class)));
    Property.forAll(EntityGens.offices()).withTries(150).check(e -> assertEquals(e, JSON.read(JSON.write(e), Office.class)));
    Property.forAll(EntityGens.agreements()).withTries(150).check(e -> assertEquals(e, JSON.read(JSON.write(e), Agreement.class)));
    Property.forAll(EntityGens.programmes()).withTries(150).check(e -> {
      Programme decoded = JSON.read(JSON.write(e), Programme.class);
      assertEquals(e, decoded);
      // Amounts keep their scale, not only their value.
      assertEquals(e.budget().map(m -> m.amount().toString()), decoded.budget().map(m -> m.amount().toString()));
    });
    Property.forAll(EntityGens.events()).withTries(150).check(e -> assertEquals(e, JSON.read(JSON.write(e), Event.class)));
  }

  @Test
  void indentedOutputReadsBackTheSameAndIsTheCompactFormIndented() {
    MigovJson indented = MigovJson.builder().indent(true).build();
    Property.forAll(DatasetGens.valid(LocalDate.of(2026, 11, 22))).withTries(20).withMaxSize(20).check(dataset -> {
      String pretty = indented.writeDataset(dataset);
      assertEquals(dataset, JSON.readDataset(pretty));
      assertEquals(pretty, indented.writeDataset(dataset), "deterministic");
      tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
      assertEquals(mapper.readTree(JSON.writeDataset(dataset)), mapper.readTree(pretty));
      org.junit.jupiter.api.Assertions.assertTrue(pretty.contains("\n  \"version\""), pretty);
    });
    Programme programme = EntityGens.programmes().sample(new java.util.SplittableRandom(1), 20);
    java.io.StringWriter lines = new java.io.StringWriter();
    try (JsonLinesWriter writer = indented.jsonLinesWriter(lines)) {
      writer.write(programme);
    }
    assertEquals(1, lines.toString().lines().count(), "JSON Lines stay one entity a line");
  }
}
