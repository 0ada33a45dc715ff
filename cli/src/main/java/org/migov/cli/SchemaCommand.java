package org.migov.cli;

import java.util.concurrent.Callable;
import org.migov.json.MigovJson;
import picocli.CommandLine.Command;

/** {@code migov schema}: the JSON Schema of the wire format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Prints the JSON Schema (draft 2020-12) of the migov dataset document.")
final class SchemaCommand implements Callable<Integer> {
  private final Terminal terminal;

  SchemaCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    terminal.out.print(MigovJson.datasetSchema());
    terminal.out.flush();
    return Migov.OK;
  }
}
