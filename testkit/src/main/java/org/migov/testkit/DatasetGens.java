package org.migov.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementKind;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.LinkRelation;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.event.EventId;
import org.migov.core.event.EventKind;
import org.migov.core.event.EventStatus;
import org.migov.core.geography.Country;
import org.migov.core.geography.GeographicArea;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.Approximation;
import org.migov.core.organisation.Count;
import org.migov.core.organisation.CountKind;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Role;
import org.migov.core.organisation.RoleKind;
import org.migov.core.organisation.Succession;
import org.migov.core.organisation.SuccessionKind;
import org.migov.core.organisation.Tenure;
import org.migov.core.programme.ActivityType;
import org.migov.core.programme.BeneficiaryGroup;
import org.migov.core.programme.Budget;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.programme.Transaction;
import org.migov.core.programme.TransactionKind;
import org.migov.core.taxonomy.GcmObjective;
import org.migov.core.taxonomy.SdgTarget;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/**
 * Datasets that are valid by construction, for a reference date ("today").
 *
 * <p>Every reference resolves; ids are unique per kind; organisation, office, agreement and
 * programme hierarchies have no cycle (a parent or linked agreement always comes earlier); and
 * every domain rule of the validation catalogue holds at the reference date, warnings included:
 *
 * <ul>
 *   <li>organisations: acronyms of 2 to 16 letters, digits or {@code &.-} starting with a letter;
 *       founded 30 to 120 years before the reference year; dissolution, UN-system membership and
 *       tenures certainly after founding; member-state counts (1 to 200) only on
 *       intergovernmental bodies; external identifiers well formed; tenures of a post one after
 *       the other; parents earlier in the list;
 *   <li>offices: regional and coordination offices have an area of responsibility, and the host
 *       country of an office with an area lies in it; parent offices belong to the same
 *       organisation;
 *   <li>agreements: two to four distinct parties that exist (founded before, never dissolved);
 *       signatories sign for parties; signing dates within 25 years before the reference date,
 *       absent only for drafts; entry into force and validity consistent with the status;
 *       links only to agreements not signed after this one, sharing a party; coordination
 *       mechanisms are networks;
 *   <li>programmes: at least one funder and one implementer, no organisation twice in a role;
 *       positive budget; budget lines in its currency, summing to at most the budget, each
 *       inside the programme period and at most 365 days long; percentages on all target areas
 *       or none, summing to exactly 100; status consistent with the period; at least one target
 *       area and thematic area; agreements it rests on signed no later than it starts; child
 *       programmes' budgets within the parent's;
 *   <li>events: at least one organisation; an event of a programme falls within its period.
 * </ul>
 *
 * <p>The size scales the number of entities: about {@code size / 2} of each kind, so a size of
 * 4,000 gives thousands. Generators are immutable and thread-safe.
 */
public final class DatasetGens {
  private DatasetGens() {}

  /** How far before the reference year organisations are founded, at most. */
  static final int OLDEST_FOUNDING = 120;

  /** How far before the reference year organisations are founded, at least. */
  static final int YOUNGEST_FOUNDING = 30;

  /** How far back agreements are signed, in years. */
  static final int AGREEMENT_YEARS = 25;

  /**
   * Valid datasets for a reference date. A failing property over them shrinks by structure too
   * ({@link Gen#simpler}): whole entities are dropped first, with the entities that refer to them,
   * then parts of the entities left (budget lines, posts, sources).
   *
   * @param referenceDate the date that counts as "today" for the rules that depend on it
   * @return the generator
   */
  public static Gen<Dataset> valid(LocalDate referenceDate) {
    Objects.requireNonNull(referenceDate, "referenceDate");
    if (referenceDate.getYear() < 1900 || referenceDate.getYear() > 9000) {
      throw new IllegalArgumentException("reference date must lie in the years 1900 to 9000");
    }
    return new Gen<>() {
      @Override
      public Dataset generate(Choices choices) {
        return new Draft(choices, referenceDate).build();
      }

      @Override
      public List<Dataset> simpler(Dataset value) {
        return DatasetSimplifier.simpler(value);
      }
    };
  }

  /** The state of one dataset being generated. */
  private static final class Draft {
    private final Choices choices;
    private final LocalDate today;
    private final int year;
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Office> offices = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final List<Programme> programmes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final Map<ProgrammeId, BigDecimal> unallocated = new HashMap<>();

