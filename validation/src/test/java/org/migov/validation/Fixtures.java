package org.migov.validation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
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
import org.migov.core.geography.Country;
import org.migov.core.geography.NamedArea;
import org.migov.core.geography.Place;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.office.OfficeKind;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Tenure;
import org.migov.core.person.Person;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/** A small valid dataset after the seeds, and ways to change one entity of it. */
final class Fixtures {
  private Fixtures() {}

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  static final OrganisationId IOM = OrganisationId.of("iom");
  static final OrganisationId UNODC = OrganisationId.of("unodc");
  static final OrganisationId ICAT = OrganisationId.of("icat");
  static final OrganisationId MAECI = OrganisationId.of("it-maeci");
  static final OrganisationId FUND = OrganisationId.of("it-migration-fund");
  static final OfficeId ROME = OfficeId.of("iom-rome");
  static final OfficeId GEORGETOWN = OfficeId.of("iom-georgetown");
  static final AgreementId A2012 = AgreementId.of("iom-unodc-2012");
  static final AgreementId A2024 = AgreementId.of("iom-unodc-2024");
  static final ProgrammeId LIBYA_NIGER = ProgrammeId.of("libya-niger");
  static final ProgrammeId LIBYA_CHILD = ProgrammeId.of("libya-niger-phase-1");
  static final EventId CAIRO = EventId.of("cairo-signing");
  static final EventId MEETING = EventId.of("coordination-meeting");

  static MultilingualText en(String text) {
    return MultilingualText.of("en", text);
  }

  static MigovValidator validator() {
    return MigovValidator.builder().clock(CLOCK).build();
  }

