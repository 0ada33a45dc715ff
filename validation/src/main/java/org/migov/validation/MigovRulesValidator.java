package org.migov.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.migov.core.Entity;
import org.migov.core.dataset.Dataset;

/**
 * Applies the rule catalogue for {@link MigovRules}. The reference date comes from the validator
 * factory's {@link jakarta.validation.ClockProvider}; each violation is reported with the
 * template {@code {org.migov.validation.CODE}} and its values as message parameters, never
 * concatenated into the template, so Hibernate Validator's {@code ParameterMessageInterpolator}
 * (no Expression Language) renders it in the factory's language.
 *
 * <p>Stateless, so thread-safe.
 */
public final class MigovRulesValidator implements ConstraintValidator<MigovRules, Object> {

  /** Creates the validator; Hibernate Validator does this. */
  public MigovRulesValidator() {}

  /**
   * Checks a migov entity or dataset.
   *
   * @param value an organisation, office, agreement, programme, event or dataset; null is valid
   * @param context the constraint context
   * @return whether no rule is broken
   */
  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    LocalDate today = LocalDate.now(context.getClockProvider().getClock());
    Findings findings = new Findings(today, Messages.forLocale(Locale.ENGLISH));
    if (value instanceof Dataset) {
      MigovValidator.checkDataset((Dataset) value, findings);
    } else if (value instanceof Entity) {
      MigovValidator.checkEntity((Entity) value, findings);
    } else {
      return true;
    }
    if (findings.violations().isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    for (Violation violation : findings.violations()) {
      findings.parametersOf(violation).forEach(hibernate::addMessageParameter);
      hibernate.withDynamicPayload(violation);
      String path = value instanceof Dataset
          ? violation.entityKind().map(k -> k.code()).orElse("dataset") + "[" + violation.entityId().orElse("") + "]"
              + (violation.path().isEmpty() ? "" : "." + violation.path())
          : violation.path();
      var builder = hibernate.buildConstraintViolationWithTemplate("{" + Messages.KEY_PREFIX + violation.code() + "}");
      if (path.isEmpty()) {
        builder.addConstraintViolation();
      } else {
        builder.addPropertyNode(path).addConstraintViolation();
      }
    }
    return false;
  }
}
