package org.migov.cli;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.migov.core.InvalidValueException;
import org.migov.core.dataset.Dataset;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.Programme;
import org.migov.iati.IatiCheck;
import org.migov.iati.IatiDiagnostic;
import org.migov.iati.IatiException;
import org.migov.iati.IatiRecord;
import org.migov.iati.IatiSeverity;
import org.migov.iati.IatiWriter;
import org.migov.json.JsonLinesWriter;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;
import org.migov.validation.MigovValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code migov iati}: moves programmes between IATI XML and migov JSON. */
@Command(
    name = "iati",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Imports IATI 2.0x activity files into migov JSON, and exports migov datasets as IATI 2.03 XML.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n")
final class IatiCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  /**
   * Without a subcommand: says so and prints the usage on standard error.
   *
   * @return the usage exit code
   */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("migov iati: a command is required (import or export).");
    spec.commandLine().usage(spec.commandLine().getErr());
    return Migov.USAGE;
  }

  /** {@code migov iati import}: an IATI activity file into a migov dataset, with a summary of what was mapped. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = {"Reads an IATI activity file (streaming) into a migov dataset document (.json) or JSON Lines (.jsonl).",
          "Standard error gets the progress and a summary: what was mapped, what was reported, what migov does not hold."},
      footer = {"", "Exit codes: 0 read (with warnings at most), 1 read with errors, 2 not readable as IATI XML, 64 wrong usage, "
          + "74 the output could not be written."})
  static final class Import implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(paramLabel = "FILE.xml", description = "The IATI activity file; - for standard input.")
    private String input;

    @Option(names = "--to", paramLabel = "FILE", description = "Where the dataset goes: FILE.json (a dataset document) or "
        + "FILE.jsonl (JSON Lines, written as it is read); standard output (a dataset document) when absent.")
    private Path to;

    @Mixin
    private OutputOptions options = new OutputOptions();

    Import(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
      boolean lines = to != null && to.getFileName().toString().endsWith(".jsonl");
      MigovValidator validator = MigovValidator.builder().clock(options.clock()).locale(options.language.locale()).build();
      Summary summary = new Summary();
      Progress progress = new Progress(terminal.err, terminal.progress, input);
      Dataset.Builder dataset = Dataset.builder();
      Set<OrganisationId> seen = new HashSet<>();
      try (InputStream bytes = open(input);
          Writer file = to == null ? null : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(to), StandardCharsets.UTF_8));
          JsonLinesWriter jsonLines = lines ? MigovJson.create().jsonLinesWriter(file) : null;
          Stream<IatiRecord> records = IatiInputCheck.reader(validator, false).read(bytes)) {
        records.forEach(record -> {
          progress.entity();
          summary.add(record);
          record.programme().ifPresent(programme -> {
            if (jsonLines != null) {
              jsonLines.write(programme);
            } else {
              dataset.addProgramme(programme);
            }
          });
          for (Organisation organisation : record.organisations()) {
            if (seen.add(organisation.id())) {
              if (jsonLines != null) {
                jsonLines.write(organisation);
              } else {
                dataset.addOrganisation(organisation);
              }
            }
          }
        });
        if (!lines) {
          MigovJson.builder().indent(true).build().writeDataset(dataset.build(), file != null ? file : terminal.out);
        }
      } catch (NoSuchFileException e) {
        terminal.err.println("migov: cannot read " + InvalidValueException.escape(input) + ": no such file");
        return Migov.UNREADABLE;
      } catch (IatiException e) {
        terminal.err.println("migov: " + InvalidValueException.escape(input) + ": " + e.message(options.language.locale()));
        return Migov.UNREADABLE;
      } catch (UncheckedIOException e) {
        terminal.err.println("migov: cannot write " + (to == null ? "the output" : InvalidValueException.escape(to.toString())) + ": "
            + InvalidValueException.escape(String.valueOf(e.getCause().getMessage())));
        return Migov.IO_ERROR;
      } finally {
        progress.done();
      }
      summary.print(terminal, input, seen.size());
      return summary.errors > 0 ? Migov.INVALID : Migov.OK;
    }

    private InputStream open(String name) throws IOException {
      return new BufferedInputStream(InputCheck.STDIN.equals(name) ? new InputCheck.KeepOpen(terminal.in) : Files.newInputStream(Path.of(name)),
          1 << 16);
    }
  }

  /** What an import found, counted for its summary. */
  private static final class Summary {
    private long activities;
    private long programmes;
    private long errors;
    private long warnings;
    private final Map<IatiCheck, long[]> findings = new EnumMap<>(IatiCheck.class);
    private final Map<String, long[]> notHeld = new TreeMap<>();

    void add(IatiRecord record) {
      activities++;
      if (record.programme().isPresent()) {
        programmes++;
      }
      Set<String> elementsHere = new HashSet<>();
      for (IatiDiagnostic d : record.diagnostics()) {
        if (d.check() == IatiCheck.NOT_MAPPED) {
          long[] count = notHeld.computeIfAbsent(d.details().get(0), k -> new long[2]);
          count[0] += Long.parseLong(d.details().get(1));
          if (elementsHere.add(d.details().get(0))) {
            count[1]++;
          }
        } else {
          if (d.severity() == IatiSeverity.ERROR) {
            errors++;
          } else if (d.severity() == IatiSeverity.WARNING) {
            warnings++;
          }
          findings.computeIfAbsent(d.check(), k -> new long[1])[0]++;
        }
      }
    }

    void print(Terminal terminal, String input, int organisations) {
      var err = terminal.err;
      err.println("migov iati import: " + InvalidValueException.escape(input) + ": " + activities + " activities, " + programmes
          + " programmes, " + organisations + " organisations; " + errors + " errors, " + warnings + " warnings");
      findings.forEach((check, count) -> err.println(String.format("  %-9s %-8s %7d  %s", check.code(), check.severity(), count[0],
          check.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))));
      if (!notHeld.isEmpty()) {
        err.println("  not held by migov (kept in the IATI records, left out of migov JSON):");
        notHeld.forEach((element, count) -> err.println(String.format("    %-24s %7d in %d activities",
            InvalidValueException.escape(element), count[0], count[1])));
      }
      err.flush();
    }
  }

  /** {@code migov iati export}: a migov dataset's programmes as an IATI 2.03 activity file. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = {"Writes the programmes of a migov dataset document as an IATI 2.03 activity file.",
          "Standard error gets what IATI cannot hold of them, and the programmes that could not be written."},
      footer = {"", "Exit codes: 0 every programme written, 1 some could not be, 2 the dataset is unreadable, 64 wrong usage, "
          + "74 the output could not be written."})
  static final class Export implements Callable<Integer> {
    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DATASET.json", description = "The migov dataset document.")
    private Path input;

    @Option(names = "--reporting-org", required = true, paramLabel = "ID",
        description = "The id of the dataset's organisation that publishes the file (its IATI identifier is the ref).")
    private String reportingOrg;

    @Option(names = "--to", paramLabel = "FILE.xml", description = "Where the file goes (default: standard output).")
    private Path to;

    @Option(names = "--placeholders", description = "Write marked placeholders for what IATI requires and a programme "
        + "lacks (a description, a status, a participant, a date) instead of leaving the programme out.")
    private boolean placeholders;

    Export(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
      Dataset dataset;
      try {
        dataset = MigovJson.create().readDataset(input);
      } catch (MigovJsonException e) {
        terminal.err.println("migov: " + InvalidValueException.escape(input.toString()) + ": " + e.getMessage());
        return Migov.UNREADABLE;
      } catch (UncheckedIOException e) {
        terminal.err.println("migov: cannot read " + InvalidValueException.escape(input.toString()) + ": "
            + InvalidValueException.escape(String.valueOf(e.getCause().getMessage())));
        return Migov.UNREADABLE;
      }
      Organisation reporting = dataset.organisations().stream().filter(o -> o.id().value().equals(reportingOrg)).findFirst()
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "--reporting-org: no organisation "
              + InvalidValueException.escape(reportingOrg) + " in " + InvalidValueException.escape(input.toString())));
      IatiWriter writer = IatiWriter.builder().reportingOrganisation(reporting).organisations(dataset.organisations())
          .placeholders(placeholders).build();
      List<IatiDiagnostic> losses = new ArrayList<>();
      int refused = 0;
      try (OutputStream out = to == null ? terminal.bytes() : Files.newOutputStream(to);
          IatiWriter.Document document = writer.open(out)) {
        for (Programme programme : dataset.programmes()) {
          try {
            losses.addAll(document.write(programme));
          } catch (IatiException e) {
            refused++;
            terminal.err.println("migov: not written: " + e.getMessage());
          }
        }
      } catch (UncheckedIOException e) {
        terminal.err.println("migov: cannot write the IATI file: " + InvalidValueException.escape(String.valueOf(e.getCause().getMessage())));
        return Migov.IO_ERROR;
      }
      terminal.err.println("migov iati export: " + (dataset.programmes().size() - refused) + " programmes written, " + refused
          + " not; " + losses.size() + " facts left out or placeheld");
      losses.stream().limit(50).forEach(d -> terminal.err.println("  " + InvalidValueException.escape(d.activity()) + ": " + d.message()));
      if (losses.size() > 50) {
        terminal.err.println("  ... and " + (losses.size() - 50) + " more");
      }
      terminal.err.flush();
      return refused > 0 ? Migov.INVALID : Migov.OK;
    }
  }
}
