package org.migov.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
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
 * <p>A {@link MigovRulesPolicy} given as Hibernate Validator's constraint validator payload decides
 * whether warnings are violations. At most {@link MigovValidator#DEFAULT_MAX_FINDINGS} violations are reported for one value;
 * past that they are not added to the context, so that a hostile value cannot fill the memory.
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
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    MigovRulesPolicy policy = hibernate.getConstraintValidatorPayload(MigovRulesPolicy.class);
    long[] found = new long[1];
    Findings findings = new Findings(today, Messages.forLocale(Locale.ENGLISH), (violation, parameters) -> {
      if (policy != null && !policy.rejects(violation)) {
        return;
      }
      if (found[0]++ == 0) {
        context.disableDefaultConstraintViolation();
      }
      if (found[0] <= MigovValidator.DEFAULT_MAX_FINDINGS) {
        report(value, violation, parameters, hibernate);
      }
    });
    if (value instanceof Dataset) {
      MigovValidator.checkDataset((Dataset) value, findings);
    } else if (value instanceof Entity) {
      MigovValidator.checkEntity((Entity) value, findings);
    } else {
      return true;
    }
    return found[0] == 0;
  }

  /** Adds one constraint violation, its parameters set just before its template is built. */
  private static void report(
      Object value, Violation violation, Map<String, String> parameters, HibernateConstraintValidatorContext hibernate) {
    parameters.forEach(hibernate::addMessageParameter);
    hibernate.withDynamicPayload(violation);
    String path = value instanceof Dataset
        ? violation.entityKind().map(k -> k.code()).orElse("dataset")
            + "[" + violation.entityId().map(org.migov.core.EntityId::value).orElse("") + "]"
            + (violation.path().isRoot() ? "" : "." + violation.path())
        : violation.path().toString();
    var builder = hibernate.buildConstraintViolationWithTemplate("{" + Messages.KEY_PREFIX + violation.code() + "}");
    if (path.isEmpty()) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(path).addConstraintViolation();
    }
  }
}
