package org.migov.benchmarks.baseline;

/**
 * The validation group of the field-level constraints: what migov checks while decoding (ids,
 * codes, language tags, country, region and currency shapes, required properties), expressed as
 * standard Jakarta constraints on the records' strings.
 */
public interface Shape {}
