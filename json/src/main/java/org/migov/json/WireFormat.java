package org.migov.json;

import static org.migov.json.WireObject.nonEmptyList;
import static org.migov.json.WireObject.optional;
import static org.migov.json.WireObject.required;
import static org.migov.json.WireValues.COUNTRY;
import static org.migov.json.WireValues.CURRENCY;
import static org.migov.json.WireValues.DAY;
import static org.migov.json.WireValues.DECIMAL;
import static org.migov.json.WireValues.INTEGER;
import static org.migov.json.WireValues.NON_EMPTY_STRING;
import static org.migov.json.WireValues.PARTIAL_DATE;
import static org.migov.json.WireValues.REGION;
import static org.migov.json.WireValues.STRING;
import static org.migov.json.WireValues.TEXT;
import static org.migov.json.WireValues.URL;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.migov.core.CodedEnum;
import org.migov.core.Entity;
import org.migov.core.EntityKind;
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
import org.migov.core.geography.GeographicArea;
import org.migov.core.geography.NamedArea;
import org.migov.core.geography.Place;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.ExternalIdentifier;
import org.migov.core.organisation.IdentifierScheme;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Tenure;
import org.migov.core.person.Person;
import org.migov.core.programme.ActivityType;
import org.migov.core.programme.BeneficiaryGroup;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.source.Source;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.time.Period;

/**
 * The migov wire format ({@code docs/wire-format.md}), declared: each object with its properties
 * in the order they are written, each mapped to the accessor and builder method of its core
 * type. Reading, writing, the JSON Schema and the Jackson module all derive from these
 * declarations. To add a property, add its line here (after adding it to the core type).
 */
final class WireFormat {
  private WireFormat() {}

  // ------------------------------------------------------------------------------ ids and codes

  static final WireLeaf<OrganisationId> ORGANISATION_ID = WireValues.id(OrganisationId.class, EntityKind.ORGANISATION, OrganisationId::of);
  static final WireLeaf<OfficeId> OFFICE_ID = WireValues.id(OfficeId.class, EntityKind.OFFICE, OfficeId::of);
  static final WireLeaf<AgreementId> AGREEMENT_ID = WireValues.id(AgreementId.class, EntityKind.AGREEMENT, AgreementId::of);
  static final WireLeaf<ProgrammeId> PROGRAMME_ID = WireValues.id(ProgrammeId.class, EntityKind.PROGRAMME, ProgrammeId::of);
  static final WireLeaf<EventId> EVENT_ID = WireValues.id(EventId.class, EntityKind.EVENT, EventId::of);

  static final WireCode<ActivityType> ACTIVITY_TYPE = WireCode.of(ActivityType.class);
  static final WireCode<AgreementKind> AGREEMENT_KIND = WireCode.of(AgreementKind.class);
  static final WireCode<AgreementStatus> AGREEMENT_STATUS = WireCode.of(AgreementStatus.class);
  static final WireCode<BeneficiaryGroup> BENEFICIARY_GROUP = WireCode.of(BeneficiaryGroup.class);
  static final WireCode<EventKind> EVENT_KIND = WireCode.of(EventKind.class);
  static final WireCode<EventStatus> EVENT_STATUS = WireCode.of(EventStatus.class);
  static final WireCode<IdentifierScheme> IDENTIFIER_SCHEME = WireCode.of(IdentifierScheme.class);
  static final WireCode<LinkRelation> LINK_RELATION = WireCode.of(LinkRelation.class);
  static final WireCode<OfficeKind> OFFICE_KIND = WireCode.of(OfficeKind.class);
  static final WireCode<OrganisationKind> ORGANISATION_KIND = WireCode.of(OrganisationKind.class);
  static final WireCode<ParticipantRole> PARTICIPANT_ROLE = WireCode.of(ParticipantRole.class);
  static final WireCode<ProgrammeStatus> PROGRAMME_STATUS = WireCode.of(ProgrammeStatus.class);
  static final WireCode<ThematicArea> THEMATIC_AREA = WireCode.of(ThematicArea.class);
  static final WireCode<EntityKind> ENTITY_KIND = WireCode.of(EntityKind.class);

