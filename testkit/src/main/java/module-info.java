/**
 * migov testkit: generators for every migov type and a seeded, shrinking property runner, usable
 * from any test framework. Depends on migov core only.
 */
module org.migov.testkit {
  requires transitive org.migov.core;

  exports org.migov.testkit;
}
