package org.migov.cli;

import java.util.Comparator;
import org.migov.validation.Severity;

/**
 * One problem found in an input: a decode error, an unreadable input or a rule violation.
 *
 * @param input the input's name, {@code -} for standard input
 * @param severity how serious
 * @param code the rule code, or {@link #JSON}, {@link #INPUT} or {@link #INTERNAL}
 * @param entityKind the entity kind's code, or null
 * @param entityId the entity's id, or null
 * @param pointer the JSON Pointer in the document or line, or null
 * @param line the line, from 1, or 0 when unknown
 * @param column the column, from 1, or 0 when unknown
 * @param message what is wrong
 */
record Finding(String input, Severity severity, String code, String entityKind, String entityId,
    String pointer, long line, long column, String message) {

  /** The code of a decode error: JSON that does not match the migov wire format. */
  static final String JSON = "JSON";

  /** The code of an input that cannot be read or is not JSON at all. */
  static final String INPUT = "INPUT";

  /** The code of a failure inside migov while checking an input (a bug). */
  static final String INTERNAL = "INTERNAL";

  /** Findings in input order, then by line, code and id. */
  static final Comparator<Finding> ORDER = Comparator.comparingLong(Finding::line)
      .thenComparing(Finding::code)
      .thenComparing(f -> f.entityId() == null ? "" : f.entityId());
}