  /** Every code list of the wire format. */
  static final List<WireCode<? extends CodedEnum>> CODES = List.of(ACTIVITY_TYPE, AGREEMENT_KIND, AGREEMENT_STATUS,
      BENEFICIARY_GROUP, EVENT_KIND, EVENT_STATUS, IDENTIFIER_SCHEME, LINK_RELATION, OFFICE_KIND, ORGANISATION_KIND,
      PARTICIPANT_ROLE, PROGRAMME_STATUS, THEMATIC_AREA, ENTITY_KIND);

  // ------------------------------------------------------------------------------ value objects

  static final WireObject<Period> PERIOD = WireObject.of(Period.class, "a period", "period",
      required("start", DAY, Period::start),
      optional("end", DAY, Period::end),
      (start, end) -> end == null ? Period.startingOn(start) : Period.of(start, end));

  static final WireObject<Money> MONEY = WireObject.of(Money.class, "an amount of money", "money",
      required("amount", DECIMAL, Money::amount),
      required("currency", CURRENCY, Money::currency),
      Money::of);

  static final WireObject<NamedArea> NAMED_AREA = WireObject.of(NamedArea.class, "a named area", null,
      required("name", TEXT, NamedArea::name),
      nonEmptyList("members", COUNTRY, NamedArea::members),
      NamedArea::of);

  static final WireChoice<GeographicArea> AREA = WireChoice.of(GeographicArea.class, "a geographic area", "area",
      WireChoice.alternative("country", COUNTRY),
      WireChoice.alternative("region", REGION),
      WireChoice.alternative("namedArea", NAMED_AREA));

  static final WireObject<Place> PLACE = WireObject.of(Place.class, "a place", "place",
      optional("locality", NON_EMPTY_STRING, Place::locality),
      required("country", COUNTRY, Place::country),
      (locality, country) -> locality == null ? Place.of(country) : Place.of(locality, country));

  static final WireObject<Person> PERSON = WireObject.builder(Person.class, "a person", "person", Person::builder, Person.Builder::build)
      .required("name", STRING, Person::name, Person.Builder::name)
      .optional("honorificPrefix", STRING, Person::honorificPrefix, Person.Builder::honorificPrefix)
      .optional("wikidataId", STRING, Person::wikidataId, Person.Builder::wikidataId)
      .build();

  static final WireObject<Source> SOURCE = WireObject.builder(Source.class, "a source", "source", Source::builder, Source.Builder::build)
      .required("title", STRING, Source::title, Source.Builder::title)
      .optional("publisher", STRING, Source::publisher, Source.Builder::publisher)
      .optional("url", URL, Source::url, Source.Builder::url)
      .optional("date", PARTIAL_DATE, Source::date, Source.Builder::date)
      .optional("language", STRING, Source::language, Source.Builder::language)
      .build();

  // ------------------------------------------------------------------------------- organisation

  static final WireObject<ExternalIdentifier> IDENTIFIER = WireObject.of(ExternalIdentifier.class, "an external identifier", null,
      required("scheme", IDENTIFIER_SCHEME, ExternalIdentifier::scheme),
      required("value", NON_EMPTY_STRING, ExternalIdentifier::value),
      ExternalIdentifier::of);

  static final WireObject<Tenure> TENURE = WireObject.builder(Tenure.class, "a tenure", null, Tenure::builder, Tenure.Builder::build)
      .required("holder", PERSON, Tenure::holder, Tenure.Builder::holder)
      .optional("start", PARTIAL_DATE, Tenure::start, Tenure.Builder::start)
      .optional("end", PARTIAL_DATE, Tenure::end, Tenure.Builder::end)
      .build();

  static final WireObject<Post> POST = WireObject.builder(Post.class, "a post", null, Post::builder, Post.Builder::build)
      .required("title", TEXT, Post::title, Post.Builder::title)
      .list("tenures", TENURE, Post::tenures, Post.Builder::addTenure)
      .build();