    Draft(Choices choices, LocalDate today) {
      this.choices = choices;
      this.today = today;
      this.year = today.getYear();
    }

    Dataset build() {
      int scale = Math.max(1, choices.size() / 2);
      int organisationCount = 2 + count(scale);
      for (int i = 0; i < organisationCount; i++) {
        organisations.add(organisation(i));
      }
      int officeCount = count(scale);
      for (int i = 0; i < officeCount; i++) {
        offices.add(office(i));
      }
      int agreementCount = count(scale);
      for (int i = 0; i < agreementCount; i++) {
        agreements.add(agreement(i));
      }
      int programmeCount = count(scale);
      for (int i = 0; i < programmeCount; i++) {
        programmes.add(programme(i));
      }
      int eventCount = count(scale);
      for (int i = 0; i < eventCount; i++) {
        events.add(event(i));
      }
      return Dataset.builder()
          .organisations(organisations)
          .offices(offices)
          .agreements(agreements)
          .programmes(programmes)
          .events(events)
          .build();
    }

    /** A count from 0 to the scale; 0 is the simplest. */
    private int count(int scale) {
      return choices.drawInt(scale);
    }

    private <T> T pick(List<T> list) {
      return list.get(choices.drawInt(list.size() - 1));
    }

    private boolean oneIn(int n) {
      return choices.drawTrueOneIn(n);
    }

    private <T> T gen(Gen<T> gen) {
      return gen.generate(choices);
    }

    private String suffix() {
      return oneIn(6) ? "-" + gen(ValueGens.idValues()) : "";
    }

    private LocalDate day(LocalDate min, LocalDate max) {
      return gen(Gens.dates(min, max));
    }

    private PartialDate partialInYears(int firstYear, int lastYear) {
      return gen(ValueGens.partialDates(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31)));
    }

    // ---------------------------------------------------------------- organisations

    private Organisation organisation(int index) {
      Set<OrganisationKind> kinds = gen(ValueGens.enumSets(OrganisationKind.class, 2));
      if (kinds.isEmpty()) {
        kinds = Set.of(gen(Gens.enumValues(OrganisationKind.class)));
      }
      Organisation.Builder builder =
          Organisation.builder()
              .id(OrganisationId.of("org-" + index + suffix()))
              .name(gen(ValueGens.multilingualTexts()))
              .kinds(kinds)
              .identifiers(gen(ValueGens.externalIdentifiers().list(0, 2)))
              .headquarters(gen(ValueGens.places().optional()))
              .sources(gen(ValueGens.sources().list(0, 2)));
      if (oneIn(2)) {
        builder.acronym(acronyms());
      }
      Optional<PartialDate> founded =
          oneIn(5) ? Optional.empty() : Optional.of(partialInYears(year - OLDEST_FOUNDING, year - YOUNGEST_FOUNDING));
      builder.founded(founded);
      int laterFrom = founded.map(f -> f.latestDay().getYear() + 1).orElse(year - YOUNGEST_FOUNDING + 1);
      if (index >= 2 && oneIn(10)) {
        builder.dissolved(partialInYears(laterFrom, year - 1));
      }
      if (founded.isPresent() && oneIn(3)) {
        builder.unSystemMembership(partialInYears(laterFrom, year - 1));
      }
      if (kinds.contains(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION) && oneIn(2)) {
        builder.memberStateCount(gen(Gens.integers(1, 200)));
      }
      if (oneIn(4)) {
        builder.addCount(Count.of(gen(Gens.elements(CountKind.OFFICES, CountKind.STAFF, CountKind.COUNTRIES_OF_PRESENCE)),
                gen(Gens.integers(0, 20_000)))
            .withApproximation(gen(Gens.enumValues(Approximation.class)))
            .withAsOf(partialInYears(year - 5, year)));
      }
      if (kinds.contains(OrganisationKind.NETWORK_OR_COORDINATION_GROUP) && index > 0) {
        // Members that were members throughout, and roles held by them: ORG-011 and DS-007 hold.
        List<OrganisationId> members = new ArrayList<>();
        int memberCount = 1 + choices.drawInt(Math.min(3, index - 1));
        for (int m = 0; m < memberCount; m++) {
          OrganisationId member = organisations.get(choices.drawInt(index - 1)).id();
          if (!members.contains(member)) {
            members.add(member);
            builder.addMember(member);
          }
        }
        if (oneIn(2)) {
          builder.addRole(Role.of(gen(Gens.enumValues(RoleKind.class)), members.get(choices.drawInt(members.size() - 1))));
        }
      }
      if (index > 0 && oneIn(8)) {
        // Undated, towards an earlier organisation only: no cycle (DS-009), no date before a founding (DS-008).
        builder.addPredecessor(Succession.of(gen(Gens.enumValues(SuccessionKind.class)),
            organisations.get(choices.drawInt(index - 1)).id()));
      }
      if (index > 0 && oneIn(4)) {
        builder.parent(organisations.get(choices.drawInt(index - 1)).id());
      }
      int posts = choices.drawInt(2);
      for (int p = 0; p < posts; p++) {
        builder.addPost(post(laterFrom));
      }
      return builder.build();
    }

