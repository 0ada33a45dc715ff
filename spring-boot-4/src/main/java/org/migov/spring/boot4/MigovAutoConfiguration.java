package org.migov.spring.boot4;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Locale;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.migov.validation.MigovConstraintMappingContributor;
import org.migov.validation.MigovRulesPolicy;
import org.migov.validation.MigovValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * migov in a Spring Boot 4 application: migov's rules on Boot's validator, whatever
 * {@code META-INF/validation.xml} the application has, with warnings that pass by default
 * ({@link MigovWarnings}); a check at startup that they are active; a {@link MigovValidator} bean;
 * and, in a servlet web application, RFC 9457 problem details for bodies that are not the wire
 * format or break migov's rules ({@link MigovProblems}). The Jackson 3 module comes with
 * migov-jackson3, which Boot's mapper finds by itself. Settings: {@link MigovProperties}.
 */
@AutoConfiguration(before = ValidationAutoConfiguration.class)
@ConditionalOnClass(HibernateValidatorConfiguration.class)
@EnableConfigurationProperties(MigovProperties.class)
public class MigovAutoConfiguration {
  /** The name of the property of Hibernate Validator that lists constraint mapping contributors. */
  static final String CONTRIBUTORS = "hibernate.validator.constraint_mapping_contributors";

  /** Creates the configuration; Boot does this. */
  public MigovAutoConfiguration() {}

  /**
   * Adds migov's constraint mapping to Boot's validator unless the validation.xml that was read
   * already names its contributor (migov-validation's own does; an application's own may not),
   * and sets how warnings report.
   *
   * @param properties migov's settings
   * @return the customizer
   */
  @Bean
  public ValidationConfigurationCustomizer migovRulesOnBootsValidator(MigovProperties properties) {
    return configuration -> {
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
          ? MigovRulesPolicy.warningsReject() : MigovRulesPolicy.warningsPass(MigovWarnings::keep));
    };
  }

  /**
   * A validator of whole datasets, with the context's clock (the system's when it has none) and
   * the JVM's default locale.
   *
   * @param clock the context's clock, if any
   * @return the validator
   */
  @Bean
  @ConditionalOnMissingBean
  public MigovValidator migovValidator(ObjectProvider<Clock> clock) {
    return MigovValidator.builder().clock(clock.getIfAvailable(Clock::systemDefaultZone)).locale(Locale.getDefault()).build();
  }

  /**
   * Fails the startup when migov's rules are not active on the application's validator.
   *
   * @param validator the application's validator
   * @return the check
   */
  @Bean
  @ConditionalOnBooleanProperty(name = "migov.validation.startup-check", matchIfMissing = true)
  public SmartInitializingSingleton migovRulesStartupCheck(ObjectProvider<Validator> validator) {
    return () -> MigovRulesCheck.check(validator.getIfAvailable());
  }

  /** The problem details of the web layer, in a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @Import(MigovProblems.class)
  static class Web {}
}
