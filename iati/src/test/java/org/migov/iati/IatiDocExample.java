package org.migov.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.migov.core.programme.Programme;

/** The code of docs/iati.md, verbatim (IatiDocTest checks that the page shows it), run by IatiDocTest. */
final class IatiDocExample {
  private IatiDocExample() {}

  /** Reads an activity file, checks it, edits its programmes, and writes it back. */
  static List<String> run(Path file, Path out) throws IOException {
    List<String> report = new ArrayList<>();
    // example: read
    IatiReader reader = IatiReader.create();                  // hardened JDK StAX; IatiReader.using(factory) for Aalto
    List<IatiRecord> records = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
         Stream<IatiRecord> stream = reader.read(in)) {     // lazy: one activity at a time
      stream.forEach(record -> {
        record.programme().ifPresent(programme -> report.add(programme.id() + ": " + programme.title()));
        record.diagnostics().forEach(d -> report.add(d.code() + " " + d.line() + ":" + d.column() + " " + d.message()));
        records.add(record);
      });
    }
    // example: write
    IatiWriter writer = IatiWriter.builder().build();        // the records name their own reporting organisation
    try (OutputStream bytes = Files.newOutputStream(out);
         IatiWriter.Document document = writer.open(bytes)) {
      for (IatiRecord record : records) {
        Programme programme = record.programme().orElseThrow();
        Programme closed = Programme.builder().from(programme)
            .status(org.migov.core.programme.ProgrammeStatus.CLOSED).build();
        document.write(record.withProgramme(closed));         // what did not change is written as read
      }
    }
    // end of example
    return report;
  }
}
