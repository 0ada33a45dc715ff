package org.migov.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code migov} command: shows the reference catalog, validates JSON datasets and JSON Lines
 * streams, prints the rule catalogue and the JSON Schema.
 *
 * <p>Exit codes: {@value #OK} no error (warnings allowed), {@value #INVALID} at least one error,
 * {@value #UNREADABLE} an input could not be read or is not JSON, {@value #USAGE} wrong usage,
 * {@value #SOFTWARE} a bug in migov.
 *
 * <p>Arguments are taken as they are: picocli's {@code @FILE} expansion is off, so {@code @x} is
 * an ordinary file name.
 */
@Command(
    name = "migov",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "migov: a shared, typed, validated vocabulary for migration governance data.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footer = {"", "Exit codes: 0 no error, 1 errors found, 2 unreadable input or not JSON, 64 wrong usage."})
public final class Migov implements Callable<Integer> {
  /** Exit code: no error (warnings are allowed). */
  public static final int OK = 0;

  /** Exit code: at least one error was found. */
  public static final int INVALID = 1;

  /** Exit code: an input could not be read or is not JSON at all. */
  public static final int UNREADABLE = 2;

  /** Exit code: wrong usage (an unknown command or option, a bad option value). */
  public static final int USAGE = 64;

  /** Exit code: an unexpected failure inside migov (a bug: please report it). */
  public static final int SOFTWARE = 70;

  @Spec
  private CommandSpec spec;

  private Migov() {}

  /**
   * Runs {@code migov} with the process's standard streams and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code = run(args, System.in, System.out, System.err, Terminal.stderrIsTerminal());
    System.exit(code);
  }

  /**
   * Runs {@code migov} in-process.
   *
   * @param args the command line
   * @param stdin what {@code -} reads
   * @param stdout where results go
   * @param stderr where diagnostics and progress go
   * @param progress whether to show progress on {@code stderr} (when it is a terminal)
   * @return the exit code
   */
  public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr, boolean progress) {
    Objects.requireNonNull(args, "args");
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    Terminal terminal = new Terminal(stdin, out, err, progress);
    CommandLine cli = new CommandLine(new Migov())
        .addSubcommand(new CatalogCommand(terminal))
        .addSubcommand(new ValidateCommand(terminal))
        .addSubcommand(new RulesCommand(terminal))
        .addSubcommand(new SchemaCommand(terminal))
        .setOut(out)
        .setErr(err)
        .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExpandAtFiles(false)
        .registerConverter(java.time.LocalDate.class, Migov::date)
        .setParameterExceptionHandler((e, arguments) -> {
          err.println("migov: " + e.getMessage());
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        })
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          err.println("migov: internal error, please report it: " + e);
          return SOFTWARE;
        });
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("expected a date YYYY-MM-DD, found '" + text + "'");
    }
  }

  /**
   * Without a command: says so, prints the usage on standard error.
   *
   * @return {@value #USAGE}
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("migov: a command is required.");
    spec.commandLine().usage(err);
    return USAGE;
  }
}