  static final WireObject<Organisation> ORGANISATION = WireObject.builder(Organisation.class, "an organisation", "organisation",
          Organisation::builder, Organisation.Builder::build)
      .required("id", ORGANISATION_ID, Organisation::id, Organisation.Builder::id)
      .required("name", TEXT, Organisation::name, Organisation.Builder::name)
      .optional("acronym", TEXT, Organisation::acronym, Organisation.Builder::acronym)
      .list("kinds", ORGANISATION_KIND, Organisation::kinds, Organisation.Builder::addKind)
      .optional("parent", ORGANISATION_ID, Organisation::parent, Organisation.Builder::parent)
      .optional("founded", PARTIAL_DATE, Organisation::founded, Organisation.Builder::founded)
      .optional("dissolved", PARTIAL_DATE, Organisation::dissolved, Organisation.Builder::dissolved)
      .optional("headquarters", PLACE, Organisation::headquarters, Organisation.Builder::headquarters)
      .optional("memberStateCount", INTEGER, o -> boxed(o.memberStateCount()), Organisation.Builder::memberStateCount)
      .optional("unSystemMembership", PARTIAL_DATE, Organisation::unSystemMembership, Organisation.Builder::unSystemMembership)
      .list("identifiers", IDENTIFIER, Organisation::identifiers, Organisation.Builder::addIdentifier)
      .optional("website", URL, Organisation::website, Organisation.Builder::website)
      .list("posts", POST, Organisation::posts, Organisation.Builder::addPost)
      .list("sources", SOURCE, Organisation::sources, Organisation.Builder::addSource)
      .build();

  // ------------------------------------------------------------------------------------- office

  static final WireObject<Office> OFFICE = WireObject.builder(Office.class, "an office", "office", Office::builder, Office.Builder::build)
      .required("id", OFFICE_ID, Office::id, Office.Builder::id)
      .required("organisation", ORGANISATION_ID, Office::organisation, Office.Builder::organisation)
      .required("kind", OFFICE_KIND, Office::kind, Office.Builder::kind)
      .required("name", TEXT, Office::name, Office.Builder::name)
      .required("location", PLACE, Office::location, Office.Builder::location)
      .list("areaOfResponsibility", AREA, Office::areaOfResponsibility, Office.Builder::addAreaOfResponsibility)
      .optional("parent", OFFICE_ID, Office::parent, Office.Builder::parent)
      .optional("operatingPeriod", PERIOD, Office::operatingPeriod, Office.Builder::operatingPeriod)
      .list("sources", SOURCE, Office::sources, Office.Builder::addSource)
      .build();

  // ---------------------------------------------------------------------------------- agreement

  static final WireObject<Signatory> SIGNATORY = WireObject.builder(Signatory.class, "a signatory", null,
          Signatory::builder, Signatory.Builder::build)
      .required("person", PERSON, Signatory::person, Signatory.Builder::person)
      .optional("post", TEXT, Signatory::post, Signatory.Builder::post)
      .required("party", ORGANISATION_ID, Signatory::party, Signatory.Builder::party)
      .build();

  static final WireObject<AgreementLink> LINK = WireObject.of(AgreementLink.class, "a link to an earlier agreement", null,
      required("relation", LINK_RELATION, AgreementLink::relation),
      required("target", AGREEMENT_ID, AgreementLink::target),
      AgreementLink::of);

