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
 * Checks inputs, files or standard input: decodes each as a dataset document, a JSON Lines
 * stream or IATI XML ({@link IatiInputCheck}), keeps going past every entity that does not
 * decode, and validates what decoded, each input alone or all of them as one dataset. Never throws for bad input: every problem becomes a {@link Finding}. Keeps at most a
 * given number of decode errors and violations (an unreadable input has its one finding) and
 * counts all of them, so that memory stays bounded whatever the input.
 */
final class InputCheck {
  /** The name of standard input on the command line. */
  static final String STDIN = "-";

  private final MigovValidator validator;
  private final Terminal terminal;
  private final Language language;

  /**
   * A check that validates with the clock and language of a validator.
   *
   * @param validator gives the clock and the language; its limit is replaced by each input's
   * @param terminal where the input is read from (standard input) and progress goes
   * @param language the language of the command's own messages
   */
  InputCheck(MigovValidator validator, Terminal terminal, Language language) {
    this.validator = validator;
    this.terminal = terminal;
    this.language = language;
  }

  /**
   * Checks one input alone: decodes it, then validates what decoded as one dataset.
   *
   * @param input the file name, or {@link #STDIN}
   * @param limit the most findings to keep
   */
  InputResult check(String input, int limit) {
    Decoded decoded = decode(input, limit);
    return decoded.done() != null ? decoded.done() : validate(List.of(decoded), limit).get(0);
  }

  /**
   * Checks several inputs as one dataset: each is decoded, then what decoded from all of them is
   * validated at once, so that a reference from one input to an entity of another resolves. Each
   * finding is still reported in the input, line and place of its entity; one that belongs to no
   * entity goes to the first input that decoded.
   *
   * @param inputs the file names, or {@link #STDIN}, in order
   * @param limit the most findings to keep over all inputs
   */
  List<InputResult> checkTogether(List<String> inputs, int limit) {
    List<Decoded> decoded = new ArrayList<>();
    int left = limit;
    for (String input : inputs) {
      Decoded one;
      try {
        one = decode(input, left);
      } catch (RuntimeException | StackOverflowError e) {
        one = Decoded.done(failed(input, e));
      }
      left = Math.max(0, left - (one.done() != null ? one.done().findings().size() : one.findings().size()));
      decoded.add(one);
    }
    return validate(decoded, limit);
  }

