package org.migov.cli;

import java.util.concurrent.Callable;
import org.migov.core.EntityKind;
import org.migov.validation.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migov rules}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Prints the rule catalogue: code, severity, entity kind, scope and what each rule reports.")
final class RulesCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Language language = Language.en;

  RulesCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    for (Rule rule : Rule.values()) {
      terminal.out.printf("%-8s %-8s %-13s %-8s %s%n", rule.code(), rule.severity(),
          rule.entityKind().map(EntityKind::code).orElse("any"), rule.scope().name().toLowerCase(java.util.Locale.ROOT),
          rule.summary(language.locale()));
    }
    terminal.out.flush();
    return Migov.OK;
  }
}
