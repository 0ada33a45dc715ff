package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migov.core.Entity;
import org.migov.core.dataset.Dataset;
import org.migov.testkit.DatasetGens;
import org.migov.testkit.Property;

class DatasetReaderTest {
  private static final MigovJson JSON = MigovJson.create();

  @Test
  void streamingAnEnvelopeYieldsEveryEntityInOrder() {
    Property.forAll(DatasetGens.valid(LocalDate.of(2026, 11, 22))).withTries(50).withMaxSize(30).check(dataset -> {
      List<Entity> expected = Stream.of(dataset.organisations(), dataset.offices(), dataset.agreements(), dataset.programmes(), dataset.events())
          .flatMap(List::stream).collect(Collectors.toList());
      List<Entity> streamed = new ArrayList<>();
      try (DatasetReader reader = JSON.streamDataset(new StringReader(JSON.writeDataset(dataset)))) {
        reader.forEachRemaining(streamed::add);
      }
      assertEquals(expected, streamed);
    });
  }

  @Test
  void problemsSurfaceAsTheyAreReached() {
    String json = "{\"format\":\"migov\",\"version\":\"1.0\",\"organisations\":[{\"id\":\"a\",\"name\":{\"en\":\"A\"}},{\"id\":\"b\"}]}";
    try (DatasetReader reader = JSON.streamDataset(new StringReader(json))) {
      assertEquals("a", reader.next().id().value());
      MigovJsonException e = assertThrows(MigovJsonException.class, reader::next);
      assertTrue(e.getMessage().contains("the property \"name\" in an organisation"), e.getMessage());
    }
    assertThrows(MigovJsonException.class, () -> {
      try (DatasetReader reader = JSON.streamDataset(new StringReader("{\"organisations\":[]}"))) {
        reader.hasNext();
      }
    });
    assertThrows(MigovJsonException.class, () -> {
      try (DatasetReader reader = JSON.streamDataset(new StringReader("{\"format\":\"migov\",\"version\":\"1.0\"} []"))) {
        reader.hasNext();
      }
    });
    try (DatasetReader reader = JSON.streamDataset(new StringReader("{\"format\":\"migov\",\"version\":\"1.0\"}"))) {
      assertEquals(false, reader.hasNext());
    }
  }

  @Test
  void anEmptyDatasetRoundTrips() {
    assertEquals(Dataset.empty(), JSON.readDataset(JSON.writeDataset(Dataset.empty())));
    assertEquals("{\"format\":\"migov\",\"version\":\"1.1\"}", JSON.writeDataset(Dataset.empty()));
  }
}
