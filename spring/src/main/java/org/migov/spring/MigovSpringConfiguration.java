package org.migov.spring;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Locale;
import org.migov.validation.MigovValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The beans both of migov's Spring Boot starters give, imported by their auto-configurations: a
 * {@link MigovValidator}, the startup check ({@link MigovRulesCheck}) and, in a servlet web
 * application, the problem details ({@link MigovProblems}); settings under {@code migov.*}
 * ({@link MigovProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MigovProperties.class)
public class MigovSpringConfiguration {
  /** Creates the configuration; Spring does this. */
  public MigovSpringConfiguration() {}

  /**
   * A validator of whole datasets, with the context's clock (the system's when it has none) and
   * the application's fixed locale, {@code spring.web.locale} (the JVM's default when it has none).
   *
   * @param clock the context's clock, if any
   * @param environment the application's environment
   * @return the validator
   */
  @Bean
  @ConditionalOnMissingBean
  public MigovValidator migovValidator(ObjectProvider<Clock> clock, Environment environment) {
    String locale = environment.getProperty("spring.web.locale");
    return MigovValidator.builder().clock(clock.getIfAvailable(Clock::systemDefaultZone))
        .locale(locale == null || locale.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(locale.strip().replace('_', '-')))
        .build();
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
  static class Web {
    /**
     * The problem details.
     *
     * @param properties migov's settings
     * @return the resolver
     */
    @Bean
    MigovProblems migovProblems(MigovProperties properties) {
      return new MigovProblems(properties);
    }
  }
}
