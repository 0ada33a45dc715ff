package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.migov.core.Entity;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.organisation.Organisation;
import org.migov.testkit.DatasetGens;

/** Who closes and flushes the readers and writers passed in, as each method's Javadoc says. */
class StreamsTest {
  private static final MigovJson JSON = MigovJson.create();
  private static final Dataset DATASET = DatasetGens.valid(LocalDate.of(2026, 11, 22)).sample(new SplittableRandom(7), 20);
  private static final String BAD_SECOND_LINE =
      "{\"entity\":\"organisation\",\"id\":\"iom\",\"name\":{\"en\":\"IOM\"}}\n{\"entity\":\"organisation\",\"id\":\"x\"}\n";

  /** A reader that remembers whether it was closed. */
  private static final class Tracked extends FilterReader {
    boolean closed;

    Tracked(String text) {
      super(new StringReader(text));
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  void readingADatasetFromAReaderLeavesItOpen() {
    Tracked in = new Tracked(JSON.writeDataset(DATASET));
    assertEquals(DATASET, JSON.readDataset(in));
    assertFalse(in.closed, "readDataset(Reader) does not close the reader");
    Tracked tolerant = new Tracked(JSON.writeDataset(DATASET));
    assertEquals(DATASET, JSON.readDatasetTolerant(tolerant).dataset());
    assertFalse(tolerant.closed, "readDatasetTolerant does not close the reader");
  }

  @Test
  void aStreamedDatasetClosesItsReaderWhenClosed() {
    Tracked in = new Tracked(JSON.writeDataset(DATASET));
    DatasetReader reader = JSON.streamDataset(in);
    assertTrue(reader.hasNext());
    assertFalse(in.closed);
    reader.close();
    assertTrue(in.closed);
  }

  @Test
  void aJsonLinesReaderClosesItsReaderWhenClosed() {
    Tracked in = new Tracked(BAD_SECOND_LINE);
    JsonLinesReader reader = JSON.readJsonLinesTolerant(in);
    assertEquals("iom", reader.next().entity().orElseThrow().id().value());
    assertFalse(in.closed);
    reader.close();
    assertTrue(in.closed);
  }

  @Test
  void strictJsonLinesThrowAtTheFirstBadLineAndCloseTheReaderWithTheStream() {
    Tracked in = new Tracked(BAD_SECOND_LINE);
    java.util.stream.Stream<Entity> stream = JSON.readJsonLines(in);
    Iterator<Entity> entities = stream.iterator();
    assertEquals("iom", entities.next().id().value());
    assertFalse(in.closed);
    MigovJsonException e = assertThrows(MigovJsonException.class, entities::next);
    assertEquals(2, e.line());
    assertFalse(in.closed, "the stream closes it");
    stream.close();
    assertTrue(in.closed);
  }

  @Test
  void aStreamedDatasetAsAStreamClosesItsReaderWithTheStream() {
    Tracked in = new Tracked(JSON.writeDataset(DATASET));
    try (java.util.stream.Stream<Entity> entities = JSON.streamDataset(in).stream()) {
      assertEquals(DATASET.size(), entities.count());
      assertFalse(in.closed);
    }
    assertTrue(in.closed);
  }

  @Test
  void pathsAndInputStreamsReadTheSameAsReaders(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Path document = dir.resolve("d.json");
    java.nio.file.Files.writeString(document, JSON.writeDataset(DATASET));
    assertEquals(DATASET, JSON.readDataset(document));
    assertEquals(DATASET, JSON.readDatasetTolerant(document).dataset());
    assertEquals(DATASET, JSON.readDataset(new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(document))));
    assertEquals(DATASET, JSON.readDatasetTolerant(new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(document))).dataset());
    try (DatasetReader reader = JSON.streamDataset(document); java.util.stream.Stream<Entity> entities = reader.stream()) {
      assertEquals(DATASET.size(), entities.count());
    }
    java.nio.file.Path lines = dir.resolve("d.jsonl");
    try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(lines); JsonLinesWriter writer = JSON.jsonLinesWriter(out)) {
      DATASET.organisations().forEach(writer::write);
    }
    try (java.util.stream.Stream<Entity> entities = JSON.readJsonLines(lines)) {
      assertEquals(DATASET.organisations(), entities.collect(java.util.stream.Collectors.toList()));
    }
    assertEquals(DATASET.organisations(), JSON.readJsonLinesDatasetTolerant(lines).dataset().organisations());
    MigovJsonException utf16 = assertThrows(MigovJsonException.class,
        () -> JSON.readDataset(new java.io.ByteArrayInputStream(JSON.writeDataset(DATASET).getBytes(java.nio.charset.StandardCharsets.UTF_16LE))));
    assertEquals(MigovJsonException.Kind.MALFORMED_INPUT, utf16.kind());
    assertThrows(java.io.UncheckedIOException.class, () -> JSON.readDataset(dir.resolve("missing.json")));
  }

  @Test
  void aJsonLinesWriterChainsAndClosesItsWriterWhenClosed() throws IOException {
    StringWriter sink = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(sink);
    JsonLinesWriter writer = JSON.jsonLinesWriter(buffered);
    Entity first = JSON.read("{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"}}", Organisation.class);
    Entity second = JSON.read("{\"id\":\"e\",\"kind\":\"conference\",\"title\":{\"en\":\"E\"}}", Event.class);
    assertSame(writer, writer.write(first).write(second));
    writer.close();
    // Closing flushed the buffered writer into the sink, then closed it.
    assertEquals("{\"entity\":\"organisation\",\"id\":\"iom\",\"name\":{\"en\":\"IOM\"}}\n"
        + "{\"entity\":\"event\",\"id\":\"e\",\"kind\":\"conference\",\"title\":{\"en\":\"E\"}}\n", sink.toString());
    assertThrows(IOException.class, () -> buffered.write('x'));
  }

  @Test
  void writingADatasetToAWriterFlushesItAndLeavesItOpen() throws IOException {
    StringWriter sink = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(sink);
    JSON.writeDataset(DATASET, buffered);
    assertEquals(JSON.writeDataset(DATASET), sink.toString(), "flushed, and the same text as writeDataset(Dataset)");
    buffered.write('x');
    buffered.flush();
    assertTrue(sink.toString().endsWith("}x"), "still open");
  }
}
