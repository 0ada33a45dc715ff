package org.migov.iati;

import java.util.List;
import java.util.Optional;
import org.migov.core.organisation.Organisation;
import org.migov.core.programme.Programme;

/**
 * One activity of an IATI file as migov reads it: the programme (absent when the activity could
 * not become one), the organisations it names (reporting and participating), and the diagnostics.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IatiRecord {
  private final String identifier;
  private final Programme programme;
  private final List<Organisation> organisations;
  private final List<IatiDiagnostic> diagnostics;

  IatiRecord(String identifier, Programme programme, List<Organisation> organisations, List<IatiDiagnostic> diagnostics) {
    this.identifier = identifier;
    this.programme = programme;
    this.organisations = List.copyOf(organisations);
    this.diagnostics = List.copyOf(diagnostics);
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
