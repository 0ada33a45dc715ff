package org.migov.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The Jakarta Validation constraint that applies migov's rule catalogue to an organisation,
 * office, agreement, programme, event or dataset.
 *
 * <p>Users do not write it: {@link MigovConstraintMappingContributor} declares it on the core
 * types for Hibernate Validator, named in migov-validation's {@code META-INF/validation.xml}, so
 * that {@code Validation.buildDefaultValidatorFactory().getValidator().validate(programme)}
 * applies the rules. Each broken rule becomes one constraint violation, whose message comes from the
 * {@code ContributorValidationMessages} bundles and whose dynamic payload is the migov
 * {@link Violation} (code, severity, entity, path).
 */
@Documented
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MigovRulesValidator.class)
public @interface MigovRules {

  /**
   * The message used when no rule-specific one applies.
   *
   * @return the message template
   */
  String message() default "{org.migov.validation.MigovRules.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
