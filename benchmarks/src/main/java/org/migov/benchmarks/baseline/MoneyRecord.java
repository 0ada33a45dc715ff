package org.migov.benchmarks.baseline;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * An amount of money as a user would model it.
 *
 * @param amount the exact amount
 * @param currency the ISO 4217 code
 */
public record MoneyRecord(
    @NotNull(groups = Shape.class) @Digits(integer = 40, fraction = 40, groups = Shape.class) BigDecimal amount,
    @NotNull(groups = Shape.class) @Pattern(regexp = Patterns.CURRENCY, groups = Shape.class) String currency) {}
