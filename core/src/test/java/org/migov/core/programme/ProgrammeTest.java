package org.migov.core.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.migov.core.InvalidValueException;
import org.migov.core.agreement.AgreementId;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.money.Money;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;

class ProgrammeTest {
  private static final OrganisationId EU = OrganisationId.of("eu");
  private static final OrganisationId ISF = OrganisationId.of("eu-isf");
  private static final OrganisationId CESIE = OrganisationId.of("cesie");

  static Programme asit() {
    return Programme.builder()
        .id(ProgrammeId.of("asit"))
        .acronym("ASIT")
        .title(MultilingualText.of("en", "ASIT: against trafficking in human beings"))
        .addParticipant(Participant.of(EU, ParticipantRole.FUNDING))
        .addParticipant(Participant.of(CESIE, ParticipantRole.IMPLEMENTING))
        .addParticipant(Participant.of(OrganisationId.of("kemea"), ParticipantRole.PARTNER))
        .fundingInstrument(ISF)
        .budget(Money.of("1000000", "EUR"))
        .addBudgetLine(
            BudgetLine.builder()
                .amount(Money.of("400000", "EUR"))
                .period(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .build())
        .period(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)))
        .status(ProgrammeStatus.IMPLEMENTATION)
        .addTargetAreas(TargetArea.of(Country.of("SK"), new BigDecimal("60")), TargetArea.of(M49Region.of("039"), new BigDecimal("40")))
        .addThematicArea(ThematicArea.TRAFFICKING_IN_PERSONS)
        .addBeneficiaryGroup(BeneficiaryGroup.VICTIMS_OF_TRAFFICKING)
        .addActivityTypes(ActivityType.EXCHANGE_OF_PRACTICES, ActivityType.TRAINING)
        .addBasedOn(AgreementId.of("isf-grant"))
        .build();
  }

  @Test
  void builderKeepsEveryFact() {
    Programme p = asit();
    assertTrue(p.hasParticipant(EU, ParticipantRole.FUNDING));
    assertFalse(p.hasParticipant(EU, ParticipantRole.IMPLEMENTING));
    assertTrue(p.targets(Country.of("SK")));
    assertTrue(p.targets(Country.of("ES")), "Spain lies in Southern Europe");
    assertFalse(p.targets(Country.of("PL")));
    assertEquals(Optional.of(ISF), p.fundingInstrument());
    assertEquals(Optional.of("ASIT"), p.acronym());
    assertEquals(Optional.empty(), p.parent());
  }

  @Test
  void copiesAndCollections() {
    Programme p = asit();
    assertEquals(p, Programme.builder().from(p).build());
    assertNotEquals(p, Programme.builder().from(p).status(ProgrammeStatus.CLOSED).build());
    assertThrows(UnsupportedOperationException.class, () -> p.participants().clear());
    assertThrows(UnsupportedOperationException.class, () -> p.targetAreas().clear());
    assertThrows(UnsupportedOperationException.class, () -> p.activityTypes().clear());
    assertThrows(UnsupportedOperationException.class, () -> p.budgetLines().clear());
  }

  @Test
  void targetAreaPercentagesCompareByValue() {
    assertEquals(TargetArea.of(Country.of("LY"), new BigDecimal("50")), TargetArea.of(Country.of("LY"), new BigDecimal("50.00")));
    assertEquals(
        TargetArea.of(Country.of("LY"), new BigDecimal("50")).hashCode(),
        TargetArea.of(Country.of("LY"), new BigDecimal("50.0")).hashCode());
    assertNotEquals(TargetArea.of(Country.of("LY"), new BigDecimal("50")), TargetArea.of(Country.of("LY")));
    assertNotEquals(TargetArea.of(Country.of("LY")), TargetArea.of(Country.of("NE")));
    assertEquals(new BigDecimal("50.00"), TargetArea.of(Country.of("LY"), new BigDecimal("50.00")).percentage().orElseThrow());
    assertThrows(InvalidValueException.class, () -> TargetArea.of(Country.of("LY"), new BigDecimal("1e-30")));
  }

  @Test
  void percentagesOfExtremeScaleAreRefusedWithoutOverflowOrExpansion() {
    for (int scale : new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -2_000_000_000, -21, 21, Integer.MAX_VALUE}) {
      BigDecimal percentage = new BigDecimal(java.math.BigInteger.ONE, scale);
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> TargetArea.of(Country.of("LY"), percentage), () -> "" + scale);
      assertEquals(percentage.toString(), e.found());
    }
    assertEquals(new BigDecimal("1E+20"), TargetArea.of(Country.of("LY"), new BigDecimal("1E+20")).percentage().orElseThrow());
  }

  @Test
  void rolesAndStatusesMapToIati() {
    assertEquals(OptionalInt.of(1), ParticipantRole.FUNDING.iatiCode());
    assertEquals(OptionalInt.of(4), ParticipantRole.IMPLEMENTING.iatiCode());
    assertEquals(OptionalInt.empty(), ParticipantRole.PARTNER.iatiCode());
    for (ProgrammeStatus status : ProgrammeStatus.values()) {
      assertEquals(status.ordinal() + 1, status.iatiCode());
    }
  }

  @Test
  void aProgrammeWithoutFunderOrBudgetCanBeBuiltForValidationToReport() {
    Programme bare = Programme.builder().id(ProgrammeId.of("bare")).title(MultilingualText.of("it", "Programma")).build();
    assertEquals(Optional.empty(), bare.budget());
    assertTrue(bare.participants().isEmpty());
  }
}
