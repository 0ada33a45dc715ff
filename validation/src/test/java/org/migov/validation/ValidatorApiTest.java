package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.Entity;
import org.migov.core.InvalidValueException;
import org.migov.core.dataset.Dataset;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.NamedArea;
import org.migov.core.money.Money;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;

/** The facade's defaults and entry points, rule lookup, message rendering and the Jakarta constraint's edges. */
class ValidatorApiTest {

  @Test
  void theDefaultValidatorUsesTheSystemClockAndEnglish() {
    MigovValidator validator = MigovValidator.create();
    assertEquals(ZoneId.systemDefault(), validator.clock().getZone());
    assertEquals(Locale.ENGLISH, validator.locale());
    MigovValidator italian = MigovValidator.builder().clock(Fixtures.CLOCK).locale(Locale.ITALIAN).build();
    assertSame(Fixtures.CLOCK, italian.clock());
    assertEquals(Locale.ITALIAN, italian.locale());
  }

  static Stream<Arguments> brokenEntities() {
    Dataset d = Fixtures.dataset();
    return Stream.of(
        Arguments.of(Fixtures.organisation(d, Fixtures.IOM, o -> o.acronym(MultilingualText.of("en", "I")))
            .organisation(Fixtures.IOM).orElseThrow(), List.of("ORG-001")),
        Arguments.of(Fixtures.office(d, Fixtures.ROME, o -> o.areaOfResponsibility(List.of()).parent(org.migov.core.office.OfficeId.of("gone")))
            .office(Fixtures.ROME).orElseThrow(), List.of("OFF-001")),
        Arguments.of(Fixtures.agreement(d, Fixtures.A2024, a -> a.parties(List.of(Fixtures.IOM)).signatories(List.of()))
            .agreement(Fixtures.A2024).orElseThrow(), List.of("AGR-001")),
        Arguments.of(Fixtures.programme(d, Fixtures.LIBYA_NIGER, p -> p.thematicAreas(Set.of()).fundingInstrument(OrganisationId.of("gone")))
            .programme(Fixtures.LIBYA_NIGER).orElseThrow(), List.of("PRG-011")),
        Arguments.of(Fixtures.event(d, Fixtures.MEETING, e -> e.organisations(List.of()).programme(org.migov.core.programme.ProgrammeId.of("gone")))
            .event(Fixtures.MEETING).orElseThrow(), List.of("EVT-001")));
  }

  /** One entity is checked against its own rules; references to others are not followed. */
  @ParameterizedTest
  @MethodSource("brokenEntities")
  void anEntityAloneIsCheckedAgainstTheRulesOfItsKind(Entity entity, List<String> codes) {
    ValidationReport report = Fixtures.validator().validate(entity);
    assertEquals(codes, report.violations().stream().map(Violation::code).collect(Collectors.toList()), report.toString());
    assertEquals(Set.of(entity.id().value()), report.violations().stream().map(v -> v.entityId().orElseThrow().value()).collect(Collectors.toSet()));
  }

  @Test
  void anEntityOfAnotherTypeIsRefused() {
    Entity stranger = new Entity() {
      @Override
      public org.migov.core.EntityId id() {
        return Fixtures.IOM;
      }

      @Override
      public List<org.migov.core.source.Source> sources() {
        return List.of();
      }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixtures.validator().validate(stranger));
    assertEquals("not a migov entity type: " + stranger.getClass().getName(), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleIsFoundByItsCode(Rule rule) {
    assertSame(rule, Rule.ofCode(rule.code()));
  }

  @Test
  void anUnknownCodeIsRefused() {
    InvalidValueException unknown = assertThrows(InvalidValueException.class, () -> Rule.ofCode("PRG-999"));
    assertEquals("expected a migov rule code such as \"PRG-001\", found \"PRG-999\"", unknown.getMessage());
    InvalidValueException lower = assertThrows(InvalidValueException.class, () -> Rule.ofCode("prg-001"));
    assertEquals("prg-001", lower.found());
    InvalidValueException none = assertThrows(InvalidValueException.class, () -> Rule.ofCode(null));
    assertEquals("expected a migov rule code such as \"PRG-001\", found nothing", none.getMessage());
  }

  @Test
  void aLanguageWithoutItsOwnBundleHasNoOwnMessage() {
    Messages german = Messages.forLocale(Locale.GERMAN);
    for (Rule rule : Rule.values()) {
      assertFalse(german.hasOwn(rule), rule.code());
    }
  }

  @Test
  void aPlaceholderWithoutAValueIsLeftAsItIs() {
    Messages english = Messages.forLocale(Locale.ENGLISH);
    assertEquals("Organisation \"x\": the acronym {acronym} must have 2 to 16 characters (letters, digits, & . -) and start with a letter.",
        english.format(Rule.ORG_001, Map.of("id", "\"x\"")));
    assertEquals("{cycle}", english.format(Rule.DS_003, Map.of()).replaceAll("^.*: ", "").replace(".", ""));
  }

  static Stream<Arguments> renderings() {
    return Stream.of(
        Arguments.of(null, "-"),
        Arguments.of(Fixtures.IOM, "\"iom\""),
        Arguments.of("a \"quoted\"\ttext", "\"a \\\"quoted\\\"\\u0009text\""),
        Arguments.of(new StringBuilder("built"), "\"built\""),
        Arguments.of(Country.of("GY"), "GY"),
        Arguments.of(M49Region.of("029"), "029"),
        Arguments.of(NamedArea.of("Caribbean", Country.of("GY"), Country.of("JM")), "\"Caribbean\""),
        Arguments.of(PartialDate.parse("2024-07"), "2024-07"),
        Arguments.of(Money.of("1500000", "EUR"), "EUR 1500000"),
        Arguments.of(175, "175"),
        Arguments.of("x".repeat(70), "\"" + "x".repeat(64) + "...(70 chars)\""));
  }

  @ParameterizedTest
  @MethodSource("renderings")
  void valuesRenderInTheirTextFormQuotedWhenTheyAreText(Object value, String rendered) {
    assertEquals(rendered, Findings.render(value));
  }

  /** A holder whose list elements carry the constraint, as a user's class might. */
  static final class Holder {
    final List<@MigovRules Object> items;

    Holder(Object... items) {
      this.items = new ArrayList<>(Arrays.asList(items));
    }
  }

  @Test
  void theConstraintAcceptsNullAndWhatIsNotAMigovTypeAndAddsOnlyTheRulesViolations() {
    Entity broken = Fixtures.programme(Fixtures.dataset(), Fixtures.LIBYA_NIGER, p -> p.participants(List.of()).thematicAreas(Set.of()))
        .programme(Fixtures.LIBYA_NIGER).orElseThrow();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertEquals(Set.of(), factory.getValidator().validate(new Holder(null, "text", 42, Fixtures.dataset())));
      Set<ConstraintViolation<Holder>> violations = factory.getValidator().validate(new Holder(null, broken, "text"));
      assertEquals(List.of("participants", "participants", "thematicAreas"),
          violations.stream().map(v -> v.getPropertyPath().toString().replaceAll("^items\\[1\\]\\.<list element>\\.?", ""))
              .sorted().collect(Collectors.toList()), violations.toString());
      assertFalse(violations.stream().anyMatch(v -> v.getMessage().contains("breaks a rule of the migov catalogue")), violations.toString());
    }
  }
}
