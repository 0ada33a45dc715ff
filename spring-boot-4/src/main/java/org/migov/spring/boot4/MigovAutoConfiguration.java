package org.migov.spring.boot4;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.migov.spring.MigovProblems;
import org.migov.spring.MigovProperties;
import org.migov.spring.MigovRulesSetup;
import org.migov.spring.MigovSpringConfiguration;
import org.migov.spring.MigovWarnings;
import org.migov.validation.MigovValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * migov in a Spring Boot 4 application: migov's rules on Boot's validator, whatever
 * {@code META-INF/validation.xml} the application has, with warnings that pass by default
 * ({@link MigovWarnings}); a check at startup that they are active; a {@link MigovValidator} bean;
 * and, in a servlet web application, RFC 9457 problem details for bodies that are not the wire
 * format or break migov's rules ({@link MigovProblems}); the beans of {@link MigovSpringConfiguration}.
 * The Jackson 3 module comes with migov-jackson3, which Boot's mapper finds by itself. Settings:
 * {@link MigovProperties}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration")
@ConditionalOnClass(HibernateValidatorConfiguration.class)
@Import(MigovSpringConfiguration.class)
public class MigovAutoConfiguration {
  /** Creates the configuration; Boot does this. */
  public MigovAutoConfiguration() {}

  /** migov's rules on Boot's validator, where Boot's validation auto-configuration is. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer")
  static class Rules {
    /**
     * Puts migov's rules on Boot's validator ({@link MigovRulesSetup#apply}).
     *
     * @param properties migov's settings
     * @return the customizer
     */
    @Bean
    ValidationConfigurationCustomizer migovRulesOnBootsValidator(MigovProperties properties) {
      return configuration -> MigovRulesSetup.apply(configuration, properties);
    }
  }
}
