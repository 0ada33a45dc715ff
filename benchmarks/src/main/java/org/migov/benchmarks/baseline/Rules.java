package org.migov.benchmarks.baseline;

/**
 * The validation group of the programme rules PRG-001 to PRG-012 of migov's per-entity
 * validation, expressed as standard Jakarta constraints ({@code @NotEmpty}, {@code @DecimalMin},
 * {@code @DecimalMax}, {@code @AssertTrue} on derived properties).
 */
public interface Rules {}