    private MultilingualText acronyms() {
      Gen<String> acronym =
          Gens.lists(Gens.elements("A", "B", "I", "O", "M", "U", "N", "D", "C", "2", "&", ".", "-"), 1, 15)
              .map(rest -> (char) ('A' + choices.drawInt(25)) + String.join("", rest));
      MultilingualText text = MultilingualText.of("en", gen(acronym));
      return oneIn(2) ? text.with("fr", gen(acronym)) : text;
    }

    /** Tenures one after another, each ending the year before the next starts. */
    private Post post(int firstYear) {
      Post.Builder post = Post.builder().title(gen(ValueGens.multilingualTexts()));
      int start = firstYear;
      int tenures = choices.drawInt(3);
      for (int t = 0; t < tenures && start <= year; t++) {
        int end = Math.min(year, start + choices.drawInt(4));
        Tenure.Builder tenure =
            Tenure.builder().holder(gen(ValueGens.people())).start(PartialDate.ofYear(start));
        boolean current = t == tenures - 1 && oneIn(2);
        if (!current) {
          tenure.end(PartialDate.ofYear(end));
        }
        post.addTenure(tenure.build());
        start = end + 1;
      }
      return post.build();
    }

    private List<Organisation> existing() {
      return organisations.stream().filter(o -> o.dissolved().isEmpty()).collect(Collectors.toList());
    }

    // ---------------------------------------------------------------------- offices

    private Office office(int index) {
      Organisation owner = pick(organisations);
      OfficeKind kind = gen(Gens.enumValues(OfficeKind.class));
      boolean needsArea = kind == OfficeKind.REGIONAL_OFFICE || kind == OfficeKind.COORDINATION_OFFICE;
      List<GeographicArea> areas =
          gen(ValueGens.geographicAreas().list(needsArea ? 1 : 0, 3));
      Country host;
      if (areas.isEmpty()) {
        host = gen(ValueGens.countries());
      } else {
        List<Country> covered = List.copyOf(areas.get(0).countries());
        host = pick(covered);
      }
      Office.Builder builder =
          Office.builder()
              .id(OfficeId.of("office-" + index + suffix()))
              .organisation(owner.id())
              .kind(kind)
              .name(gen(ValueGens.multilingualTexts()))
              .location(oneIn(4) ? org.migov.core.geography.Place.of(host) : org.migov.core.geography.Place.of(gen(ValueGens.texts()), host))
              .operatingPeriod(gen(ValueGens.periods(today.minusYears(30), today.plusYears(5)).optional()))
              .sources(gen(ValueGens.sources().list(0, 1)));
      areas.forEach(builder::addAreaOfResponsibility);
      if (areas.isEmpty() && (kind == OfficeKind.LIAISON_OFFICE || kind == OfficeKind.HEADQUARTERS) && oneIn(2)) {
        builder.coversNoCountry(true);
      }
      List<Office> sameOwner =
          offices.stream().filter(o -> o.organisation().equals(owner.id())).collect(Collectors.toList());
      if (!sameOwner.isEmpty() && oneIn(3)) {
        builder.parent(pick(sameOwner).id());
      }
      return builder.build();
    }

    // ------------------------------------------------------------------- agreements

