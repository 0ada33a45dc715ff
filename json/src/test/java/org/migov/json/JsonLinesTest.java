package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migov.core.Entity;
import org.migov.core.dataset.Dataset;
import org.migov.testkit.DatasetGens;
import org.migov.testkit.Property;

class JsonLinesTest {
  private static final MigovJson JSON = MigovJson.create();

  private static List<Entity> entities(Dataset d) {
    return Stream.of(d.organisations(), d.offices(), d.agreements(), d.programmes(), d.events())
        .flatMap(List::stream).collect(Collectors.toList());
  }

  private static String lines(List<Entity> entities) {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter writer = JSON.jsonLinesWriter(out)) {
      entities.forEach(writer::write);
    }
    return out.toString();
  }

  @Test
  void entitiesRoundTripThroughJsonLines() {
    Property.forAll(DatasetGens.valid(LocalDate.of(2026, 11, 22))).withTries(50).withMaxSize(30).check(dataset -> {
      List<Entity> written = entities(dataset);
      String text = lines(written);
      assertEquals(written.size(), text.lines().count());
      List<Entity> read;
      try (java.util.stream.Stream<Entity> entities = JSON.readJsonLines(new StringReader(text))) {
        read = entities.collect(java.util.stream.Collectors.toList());
      }
      assertEquals(written, read);
    });
  }

  @Test
  void aBadLineInTheMiddleIsReportedAndTheOthersAreRead() {
    String text =
        "{\"entity\":\"organisation\",\"id\":\"iom\",\"name\":{\"en\":\"IOM\"}}\n"
            + "\n"
            + "{\"entity\":\"programme\",\"id\":\"p\",\"title\":{\"en\":\"x\"},\"budget\":{\"amount\":1,\"currency\":\"XYZ\"}}\n"
            + "not json at all\n"
            + "{\"entity\":\"event\",\"id\":\"e\",\"kind2\":1}\n"
            + "{\"entity\":\"office\",\"id\":\"o\",\"id\":\"p\"}\n"
            + "{\"id\":\"x\",\"entity\":\"organisation\"}\n"
            + "{\"entity\":\"event\",\"id\":\"e\",\"kind\":\"conference\",\"title\":{\"en\":\"Final conference\"}}\n";
    List<JsonLine> lines = new ArrayList<>();
    try (JsonLinesReader reader = JSON.readJsonLinesTolerant(new StringReader(text))) {
      reader.forEachRemaining(lines::add);
    }
    assertEquals(List.of(1L, 3L, 4L, 5L, 6L, 7L, 8L), lines.stream().map(JsonLine::lineNumber).collect(Collectors.toList()));
    assertTrue(lines.get(0).entity().isPresent());
    MigovJsonException currency = lines.get(1).error().orElseThrow();
    assertEquals(3, currency.line());
    assertEquals("/budget/currency", currency.pointer());
    assertEquals(4, lines.get(2).error().orElseThrow().line());
    assertTrue(lines.get(3).error().orElseThrow().getMessage().contains("unknown property \"kind2\""));
    assertTrue(lines.get(4).error().orElseThrow().getMessage().contains("Duplicate") || lines.get(4).error().orElseThrow().getMessage().contains("duplicate"),
        lines.get(4).error().orElseThrow().getMessage());
    assertTrue(lines.get(5).error().orElseThrow().getMessage().startsWith("expected the property \"entity\" first"));
    assertEquals("e", lines.get(6).entity().orElseThrow().id().value());

    Iterator<Entity> strict = JSON.readJsonLines(new StringReader(text)).iterator();
    assertEquals("iom", strict.next().id().value());
    MigovJsonException e = assertThrows(MigovJsonException.class, strict::next);
    assertEquals(3, e.line());
  }
}
