package org.migov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
  /** Where migov-json keeps its schema. */
  static final String RESOURCE = "/org/migov/json/migov-dataset.schema.json";

  private final Terminal terminal;

  SchemaCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    try (InputStream in = MigovJson.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from migov-json");
      }
      terminal.out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      terminal.out.flush();
    }
    return Migov.OK;
  }
}
