package org.migov.quarkus;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import io.quarkus.runtime.annotations.StaticInitSafe;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.migov.validation.MigovRulesPolicy;
import org.migov.validation.Violation;

/**
 * How migov's warnings report on Quarkus's validator: passing, kept on the request
 * ({@link MigovRequestWarnings}; dropped outside a request), unless
 * {@code migov.validation.warnings-reject} is true (read when Quarkus builds its validator, at
 * static initialization: set it in application.properties). migov's constraint mapping itself comes from
 * migov-validation's validation.xml, which Quarkus reads. A CDI bean the extension registers.
 */
@Singleton
public class MigovRulesCustomizer implements ValidatorFactoryCustomizer {
  private final boolean warningsReject;

  /**
   * The customizer.
   *
   * @param warningsReject whether a warning rejects a request like an error
   */
  public MigovRulesCustomizer(
      @StaticInitSafe @ConfigProperty(name = "migov.validation.warnings-reject", defaultValue = "false") boolean warningsReject) {
    this.warningsReject = warningsReject;
  }

  /**
   * Sets the policy of warnings.
   *
   * @param configuration Quarkus's validator configuration
   */
  @Override
  public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
    configuration.constraintValidatorPayload(warningsReject ? MigovRulesPolicy.warningsReject()
        : MigovRulesPolicy.warningsPass(MigovRulesCustomizer::keep));
  }

  private static void keep(Violation warning) {
    if (Arc.container() != null && Arc.container().requestContext().isActive()) {
      Arc.container().instance(MigovRequestWarnings.class).get().add(warning);
    }
  }
}
