package org.migov.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A period, the end optional.
 *
 * @param start the first day
 * @param end the last day, or null when open-ended
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PeriodRecord(@NotNull(groups = Shape.class) LocalDate start, LocalDate end) {

  /**
   * Whether the end is not before the start.
   *
   * @return true when ordered
   */
  @AssertTrue(groups = Shape.class)
  boolean isOrdered() {
    return start == null || end == null || !end.isBefore(start);
  }

  /**
   * Whether this period encloses another.
   *
   * @param other the other period
   * @return true when the other lies within this one
   */
  boolean encloses(PeriodRecord other) {
    if (other.start.isBefore(start)) {
      return false;
    }
    if (end == null) {
      return true;
    }
    return other.end != null && !other.end.isAfter(end);
  }
}
