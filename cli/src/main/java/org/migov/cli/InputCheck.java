package org.migov.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migov.core.Entity;
import org.migov.core.EntityKind;
import org.migov.core.dataset.Dataset;
import org.migov.json.DecodedDataset;
import org.migov.json.JsonLine;
import org.migov.json.JsonLinesReader;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;
import org.migov.validation.MigovValidator;
import org.migov.validation.Severity;
import org.migov.validation.Violation;

/**
 * Checks one input, a file or standard input: decodes it as a dataset document or a JSON Lines
 * stream, keeps going past every entity that does not decode, and validates what decoded as one
 * dataset. Never throws for bad input: every problem becomes a {@link Finding}.
 */
final class InputCheck {
  /** The name of standard input on the command line. */
  static final String STDIN = "-";

  private final MigovJson json;
  private final MigovValidator validator;
  private final Terminal terminal;

  InputCheck(MigovJson json, MigovValidator validator, Terminal terminal) {
    this.json = json;
    this.validator = validator;
    this.terminal = terminal;
  }

  InputResult check(String input) {
    try (InputStream bytes = STDIN.equals(input) ? new KeepOpen(terminal.in) : Files.newInputStream(Path.of(input))) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)), InputFormat.LOOKAHEAD * 2);
      skipByteOrderMark(reader);
      InputFormat format = InputFormat.detect(reader);
      if (format == null) {
        return unreadable(input, "no JSON in " + input + ": it is empty");
      }
      return format == InputFormat.DATASET ? checkDocument(input, reader) : checkLines(input, reader);
    } catch (NoSuchFileException e) {
      return unreadable(input, "cannot read " + input + ": no such file");
    } catch (AccessDeniedException e) {
      return unreadable(input, "cannot read " + input + ": permission denied");
    } catch (CharacterCodingException e) {
      return unreadable(input, "cannot read " + input + ": not UTF-8 text");
    } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
      return unreadable(input, "cannot read " + input + ": " + describe(e));
    }
  }

  private InputResult checkDocument(String input, BufferedReader reader) throws IOException {
    DecodedDataset decoded;
    Progress progress = new Progress(terminal.err, terminal.progress, input);
    try {
      decoded = json.readDatasetTolerant(reader);
    } catch (MigovJsonException e) {
      IOException io = ioCause(e);
      if (io != null) {
        throw io;
      }
      return new InputResult(input, InputFormat.DATASET, 0, e.isMalformedInput(),
          List.of(e.isMalformedInput() ? notJson(input, e) : decodeError(input, e, 0)));
    } finally {
      progress.done();
    }
    List<Finding> findings = new ArrayList<>();
    for (MigovJsonException e : decoded.errors()) {
      findings.add(decodeError(input, e, 0));
    }
    DocumentIndex index = new DocumentIndex(decoded);
    for (Violation v : validator.validate(decoded.dataset()).violations()) {
      String pointer = index.pointer(v);
      findings.add(violation(input, v, pointer, 0));
    }
    return new InputResult(input, InputFormat.DATASET, decoded.dataset().size(), false, findings);
  }

  private InputResult checkLines(String input, BufferedReader reader) throws IOException {
    List<Finding> findings = new ArrayList<>();
    Dataset.Builder dataset = Dataset.builder();
    Map<String, Long> lineOf = new HashMap<>();
    Progress progress = new Progress(terminal.err, terminal.progress, input);
    long entities = 0;
    try (JsonLinesReader lines = json.readJsonLinesTolerant(reader)) {
      while (lines.hasNext()) {
        JsonLine line = lines.next();
        if (line.error().isPresent()) {
          MigovJsonException e = line.error().get();
          IOException io = ioCause(e);
          if (io != null) {
            throw io;
          }
          findings.add(decodeError(input, e, line.lineNumber()));
          continue;
        }
        Entity entity = line.entity().orElseThrow();
        lineOf.putIfAbsent(key(entity.id().kind(), entity.id().value()), line.lineNumber());
        dataset.addEntity(entity);
        entities++;
        progress.entity();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.done();
    }
    for (Violation v : validator.validate(dataset.build()).violations()) {
      long line = v.entityKind().isPresent() && v.entityId().isPresent()
          ? lineOf.getOrDefault(key(v.entityKind().get(), v.entityId().get()), 0L) : 0L;
      findings.add(violation(input, v, pathPointer(v.path()), line));
    }
    findings.sort(Finding.ORDER);
    return new InputResult(input, InputFormat.JSON_LINES, entities, false, findings);
  }

  private static String key(EntityKind kind, String id) {
    return kind.code() + '\u0000' + id;
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  private static Finding decodeError(String input, MigovJsonException e, long line) {
    String pointer = e.pointer().isEmpty() ? null : e.pointer();
    long lineNumber = line > 0 ? line : e.line();
    long column = e.column();
    return new Finding(input, Severity.ERROR, Finding.JSON, null, null, pointer, lineNumber, column,
        "expected " + e.expected() + ", found " + e.found());
  }

  private static Finding notJson(String input, MigovJsonException e) {
    return new Finding(input, Severity.ERROR, Finding.INPUT, null, null, e.pointer().isEmpty() ? null : e.pointer(),
        e.line(), e.column(), "not well-formed JSON, or past migov's parsing limits: " + e.found());
  }

  private static Finding violation(String input, Violation v, String pointer, long line) {
    return new Finding(input, v.severity(), v.code(), v.entityKind().map(EntityKind::code).orElse(null),
        v.entityId().orElse(null), pointer, line, 0, v.message());
  }

  private static InputResult unreadable(String input, String message) {
    return new InputResult(input, null, 0, true,
        List.of(new Finding(input, Severity.ERROR, Finding.INPUT, null, null, null, 0, 0, message)));
  }

  private static IOException ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return (IOException) t;
      }
    }
    return null;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** A violation's property path, such as {@code targetAreas[1].percentage}, as a JSON Pointer. */
  static String pathPointer(String path) {
    if (path == null || path.isEmpty()) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    for (String step : path.replace("[", ".").replace("]", "").split("\\.")) {
      if (!step.isEmpty()) {
        pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }

  /**
   * Where each entity of a tolerantly decoded document stood in it: its list and its index
   * there, counting the entities that did not decode.
   */
  private static final class DocumentIndex {
    private final Map<String, String> pointers = new HashMap<>();

    DocumentIndex(DecodedDataset decoded) {
      Map<String, TreeSet<Integer>> skipped = new TreeMap<>();
      for (MigovJsonException e : decoded.errors()) {
        String[] steps = e.pointer().split("/");
        if (steps.length >= 3 && steps[2].chars().allMatch(Character::isDigit)) {
          skipped.computeIfAbsent(steps[1], k -> new TreeSet<>()).add(Integer.parseInt(steps[2]));
        }
      }
      Dataset dataset = decoded.dataset();
      index("organisations", dataset.organisations(), skipped);
      index("offices", dataset.offices(), skipped);
      index("agreements", dataset.agreements(), skipped);
      index("programmes", dataset.programmes(), skipped);
      index("events", dataset.events(), skipped);
    }

    private void index(String list, List<? extends Entity> entities, Map<String, TreeSet<Integer>> skipped) {
      TreeSet<Integer> gaps = skipped.getOrDefault(list, new TreeSet<>());
      int position = 0;
      for (Entity entity : entities) {
        while (gaps.contains(position)) {
          position++;
        }
        pointers.putIfAbsent(key(entity.id().kind(), entity.id().value()), "/" + list + "/" + position);
        position++;
      }
    }

    String pointer(Violation v) {
      if (v.entityKind().isEmpty() || v.entityId().isEmpty()) {
        return pathPointer(v.path());
      }
      String base = pointers.get(key(v.entityKind().get(), v.entityId().get()));
      return (base == null ? "" : base) + pathPointer(v.path());
    }
  }

  /** Standard input, which the command must not close. */
  private static final class KeepOpen extends java.io.FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // standard input stays open
    }
  }
}