  /**
   * Decodes one input as a dataset document, a JSON Lines stream or IATI XML. XML is told by its
   * first character, whatever the name; between the two JSON shapes the extension decides
   * ({@code .json} a document, {@code .jsonl} or {@code .ndjson} JSON Lines), the content only for
   * standard input and other names. Never throws for bad input: an input that cannot be read
   * gives its result at once ({@link Decoded#done()}).
   */
  Decoded decode(String input, int limit) {
    try (InputStream bytes = new BufferedInputStream(STDIN.equals(input) ? new KeepOpen(terminal.in) : Files.newInputStream(Path.of(input)),
        InputFormat.LOOKAHEAD)) {
      InputFormat named = STDIN.equals(input) ? null : InputFormat.byExtension(input);
      InputFormat xml = InputFormat.detectXml(bytes);
      if (xml != null) {
        return new IatiInputCheck(validator, terminal).decode(input, bytes, xml, limit);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)), InputFormat.LOOKAHEAD * 2);
      skipByteOrderMark(reader);
      InputFormat format = InputFormat.detect(reader);
      if (format == null) {
        return Decoded.done(unreadable(input, language.text("input.empty")));
      }
      if (named == InputFormat.DATASET || named == InputFormat.JSON_LINES) {
        format = named;
      }
      return format == InputFormat.DATASET ? decodeDocument(input, reader, limit) : decodeLines(input, reader, limit);
    } catch (NoSuchFileException e) {
      return Decoded.done(unreadable(input, language.text("input.unreadable", language.text("input.noSuchFile"))));
    } catch (AccessDeniedException e) {
      return Decoded.done(unreadable(input, language.text("input.unreadable", language.text("input.permissionDenied"))));
    } catch (CharacterCodingException e) {
      return Decoded.done(unreadable(input, language.text("input.unreadable", language.text("input.notUtf8"))));
    } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
      return Decoded.done(unreadable(input, language.text("input.unreadable", describe(e))));
    }
  }

  /**
   * What a failure inside migov while checking an input gives: an error of that input, so that
   * the other inputs are still checked and reported.
   */
  InputResult failed(String input, Throwable e) {
    String message = language.text("input.internal", InvalidValueException.escape(String.valueOf(e)));
    return new InputResult(input, null, 0, false, true,
        List.of(new Finding(input, Severity.ERROR, Finding.INTERNAL, null, null, null, 0, 0, message)), 1, 0);
  }

  private Decoded decodeDocument(String input, BufferedReader reader, int limit) throws IOException {
    DecodedDataset decoded;
    Progress progress = new Progress(terminal.err, terminal.progress, input);
    try {
      decoded = MigovJson.builder().maxDecodeErrors(limit).build().readDatasetTolerant(reader, entity -> progress.entity());
    } catch (MigovJsonException e) {
      Finding finding = e.isMalformedInput() ? notJson(input, e) : decodeError(input, e);
      return Decoded.done(new InputResult(input, InputFormat.DATASET, 0, e.isMalformedInput(), false, List.of(finding), 1, 0));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.done();
    }
    return decoded(input, InputFormat.DATASET, decoded);
  }

  private Decoded decodeLines(String input, BufferedReader reader, int limit) throws IOException {
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
    return decoded(input, InputFormat.JSON_LINES, decoded);
  }

  private Decoded decoded(String input, InputFormat format, DecodedDataset decoded) {
    List<Finding> findings = new ArrayList<>();
    for (MigovJsonException e : decoded.errors()) {
      findings.add(decodeError(input, e));
    }
    return new Decoded(input, format, decoded.dataset(), decoded, findings, decoded.errorCount(), 0, null);
  }

  /**
   * Validates what decoded from the inputs as one dataset and gives each input its result: its
   * decode findings, then the violations of its entities, located where each entity stood; an
   * input that could not be decoded keeps the result it has.
   */
  private List<InputResult> validate(List<Decoded> inputs, int limit) {
    List<Decoded> readable = inputs.stream().filter(d -> d.done() == null).toList();
    int[][] starts = new int[readable.size()][EntityKind.values().length];
    int[] sizes = new int[EntityKind.values().length];
    long[] errors = new long[readable.size()];
    long[] warnings = new long[readable.size()];
    List<List<Finding>> findings = new ArrayList<>();
    int kept = 0;
    for (int i = 0; i < readable.size(); i++) {
      Decoded input = readable.get(i);
      Dataset dataset = input.dataset();
      for (EntityKind kind : EntityKind.values()) {
        starts[i][kind.ordinal()] = sizes[kind.ordinal()];
        sizes[kind.ordinal()] += count(dataset, kind);
      }
      errors[i] = input.errors();
      warnings[i] = input.warnings();
      findings.add(new ArrayList<>(input.findings()));
      kept += input.findings().size();
    }
    kept += inputs.stream().filter(d -> d.done() != null).mapToInt(d -> d.done().findings().size()).sum();
    boolean failed = false;
    if (!readable.isEmpty()) {
      try {
        attribute(readable, starts, findings, errors, warnings, Math.max(0, limit - kept));
      } catch (RuntimeException | StackOverflowError e) {
        // A bug in validation: every input keeps its decode findings, the first says what failed.
        failed = true;
        findings.get(0).addAll(failed(readable.get(0).input(), e).findings());
        errors[0]++;
      }
    }
    List<InputResult> results = new ArrayList<>();
    int next = 0;
    for (Decoded input : inputs) {
      if (input.done() != null) {
        results.add(input.done());
        continue;
      }
      int i = next++;
      findings.get(i).sort(Finding.ORDER);
      results.add(new InputResult(input.input(), input.format(), input.dataset().size(), false, failed && i == 0,
          findings.get(i), errors[i], warnings[i]));
    }
    return results;
  }

  /**
   * Validates what decoded from the inputs as one dataset, counting every violation in the input
   * that holds its entity and adding the violations kept to that input's findings.
   */
  private void attribute(List<Decoded> readable, int[][] starts, List<List<Finding>> findings, long[] errors,
      long[] warnings, int keep) {
    Dataset.Builder all = Dataset.builder();
    for (Decoded input : readable) {
      Dataset dataset = input.dataset();
      all.addAllOrganisations(dataset.organisations()).addAllOffices(dataset.offices())
          .addAllAgreements(dataset.agreements()).addAllProgrammes(dataset.programmes()).addAllEvents(dataset.events());
    }
    ValidationReport report = MigovValidator.builder()
        .clock(validator.clock())
        .locale(validator.locale())
        .maxFindings(keep)
        .build()
        .validate(all.build(), v -> {
          int owner = owner(v, starts);
          if (v.severity() == Severity.ERROR) {
            errors[owner]++;
          } else {
            warnings[owner]++;
          }
        });
    for (Violation v : report.violations()) {
      int owner = owner(v, starts);
      Decoded in = readable.get(owner);
      EntityLocation at = in.locations() != null && v.entityKind().isPresent() && v.position().isPresent()
          ? in.locations().location(v.entityKind().get(), v.position().getAsInt() - starts[owner][v.entityKind().get().ordinal()])
          : null;
      // IATI XML has no JSON Pointer: its findings give the line the reader found, or none.
      String pointer = in.locations() == null ? "" : (at == null ? "" : at.pointer()) + v.path().toPointer();
      findings.get(owner).add(violation(in.input(), v, pointer, at == null ? 0 : at.line()));
    }
  }

  private static int count(Dataset dataset, EntityKind kind) {
    return switch (kind) {
      case ORGANISATION -> dataset.organisations().size();
      case OFFICE -> dataset.offices().size();
      case AGREEMENT -> dataset.agreements().size();
      case PROGRAMME -> dataset.programmes().size();
      case EVENT -> dataset.events().size();
    };
  }

  /** The input that holds a violation's entity: the last whose first entity of that kind stands at or before it. */
  private static int owner(Violation v, int[][] starts) {
    if (v.entityKind().isEmpty() || v.position().isEmpty()) {
      return 0;
    }
    int kind = v.entityKind().get().ordinal();
    int position = v.position().getAsInt();
    int low = 0;
    int high = starts.length - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (starts[middle][kind] <= position) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  private Finding decodeError(String input, MigovJsonException e) {
    String pointer = e.pointer().isEmpty() ? null : e.pointer();
    return new Finding(input, Severity.ERROR, Finding.JSON, null, null, pointer, e.line(), e.column(),
        language.text("input.decode", e.expected(language.locale()), e.found(language.locale())));
  }


  private Finding notJson(String input, MigovJsonException e) {
    return new Finding(input, Severity.ERROR, Finding.INPUT, null, null, e.pointer().isEmpty() ? null : e.pointer(),
        e.line(), e.column(), language.text("input.notJson", e.found(language.locale())));
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

  /**
   * What decoding one input gave, before validation.
   *
   * @param input the input's name
   * @param format what it held
   * @param dataset what decoded
   * @param locations where each decoded entity stood, or null (IATI XML)
   * @param findings the decode errors (and reader warnings) kept
   * @param errors how many decode errors were found, kept or not
   * @param warnings how many reader warnings were found, kept or not
   * @param done the input's whole result when it could not be decoded at all, else null
   */
  record Decoded(String input, InputFormat format, Dataset dataset, DecodedDataset locations, List<Finding> findings,
      long errors, long warnings, InputResult done) {

    static Decoded done(InputResult result) {
      return new Decoded(result.input(), result.format(), null, null, List.of(), 0, 0, result);
    }
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
