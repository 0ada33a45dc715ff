package org.migov.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.migov.catalog.ReferenceCatalog;
import org.migov.core.dataset.Dataset;
import org.migov.json.MigovJson;
import org.migov.validation.MigovValidator;
import org.migov.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migov catalog}: the reference catalog, for a person or in the wire format. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Shows the reference catalog: organisations by kind, offices and the areas they cover, agreements and",
      "their lineage, programmes with funders, implementers and budgets, totals, events by date, then its",
      "validation status. With --format json, prints the catalog itself as a migov dataset document."
    })
final class CatalogCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of names and headings: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Language language = Language.en;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private OutputFormat format = OutputFormat.text;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date of the offices shown and of the validation (default: today).")
  private LocalDate asOf;

  CatalogCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Dataset catalog = ReferenceCatalog.load();
    if (format == OutputFormat.json) {
      MigovJson.create().writeDataset(catalog, terminal.out);
      terminal.out.println();
      terminal.out.flush();
      return Migov.OK;
    }
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    ValidationReport report = MigovValidator.builder()
        .clock(Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
        .locale(language.locale())
        .build()
        .validate(catalog);
    new CatalogOverview(catalog, language, day).print(terminal.out, report);
    terminal.out.flush();
    return report.isValid() ? Migov.OK : Migov.INVALID;
  }
}
