package org.migov.json;

import java.util.List;
import java.util.Objects;
import org.migov.core.dataset.Dataset;

/**
 * The outcome of reading a dataset document tolerantly
 * ({@link MigovJson#readDatasetTolerant(java.io.Reader)}): the entities that decoded, as a
 * dataset, and the error of each entity that did not, in document order. Immutable and
 * thread-safe.
 */
public final class DecodedDataset {
  private final Dataset dataset;
  private final List<MigovJsonException> errors;

  DecodedDataset(Dataset dataset, List<MigovJsonException> errors) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.errors = List.copyOf(errors);
  }

  /**
   * The entities that decoded, in document order.
   *
   * @return the dataset
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * The errors of the entities that did not decode, each with its pointer, line and column.
   *
   * @return the errors, empty when every entity decoded
   */
  public List<MigovJsonException> errors() {
    return errors;
  }
}
