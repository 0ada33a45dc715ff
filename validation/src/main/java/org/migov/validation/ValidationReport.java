package org.migov.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The outcome of a validation: every violation found, in a fixed order (entity kind, entity id,
 * rule code, path, message), so that equal inputs give equal reports whatever the order of their
 * entities.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
public final class ValidationReport {
  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = violations;
  }

  static ValidationReport of(Collection<Violation> found) {
    List<Violation> sorted = new ArrayList<>(found);
    Collections.sort(sorted);
    return new ValidationReport(Collections.unmodifiableList(sorted));
  }

  /**
   * Every violation, errors and warnings.
   *
   * @return the violations in report order, unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The violations of severity error.
   *
   * @return the errors in report order, unmodifiable
   */
  public List<Violation> errors() {
    return bySeverity(Severity.ERROR);
  }

  /**
   * The violations of severity warning.
   *
   * @return the warnings in report order, unmodifiable
   */
  public List<Violation> warnings() {
    return bySeverity(Severity.WARNING);
  }

  private List<Violation> bySeverity(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The codes of the rules broken.
   *
   * @return the codes, sorted, unmodifiable
   */
  public Set<String> codes() {
    TreeSet<String> codes = violations.stream().map(Violation::code).collect(Collectors.toCollection(TreeSet::new));
    return Collections.unmodifiableSet(codes);
  }

  /**
   * Whether the data can be relied on: no error (warnings allowed).
   *
   * @return true when the report holds no error
   */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport && ((ValidationReport) other).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /**
   * One violation a line.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return violations.isEmpty()
        ? "no violation"
        : violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
