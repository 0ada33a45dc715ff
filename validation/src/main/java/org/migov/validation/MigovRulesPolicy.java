package org.migov.validation;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How migov's rules report through Jakarta Validation ({@link MigovRules}): whether a finding of
 * severity {@link Severity#WARNING} is a constraint violation (by default it is, as every finding
 * is), or passes, handed to a listener instead, so that a warning does not reject a request. Give
 * it to Hibernate Validator as the constraint validator payload
 * ({@code HibernateValidatorConfiguration.constraintValidatorPayload(policy)}); migov's Spring Boot
 * starters do.
 *
 * <p>Immutable and thread-safe, if the listener is.
 */
public final class MigovRulesPolicy {
  private static final MigovRulesPolicy WARNINGS_REJECT = new MigovRulesPolicy(null);

  private final Consumer<? super Violation> warnings;

  private MigovRulesPolicy(Consumer<? super Violation> warnings) {
    this.warnings = warnings;
  }

  /**
   * Every finding is a violation, warnings included: what {@link MigovRules} does without a policy.
   *
   * @return the policy
   */
  public static MigovRulesPolicy warningsReject() {
    return WARNINGS_REJECT;
  }

  /**
   * Warnings are no violations: each goes to the listener, on the validating thread.
   *
   * @param listener what hears of each warning
   * @return the policy
   */
  public static MigovRulesPolicy warningsPass(Consumer<? super Violation> listener) {
    return new MigovRulesPolicy(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Whether a finding is a constraint violation; a warning that is not is handed to the listener.
   *
   * @param violation a finding
   * @return true to report it as a constraint violation
   */
  boolean rejects(Violation violation) {
    if (warnings == null || violation.severity() != Severity.WARNING) {
      return true;
    }
    warnings.accept(violation);
    return false;
  }
}
