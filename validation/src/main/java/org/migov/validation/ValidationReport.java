package org.migov.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The outcome of a validation: the violations found, in a fixed order (entity kind, entity id,
 * rule code, path, message), so that equal inputs give equal reports whatever the order of their
 * entities, and the exact number of violations of each rule.
 *
 * <p>A report holds at most {@link MigovValidator#maxFindings()} violations: past that, it keeps
 * the first ones in report order and counts the others ({@link #omitted()}), so that a hostile
 * input cannot fill the memory with findings. {@link #isValid()}, {@link #codes()} and the
 * counts always reflect every violation found.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
public final class ValidationReport {
  private final List<Violation> violations;
  private final Map<Rule, Long> counts;
  private final long total;

  private ValidationReport(List<Violation> violations, Map<Rule, Long> counts) {
    this.violations = violations;
    this.counts = counts;
    this.total = counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** A report of every violation given, for tests. */
  static ValidationReport of(Collection<Violation> found) {
    Collector collector = new Collector(Integer.MAX_VALUE, null);
    found.forEach(v -> collector.found(v, Map.of()));
    return collector.report();
  }

  /**
   * Every violation kept, errors and warnings: all of them unless {@link #omitted()} is positive.
   *
   * @return the violations in report order, unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The errors kept.
   *
   * @return the violations of severity error in report order, unmodifiable
   */
  public List<Violation> errors() {
    return bySeverity(Severity.ERROR);
  }

  /**
   * The warnings kept.
   *
   * @return the violations of severity warning in report order, unmodifiable
   */
  public List<Violation> warnings() {
    return bySeverity(Severity.WARNING);
  }

  private List<Violation> bySeverity(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * How many violations were found, kept or not.
   *
   * @return the number of violations found
   */
  public long count() {
    return total;
  }

  /**
   * How many violations of a severity were found, kept or not.
   *
   * @param severity the severity
   * @return the number found
   */
  public long count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return counts.entrySet().stream().filter(e -> e.getKey().severity() == severity).mapToLong(Map.Entry::getValue).sum();
  }

  /**
   * How many violations of each rule were found, kept or not.
   *
   * @return the counts of the rules broken, in catalogue order, unmodifiable
   */
  public Map<Rule, Long> counts() {
    return counts;
  }

  /**
   * How many violations were found but not kept, past the validator's limit.
   *
   * @return {@code count() - violations().size()}
   */
  public long omitted() {
    return total - violations.size();
  }

  /**
   * The codes of the rules broken.
   *
   * @return the codes, sorted, unmodifiable
   */
  public Set<String> codes() {
    TreeSet<String> codes = counts.keySet().stream().map(Rule::code).collect(Collectors.toCollection(TreeSet::new));
    return Collections.unmodifiableSet(codes);
  }

  /**
   * Whether the data can be relied on: no error (warnings allowed), kept or not.
   *
   * @return true when no error was found
   */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport
        && ((ValidationReport) other).violations.equals(violations)
        && ((ValidationReport) other).counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return 31 * violations.hashCode() + counts.hashCode();
  }

  /**
   * One violation a line, then how many were not kept, if any.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    if (violations.isEmpty() && total == 0) {
      return "no violation";
    }
    String kept = violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    long more = omitted();
    return more == 0 ? kept : kept + (kept.isEmpty() ? "" : "\n") + more + " more violations not shown";
  }

  /**
   * Gathers the violations of one run into a report: keeps the first {@code limit} in report
   * order (a bounded heap, so time n log limit and memory of limit violations), counts every one,
   * and passes every one to an optional consumer as it is found. Confined to one thread.
   */
  static final class Collector implements Findings.Sink {
    private static final Comparator<Violation> LAST_FIRST = Comparator.<Violation>naturalOrder().reversed();

    private final int limit;
    private final Consumer<? super Violation> consumer;
    private final PriorityQueue<Violation> kept;
    private final EnumMap<Rule, long[]> counts = new EnumMap<>(Rule.class);

    Collector(int limit, Consumer<? super Violation> consumer) {
      this.limit = limit;
      this.consumer = consumer;
      this.kept = new PriorityQueue<>(Math.min(limit, 1024) + 1, LAST_FIRST);
    }

    @Override
    public void found(Violation violation, Map<String, String> parameters) {
      counts.computeIfAbsent(violation.rule(), r -> new long[1])[0]++;
      if (consumer != null) {
        consumer.accept(violation);
      }
      if (kept.size() < limit) {
        kept.add(violation);
      } else if (limit > 0 && violation.compareTo(kept.peek()) < 0) {
        kept.poll();
        kept.add(violation);
      }
    }

    ValidationReport report() {
      List<Violation> sorted = new ArrayList<>(kept);
      Collections.sort(sorted);
      EnumMap<Rule, Long> exact = new EnumMap<>(Rule.class);
      counts.forEach((rule, count) -> exact.put(rule, count[0]));
      return new ValidationReport(Collections.unmodifiableList(sorted), Collections.unmodifiableMap(exact));
    }
  }
}
