package org.migov.spring.boot3;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.migov.jackson2.MigovJackson2Module;
import org.migov.spring.MigovProblems;
import org.migov.spring.MigovProperties;
import org.migov.spring.MigovRulesSetup;
import org.migov.spring.MigovSpringConfiguration;
import org.migov.spring.MigovWarnings;
import org.migov.validation.MigovValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * migov in a Spring Boot 3 application (3.5): migov's rules on Boot's validator, whatever
 * {@code META-INF/validation.xml} the application has, with warnings that pass by default
 * ({@link MigovWarnings}); a check at startup that they are active; a {@link MigovValidator} bean;
 * and, in a servlet web application, RFC 9457 problem details for bodies that are not the wire
 * format or break migov's rules ({@link MigovProblems}); the beans of {@link MigovSpringConfiguration}.
 * migov-jackson2's module, as a bean, which Boot 3 puts on its Jackson 2 mapper. Settings:
 * {@link MigovProperties}.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration",
    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"})
@ConditionalOnClass(HibernateValidatorConfiguration.class)
@Import(MigovSpringConfiguration.class)
public class MigovAutoConfiguration {
  /** Creates the configuration; Boot does this. */
  public MigovAutoConfiguration() {}

  /**
   * Puts migov's rules on Boot's validator ({@link MigovRulesSetup#apply}).
   *
   * @param properties migov's settings
   * @return the customizer
   */
  @Bean
  public ValidationConfigurationCustomizer migovRulesOnBootsValidator(MigovProperties properties) {
    return configuration -> MigovRulesSetup.apply(configuration, properties);
  }

  /** The Jackson 2 module, where Jackson 2 is. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
  static class Jackson {
    /**
     * The Jackson 2 module, which Boot 3 registers on its mapper as it does every module bean.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    MigovJackson2Module migovJackson2Module() {
      return new MigovJackson2Module();
    }
  }

  /** UTF-8 output as migov writes it, where Spring's Jackson 2 builder is. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"com.fasterxml.jackson.databind.ObjectMapper",
      "org.springframework.http.converter.json.Jackson2ObjectMapperBuilder"})
  static class Utf8 {
    /**
     * Has Boot's Jackson 2 mapper write characters outside the Basic Multilingual Plane (emoji,
     * some CJK) as they are in UTF-8, as migov's wire format does, instead of as escapes of
     * their surrogate pairs: Jackson 2's UTF-8 generator escapes them unless
     * {@code JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8} (Jackson 2.18 and later) is on.
     * Both forms read back the same; this makes the bytes those of {@code MigovJson}.
     *
     * @return the customizer
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer migovJackson2Surrogates() {
      return builder -> builder.postConfigurer(mapper -> java.util.Arrays.stream(JsonWriteFeature.values())
          .filter(feature -> feature.name().equals("COMBINE_UNICODE_SURROGATES_IN_UTF8")).findFirst()
          .ifPresent(feature -> mapper.setConfig(mapper.getSerializationConfig().with(feature))));
    }
  }
}
