package org.migov.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * An area a programme targets, with its optional share.
 *
 * @param area the area
 * @param percentage the share, if stated
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TargetAreaRecord(
    @NotNull(groups = Shape.class) @Valid AreaRecord area,
    @Digits(integer = 20, fraction = 20, groups = Shape.class)
        @DecimalMin(value = "0", groups = Rules.class)
        @DecimalMax(value = "100", groups = Rules.class)
        BigDecimal percentage) {}
