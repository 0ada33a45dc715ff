package org.migov.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.migov.core.InvalidValueException;
import org.migov.validation.Severity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * The outcome of {@code migov validate}, printed as it goes: each input's findings as soon as
 * that input is checked, then the counts. Only the counts of inputs already printed are kept.
 * Every text printed has its control, format (bidi, zero-width) and separator characters escaped,
 * in text and in JSON alike.
 */
final class Report {
  /** JSON that a terminal shows as it is: Jackson's escapes, and <code>&#92;uXXXX</code> for what {@link InvalidValueException#escape} escapes. */
  private static final JsonFactory JSON = JsonFactory.builder().characterEscapes(new TerminalSafeEscapes()).build();

  private final PrintWriter out;
  private final OutputFormat format;
  private final LocalDate referenceDate;
  private final Language language;
  private final int maxFindings;
  private final List<InputResult> printed = new ArrayList<>();
  private long omitted;
  private long shown;
  private JsonGenerator json;

  Report(PrintWriter out, OutputFormat format, LocalDate referenceDate, Language language, int maxFindings) {
    this.out = out;
    this.format = format;
    this.referenceDate = referenceDate;
    this.language = language;
    this.maxFindings = maxFindings;
  }

  /** How many more findings may be printed in this run. */
  int remaining() {
    return (int) Math.max(0, maxFindings - shown);
  }

  /**
   * Prints one input's findings, as many as the run's limit still allows, and keeps only its
   * counts.
   */
  void add(InputResult result) {
    List<Finding> findings = result.findings().subList(0, Math.min(result.findings().size(), remaining()));
    shown += findings.size();
    omitted += Math.max(0, result.errors() + result.warnings() - findings.size());
    if (format == OutputFormat.json) {
      writeJson(result, findings);
    } else {
      for (Finding f : findings) {
        out.println(line(f));
      }
    }
    out.flush();
    printed.add(result.printed());
  }

  /** Prints the counts of every input, and the exit code in JSON. */
  void finish() {
    if (format == OutputFormat.json) {
      finishJson();
      return;
    }
    if (omitted > 0) {
      out.println(language.text("omitted", omitted, maxFindings));
    }
    if (printed.size() > 1) {
      for (InputResult result : printed) {
        out.println(language.text("input", InvalidValueException.escape(result.input()), result.entities(),
            result.errors(), result.warnings(), format(result)));
      }
    }
    out.println(language.text("summary", printed.size(), printed.stream().mapToLong(InputResult::entities).sum(),
        count(Severity.ERROR), count(Severity.WARNING), referenceDate.toString()));
    out.flush();
  }

  int exitCode() {
    return printed.stream().mapToInt(InputResult::exitCode).max().orElse(Migov.OK);
  }

  private long count(Severity severity) {
    return printed.stream().mapToLong(r -> severity == Severity.ERROR ? r.errors() : r.warnings()).sum();
  }

  private String format(InputResult result) {
    return result.format() == null ? language.text("format.none") : language.text("format." + result.format().code);
  }

  /** {@code input:line:column} of a finding (line and column when known), escaped. */
  static String place(Finding f) {
    StringBuilder place = new StringBuilder(InvalidValueException.escape(f.input()));
    if (f.line() > 0) {
      place.append(':').append(f.line());
      if (f.column() > 0) {
        place.append(':').append(f.column());
      }
    }
    return place.toString();
  }

  /** {@code input:line:column: SEVERITY CODE kind id at /pointer: message}, escaped. */
  static String line(Finding f) {
    StringBuilder line = new StringBuilder(place(f));
    line.append(": ").append(f.severity()).append(' ').append(f.code());
    if (f.entityKind() != null) {
      line.append(' ').append(f.entityKind());
      if (f.entityId() != null) {
        line.append(' ').append(InvalidValueException.escape(f.entityId()));
      }
    }
    if (f.pointer() != null && !f.pointer().isEmpty()) {
      line.append(" at ").append(InvalidValueException.escape(f.pointer()));
    }
    return line.append(": ").append(InvalidValueException.escape(f.message())).toString();
  }

  private void writeJson(InputResult r, List<Finding> findings) {
    startJson();
    json.writeStartObject();
    json.writeStringProperty("input", r.input());
    if (r.format() != null) {
      json.writeStringProperty("format", r.format().code);
    }
    json.writeNumberProperty("entities", r.entities());
    json.writeBooleanProperty("readable", !r.unreadable());
    json.writeNumberProperty("errors", r.errors());
    json.writeNumberProperty("warnings", r.warnings());
    json.writeName("findings");
    json.writeStartArray();
    for (Finding f : findings) {
      writeFinding(json, f);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
  }

  /** Opens the JSON document, once: the reference date, then the list of inputs. */
  private void startJson() {
    if (json == null) {
      json = JSON.createGenerator(ObjectWriteContext.empty(), out);
      json.writeStartObject();
      json.writeStringProperty("referenceDate", referenceDate.toString());
      json.writeName("inputs");
      json.writeStartArray();
    }
  }

  /** One JSON document: the reference date, the inputs, their findings, the counts, the exit code. */
  private void finishJson() {
    startJson();
    json.writeEndArray();
    json.writeNumberProperty("errors", count(Severity.ERROR));
    json.writeNumberProperty("warnings", count(Severity.WARNING));
    json.writeNumberProperty("omittedFindings", omitted);
    json.writeNumberProperty("exitCode", exitCode());
    json.writeEndObject();
    json.close();
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

  /**
   * JSON escapes for a terminal: Jackson's own for ASCII (control characters, quote, backslash),
   * DEL, and <code>&#92;uXXXX</code> for every non-ASCII char that
   * {@link InvalidValueException#escape} would escape (C1 controls, format characters such as U+202E, U+2028, U+2029, lone surrogates).
   */
  private static final class TerminalSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private static final int[] ASCII = asciiEscapes();

    private static int[] asciiEscapes() {
      int[] escapes = standardAsciiEscapesForJSON();
      escapes[0x7F] = ESCAPE_STANDARD;
      return escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      String text = String.valueOf((char) ch);
      return InvalidValueException.escape(text).equals(text) ? null : new SerializedString(String.format("\\u%04x", ch));
    }
  }
}
