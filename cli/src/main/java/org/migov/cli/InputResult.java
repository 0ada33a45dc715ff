package org.migov.cli;

import java.util.List;

/**
 * What checking one input gave.
 *
 * @param input the input's name
 * @param format what it held, or null when that could not be told
 * @param entities how many entities decoded
 * @param unreadable whether it could not be read or is not JSON
 * @param findings the problems found, in order
 */
record InputResult(String input, InputFormat format, long entities, boolean unreadable, List<Finding> findings) {

  /** This input's exit code: 2 unreadable, 1 with an error, else 0. */
  int exitCode() {
    if (unreadable) {
      return Migov.UNREADABLE;
    }
    return findings.stream().anyMatch(f -> f.severity() == org.migov.validation.Severity.ERROR) ? Migov.INVALID : Migov.OK;
  }
}
