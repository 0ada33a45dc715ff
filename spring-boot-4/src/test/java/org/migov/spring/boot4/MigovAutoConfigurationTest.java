package org.migov.spring.boot4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.junit.jupiter.api.Test;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;
import org.migov.validation.MigovValidator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration alone: rules added once, a startup check that fails loudly, the beans. */
class MigovAutoConfigurationTest {
  private static final Organisation BROKEN = Organisation.builder().id(OrganisationId.of("o")).name(MultilingualText.of("en", "O"))
      .founded(PartialDate.parse("2000")).dissolved(PartialDate.parse("1990")).build();

  /** A class loader that finds migov-validation's own validation.xml first, as an application without one does. */
  private static ClassLoader withMigovsValidationXml() throws IOException {
    URL migovs = Collections.list(ClassLoader.getSystemClassLoader().getResources("META-INF/validation.xml")).stream()
        .filter(url -> !url.toString().contains("test-classes")).findFirst().orElseThrow();
    return new ClassLoader(MigovAutoConfigurationTest.class.getClassLoader()) {
      @Override
      public URL getResource(String name) {
        return name.equals("META-INF/validation.xml") ? migovs : super.getResource(name);
      }

      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.equals("META-INF/validation.xml") ? Collections.enumeration(List.of(migovs)) : super.getResources(name);
      }
    };
  }

  @Test
  void withMigovsOwnValidationXmlTheRulesAreAddedOnce() throws IOException {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
        .externalClassLoader(withMigovsValidationXml());
    assertTrue(configuration.getBootstrapConfiguration().getProperties().get(MigovAutoConfiguration.CONTRIBUTORS)
        .contains("MigovConstraintMappingContributor"), "the test reads migov-validation's validation.xml");
    new MigovAutoConfiguration().migovRulesOnBootsValidator(new MigovProperties()).customize(configuration);
    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      Set<ConstraintViolation<Organisation>> violations = factory.getValidator().validate(BROKEN);
      assertEquals(1, violations.size(), violations.toString());
    }
  }

  @Test
  void aValidatorWithoutMigovsRulesFailsTheStartupLoudly() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigovAutoConfiguration.class))
        .withBean(jakarta.validation.Validator.class, () -> Validation.byProvider(HibernateValidator.class).configure()
            .ignoreXmlConfiguration().buildValidatorFactory().getValidator())
        .run(context -> {
          Throwable failure = context.getStartupFailure();
          assertNotNull(failure);
          Throwable cause = failure;
          while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
            cause = cause.getCause();
          }
          assertTrue(cause.getMessage().contains("expected migov's rules on the application's validator"), cause.getMessage());
        });
  }

  @Test
  void theCheckCanBeSwitchedOffAndAMigovValidatorIsGiven() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigovAutoConfiguration.class))
        .withPropertyValues("migov.validation.startup-check=false")
        .withBean(jakarta.validation.Validator.class, () -> Validation.byProvider(HibernateValidator.class).configure()
            .ignoreXmlConfiguration().buildValidatorFactory().getValidator())
        .run(context -> {
          assertNull(context.getStartupFailure());
          assertEquals(1, context.getBeansOfType(MigovValidator.class).size());
        });
  }

  @Test
  void aViolationStatusOtherThan400Or422IsRefused() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigovAutoConfiguration.class))
        .withPropertyValues("migov.web.violation-status=500", "migov.validation.startup-check=false")
        .run(context -> assertNotNull(context.getStartupFailure()));
  }
}
