package org.migov.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.migov.json.MigovJson;
import org.migov.validation.MigovValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code migov validate}: decodes and validates datasets, reporting every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Validates migov dataset documents and JSON Lines streams (detected), from files or standard input.",
      "Reports every decode error and every rule violation: severity, code, entity, location, message."
    },
    footer = {"", "Exit codes: 0 no error (warnings allowed), 1 at least one error, 2 an input could not be read "
        + "or is not JSON, 64 wrong usage."})
final class ValidateCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to validate; - or none for standard input.")
  private List<String> inputs = new ArrayList<>();

  @Mixin
  private OutputOptions options = new OutputOptions();

  ValidateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    MigovValidator validator = MigovValidator.builder()
        .clock(options.clock())
        .locale(options.language.locale())
        .build();
    InputCheck check = new InputCheck(MigovJson.create(), validator, terminal);
    List<InputResult> results = new ArrayList<>();
    for (String input : inputs.isEmpty() ? List.of(InputCheck.STDIN) : inputs) {
      results.add(check.check(input));
    }
    Report report = new Report(results, options.referenceDate(), options.language);
    if (options.format == OutputFormat.json) {
      report.printJson(terminal.out);
    } else {
      report.printText(terminal.out);
    }
    for (InputResult result : results) {
      if (result.unreadable()) {
        result.findings().forEach(f -> terminal.err.println("migov: " + f.message()));
      }
    }
    return report.exitCode();
  }
}
