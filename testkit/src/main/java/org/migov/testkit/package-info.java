/**
 * Property-based testing for migov, without any outside engine.
 *
 * <ul>
 *   <li>{@link org.migov.testkit.Gen}: a generator, drawing values from {@link
 *       org.migov.testkit.Choices}, with the usual combinators; {@link org.migov.testkit.Gens}:
 *       generators of numbers, strings, dates, collections.
 *   <li>{@link org.migov.testkit.ValueGens}, {@link org.migov.testkit.EntityGens}, {@link
 *       org.migov.testkit.DatasetGens}: generators for every migov type, and datasets valid by
 *       construction.
 *   <li>{@link org.migov.testkit.Property}: runs a property over generated values; on failure
 *       shrinks the counterexample and reports a replayable seed.
 *   <li>{@link org.migov.testkit.Coverage}: checks that a generator explores the space.
 * </ul>
 */
package org.migov.testkit;
