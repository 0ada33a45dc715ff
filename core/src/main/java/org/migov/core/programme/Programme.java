package org.migov.core.programme;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.migov.core.Entity;
import org.migov.core.agreement.AgreementId;
import org.migov.core.geography.Country;
import org.migov.core.money.Money;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.source.Source;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;

/**
 * A programme or project, as an IATI activity: who funds and implements it, its budget, where and
 * for whom it works, and the agreements it rests on. A programme may have child projects, each
 * naming it as {@link #parent()}.
 *
 * <p>Core records what is stated. Rules such as "a funder and an implementer", "a positive
 * budget" or "percentages summing to 100" are reported by the validation module.
 *
 * <p>Build one with {@link #builder()}. Instances are immutable and thread-safe; equality is by
 * value.
 */
@Value.Immutable
public interface Programme extends Entity {

  @Override
  ProgrammeId id();

  /**
   * The programme's title.
   *
   * @return the title
   */
  MultilingualText title();

  /**
   * Its acronym, such as {@code ASIT}.
   *
   * @return the acronym, if any
   */
  Optional<String> acronym();

  /**
   * What it is about.
   *
   * @return the description, if any
   */
  Optional<MultilingualText> description();

  /**
   * The organisations taking part, each in a role.
   *
   * @return the participants, possibly empty, unmodifiable
   */
  List<Participant> participants();

  /**
   * The fund or instrument that finances it, such as Italy's Migration Fund.
   *
   * @return the instrument's organisation id, if stated
   */
  Optional<OrganisationId> fundingInstrument();

  /**
   * The total budget.
   *
   * @return the budget, if stated
   */
  Optional<Money> budget();

  /**
   * Parts of the budget, per period, area or purpose.
   *
   * @return the budget lines, possibly empty, unmodifiable
   */
  List<BudgetLine> budgetLines();

  /**
   * When it runs.
   *
   * @return the period, if stated
   */
  Optional<DateRange> period();

  /**
   * Where it stands.
   *
   * @return the status, if stated
   */
  Optional<ProgrammeStatus> status();

  /**
   * The areas it targets, with optional percentages.
   *
   * @return the target areas, possibly empty, unmodifiable
   */
  List<TargetArea> targetAreas();

  /**
   * The themes it covers.
   *
   * @return the thematic areas, possibly empty, unmodifiable
   */
  Set<ThematicArea> thematicAreas();

  /**
   * Whom it is for.
   *
   * @return the beneficiary groups, possibly empty, unmodifiable
   */
  Set<BeneficiaryGroup> beneficiaryGroups();

  /**
   * What it does.
   *
   * @return the activity types, possibly empty, unmodifiable
   */
  Set<ActivityType> activityTypes();

  /**
   * The agreements it rests on.
   *
   * @return the agreements' ids, possibly empty, unmodifiable
   */
  List<AgreementId> basedOn();

  /**
   * The programme this one is a project of.
   *
   * @return the parent programme's id, if any
   */
  Optional<ProgrammeId> parent();

  @Override
  List<Source> sources();

  /**
   * Whether an organisation takes part in a role.
   *
   * @param organisation the organisation's id
   * @param role the role
   * @return true when a participant matches both
   */
  default boolean hasParticipant(OrganisationId organisation, ParticipantRole role) {
    return participants().stream()
        .anyMatch(p -> p.organisation().equals(organisation) && p.role() == role);
  }

  /**
   * Whether the programme targets a country, directly or through a region or named area.
   *
   * @param country the country
   * @return true when a target area contains it
   */
  default boolean targets(Country country) {
    return targetAreas().stream().anyMatch(t -> t.area().contains(country));
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Programme}; {@code id} and {@code title} are required. */
  final class Builder extends ImmutableProgramme.Builder {
    /** Use {@link Programme#builder()}. */
    Builder() {}
  }
}
