package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
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
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.person.Person;
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
  void aCodedValueReachesTheFactorysTemplateAsItsCodeNotAsAnEnglishLabel() {
    Dataset broken = Fixtures.office(Fixtures.dataset(), Fixtures.ROME, o -> o.areaOfResponsibility(List.of()));
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ITALIAN), Locale.ITALIAN, false))
            .clockProvider(() -> Fixtures.CLOCK)
            .buildValidatorFactory()) {
      List<String> messages = factory.getValidator().validate(broken).stream()
          .map(ConstraintViolation::getMessage).filter(m -> m.startsWith("Ufficio")).collect(Collectors.toList());
      assertEquals(List.of("Ufficio \"iom-rome\": un ufficio di tipo coordinationOffice deve avere un'area di competenza."), messages);
    }
    Violation direct = MigovValidator.builder().clock(Fixtures.CLOCK).locale(Locale.ITALIAN).build()
        .validate(broken).violations().stream().filter(v -> v.code().equals("OFF-001")).findFirst().orElseThrow();
    assertEquals("Ufficio \"iom-rome\": un ufficio di tipo ufficio di coordinamento deve avere un'area di competenza.",
        direct.message(), "migov's own report uses the label of its own language");
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

  @Test
  void aValueThatLooksLikeATemplateOrAnExpressionIsNeverInterpolated() {
    String hostile = "{org.migov.validation.PRG-001} ${1+1} #{2+2} {id}";
    Dataset broken = Fixtures.agreement(Fixtures.dataset(), Fixtures.A2024, a -> a.addSignatory(
        Signatory.builder().person(Person.of(hostile)).party(Fixtures.MAECI).build()));
    Agreement agreement = broken.agreement(Fixtures.A2024).orElseThrow();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<Agreement>> violations = factory.getValidator().validate(agreement);
      assertEquals(Set.of("AGR-002"), codes(violations));
      String message = violations.iterator().next().getMessage();
      assertEquals("Agreement \"iom-unodc-2024\": \"" + hostile + "\" signs for \"it-maeci\", which is not a party.", message);
      assertFalse(message.contains("funding role"), message);
    }
  }

  /**
   * What a user sees when migov's {@code META-INF/validation.xml} is not read (another one comes
   * first on the class path, or XML configuration is ignored): Hibernate Validator's default
   * interpolator needs Expression Language and the bootstrap fails with HV000183.
   */
  @Test
  void withoutMigovsValidationXmlTheBootstrapNeedsExpressionLanguage() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Validation.byDefaultProvider().configure().ignoreXmlConfiguration().buildValidatorFactory().close());
    assertTrue(e.getMessage().startsWith("HV000183"), e.getMessage());
  }

  /** The remedy documented in docs/validation.md: the same two settings, in code. */
  @Test
  void theTwoSettingsCanBeGivenInCodeInstead() {
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator())
            .addProperty("hibernate.validator.constraint_mapping_contributors", MigovConstraintMappingContributor.class.getName())
            .buildValidatorFactory()) {
      assertEquals(Set.of("PRG-001", "PRG-002", "PRG-011"), codes(factory.getValidator().validate(brokenProgramme())));
    }
  }

  @Test
  void aPolicyLetsWarningsPassToAListenerInsteadOfRejecting() {
    org.migov.core.organisation.Organisation warned = org.migov.core.organisation.Organisation.builder()
        .id(org.migov.core.organisation.OrganisationId.of("o")).name(org.migov.core.text.MultilingualText.of("en", "O"))
        .addIdentifier(org.migov.core.ExternalIdentifier.of(org.migov.core.IdentifierScheme.IATI, "x")).build();
    java.util.List<Violation> heard = new java.util.ArrayList<>();
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .constraintValidatorPayload(MigovRulesPolicy.warningsPass(heard::add)).buildValidatorFactory()) {
      assertEquals(Set.of(), factory.getValidator().validate(warned));
    }
    assertEquals(java.util.List.of("ORG-006"), heard.stream().map(Violation::code).collect(java.util.stream.Collectors.toList()));
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .constraintValidatorPayload(MigovRulesPolicy.warningsReject()).buildValidatorFactory()) {
      assertEquals(1, factory.getValidator().validate(warned).size(), "a warning rejects, as without a policy");
    }
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertEquals(1, factory.getValidator().validate(warned).size());
    }
  }
}
