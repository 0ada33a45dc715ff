package org.migov.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;

/**
 * A geographic area: exactly one of a country, a region or a named area.
 *
 * @param country an ISO 3166-1 alpha-2 code
 * @param region a UN M49 region code
 * @param namedArea a named group of countries
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AreaRecord(
    @Pattern(regexp = Patterns.COUNTRY, groups = Shape.class) String country,
    @Pattern(regexp = Patterns.REGION, groups = Shape.class) String region,
    @Valid NamedAreaRecord namedArea) {

  /**
   * Whether exactly one of the three is given.
   *
   * @return true when exactly one
   */
  @AssertTrue(groups = Shape.class)
  boolean isExactlyOne() {
    return (country != null ? 1 : 0) + (region != null ? 1 : 0) + (namedArea != null ? 1 : 0) == 1;
  }
}
