package org.migov.cli;

import java.io.BufferedInputStream;
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
import java.util.List;
import org.migov.core.EntityId;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;
import org.migov.core.dataset.Dataset;
import org.migov.json.DecodedDataset;
import org.migov.json.EntityLocation;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;
import org.migov.validation.MigovValidator;
import org.migov.validation.Severity;
import org.migov.validation.ValidationReport;
import org.migov.validation.Violation;

/**
 * Checks one input, a file or standard input: decodes it as a dataset document or a JSON Lines
 * stream (an IATI XML file goes to {@link IatiInputCheck}), keeps going past every entity that does not decode, and validates what decoded as one
 * dataset. Never throws for bad input: every problem becomes a {@link Finding}. Keeps at most a
 * given number of decode errors and violations (an unreadable input has its one finding) and
 * counts all of them, so that memory stays bounded whatever the input.
 */
final class InputCheck {
  /** The name of standard input on the command line. */
  static final String STDIN = "-";

  private final MigovValidator validator;
  private final Terminal terminal;

  /**
   * A check that validates with the clock and language of a validator.
   *
   * @param validator gives the clock and the language; its limit is replaced by each input's
   */
  InputCheck(MigovValidator validator, Terminal terminal) {
    this.validator = validator;
    this.terminal = terminal;
  }

  /**
   * Checks one input.
   *
   * @param input the file name, or {@link #STDIN}
   * @param limit the most findings to keep
   */
  InputResult check(String input, int limit) {
    String shown = InvalidValueException.escape(input);
    try (InputStream bytes = new BufferedInputStream(STDIN.equals(input) ? new KeepOpen(terminal.in) : Files.newInputStream(Path.of(input)),
        InputFormat.LOOKAHEAD)) {
      InputFormat xml = InputFormat.detectXml(bytes);
      if (xml != null) {
        return new IatiInputCheck(validator, terminal).check(input, bytes, xml, limit);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)), InputFormat.LOOKAHEAD * 2);
      skipByteOrderMark(reader);
      InputFormat format = InputFormat.detect(reader);
      if (format == null) {
        return unreadable(input, "no JSON in " + shown + ": it is empty");
      }
      return format == InputFormat.DATASET ? checkDocument(input, reader, limit) : checkLines(input, reader, limit);
    } catch (NoSuchFileException e) {
      return unreadable(input, "cannot read " + shown + ": no such file");
    } catch (AccessDeniedException e) {
      return unreadable(input, "cannot read " + shown + ": permission denied");
    } catch (CharacterCodingException e) {
      return unreadable(input, "cannot read " + shown + ": not UTF-8 text");
    } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
      return unreadable(input, "cannot read " + shown + ": " + describe(e));
    }
  }

  /**
   * What a failure inside migov while checking an input gives: an error of that input, so that
   * the other inputs are still checked and reported.
   */
  static InputResult failed(String input, Throwable e) {
    String message = "internal error while checking " + InvalidValueException.escape(input)
        + ", please report it: " + InvalidValueException.escape(String.valueOf(e));
    return new InputResult(input, null, 0, false, true,
        List.of(new Finding(input, Severity.ERROR, Finding.INTERNAL, null, null, null, 0, 0, message)), 1, 0);
  }

  private InputResult checkDocument(String input, BufferedReader reader, int limit) throws IOException {
    DecodedDataset decoded;
    Progress progress = new Progress(terminal.err, terminal.progress, input);
    try {
      decoded = MigovJson.builder().maxDecodeErrors(limit).build().readDatasetTolerant(reader, entity -> progress.entity());
    } catch (MigovJsonException e) {
      Finding finding = e.isMalformedInput() ? notJson(input, e) : decodeError(input, e);
      return new InputResult(input, InputFormat.DATASET, 0, e.isMalformedInput(), false, List.of(finding), 1, 0);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.done();
    }
    return checked(input, InputFormat.DATASET, decoded, limit);
  }

  private InputResult checkLines(String input, BufferedReader reader, int limit) throws IOException {
    DecodedDataset decoded;
    Progress progress = new Progress(terminal.err, terminal.progress, input);
    try {
      decoded = MigovJson.builder().maxDecodeErrors(limit).build()
          .readJsonLinesDatasetTolerant(reader, entity -> progress.entity());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.done();
    }
    return checked(input, InputFormat.JSON_LINES, decoded, limit);
  }

  /** The findings of a decoded input: its decoding errors, then its violations, each where its entity stood. */
  private InputResult checked(String input, InputFormat format, DecodedDataset decoded, int limit) {
    List<Finding> findings = new ArrayList<>();
    for (MigovJsonException e : decoded.errors()) {
      findings.add(decodeError(input, e));
    }
    ValidationReport report = validate(validator, decoded.dataset(), limit - findings.size());
    for (Violation v : report.violations()) {
      EntityLocation at = v.entityKind().isPresent() && v.position().isPresent()
          ? decoded.location(v.entityKind().get(), v.position().getAsInt()) : null;
      String pointer = (at == null ? "" : at.pointer()) + v.path().toPointer();
      findings.add(violation(input, v, pointer, at == null ? 0 : at.line()));
    }
    findings.sort(Finding.ORDER);
    return new InputResult(input, format, decoded.dataset().size(), false, false, findings,
        decoded.errorCount() + report.count(Severity.ERROR), report.count(Severity.WARNING));
  }

  /** A dataset validated with the clock and language of a validator, keeping at most a number of findings. */
  static ValidationReport validate(MigovValidator validator, Dataset dataset, int limit) {
    return MigovValidator.builder()
        .clock(validator.clock())
        .locale(validator.locale())
        .maxFindings(limit)
        .build()
        .validate(dataset);
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  private static Finding decodeError(String input, MigovJsonException e) {
    String pointer = e.pointer().isEmpty() ? null : e.pointer();
    return new Finding(input, Severity.ERROR, Finding.JSON, null, null, pointer, e.line(), e.column(),
        "expected " + e.expected() + ", found " + e.found());
  }


  private static Finding notJson(String input, MigovJsonException e) {
    return new Finding(input, Severity.ERROR, Finding.INPUT, null, null, e.pointer().isEmpty() ? null : e.pointer(),
        e.line(), e.column(), "not well-formed JSON, or past migov's parsing limits: " + e.found());
  }

  static Finding violation(String input, Violation v, String pointer, long line) {
    return new Finding(input, v.severity(), v.code(), v.entityKind().map(EntityKind::code).orElse(null),
        v.entityId().map(EntityId::value).orElse(null), pointer.isEmpty() ? null : pointer, line, 0, v.message());
  }

  static InputResult unreadable(String input, String message) {
    return new InputResult(input, null, 0, true, false,
        List.of(new Finding(input, Severity.ERROR, Finding.INPUT, null, null, null, 0, 0, message)), 1, 0);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : InvalidValueException.escape(message);
  }

  /** Standard input, which the command must not close. */
  static final class KeepOpen extends java.io.FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // standard input stays open
    }
  }
}