    private Agreement agreement(int index) {
      AgreementStatus status = gen(Gens.enumValues(AgreementStatus.class));
      Optional<PartialDate> signing = Optional.empty();
      Agreement.Builder builder =
          Agreement.builder()
              .id(AgreementId.of("agreement-" + index + suffix()))
              .kind(gen(Gens.enumValues(AgreementKind.class)))
              .title(gen(ValueGens.multilingualTexts()))
              .status(status)
              .thematicAreas(gen(ValueGens.enumSets(ThematicArea.class, 3)))
              .commitments(gen(ValueGens.multilingualTexts().list(0, 2)))
              .signingPlace(gen(ValueGens.places().optional()))
              .sources(gen(ValueGens.sources().list(0, 1)));
      if (status != AgreementStatus.DRAFT) {
        LocalDate signedOn = day(today.minusYears(AGREEMENT_YEARS), today.minusDays(1));
        PartialDate[] precisions = {
          PartialDate.of(signedOn),
          PartialDate.ofYearMonth(signedOn.getYear(), signedOn.getMonthValue()),
          PartialDate.ofYear(signedOn.getYear())
        };
        // Only a merely signed agreement gets a partial date: the others need a day for their
        // entry into force and validity.
        PartialDate signed = status == AgreementStatus.SIGNED ? precisions[choices.drawInt(2)] : precisions[0];
        signing = Optional.of(signed);
        builder.signingDate(signed);
        datesFor(status, signedOn, builder);
      }

      Set<OrganisationId> parties = new LinkedHashSet<>();
      Set<AgreementId> linked = new LinkedHashSet<>();
      int linkCount = agreements.isEmpty() ? 0 : choices.drawInt(2);
      for (int l = 0; l < linkCount; l++) {
        Optional<PartialDate> thisSigning = signing;
        List<Agreement> earlier =
            agreements.stream()
                .filter(a -> notSignedAfter(a.signingDate(), thisSigning))
                .collect(Collectors.toList());
        if (earlier.isEmpty()) {
          break;
        }
        Agreement target = pick(earlier);
        if (linked.add(target.id())) {
          builder.addLink(AgreementLink.of(gen(Gens.enumValues(LinkRelation.class)), target.id()));
          parties.add(target.parties().get(0));
        }
      }
      List<Organisation> existing = existing();
      int wanted = 2 + choices.drawInt(2);
      int misses = 0;
      while (parties.size() < wanted && misses < 50) {
        if (!parties.add(pick(existing).id())) {
          misses++;
        }
      }
      if (parties.size() < 2) {
        parties.add(existing.get(0).id());
        parties.add(existing.get(1).id());
      }
      builder.parties(parties);
      for (OrganisationId party : parties) {
        if (oneIn(2)) {
          builder.addSignatory(
              Signatory.builder()
                  .person(gen(ValueGens.people()))
                  .post(gen(ValueGens.multilingualTexts().optional()))
                  .party(party)
                  .build());
        }
      }
      List<Organisation> networks =
          organisations.stream()
              .filter(o -> o.is(OrganisationKind.NETWORK_OR_COORDINATION_GROUP))
              .collect(Collectors.toList());
      if (!networks.isEmpty() && oneIn(3)) {
        builder.addCoordinationMechanism(pick(networks).id());
      }
      return builder.build();
    }

    private static boolean notSignedAfter(Optional<PartialDate> earlier, Optional<PartialDate> later) {
      return earlier.isPresent() && (later.isEmpty() || !earlier.get().isCertainlyAfter(later.get()));
    }

    /** Entry into force and validity consistent with the status at the reference date. */
    private void datesFor(AgreementStatus status, LocalDate signedOn, Agreement.Builder builder) {
      switch (status) {
        case IN_FORCE: {
          LocalDate entry = day(signedOn, today);
          builder.entryIntoForce(PartialDate.of(entry));
          builder.validity(
              oneIn(2) ? DateRange.startingOn(entry) : DateRange.of(entry, day(today, today.plusYears(10))));
          break;
        }
        case EXPIRED: {
          LocalDate end = day(signedOn, today.minusDays(1));
          builder.entryIntoForce(PartialDate.of(signedOn));
          builder.validity(DateRange.of(signedOn, end));
          break;
        }
        default:
          break;
      }
    }

    // ------------------------------------------------------------------- programmes