  static Dataset dataset() {
    Organisation iom =
        Organisation.builder()
            .id(IOM)
            .name(en("International Organization for Migration"))
            .acronym(MultilingualText.of("en", "IOM", "fr", "OIM"))
            .addKinds(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION, OrganisationKind.UN_ENTITY)
            .founded(PartialDate.ofYear(1951))
            .unSystemMembership(PartialDate.ofYear(2016))
            .memberStateCount(175)
            .addIdentifiers(
                ExternalIdentifier.of(IdentifierScheme.IATI, "XM-DAC-47066"),
                ExternalIdentifier.of(IdentifierScheme.WIKIDATA, "Q201052"))
            .addPost(
                Post.builder()
                    .title(en("Director General"))
                    .addTenure(Tenure.builder().holder(Person.of("António Vitorino"))
                        .start(PartialDate.parse("2018-10")).end(PartialDate.parse("2023-09")).build())
                    .addTenure(Tenure.builder().holder(Person.of("Amy Pope")).start(PartialDate.parse("2023-10")).build())
                    .build())
            .build();
    Organisation unodc =
        Organisation.builder().id(UNODC).name(en("UNODC")).addKind(OrganisationKind.UN_ENTITY)
            .founded(PartialDate.ofYear(1997)).build();
    Organisation icat =
        Organisation.builder().id(ICAT).name(en("ICAT")).addKind(OrganisationKind.NETWORK_OR_COORDINATION_GROUP)
            .founded(PartialDate.parse("2007-03")).build();
    Organisation maeci =
        Organisation.builder().id(MAECI).name(en("Ministry of Foreign Affairs")).addKind(OrganisationKind.NATIONAL_GOVERNMENT_BODY).build();
    Organisation fund =
        Organisation.builder().id(FUND).name(en("Migration Fund")).addKind(OrganisationKind.FUNDING_INSTRUMENT).parent(MAECI).build();

    NamedArea mediterranean =
        NamedArea.of("Mediterranean", Country.of("IT"), Country.of("MT"), Country.of("LY"), Country.of("TN"), Country.of("NE"));
    NamedArea caribbean = NamedArea.of("Caribbean", Country.of("GY"), Country.of("JM"), Country.of("TT"));
    Office rome =
        Office.builder().id(ROME).organisation(IOM).kind(OfficeKind.COORDINATION_OFFICE).name(en("Rome Coordination Office"))
            .location(Place.of("Rome", Country.of("IT"))).addAreaOfResponsibility(mediterranean).build();
    Office georgetown =
        Office.builder().id(GEORGETOWN).organisation(IOM).kind(OfficeKind.COORDINATION_OFFICE).name(en("Georgetown"))
            .location(Place.of("Georgetown", Country.of("GY"))).addAreaOfResponsibility(caribbean).build();

    Agreement a2012 =
        Agreement.builder().id(A2012).kind(AgreementKind.COOPERATION_AGREEMENT).title(en("Cooperation Agreement"))
            .addParties(IOM, UNODC).signingDate(PartialDate.of(2012, 4, 17)).entryIntoForce(PartialDate.of(2012, 4, 17))
            .validity(DateRange.startingOn(LocalDate.of(2012, 4, 17))).status(AgreementStatus.IN_FORCE).build();
    Agreement a2024 =
        Agreement.builder().id(A2024).kind(AgreementKind.PARTNERSHIP_DECLARATION).title(en("Partnership declaration"))
            .addParties(IOM, UNODC)
            .addSignatory(Signatory.builder().person(Person.of("Amy Pope")).party(IOM).build())
            .addSignatory(Signatory.builder().person(Person.of("Ghada Waly")).party(UNODC).build())
            .signingDate(PartialDate.of(2024, 7, 2)).signingPlace(Place.of("Cairo", Country.of("EG")))
            .status(AgreementStatus.SIGNED).addThematicArea(ThematicArea.TRAFFICKING_IN_PERSONS)
            .addLink(AgreementLink.of(LinkRelation.BUILDS_ON, A2012)).addCoordinationMechanism(ICAT).build();

    Programme libyaNiger =
        Programme.builder().id(LIBYA_NIGER).title(en("Libya and Niger"))
            .addParticipants(Participant.of(MAECI, ParticipantRole.FUNDING), Participant.of(IOM, ParticipantRole.IMPLEMENTING))
            .fundingInstrument(FUND).budget(Money.of("5000000", "EUR"))
            .addBudgetLine(BudgetLine.builder().amount(Money.of("2000000", "EUR"))
                .period(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).build())
            .period(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))).status(ProgrammeStatus.CLOSED)
            .addTargetAreas(TargetArea.of(Country.of("LY"), new BigDecimal("50")), TargetArea.of(Country.of("NE"), new BigDecimal("50")))
            .addThematicArea(ThematicArea.RETURN_AND_REINTEGRATION).addBasedOn(A2012).build();
    Programme child =
        Programme.builder().id(LIBYA_CHILD).title(en("Phase 1")).parent(LIBYA_NIGER)
            .addParticipants(Participant.of(MAECI, ParticipantRole.FUNDING), Participant.of(IOM, ParticipantRole.IMPLEMENTING))
            .budget(Money.of("1000000", "EUR")).period(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
            .status(ProgrammeStatus.CLOSED).addTargetArea(TargetArea.of(Country.of("LY")))
            .addThematicArea(ThematicArea.RETURN_AND_REINTEGRATION).build();

    Event cairo =
        Event.builder().id(CAIRO).kind(EventKind.SIGNING_CEREMONY).title(en("Signing in Cairo"))
            .date(PartialDate.of(2024, 7, 2)).addOrganisations(IOM, UNODC).agreement(A2024).build();
    Event meeting =
        Event.builder().id(MEETING).kind(EventKind.COORDINATION_MEETING).title(en("Coordination meeting"))
            .date(PartialDate.of(2021, 3, 1)).addOrganisations(MAECI, IOM).programme(LIBYA_NIGER).build();

    return Dataset.builder()
        .addOrganisations(iom, unodc, icat, maeci, fund)
        .addOffices(rome, georgetown)
        .addAgreements(a2012, a2024)
        .addProgrammes(libyaNiger, child)
        .addEvents(cairo, meeting)
        .build();
  }

  static Dataset organisation(Dataset d, OrganisationId id, UnaryOperator<Organisation.Builder> change) {
    return Dataset.builder().from(d).organisations(d.organisations().stream()
        .map(o -> o.id().equals(id) ? change.apply(Organisation.builder().from(o)).build() : o).collect(Collectors.toList())).build();
  }

  static Dataset office(Dataset d, OfficeId id, UnaryOperator<Office.Builder> change) {
    return Dataset.builder().from(d).offices(d.offices().stream()
        .map(o -> o.id().equals(id) ? change.apply(Office.builder().from(o)).build() : o).collect(Collectors.toList())).build();
  }

  static Dataset agreement(Dataset d, AgreementId id, UnaryOperator<Agreement.Builder> change) {
    return Dataset.builder().from(d).agreements(d.agreements().stream()
        .map(a -> a.id().equals(id) ? change.apply(Agreement.builder().from(a)).build() : a).collect(Collectors.toList())).build();
  }

  static Dataset programme(Dataset d, ProgrammeId id, UnaryOperator<Programme.Builder> change) {
    return Dataset.builder().from(d).programmes(d.programmes().stream()
        .map(p -> p.id().equals(id) ? change.apply(Programme.builder().from(p)).build() : p).collect(Collectors.toList())).build();
  }

  static Dataset event(Dataset d, EventId id, UnaryOperator<Event.Builder> change) {
    return Dataset.builder().from(d).events(d.events().stream()
        .map(e -> e.id().equals(id) ? change.apply(Event.builder().from(e)).build() : e).collect(Collectors.toList())).build();
  }

  static List<Organisation> plus(List<Organisation> list, Organisation extra) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(extra)).collect(Collectors.toList());
  }
}
