package org.migov.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import org.migov.iati.IatiException;
import org.migov.iati.IatiReader;
import org.migov.iati.IatiRecord;

/**
 * Reading arbitrary bytes as IATI XML: only {@link IatiException} escapes, saying what was
 * expected; every record read holds its diagnostics, and a programme when it has an identifier.
 *
 * <p>In {@code mvn verify} this runs once per input of {@code IatiFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (docs/reliability.md).
 */
class IatiFuzzTest {
  private static final IatiReader READER = IatiReader.create();

  @FuzzTest(maxDuration = "10m")
  void activities(byte[] input) {
    try (Stream<IatiRecord> records = READER.read(new ByteArrayInputStream(input))) {
      records.forEach(record -> assertTrue(record.programme().isPresent() || record.identifier().isEmpty()
          || !record.diagnostics().isEmpty(), record.identifier()));
    } catch (IatiException e) {
      assertTrue(e.getMessage().startsWith("expected "), e.getMessage());
    }
  }
}
