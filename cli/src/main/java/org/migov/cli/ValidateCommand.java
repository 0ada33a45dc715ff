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
      "Validates migov dataset documents, JSON Lines streams and IATI XML (told by content), from files or standard input.",
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
    InputCheck check = new InputCheck(validator, terminal);
    Report report = new Report(terminal.out, options.format, options.referenceDate(), options.language, maxFindings);
    for (String input : inputs.isEmpty() ? List.of(InputCheck.STDIN) : inputs) {
      InputResult result;
      try {
        result = check.check(input, report.remaining());
      } catch (RuntimeException | StackOverflowError e) {
        result = InputCheck.failed(input, e);
      }
      if (result.unreadable() || result.failed()) {
        result.findings().forEach(f -> terminal.err.println("migov: " + InvalidValueException.escape(f.message())));
      }
      report.add(result);
    }
    report.finish();
    return report.exitCode();
  }
}
