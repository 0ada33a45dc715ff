package org.migov.cli;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.migov.core.EntityKind;
import org.migov.core.dataset.Dataset;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.iati.IatiDiagnostic;
import org.migov.iati.IatiException;
import org.migov.iati.IatiIds;
import org.migov.iati.IatiOrganisationRecord;
import org.migov.iati.IatiReader;
import org.migov.iati.IatiRecord;
import org.migov.iati.IatiSeverity;
import org.migov.validation.MigovValidator;
import org.migov.validation.Severity;

/**
 * Decodes an IATI XML input for {@code migov validate}: reads it with migov-iati, keeping its
 * errors and warnings as findings (IATI's rule number or migov's IATI code, the activity, line and
 * column); {@link InputCheck} then validates what it mapped with migov's rules, as a JSON input's. What migov only
 * keeps without holding (the reader's notes) is not a finding. Memory holds the mapped dataset and
 * at most the run's limit of findings.
 */
final class IatiInputCheck {
  private final MigovValidator validator;
  private final Terminal terminal;

  IatiInputCheck(MigovValidator validator, Terminal terminal) {
    this.validator = validator;
    this.terminal = terminal;
  }

  /** A reader that judges "not in the future" by the validator's reference date and keeps nothing for writing. */
  static IatiReader reader(MigovValidator validator, boolean retain) {
    return IatiReader.create().today(LocalDate.now(validator.clock())).retainingUnmapped(retain);
  }

  InputCheck.Decoded decode(String input, InputStream bytes, InputFormat format, int limit) {
    Dataset.Builder dataset = Dataset.builder();
    Set<OrganisationId> organisations = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    long[] counts = new long[2];
    Progress progress = new Progress(terminal.err, terminal.progress, input);
    IatiReader reader = reader(validator, false);
    try {
      if (format == InputFormat.IATI_ORGANISATIONS) {
        try (Stream<IatiOrganisationRecord> records = reader.readOrganisations(bytes)) {
          records.forEach(record -> {
            progress.entity();
            record.organisation().filter(o -> organisations.add(o.id())).ifPresent(dataset::addOrganisation);
            record.diagnostics().forEach(d -> keep(input, d, EntityKind.ORGANISATION, findings, counts, limit));
          });
        }
      } else {
        try (Stream<IatiRecord> records = reader.read(bytes)) {
          records.forEach(record -> {
            progress.entity();
            record.programme().ifPresent(dataset::addProgramme);
            for (Organisation organisation : record.organisations()) {
              if (organisations.add(organisation.id())) {
                dataset.addOrganisation(organisation);
              }
            }
            record.diagnostics().forEach(d -> keep(input, d, EntityKind.PROGRAMME, findings, counts, limit));
          });
        }
      }
    } catch (IatiException e) {
      return InputCheck.Decoded.done(new InputResult(input, format, 0, true, false, List.of(new Finding(input, Severity.ERROR,
          Finding.INPUT, null, null, null, Math.max(0, e.line()), Math.max(0, e.column()), e.message(validator.locale()))), 1, 0));
    } finally {
      progress.done();
    }
    return new InputCheck.Decoded(input, format, dataset.build(), null, findings, counts[0], counts[1], null);
  }

  /** Counts an error or a warning of the reader, and keeps it while the limit allows. */
  private void keep(String input, IatiDiagnostic d, EntityKind kind, List<Finding> findings, long[] counts, int limit) {
    if (d.severity() == IatiSeverity.INFO) {
      return;
    }
    Severity severity = d.severity() == IatiSeverity.ERROR ? Severity.ERROR : Severity.WARNING;
    counts[severity == Severity.ERROR ? 0 : 1]++;
    if (findings.size() < limit) {
      String id = d.activity().isEmpty() ? null : IatiIds.id(d.activity());
      findings.add(new Finding(input, severity, d.code(), kind.code(), id, null, Math.max(0, d.line()), Math.max(0, d.column()),
          d.message(validator.locale())));
    }
  }
}