  static final WireObject<Agreement> AGREEMENT = WireObject.builder(Agreement.class, "an agreement", "agreement",
          Agreement::builder, Agreement.Builder::build)
      .required("id", AGREEMENT_ID, Agreement::id, Agreement.Builder::id)
      .required("kind", AGREEMENT_KIND, Agreement::kind, Agreement.Builder::kind)
      .required("title", TEXT, Agreement::title, Agreement.Builder::title)
      .list("parties", ORGANISATION_ID, Agreement::parties, Agreement.Builder::addParty)
      .list("signatories", SIGNATORY, Agreement::signatories, Agreement.Builder::addSignatory)
      .optional("signingDate", PARTIAL_DATE, Agreement::signingDate, Agreement.Builder::signingDate)
      .optional("signingPlace", PLACE, Agreement::signingPlace, Agreement.Builder::signingPlace)
      .optional("entryIntoForce", PARTIAL_DATE, Agreement::entryIntoForce, Agreement.Builder::entryIntoForce)
      .optional("validity", PERIOD, Agreement::validity, Agreement.Builder::validity)
      .required("status", AGREEMENT_STATUS, Agreement::status, Agreement.Builder::status)
      .list("thematicAreas", THEMATIC_AREA, Agreement::thematicAreas, Agreement.Builder::addThematicArea)
      .list("commitments", TEXT, Agreement::commitments, Agreement.Builder::addCommitment)
      .list("links", LINK, Agreement::links, Agreement.Builder::addLink)
      .list("coordinationMechanisms", ORGANISATION_ID, Agreement::coordinationMechanisms, Agreement.Builder::addCoordinationMechanism)
      .list("sources", SOURCE, Agreement::sources, Agreement.Builder::addSource)
      .build();

  // ---------------------------------------------------------------------------------- programme

  static final WireObject<Participant> PARTICIPANT = WireObject.of(Participant.class, "a participant", null,
      required("organisation", ORGANISATION_ID, Participant::organisation),
      required("role", PARTICIPANT_ROLE, Participant::role),
      Participant::of);

  static final WireObject<BudgetLine> BUDGET_LINE = WireObject.builder(BudgetLine.class, "a budget line", null,
          BudgetLine::builder, BudgetLine.Builder::build)
      .required("amount", MONEY, BudgetLine::amount, BudgetLine.Builder::amount)
      .optional("period", PERIOD, BudgetLine::period, BudgetLine.Builder::period)
      .optional("area", AREA, BudgetLine::area, BudgetLine.Builder::area)
      .optional("label", TEXT, BudgetLine::label, BudgetLine.Builder::label)
      .build();

  static final WireObject<TargetArea> TARGET_AREA = WireObject.of(TargetArea.class, "a target area", null,
      required("area", AREA, TargetArea::area),
      optional("percentage", DECIMAL, TargetArea::percentage),
      (area, percentage) -> percentage == null ? TargetArea.of(area) : TargetArea.of(area, percentage));

  static final WireObject<Programme> PROGRAMME = WireObject.builder(Programme.class, "a programme", "programme",
          Programme::builder, Programme.Builder::build)
      .required("id", PROGRAMME_ID, Programme::id, Programme.Builder::id)
      .required("title", TEXT, Programme::title, Programme.Builder::title)
      .optional("acronym", STRING, Programme::acronym, Programme.Builder::acronym)
      .optional("description", TEXT, Programme::description, Programme.Builder::description)
      .list("participants", PARTICIPANT, Programme::participants, Programme.Builder::addParticipant)
      .optional("fundingInstrument", ORGANISATION_ID, Programme::fundingInstrument, Programme.Builder::fundingInstrument)
      .optional("budget", MONEY, Programme::budget, Programme.Builder::budget)
      .list("budgetLines", BUDGET_LINE, Programme::budgetLines, Programme.Builder::addBudgetLine)
      .optional("period", PERIOD, Programme::period, Programme.Builder::period)
      .optional("status", PROGRAMME_STATUS, Programme::status, Programme.Builder::status)
      .list("targetAreas", TARGET_AREA, Programme::targetAreas, Programme.Builder::addTargetArea)
      .list("thematicAreas", THEMATIC_AREA, Programme::thematicAreas, Programme.Builder::addThematicArea)
      .list("beneficiaryGroups", BENEFICIARY_GROUP, Programme::beneficiaryGroups, Programme.Builder::addBeneficiaryGroup)
      .list("activityTypes", ACTIVITY_TYPE, Programme::activityTypes, Programme.Builder::addActivityType)
      .list("basedOn", AGREEMENT_ID, Programme::basedOn, Programme.Builder::addBasedOn)
      .optional("parent", PROGRAMME_ID, Programme::parent, Programme.Builder::parent)
      .list("sources", SOURCE, Programme::sources, Programme.Builder::addSource)
      .build();

