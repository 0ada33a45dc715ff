/**
 * migov validation: migov's coded rules over a dataset ({@link org.migov.validation.MigovValidator})
 * and as a Jakarta Validation constraint run by Hibernate Validator
 * ({@link org.migov.validation.MigovRules}).
 */
module org.migov.validation {
  requires transitive org.migov.core;
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator;
  // Hibernate Validator logs through JBoss Logging, which needs java.logging when no other
  // back end is there: required here, so that an image linked with jlink has it.
  requires java.logging;

  exports org.migov.validation;
}
