package org.migov.iati;

import java.util.ArrayList;
import java.util.List;
import org.migov.core.time.DateRange;

/**
 * What a record keeps of its activity for the writer: the activity's own attributes and namespace
 * declarations, every child element as the file gave it (with the fact read from it), and the
 * period its activity dates gave. Immutable.
 */
final class Retained {
  /** Nothing kept: the reader was told not to keep the activity, or the record was not read. */
  static final Retained NONE = new Retained("", List.of(), null);

  private final String attributes;
  private final List<Original> originals;
  private final DateRange period;

  Retained(String attributes, List<Original> originals, DateRange period) {
    this.attributes = attributes;
    this.originals = List.copyOf(originals);
    this.period = period;
  }

  /** The activity's attributes, each with a leading space, as its start tag gave them. */
  String attributes() {
    return attributes;
  }

  /** The elements, in document order. */
  List<Original> originals() {
    return originals;
  }

  /** The period read from the activity dates, or null. */
  DateRange period() {
    return period;
  }

  /** The XML of the elements migov holds nothing of, in document order. */
  List<String> unmapped() {
    List<String> unmapped = new ArrayList<>();
    for (Original original : originals) {
      if (original.fact() == null) {
        unmapped.add(original.xml());
      }
    }
    return List.copyOf(unmapped);
  }
}
