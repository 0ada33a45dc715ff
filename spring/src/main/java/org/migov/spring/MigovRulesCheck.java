package org.migov.spring;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;
import org.migov.validation.Violation;

/**
 * The startup check of migov's Spring Boot starters: migov's rules find what they must on the
 * application's validator. Stateless; thread-safe.
 */
public final class MigovRulesCheck {
  private MigovRulesCheck() {}

  /**
   * Validates an organisation dissolved before it was founded (ORG-003, an error) and fails when no
   * violation of migov's comes back.
   *
   * @param validator the application's validator, or null when it has none (it validates nothing, so nothing is checked)
   * @throws IllegalStateException when migov's rules are not active
   */
  public static void check(Validator validator) {
    if (validator == null) {
      return;
    }
    Organisation broken = Organisation.builder().id(OrganisationId.of("migov-startup-check")).name(MultilingualText.of("en", "check"))
        .founded(PartialDate.parse("2000")).dissolved(PartialDate.parse("1990")).build();
    Set<ConstraintViolation<Organisation>> violations = validator.validate(broken);
    boolean active = violations.stream().anyMatch(v -> v instanceof HibernateConstraintViolation<?> hibernate
        && hibernate.getDynamicPayload(Violation.class) != null);
    if (!active) {
      throw new IllegalStateException("expected migov's rules on the application's validator, found them inactive: an organisation"
          + " dissolved before it was founded gave " + violations.size() + " violation(s) of migov's (is the validator Hibernate"
          + " Validator? set migov.validation.startup-check=false to start anyway)");
    }
  }
}
