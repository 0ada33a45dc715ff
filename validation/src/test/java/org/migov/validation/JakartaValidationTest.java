package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.migov.core.dataset.Dataset;
import org.migov.core.programme.Programme;

/** The standard Jakarta Validation bootstrap applies migov's rules, with no migov-specific call. */
class JakartaValidationTest {

  private static Programme brokenProgramme() {
    Dataset broken =
        Fixtures.programme(Fixtures.dataset(), Fixtures.LIBYA_NIGER, p -> p.participants(List.of()).thematicAreas(Set.of()));
    return broken.programme(Fixtures.LIBYA_NIGER).orElseThrow();
  }

  private static Set<String> codes(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> ((HibernateConstraintViolation<?>) v.unwrap(HibernateConstraintViolation.class)))
        .map(v -> v.getDynamicPayload(Violation.class).code())
        .collect(Collectors.toSet());
  }

  @Test
  void theDefaultBootstrapAppliesTheRules() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Programme>> violations = validator.validate(brokenProgramme());
      assertEquals(Set.of("PRG-001", "PRG-002", "PRG-011"), codes(violations));
      assertTrue(validator.validate(Fixtures.dataset().programme(Fixtures.LIBYA_NIGER).orElseThrow()).isEmpty());
    }
  }

  @Test
  void messagesComeFromTheBundlesWithParametersAndTheFactorysLanguage() {
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ITALIAN), Locale.ITALIAN, false))
            .clockProvider(() -> Fixtures.CLOCK)
            .buildValidatorFactory()) {
      Set<ConstraintViolation<Programme>> violations = factory.getValidator().validate(brokenProgramme());
      List<String> messages = violations.stream().map(ConstraintViolation::getMessage).sorted().collect(Collectors.toList());
      assertTrue(messages.stream().anyMatch(m -> m.equals("Programma \"libya-niger\": nessuna organizzazione con il ruolo di finanziatore.")), messages.toString());
      assertTrue(violations.stream().anyMatch(v -> v.getPropertyPath().toString().equals("participants")));
    }
  }

  @Test
  void aDatasetIsValidatedAsAWholeWithPathsNamingTheEntity() {
    Dataset broken = Fixtures.event(Fixtures.dataset(), Fixtures.MEETING, e -> e.addOrganisation(org.migov.core.organisation.OrganisationId.of("ghost")));
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<Dataset>> violations = factory.getValidator().validate(broken);
      assertEquals(Set.of("DS-002"), codes(violations));
      assertEquals("event[coordination-meeting].organisations[2]", violations.iterator().next().getPropertyPath().toString());
    }
  }
}
