package org.migov.cli;

import java.util.concurrent.Callable;
import org.migov.catalog.ReferenceCatalog;
import org.migov.core.dataset.Dataset;
import org.migov.json.MigovJson;
import org.migov.validation.MigovValidator;
import org.migov.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code migov catalog}: the reference catalog, for a person or in the wire format. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Shows the reference catalog of public facts and its validation status.",
      "Organisations by kind, offices and the areas they cover, agreements and their lineage, programmes",
      "with funders, implementers and budgets, totals, events by date. With --format json, prints the",
      "catalog itself as a migov dataset document."
    })
final class CatalogCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Mixin
  private OutputOptions options = new OutputOptions();

  CatalogCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Dataset catalog = ReferenceCatalog.load();
    if (options.format == OutputFormat.json) {
      MigovJson.create().writeDataset(catalog, terminal.out);
      terminal.out.println();
      terminal.out.flush();
      return Migov.OK;
    }
    ValidationReport report = MigovValidator.builder()
        .clock(options.clock())
        .locale(options.language.locale())
        .build()
        .validate(catalog);
    new CatalogOverview(catalog, options.language, options.referenceDate()).print(terminal.out, report);
    terminal.out.flush();
    return report.isValid() ? Migov.OK : Migov.INVALID;
  }
}
