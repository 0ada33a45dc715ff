package org.migov.json;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.migov.core.EntityKind;
import org.migov.core.dataset.Dataset;

/**
 * The outcome of reading a dataset document tolerantly
 * ({@link MigovJson#readDatasetTolerant(java.io.Reader)}): the entities that decoded, as a
 * dataset; where each stood in the document; and the errors of the entities that did not decode,
 * in document order, at most {@link MigovJson.Builder#maxDecodeErrors(int)} of them kept and all
 * of them counted. Immutable and thread-safe.
 */
public final class DecodedDataset {
  private final Dataset dataset;
  private final List<MigovJsonException> errors;
  private final long errorCount;
  private final Map<EntityKind, int[]> documentIndexes;

  DecodedDataset(Dataset dataset, List<MigovJsonException> errors, long errorCount, Map<EntityKind, int[]> documentIndexes) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
    this.documentIndexes = new EnumMap<>(documentIndexes);
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
   * Where an entity of the dataset stood in the document, as a JSON Pointer: the fourth
   * organisation that decoded is {@code /organisations/5} when two before it did not.
   *
   * @param kind the entity's kind
   * @param position its position in the dataset's list of that kind ({@code dataset().offices()}
   *     and so on), from 0
   * @return the pointer
   * @throws IndexOutOfBoundsException if the dataset has no entity at that position
   */
  public String pointerOf(EntityKind kind, int position) {
    int[] indexes = documentIndexes.getOrDefault(Objects.requireNonNull(kind, "kind"), new int[0]);
    Objects.checkIndex(position, indexes.length);
    return "/" + kind.listName() + "/" + indexes[position];
  }
}
