package org.migov.cli;

import java.util.List;

/**
 * What checking one input gave: the findings kept (at most what the run's limit left) and the
 * exact counts of every finding, kept or not.
 *
 * @param input the input's name
 * @param format what it held, or null when that could not be told
 * @param entities how many entities decoded
 * @param unreadable whether it could not be read or is not JSON
 * @param failed whether checking it failed inside migov (a bug)
 * @param findings the problems kept, in order
 * @param errors how many errors were found, kept or not
 * @param warnings how many warnings were found, kept or not
 */
record InputResult(String input, InputFormat format, long entities, boolean unreadable, boolean failed,
    List<Finding> findings, long errors, long warnings) {

  /** This input's exit code: 70 a failure inside migov, 2 unreadable, 1 with an error, else 0. */
  int exitCode() {
    if (failed) {
      return Migov.SOFTWARE;
    }
    if (unreadable) {
      return Migov.UNREADABLE;
    }
    return errors > 0 ? Migov.INVALID : Migov.OK;
  }

  /** The same result without its findings, once they are printed: only the counts stay. */
  InputResult printed() {
    return new InputResult(input, format, entities, unreadable, failed, List.of(), errors, warnings);
  }
}
