package org.migov.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import org.migov.iati.IatiException;
import org.migov.iati.IatiReader;
import org.migov.iati.IatiOrganisationRecord;
import org.migov.iati.IatiRecord;
import org.migov.iati.IatiWriter;

/**
 * Reading arbitrary bytes as IATI XML: only {@link IatiException} escapes, saying what was
 * expected; every record read holds its diagnostics, and a programme when it has an identifier.
 *
 * <p>In {@code mvn verify} this runs once per input of {@code IatiFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (docs/reliability.md).
 */
class IatiFuzzTest {
  private static final IatiReader READER = IatiReader.create();
  private static final IatiWriter WRITER = IatiWriter.builder().generatedAt(java.time.Instant.EPOCH).build();

  @FuzzTest(maxDuration = "10m")
  void activities(byte[] input) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int written = 0;
    try (Stream<IatiRecord> records = READER.read(new ByteArrayInputStream(input));
        IatiWriter.Document document = WRITER.open(out)) {
      for (IatiRecord record : (Iterable<IatiRecord>) records::iterator) {
        assertTrue(record.programme().isPresent() || record.identifier().isEmpty() || !record.diagnostics().isEmpty(),
            record.identifier());
        try {
          document.write(record);
          written++;
        } catch (IatiException e) {
          assertTrue(e.getMessage().startsWith("expected "), e.getMessage());
        }
      }
    } catch (IatiException e) {
      assertTrue(e.getMessage().startsWith("expected "), e.getMessage());
      return;
    }
    if (written > 0) {
      try (Stream<IatiRecord> again = READER.read(new ByteArrayInputStream(out.toByteArray()))) {
        assertTrue(again.count() == written, "what the writer wrote reads back, record for record");
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void organisations(byte[] input) {
    try (Stream<IatiOrganisationRecord> records = READER.readOrganisations(new ByteArrayInputStream(input))) {
      records.forEach(record -> assertTrue(record.organisation().isPresent() || !record.diagnostics().isEmpty(), record.identifier()));
    } catch (IatiException e) {
      assertTrue(e.getMessage().startsWith("expected "), e.getMessage());
    }
  }
}
