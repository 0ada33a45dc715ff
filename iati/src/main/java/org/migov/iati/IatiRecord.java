package org.migov.iati;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.Programme;

/**
 * One activity of an IATI file as migov reads it: the programme (absent when the activity could
 * not become one), the organisations it names (reporting and participating), the diagnostics and,
 * unless the reader was told otherwise, the activity's elements as the file gave them: an
 * {@link IatiWriter} writes an unchanged record back with everything migov does not hold, and
 * writes from the programme what has changed ({@link #withProgramme}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IatiRecord {
  private final String identifier;
  private final Programme programme;
  private final List<Organisation> organisations;
  private final OrganisationId reportingOrganisation;
  private final List<IatiDiagnostic> diagnostics;
  private final Retained retained;

  IatiRecord(String identifier, Programme programme, OrganisationId reportingOrganisation, List<Organisation> organisations,
      List<IatiDiagnostic> diagnostics, Retained retained) {
    this.identifier = identifier;
    this.programme = programme;
    this.reportingOrganisation = reportingOrganisation;
    this.organisations = List.copyOf(organisations);
    this.diagnostics = List.copyOf(diagnostics);
    this.retained = retained;
  }

  /**
   * This record with another programme, such as an edited copy of its own: the writer writes the
   * facts that are still the programme's as the file gave them, and the others from the programme.
   *
   * @param changed the programme
   * @return the record
   */
  public IatiRecord withProgramme(Programme changed) {
    return new IatiRecord(identifier, Objects.requireNonNull(changed, "changed"), reportingOrganisation, organisations, diagnostics, retained);
  }

  /**
   * The activity's IATI identifier, verbatim.
   *
   * @return the identifier, empty text when the activity has none
   */
  public String identifier() {
    return identifier;
  }

  /**
   * The programme.
   *
   * @return the programme, or empty when the activity could not become one
   */
  public Optional<Programme> programme() {
    return Optional.ofNullable(programme);
  }

  /**
   * This record with diagnostics about the file around it: before it (its root), given first, and
   * after it (past the last record), given last.
   */
  IatiRecord withFileDiagnostics(List<IatiDiagnostic> before, List<IatiDiagnostic> after) {
    if (before.isEmpty() && after.isEmpty()) {
      return this;
    }
    List<IatiDiagnostic> all = IatiDiagnostic.around(identifier, before, diagnostics, after);
    return new IatiRecord(identifier, programme, reportingOrganisation, organisations, all, retained);
  }

  /** This record without its programme and organisations, as the reader's skip policy gives it. */
  IatiRecord skipped() {
    List<IatiDiagnostic> all = new java.util.ArrayList<>(diagnostics);
    all.add(new IatiDiagnostic(IatiCheck.ACTIVITY_SKIPPED, identifier, -1, -1));
    return new IatiRecord(identifier, null, null, List.of(), all, Retained.NONE);
  }

  /**
   * The organisation that reported the activity (its {@code reporting-org}), which
   * {@link #organisations()} holds.
   *
   * @return the id, or empty when the activity names none that migov can hold
   */
  public Optional<OrganisationId> reportingOrganisation() {
    return Optional.ofNullable(reportingOrganisation);
  }

  /**
   * The elements of the activity that migov holds nothing of (results, locations, policy
   * markers...), as XML, each declaring the namespaces it uses.
   *
   * @return the elements, in document order; empty when the reader did not keep them
   */
  public List<String> unmapped() {
    return retained.unmapped();
  }

  /** What the writer needs of the file. */
  Retained retained() {
    return retained;
  }

  /**
   * The organisations the activity names, each once, by id.
   *
   * @return the organisations, unmodifiable
   */
  public List<Organisation> organisations() {
    return organisations;
  }

  /**
   * What the reader reports about the activity.
   *
   * @return the diagnostics, in document order, unmodifiable
   */
  public List<IatiDiagnostic> diagnostics() {
    return diagnostics;
  }
}