    private Programme programme(int index) {
      ProgrammeId id = ProgrammeId.of("programme-" + index + suffix());
      Optional<ProgrammeStatus> status = gen(Gens.enumValues(ProgrammeStatus.class).optional());
      Optional<DateRange> period = oneIn(6) ? Optional.empty() : Optional.of(periodFor(status.orElse(ProgrammeStatus.CANCELLED)));
      Programme.Builder builder =
          Programme.builder()
              .id(id)
              .title(gen(ValueGens.multilingualTexts()))
              .acronym(gen(Gens.elements("ASIT", "AVRR", "MIDA", "COMPASS").optional()))
              .description(gen(ValueGens.multilingualTexts().optional()))
              .period(period)
              .status(status)
              .gcmObjectives(gen(ValueGens.enumSets(GcmObjective.class, 2)))
              .sdgTargets(gen(ValueGens.enumSets(SdgTarget.class, 2)))
              .thematicAreas(nonEmpty(gen(ValueGens.enumSets(ThematicArea.class, 3)), ThematicArea.class))
              .beneficiaryGroups(gen(ValueGens.enumSets(BeneficiaryGroup.class, 3)))
              .activityTypes(gen(ValueGens.enumSets(ActivityType.class, 3)))
              .sources(gen(ValueGens.sources().list(0, 1)));
      participants(builder);
      if (oneIn(3)) {
        builder.fundingInstrument(pick(organisations).id());
      }
      targetAreas(builder);
      budget(id, period, builder);
      for (Agreement agreement : agreements) {
        if (agreement.signingDate().isPresent() && period.isPresent()
            && !agreement.signingDate().get().earliestDay().isAfter(firstDay(period.get()))
            && oneIn(Math.max(4, agreements.size()))) {
          builder.addBasedOn(agreement.id());
        }
      }
      if (oneIn(4)) {
        builder.addIdentifier(gen(ValueGens.externalIdentifiers()));
      }
      Programme built = builder.build();
      if (period.isPresent() && built.budget().isPresent() && oneIn(3)) {
        // Money spent inside the period, from no one in particular: PRG-017 to PRG-019 hold.
        LocalDate first = firstDay(period.get());
        LocalDate last = period.get().end().map(PartialDate::earliestDay).orElse(first.plusYears(2));
        Money total = built.budget().get();
        builder.addTransaction(Transaction.of(gen(Gens.elements(TransactionKind.DISBURSEMENT, TransactionKind.EXPENDITURE)),
            PartialDate.of(day(first, last)), Money.of(total.amount().divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN), total.currency())));
        builder.addBudget(Budget.of(total, period.get()));
        built = builder.build();
      }
      return built;
    }

    private static <E extends Enum<E>> Set<E> nonEmpty(Set<E> set, Class<E> type) {
      return set.isEmpty() ? Set.of(type.getEnumConstants()[0]) : set;
    }

    private DateRange periodFor(ProgrammeStatus status) {
      switch (status) {
        case PIPELINE: {
          LocalDate start = day(today.plusDays(1), today.plusYears(3));
          return oneIn(3) ? DateRange.startingOn(start) : DateRange.of(start, day(start, start.plusYears(5)));
        }
        case IMPLEMENTATION: {
          LocalDate start = day(today.minusYears(5), today);
          return oneIn(3) ? DateRange.startingOn(start) : DateRange.of(start, day(today, today.plusYears(5)));
        }
        case FINALISATION:
        case CLOSED: {
          LocalDate start = day(today.minusYears(10), today.minusDays(1));
          return DateRange.of(start, day(start, today));
        }
        default: {
          LocalDate start = day(today.minusYears(10), today.plusYears(2));
          return oneIn(3) ? DateRange.startingOn(start) : DateRange.of(start, day(start, start.plusYears(5)));
        }
      }
    }

    private void participants(Programme.Builder builder) {
      for (ParticipantRole role : ParticipantRole.values()) {
        boolean required = role == ParticipantRole.FUNDING || role == ParticipantRole.IMPLEMENTING;
        int count = required ? 1 + choices.drawInt(1) : choices.drawInt(2);
        Set<OrganisationId> inRole = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
          inRole.add(pick(organisations).id());
        }
        inRole.forEach(o -> builder.addParticipant(Participant.of(o, role)));
      }
    }

    private void targetAreas(Programme.Builder builder) {
      List<GeographicArea> areas = new ArrayList<>(new LinkedHashSet<>(gen(ValueGens.geographicAreas().list(1, 4))));
      if (oneIn(2)) {
        areas.forEach(area -> builder.addTargetArea(TargetArea.of(area)));
        return;
      }
      List<Integer> weights = new ArrayList<>();
      int total = 0;
      for (int i = 0; i < areas.size(); i++) {
        int weight = 1 + choices.drawInt(99);
        weights.add(weight);
        total += weight;
      }
      BigDecimal remaining = BigDecimal.valueOf(100);
      for (int i = 0; i < areas.size(); i++) {
        BigDecimal share =
            i == areas.size() - 1
                ? remaining
                : BigDecimal.valueOf(100L * weights.get(i)).divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN);
        remaining = remaining.subtract(share);
        builder.addTargetArea(TargetArea.of(areas.get(i), share));
      }
    }

    /** The first day of a period this generator made: its periods are of days, with a start. */
    private static LocalDate firstDay(DateRange period) {
      return period.start().orElseThrow().earliestDay();
    }

    private void budget(ProgrammeId id, Optional<DateRange> period, Programme.Builder builder) {
      List<Programme> parents =
          programmes.stream()
              .filter(p -> unallocated.getOrDefault(p.id(), BigDecimal.ZERO).compareTo(BigDecimal.ONE) >= 0)
              .collect(Collectors.toList());
      if (!parents.isEmpty() && oneIn(4)) {
        Programme parent = pick(parents);
        BigDecimal available = unallocated.get(parent.id());
        BigDecimal amount =
            available.multiply(BigDecimal.valueOf(1 + choices.drawInt(4))).divide(BigDecimal.TEN, 2, RoundingMode.DOWN);
        if (amount.signum() > 0) {
          Currency currency = parent.budget().orElseThrow().currency();
          builder.parent(parent.id()).budget(Money.of(amount, currency));
          unallocated.put(parent.id(), available.subtract(amount));
          unallocated.put(id, amount);
          return;
        }
      }
      Currency currency = gen(ValueGens.currencies());
      int lineCount = choices.drawInt(3);
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < lineCount; i++) {
        Money line = gen(ValueGens.positiveMoney(currency, 18, 6));
        sum = sum.add(line.amount());
        BudgetLine.Builder budgetLine = BudgetLine.builder().amount(line).label(gen(ValueGens.multilingualTexts().optional()));
        if (period.isPresent() && oneIn(3)) {
          LocalDate lastDay = period.get().end().map(PartialDate::earliestDay).orElse(firstDay(period.get()).plusYears(10));
          LocalDate start = day(firstDay(period.get()), lastDay);
          LocalDate end = day(start, min(lastDay, start.plusDays(364)));
          budgetLine.period(DateRange.of(start, end));
        }
        builder.addBudgetLine(budgetLine.build());
      }
      if (oneIn(5)) {
        return; // no total stated: a programme without a budget is valid, and a property must see one
      }
      Money extra = gen(ValueGens.positiveMoney(currency, 18, 6));
      BigDecimal total = oneIn(4) && sum.signum() > 0 ? sum : sum.add(extra.amount());
      builder.budget(Money.of(total, currency));
      unallocated.put(id, total);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }

    // ----------------------------------------------------------------------- events

    private Event event(int index) {
      Event.Builder builder =
          Event.builder()
              .id(EventId.of("event-" + index + suffix()))
              .kind(gen(Gens.enumValues(EventKind.class)))
              .title(gen(ValueGens.multilingualTexts()))
              .place(gen(ValueGens.places().optional()))
              .people(gen(ValueGens.people().list(0, 2)))
              .outcomes(gen(ValueGens.multilingualTexts().list(0, 2)))
              .sources(gen(ValueGens.sources().list(0, 1)));
      Set<OrganisationId> participants = new LinkedHashSet<>();
      int count = 1 + choices.drawInt(2);
      for (int i = 0; i < count; i++) {
        participants.add(pick(organisations).id());
      }
      builder.organisations(participants);
      Optional<PartialDate> date;
      if (!programmes.isEmpty() && oneIn(2)) {
        Programme programme = pick(programmes);
        builder.programme(programme.id());
        if (programme.period().isPresent()) {
          DateRange period = programme.period().get();
          LocalDate first = firstDay(period);
          date = Optional.of(PartialDate.of(day(first, period.end().map(PartialDate::earliestDay).orElse(first.plusYears(2)))));
        } else {
          date = gen(ValueGens.partialDates(today.minusYears(10), today.plusYears(1)).optional());
        }
      } else {
        date = gen(ValueGens.partialDates(today.minusYears(10), today.plusYears(1)).optional());
      }
      builder.date(date);
      if (!agreements.isEmpty() && oneIn(3)) {
        builder.agreement(pick(agreements).id());
      }
      date.ifPresent(
          d -> builder.status(d.isCertainlyAfter(today) ? EventStatus.PLANNED : EventStatus.HELD));
      return builder.build();
    }
  }
}
