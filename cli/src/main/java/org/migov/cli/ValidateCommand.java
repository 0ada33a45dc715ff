package org.migov.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.migov.core.InvalidValueException;
import org.migov.validation.MigovValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code migov validate}: decodes and validates datasets, reporting every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Validates migov dataset documents, JSON Lines streams and IATI XML, from files or standard input. XML is told "
          + "by content; .json is a document, .jsonl or .ndjson JSON Lines, and content decides for other names and standard input.",
      "Reports every decode error and every rule violation: severity, code, entity, location, message."
    },
    footer = {"", "Exit codes: 0 no error (warnings allowed), 1 at least one error, 2 an input could not be read "
        + "or is neither JSON nor IATI XML, 64 wrong usage, 70 a failure inside migov (the other inputs are still checked), "
        + "74 the output could not be written."})
final class ValidateCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to validate; - or none for standard input.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--max-findings", paramLabel = "N",
      description = "The most findings to print over all inputs; past it they are counted, not shown, and the exit "
          + "code still reflects them (default: ${DEFAULT-VALUE}).")
  private int maxFindings = MigovValidator.DEFAULT_MAX_FINDINGS;

  @Option(names = "--together",
      description = "Validates all inputs as one dataset, so that a reference from one file to an entity of another "
          + "resolves; each finding is still reported in its own file. Without it, each input is validated alone.")
  private boolean together;

  @Mixin
  private OutputOptions options = new OutputOptions();

  ValidateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (maxFindings < 0) {
      throw new ParameterException(spec.commandLine(), "--max-findings must be 0 or more, not " + maxFindings);
    }
    MigovValidator validator = MigovValidator.builder()
        .clock(options.clock())
        .locale(options.language.locale())
        .build();
    InputCheck check = new InputCheck(validator, terminal, options.language);
    Report report = new Report(terminal.out, options.format, options.referenceDate(), options.language, maxFindings);
    List<String> names = inputs.isEmpty() ? List.of(InputCheck.STDIN) : inputs;
    if (together) {
      check.checkTogether(names, report.remaining()).forEach(result -> add(report, result));
    } else {
      for (String input : names) {
        InputResult result;
        try {
          result = check.check(input, report.remaining());
        } catch (RuntimeException | StackOverflowError e) {
          result = check.failed(input, e);
        }
        add(report, result);
      }
    }
    report.finish();
    return report.exitCode();
  }

  /** Reports one input's result; an input that could not be read is also named on standard error, with where and why. */
  private void add(Report report, InputResult result) {
    if (result.unreadable() || result.failed()) {
      result.findings().forEach(f -> terminal.err.println("migov: " + Report.place(f) + ": " + InvalidValueException.escape(f.message())));
    }
    report.add(result);
  }
}
