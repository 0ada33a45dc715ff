package org.migov.json;

import java.util.List;
import java.util.Objects;
import org.migov.core.EntityKind;
import org.migov.core.dataset.Dataset;

/**
 * The outcome of reading a dataset document tolerantly
 * ({@link MigovJson#readDatasetTolerant(java.io.Reader)} for a document,
 * {@link MigovJson#readJsonLinesDatasetTolerant(java.io.Reader)} for JSON Lines): the entities that
 * decoded, as a dataset; where each stood in the input; and the errors of the entities that did not decode,
 * in document order, at most {@link MigovJson.Builder#maxDecodeErrors(int)} of them kept and all
 * of them counted. Immutable and thread-safe.
 */
public final class DecodedDataset {
  private final Dataset dataset;
  private final List<MigovJsonException> errors;
  private final long errorCount;
  private final LocationTable locations;

  DecodedDataset(Dataset dataset, List<MigovJsonException> errors, long errorCount, LocationTable locations) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
    this.locations = locations;
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
   * The errors of the entities that did not decode, each with its pointer, line and column: the
   * first ones, up to the facade's limit.
   *
   * @return the errors kept, empty when every entity decoded
   */
  public List<MigovJsonException> errors() {
    return errors;
  }

  /**
   * How many entities did not decode, whether their errors were kept or not.
   *
   * @return the number of errors
   */
  public long errorCount() {
    return errorCount;
  }

  /**
   * Where an entity of the dataset stood in the input: in a document, its JSON Pointer (the
   * fourth organisation that decoded is at {@code /organisations/5} when two before it did not),
   * line and column; in JSON Lines, its line. Entities that share an id each have their own.
   *
   * @param kind the entity's kind
   * @param position its position in the dataset's list of that kind ({@code dataset().offices()}
   *     and so on), from 0, as {@code Violation.position()} gives it
   * @return the location
   * @throws IndexOutOfBoundsException if the dataset has no entity at that position
   */
  public EntityLocation location(EntityKind kind, int position) {
    return locations.get(kind, position);
  }

  /** Gathers the outcome of a tolerant read as it goes. Not thread-safe: one per read. */
  static final class Builder {
    private final int maxErrors;
    private final Dataset.Builder dataset = Dataset.builder();
    private final java.util.ArrayList<MigovJsonException> errors = new java.util.ArrayList<>();
    private final LocationTable.Builder locations = new LocationTable.Builder();
    private long errorCount;

    Builder(int maxErrors) {
      this.maxErrors = maxErrors;
    }

    /** An entity that did not decode: its error kept while under the limit, counted always. */
    void error(MigovJsonException e) {
      if (errorCount++ < maxErrors) {
        errors.add(e);
      }
    }

    /** An entity that decoded, and where it stood. */
    void entity(org.migov.core.Entity entity, int index, long line, int column) {
      dataset.addEntity(entity);
      locations.add(EntityKind.of(entity.getClass()), index, line, column);
    }

    DecodedDataset build() {
      return new DecodedDataset(dataset.build(), errors, errorCount, locations.build());
    }
  }
}
