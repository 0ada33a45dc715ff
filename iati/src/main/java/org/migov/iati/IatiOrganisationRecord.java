package org.migov.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.migov.core.organisation.Organisation;

/**
 * One organisation of an IATI organisation file as migov reads it: the organisation (its
 * identifier, names and documents), the diagnostics and, unless the reader was told otherwise, the
 * elements migov does not hold (budgets, expenditure), which an {@link IatiWriter} writes back.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IatiOrganisationRecord {
  private final String identifier;
  private final Organisation organisation;
  private final List<IatiDiagnostic> diagnostics;
  private final Retained retained;

  IatiOrganisationRecord(String identifier, Organisation organisation, List<IatiDiagnostic> diagnostics, Retained retained) {
    this.identifier = identifier;
    this.organisation = organisation;
    this.diagnostics = List.copyOf(diagnostics);
    this.retained = retained;
  }

  /**
   * The organisation's IATI identifier, verbatim.
   *
   * @return the identifier, empty text when the file gives none
   */
  public String identifier() {
    return identifier;
  }

  /**
   * The organisation: its id made from the identifier ({@link IatiIds}), its names, its IATI
   * identifier and its document links as sources.
   *
   * @return the organisation, or empty when the record could not become one
   */
  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  /**
   * This record with another organisation, such as an edited copy of its own: the writer writes
   * the elements migov does not hold as the file gave them, and the rest from the organisation.
   *
   * @param changed the organisation
   * @return the record
   */
  public IatiOrganisationRecord withOrganisation(Organisation changed) {
    return new IatiOrganisationRecord(identifier, Objects.requireNonNull(changed, "changed"), diagnostics, retained);
  }

  /**
   * What the reader reports about the organisation.
   *
   * @return the diagnostics, in document order, unmodifiable
   */
  public List<IatiDiagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The elements migov holds nothing of, as XML, each declaring the namespaces it uses.
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
   * This record with diagnostics about the file around it: before it (its root), given first, and
   * after it (past the last record), given last.
   */
  IatiOrganisationRecord withFileDiagnostics(List<IatiDiagnostic> before, List<IatiDiagnostic> after) {
    if (before.isEmpty() && after.isEmpty()) {
      return this;
    }
    List<IatiDiagnostic> all = IatiDiagnostic.around(identifier, before, diagnostics, after);
    return new IatiOrganisationRecord(identifier, organisation, all, retained);
  }

  /** This record without its organisation, as the reader's skip policy gives it. */
  IatiOrganisationRecord skipped() {
    List<IatiDiagnostic> all = new ArrayList<>(diagnostics);
    all.add(new IatiDiagnostic(IatiCheck.ACTIVITY_SKIPPED, identifier, -1, -1));
    return new IatiOrganisationRecord(identifier, null, all, Retained.NONE);
  }
}
