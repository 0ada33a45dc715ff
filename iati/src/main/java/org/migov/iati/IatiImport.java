package org.migov.iati;

import java.util.List;
import org.migov.core.dataset.Dataset;

/**
 * A whole IATI file read into one dataset: the programmes of its activities, the organisations
 * they name (each once, the first reading of an id kept), and every diagnostic, in document order.
 * For files too large to hold, stream them with {@link IatiReader#read}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IatiImport {
  private final Dataset dataset;
  private final List<IatiDiagnostic> diagnostics;
  private final int activities;

  IatiImport(Dataset dataset, List<IatiDiagnostic> diagnostics, int activities) {
    this.dataset = dataset;
    this.diagnostics = List.copyOf(diagnostics);
    this.activities = activities;
  }

  /**
   * The programmes and organisations read.
   *
   * @return the dataset
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * What the reader reported, activity by activity.
   *
   * @return the diagnostics, unmodifiable
   */
  public List<IatiDiagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * How many activities the file holds, those that could not become programmes included.
   *
   * @return the count
   */
  public int activities() {
    return activities;
  }
}
