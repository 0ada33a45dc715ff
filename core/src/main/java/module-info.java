/**
 * migov core: immutable domain types for migration governance. No dependency a user inherits.
 */
module org.migov.core {
  requires static org.immutables.value.annotations;

  exports org.migov.core;
  exports org.migov.core.text;
  exports org.migov.core.time;
  exports org.migov.core.money;
  exports org.migov.core.source;
  exports org.migov.core.person;
  exports org.migov.core.geography;
}
