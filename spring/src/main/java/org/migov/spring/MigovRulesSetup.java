package org.migov.spring;

import jakarta.validation.Configuration;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.migov.validation.MigovConstraintMappingContributor;
import org.migov.validation.MigovRulesPolicy;
import org.springframework.util.ClassUtils;

/**
 * Puts migov's rules on a Spring Boot application's validator, as both starters' customizers of
 * Boot's validation configuration do. Stateless; thread-safe.
 */
public final class MigovRulesSetup {
  /** The property of Hibernate Validator that lists constraint mapping contributors. */
  public static final String CONTRIBUTORS = "hibernate.validator.constraint_mapping_contributors";

  /** Whether Spring's web layer is there to keep warnings on a request (an application without it drops them). */
  private static final boolean WEB = ClassUtils.isPresent("org.springframework.web.context.request.RequestContextHolder",
      MigovRulesSetup.class.getClassLoader());

  private MigovRulesSetup() {}

  /**
   * Adds migov's constraint mapping unless the validation.xml that was read already names its
   * contributor (migov-validation's own does; an application's own may not, and then only it is
   * read), and sets how warnings report: passing, kept on the request ({@link MigovWarnings}),
   * unless {@code migov.validation.warnings-reject} is true. A configuration of a provider other
   * than Hibernate Validator is left as it is (the startup check then fails).
   *
   * @param configuration Boot's validation configuration, before its factory is built
   * @param properties migov's settings
   */
  public static void apply(Configuration<?> configuration, MigovProperties properties) {
    if (!(configuration instanceof HibernateValidatorConfiguration hibernate)) {
      return;
    }
    String named = configuration.getBootstrapConfiguration().getProperties().get(CONTRIBUTORS);
    if (named == null || !named.contains(MigovConstraintMappingContributor.class.getName())) {
      new MigovConstraintMappingContributor().createConstraintMappings(() -> {
        ConstraintMapping mapping = hibernate.createConstraintMapping();
        hibernate.addMapping(mapping);
        return mapping;
      });
    }
    hibernate.constraintValidatorPayload(properties.getValidation().isWarningsReject()
        ? MigovRulesPolicy.warningsReject()
        : MigovRulesPolicy.warningsPass(WEB ? MigovWarnings::keep : warning -> { }));
  }
}