  // -------------------------------------------------------------------------------------- event

  static final WireObject<Event> EVENT = WireObject.builder(Event.class, "an event", "event", Event::builder, Event.Builder::build)
      .required("id", EVENT_ID, Event::id, Event.Builder::id)
      .required("kind", EVENT_KIND, Event::kind, Event.Builder::kind)
      .required("title", TEXT, Event::title, Event.Builder::title)
      .optional("status", EVENT_STATUS, Event::status, Event.Builder::status)
      .optional("date", PARTIAL_DATE, Event::date, Event.Builder::date)
      .optional("place", PLACE, Event::place, Event.Builder::place)
      .list("organisations", ORGANISATION_ID, Event::organisations, Event.Builder::addOrganisation)
      .list("people", PERSON, Event::people, Event.Builder::addPerson)
      .optional("programme", PROGRAMME_ID, Event::programme, Event.Builder::programme)
      .optional("agreement", AGREEMENT_ID, Event::agreement, Event.Builder::agreement)
      .list("outcomes", TEXT, Event::outcomes, Event.Builder::addOutcome)
      .list("sources", SOURCE, Event::sources, Event.Builder::addSource)
      .build();

  // ------------------------------------------------------------------------------------ dataset

  /** The dataset envelope: the format's name and version, then a list per kind of entity. */
  static final WireObject<Dataset> DATASET = WireObject.builder(Dataset.class, "a migov dataset envelope", null,
          Dataset::builder, Dataset.Builder::build)
      .required("format", WireValues.constant(MigovJson.FORMAT), d -> MigovJson.FORMAT, (b, format) -> { })
      .required("version", WireValues.VERSION, d -> MigovJson.VERSION, (b, version) -> { })
      .list(EntityKind.ORGANISATION.listName(), ORGANISATION, Dataset::organisations, Dataset.Builder::addOrganisation)
      .list(EntityKind.OFFICE.listName(), OFFICE, Dataset::offices, Dataset.Builder::addOffice)
      .list(EntityKind.AGREEMENT.listName(), AGREEMENT, Dataset::agreements, Dataset.Builder::addAgreement)
      .list(EntityKind.PROGRAMME.listName(), PROGRAMME, Dataset::programmes, Dataset.Builder::addProgramme)
      .list(EntityKind.EVENT.listName(), EVENT, Dataset::events, Dataset.Builder::addEvent)
      .build();

  /** The declaration of a kind of entity. */
  static WireObject<? extends Entity> entity(EntityKind kind) {
    return switch (kind) {
      case ORGANISATION -> ORGANISATION;
      case OFFICE -> OFFICE;
      case AGREEMENT -> AGREEMENT;
      case PROGRAMME -> PROGRAMME;
      case EVENT -> EVENT;
    };
  }

  /** The declaration of an entity's kind. */
  @SuppressWarnings("unchecked")
  static <E extends Entity> WireObject<E> entityOf(E entity) {
    return (WireObject<E>) entity(EntityKind.of(entity.getClass()));
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  /**
   * Every type of the wire format that is a public type of migov-core, for the Jackson module: the
   * JDK's own types (String, BigDecimal, LocalDate, URI, Currency) are left to Jackson.
   */
  static final List<WireType<?>> TYPES = java.util.stream.Stream.<WireType<?>>concat(
          java.util.stream.Stream.of(ORGANISATION_ID, OFFICE_ID, AGREEMENT_ID, PROGRAMME_ID, EVENT_ID,
              COUNTRY, REGION, PARTIAL_DATE, TEXT, PERIOD, MONEY, NAMED_AREA, AREA, PLACE, PERSON, SOURCE,
              IDENTIFIER, TENURE, POST, ORGANISATION, OFFICE, SIGNATORY, LINK, AGREEMENT, PARTICIPANT, BUDGET_LINE,
              TARGET_AREA, PROGRAMME, EVENT, DATASET),
          CODES.stream())
      .collect(java.util.stream.Collectors.toUnmodifiableList());
}
