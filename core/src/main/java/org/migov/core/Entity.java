package org.migov.core;

import java.util.List;
import org.migov.core.source.Source;

/**
 * What every aggregate has: an id and the sources of its facts. Aggregates refer to each other by
 * id, as OCDS parties do, so that a dataset can be exchanged in pieces.
 */
public interface Entity {

  /**
   * The entity's id.
   *
   * @return the id
   */
  EntityId id();

  /**
   * Where the facts of this entity come from, as Popolo's {@code sources}.
   *
   * @return the sources, possibly empty, unmodifiable
   */
  List<Source> sources();
}
