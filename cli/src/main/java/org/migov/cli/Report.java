package org.migov.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.migov.validation.Severity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The outcome of {@code migov validate} over all its inputs, printed as text or JSON. */
final class Report {
  private final List<InputResult> results;
  private final LocalDate referenceDate;
  private final Language language;

  Report(List<InputResult> results, LocalDate referenceDate, Language language) {
    this.results = List.copyOf(results);
    this.referenceDate = referenceDate;
    this.language = language;
  }

  int exitCode() {
    return results.stream().mapToInt(InputResult::exitCode).max().orElse(Migov.OK);
  }

  private long count(Severity severity) {
    return results.stream().flatMap(r -> r.findings().stream()).filter(f -> f.severity() == severity).count();
  }

  private long count(InputResult result, Severity severity) {
    return result.findings().stream().filter(f -> f.severity() == severity).count();
  }

  /** One line a finding, a line per input when there are several, then the summary line. */
  void printText(PrintWriter out) {
    for (InputResult result : results) {
      for (Finding f : result.findings()) {
        out.println(line(f));
      }
    }
    if (results.size() > 1) {
      for (InputResult result : results) {
        out.println(language.text("input", result.input(), result.entities(),
            count(result, Severity.ERROR), count(result, Severity.WARNING), format(result)));
      }
    }
    out.println(language.text("summary", results.size(), results.stream().mapToLong(InputResult::entities).sum(),
        count(Severity.ERROR), count(Severity.WARNING), referenceDate.toString()));
    out.flush();
  }

  private String format(InputResult result) {
    return result.format() == null ? language.text("format.none") : language.text("format." + result.format().code);
  }

  /** {@code input:line:column: SEVERITY CODE kind id at /pointer: message}. */
  static String line(Finding f) {
    StringBuilder line = new StringBuilder(f.input());
    if (f.line() > 0) {
      line.append(':').append(f.line());
      if (f.column() > 0) {
        line.append(':').append(f.column());
      }
    }
    line.append(": ").append(f.severity()).append(' ').append(f.code());
    if (f.entityKind() != null) {
      line.append(' ').append(f.entityKind());
      if (f.entityId() != null) {
        line.append(' ').append(f.entityId());
      }
    }
    if (f.pointer() != null && !f.pointer().isEmpty()) {
      line.append(" at ").append(f.pointer());
    }
    return line.append(": ").append(f.message()).toString();
  }

  /** One JSON document: the reference date, the inputs, the findings, the counts, the exit code. */
  void printJson(PrintWriter out) {
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("referenceDate", referenceDate.toString());
      g.writeName("inputs");
      g.writeStartArray();
      for (InputResult r : results) {
        g.writeStartObject();
        g.writeStringProperty("input", r.input());
        if (r.format() != null) {
          g.writeStringProperty("format", r.format().code);
        }
        g.writeNumberProperty("entities", r.entities());
        g.writeBooleanProperty("readable", !r.unreadable());
        g.writeNumberProperty("errors", count(r, Severity.ERROR));
        g.writeNumberProperty("warnings", count(r, Severity.WARNING));
        g.writeName("findings");
        g.writeStartArray();
        for (Finding f : r.findings()) {
          writeFinding(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberProperty("errors", count(Severity.ERROR));
      g.writeNumberProperty("warnings", count(Severity.WARNING));
      g.writeNumberProperty("exitCode", exitCode());
      g.writeEndObject();
    }
    out.println();
    out.flush();
  }

  private static void writeFinding(JsonGenerator g, Finding f) {
    g.writeStartObject();
    g.writeStringProperty("severity", f.severity().name());
    g.writeStringProperty("code", f.code());
    if (f.entityKind() != null) {
      g.writeStringProperty("entityKind", f.entityKind());
    }
    if (f.entityId() != null) {
      g.writeStringProperty("entityId", f.entityId());
    }
    if (f.pointer() != null) {
      g.writeStringProperty("pointer", f.pointer());
    }
    if (f.line() > 0) {
      g.writeNumberProperty("line", f.line());
    }
    if (f.column() > 0) {
      g.writeNumberProperty("column", f.column());
    }
    g.writeStringProperty("message", f.message());
    g.writeEndObject();
  }
}
