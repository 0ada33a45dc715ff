package org.migov.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.Option;

/** The options {@code catalog} and {@code validate} share: language, output format, reference date. */
final class OutputOptions {
  @Option(names = "--lang", paramLabel = "LANG", description = "Language of messages, names and headings: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Language language = Language.en;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The reference date of the rules that depend on today (default: today).")
  LocalDate asOf;

  /** The reference date: {@code --as-of}, or today. */
  LocalDate referenceDate() {
    return asOf != null ? asOf : LocalDate.now();
  }

  /** A clock fixed at the start of the reference date, for the validator. */
  Clock clock() {
    return Clock.fixed(referenceDate().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }
}
