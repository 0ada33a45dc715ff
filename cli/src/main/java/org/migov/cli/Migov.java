package org.migov.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.migov.core.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code migov} command: shows the reference catalog, validates JSON datasets, JSON Lines
 * streams and IATI XML, imports and exports IATI files, prints the rule catalogue and the JSON
 * Schema.
 *
 * <p>Exit codes: {@value #OK} no error (warnings allowed), {@value #INVALID} at least one error,
 * {@value #UNREADABLE} an input could not be read or is neither JSON nor IATI XML, {@value #USAGE} wrong usage,
 * {@value #SOFTWARE} a bug in migov, {@value #IO_ERROR} the output could not be written (whatever
 * the command found: an output cut short never passes for a success).
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
    footer = {"", "Exit codes: 0 no error, 1 errors found, 2 unreadable input (neither JSON nor IATI XML), 64 wrong usage, "
        + "70 a bug in migov, 74 cannot write the output."})
public final class Migov implements Callable<Integer> {
  /** Exit code: no error (warnings are allowed). */
  public static final int OK = 0;

  /** Exit code: at least one error was found. */
  public static final int INVALID = 1;

  /** Exit code: an input could not be read, or is neither JSON nor IATI XML. */
  public static final int UNREADABLE = 2;

  /** Exit code: wrong usage (an unknown command or option, a bad option value). */
  public static final int USAGE = 64;

  /** Exit code: an unexpected failure inside migov (a bug: please report it). */
  public static final int SOFTWARE = 70;

  /**
   * Exit code: the output could not be written, or not all of it (a full disk, a file size limit,
   * a closed pipe), as {@code EX_IOERR} of {@code sysexits.h}. It replaces the command's own exit
   * code (but {@value #SOFTWARE}: a bug stays the news), and standard error has one line saying
   * why.
   */
  public static final int IO_ERROR = 74;

  @Spec
  private CommandSpec spec;

  private Migov() {}

  /**
   * Runs {@code migov} with the process's standard streams and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Not System.out: its PrintStream keeps write errors to itself, and the message with them.
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    int code = run(args, System.in, stdout, System.err, Terminal.stderrIsTerminal());
    System.exit(code);
  }

  /**
   * Runs {@code migov} in-process.
   *
   * @param args the command line
   * @param stdin what {@code -} reads
   * @param stdout where results go; if writing to it fails ({@link PrintStream#checkError()}),
   *     the exit code is {@value #IO_ERROR}
   * @param stderr where diagnostics and progress go
   * @param progress whether to show progress on {@code stderr} (when it is a terminal)
   * @return the exit code
   */
  public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr, boolean progress) {
    return run(args, stdin, (OutputStream) stdout, stderr, progress);
  }

  /**
   * Runs {@code migov} in-process on any output stream: one that throws tells why writing
   * failed, and the message on standard error says it too.
   */
  static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr, boolean progress) {
    Objects.requireNonNull(args, "args");
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    Terminal terminal = new Terminal(stdin, stdout, err, progress);
    PrintWriter out = terminal.out;
    CommandLine cli = new CommandLine(new Migov())
        .addSubcommand(new CatalogCommand(terminal))
        .addSubcommand(new ValidateCommand(terminal))
        .addSubcommand(new RulesCommand(terminal))
        .addSubcommand(new SchemaCommand(terminal))
        .addSubcommand(new CommandLine(new IatiCommand())
            .addSubcommand(new IatiCommand.Import(terminal))
            .addSubcommand(new IatiCommand.Export(terminal)))
        .setOut(out)
        .setErr(err)
        .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExpandAtFiles(false)
        .registerConverter(java.time.LocalDate.class, Migov::date)
        .setParameterExceptionHandler((e, arguments) -> {
          err.println("migov: " + InvalidValueException.escape(String.valueOf(e.getMessage())));
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        })
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          err.println("migov: internal error, please report it: " + InvalidValueException.escape(String.valueOf(e)));
          return SOFTWARE;
        });
    try {
      int code = cli.execute(args);
      Optional<String> failure = terminal.outputFailure();
      if (failure.isPresent() && code != SOFTWARE) {
        err.println("migov: cannot write the output"
            + (failure.get().isEmpty() ? "" : ": " + InvalidValueException.escape(failure.get())));
        return IO_ERROR;
      }
      return code;
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
