package org.migov.json;

import static org.migov.json.WireObject.nonEmptyList;
import static org.migov.json.WireObject.optional;
import static org.migov.json.WireObject.required;
import static org.migov.json.WireValues.BOOLEAN;
import static org.migov.json.WireValues.COUNTRY;
import static org.migov.json.WireValues.CURRENCY;
import static org.migov.json.WireValues.DECIMAL;
import static org.migov.json.WireValues.INTEGER;
import static org.migov.json.WireValues.NAME;
import static org.migov.json.WireValues.NON_EMPTY_STRING;
import static org.migov.json.WireValues.PARTIAL_DATE;
import static org.migov.json.WireValues.REGION;
import static org.migov.json.WireValues.SDG_TARGET;
import static org.migov.json.WireValues.STRING;
import static org.migov.json.WireValues.TEXT;
import static org.migov.json.WireValues.URL;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.migov.core.CodedEnum;
import org.migov.core.Entity;
import org.migov.core.EntityKind;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.InvalidValueException;
import org.migov.core.agreement.ActKind;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementKind;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.InstrumentAct;
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
import org.migov.core.person.Person;
import org.migov.core.programme.ActivityType;
import org.migov.core.programme.BeneficiaryGroup;
import org.migov.core.programme.Budget;
import org.migov.core.programme.BudgetKind;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.BudgetStatus;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.programme.Transaction;
import org.migov.core.programme.TransactionKind;
import org.migov.core.source.Source;
import org.migov.core.taxonomy.GcmObjective;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;
import org.migov.core.time.PartialDate;
import org.migov.core.text.Phrase;

/**
 * The migov wire format ({@code docs/wire-format.md}), declared: each object with its properties
 * in the order they are written, each mapped to the accessor and builder method of its core
 * type. Reading, writing, the JSON Schema and the Jackson module all derive from these
 * declarations. To add a property, add its line here (after adding it to the core type).
 */
final class WireFormat {
  /** A value with its period, as an object of the wire format (before {@link #CURRENT}, which uses it). */
  private static final Phrase.Template A_DATED = Phrase.template("a dated {0}", "un valore \"{0}\" con il suo periodo",
      "une valeur \"{0}\" avec sa période", "un valor \"{0}\" con su periodo");

  /** The wire format this library reads and writes, declared once. */
  static final WireFormat CURRENT = new WireFormat();

  /**
   * Declares the wire format. One instance serves everyone ({@link #CURRENT}); tests make others,
   * so that the code that turns declarations into readers and writers runs in each test.
   */
  WireFormat() {}

  // ------------------------------------------------------------------------------ ids and codes

  final WireLeaf<OrganisationId> organisationId = WireValues.id(OrganisationId.class, EntityKind.ORGANISATION, OrganisationId::of);
  final WireLeaf<OfficeId> officeId = WireValues.id(OfficeId.class, EntityKind.OFFICE, OfficeId::of);
  final WireLeaf<AgreementId> agreementId = WireValues.id(AgreementId.class, EntityKind.AGREEMENT, AgreementId::of);
  final WireLeaf<ProgrammeId> programmeId = WireValues.id(ProgrammeId.class, EntityKind.PROGRAMME, ProgrammeId::of);
  final WireLeaf<EventId> eventId = WireValues.id(EventId.class, EntityKind.EVENT, EventId::of);

  final WireCode<ActivityType> activityType = WireCode.of(ActivityType.class);
  final WireCode<AgreementKind> agreementKind = WireCode.of(AgreementKind.class);
  final WireCode<AgreementStatus> agreementStatus = WireCode.of(AgreementStatus.class);
  final WireCode<BeneficiaryGroup> beneficiaryGroup = WireCode.of(BeneficiaryGroup.class);
  final WireCode<EventKind> eventKind = WireCode.of(EventKind.class);
  final WireCode<EventStatus> eventStatus = WireCode.of(EventStatus.class);
  final WireCode<IdentifierScheme> identifierScheme = WireCode.of(IdentifierScheme.class);
  final WireCode<LinkRelation> linkRelation = WireCode.of(LinkRelation.class);
  final WireCode<OfficeKind> officeKind = WireCode.of(OfficeKind.class);
  final WireCode<OrganisationKind> organisationKind = WireCode.of(OrganisationKind.class);
  final WireCode<ParticipantRole> participantRole = WireCode.of(ParticipantRole.class);
  final WireCode<ProgrammeStatus> programmeStatus = WireCode.of(ProgrammeStatus.class);
  final WireCode<ThematicArea> thematicArea = WireCode.of(ThematicArea.class);
  final WireCode<EntityKind> entityKind = WireCode.of(EntityKind.class);
  final WireCode<ActKind> actKind = WireCode.of(ActKind.class);
  final WireCode<BudgetKind> budgetKind = WireCode.of(BudgetKind.class);
  final WireCode<BudgetStatus> budgetStatus = WireCode.of(BudgetStatus.class);
  final WireCode<TransactionKind> transactionKind = WireCode.of(TransactionKind.class);
  final WireCode<GcmObjective> gcmObjective = WireCode.of(GcmObjective.class);
  final WireCode<CountKind> countKind = WireCode.of(CountKind.class);
  final WireCode<Approximation> approximation = WireCode.of(Approximation.class);
  final WireCode<RoleKind> roleKind = WireCode.of(RoleKind.class);
  final WireCode<SuccessionKind> successionKind = WireCode.of(SuccessionKind.class);

  /** Every code list of the wire format. */
  final List<WireCode<? extends CodedEnum>> codes = List.of(activityType, agreementKind, agreementStatus,
      beneficiaryGroup, eventKind, eventStatus, identifierScheme, linkRelation, officeKind, organisationKind,
      participantRole, programmeStatus, thematicArea, entityKind, actKind, countKind, approximation, roleKind, successionKind, budgetKind, budgetStatus,
      transactionKind, gcmObjective);

  // ------------------------------------------------------------------------------ value objects

  final WireObject<DateRange> period = WireObject.of(DateRange.class, Phrase.of("a period", "un periodo", "une période", "un periodo"), "period",
      optional("start", PARTIAL_DATE, DateRange::start),
      optional("end", PARTIAL_DATE, DateRange::end),
      WireFormat::range);

  /** A period from its bounds as read: a start, an end or both (wire format 1.0 had days and a start always). */
  private static DateRange range(PartialDate start, PartialDate end) {
    if (start == null && end == null) {
      throw new InvalidValueException(Phrase.of("a period with a start, an end or both",
          "un periodo con un inizio, una fine o entrambi", "une période avec un début, une fin ou les deux",
          "un periodo con un inicio, un fin o ambos"), "{}");
    }
    return start == null ? DateRange.until(end) : end == null ? DateRange.from(start) : DateRange.of(start, end);
  }

  /** A value and when it held: {@code {"<name>": <value>, "period": <period>}}, the period left out when undated. */
  @SuppressWarnings("unchecked")
  private <V> WireObject<Dated<V>> dated(String name, WireType<V> type, String definition) {
    return WireObject.of((Class<Dated<V>>) (Class<?>) Dated.class, A_DATED.with(name), definition,
        required(name, type, Dated::value),
        optional("period", period, Dated::period),
        (value, when) -> when == null ? Dated.of(value) : Dated.of(value, when));
  }

  final WireObject<Money> money = WireObject.of(Money.class, Phrase.of("an amount of money", "un importo", "un montant", "un importe"), "money",
      required("amount", DECIMAL, Money::amount),
      required("currency", CURRENCY, Money::currency),
      Money::of);

  final WireObject<NamedArea> namedArea = WireObject.of(NamedArea.class, Phrase.of("a named area", "un'area con nome", "une zone nommée", "una zona con nombre"), null,
      required("name", TEXT, NamedArea::name),
      nonEmptyList("members", COUNTRY, NamedArea::members),
      NamedArea::of);

  final WireChoice<GeographicArea> area = WireChoice.of(GeographicArea.class, Phrase.of("a geographic area", "un'area geografica", "une zone géographique", "una zona geográfica"), "area",
      WireChoice.alternative("country", COUNTRY),
      WireChoice.alternative("region", REGION),
      WireChoice.alternative("namedArea", namedArea));

  final WireObject<Place> place = WireObject.of(Place.class, Phrase.of("a place", "un luogo", "un lieu", "un lugar"), "place",
      optional("locality", NAME, Place::locality),
      required("country", COUNTRY, Place::country),
      (locality, country) -> locality == null ? Place.of(country) : Place.of(locality, country));

  final WireObject<Person> person = WireObject.builder(Person.class, Phrase.of("a person", "una persona", "une personne", "una persona"), "person", Person::builder, Person.Builder::build)
      .required("name", STRING, Person::name, Person.Builder::name)
      .optional("names", TEXT, Person::names, Person.Builder::names)
      .optional("honorificPrefix", STRING, Person::honorificPrefix, Person.Builder::honorificPrefix)
      .optional("wikidataId", STRING, Person::wikidataId, Person.Builder::wikidataId)
      .build();

  final WireObject<Source> source = WireObject.builder(Source.class, Phrase.of("a source", "una fonte", "une source", "una fuente"), "source", Source::builder, Source.Builder::build)
      .required("title", STRING, Source::title, Source.Builder::title)
      .optional("publisher", STRING, Source::publisher, Source.Builder::publisher)
      .optional("url", URL, Source::url, Source.Builder::url)
      .optional("date", PARTIAL_DATE, Source::date, Source.Builder::date)
      .optional("language", STRING, Source::language, Source.Builder::language)
      .build();

  // ------------------------------------------------------------------------------- organisation

  final WireObject<ExternalIdentifier> identifier = WireObject.of(ExternalIdentifier.class, Phrase.of("an external identifier", "un identificativo esterno", "un identifiant externe", "un identificador externo"), null,
      required("scheme", identifierScheme, ExternalIdentifier::scheme),
      required("value", NON_EMPTY_STRING, ExternalIdentifier::value),
      ExternalIdentifier::of);

  final WireObject<Tenure> tenure = WireObject.builder(Tenure.class, Phrase.of("a tenure", "un mandato", "un mandat", "un mandato"), null, Tenure::builder, Tenure.Builder::build)
      .required("holder", person, Tenure::holder, Tenure.Builder::holder)
      .optional("start", PARTIAL_DATE, Tenure::start, Tenure.Builder::start)
      .optional("end", PARTIAL_DATE, Tenure::end, Tenure.Builder::end)
      .build();

  final WireObject<Post> post = WireObject.builder(Post.class, Phrase.of("a post", "un incarico", "un poste", "un cargo"), null, Post::builder, Post.Builder::build)
      .required("title", TEXT, Post::title, Post.Builder::title)
      .list("tenures", tenure, Post::tenures, Post.Builder::addTenure)
      .optional("shared", BOOLEAN, p -> unlessDefault(p.shared(), false), Post.Builder::shared)
      .build();

  final WireObject<Count> count = WireObject.builder(Count.class, Phrase.of("a count", "un conteggio", "un décompte", "un recuento"), null, Count::builder, Count.Builder::build)
      .required("kind", countKind, Count::kind, Count.Builder::kind)
      .required("value", INTEGER, Count::value, Count.Builder::value)
      .optional("approximation", approximation, c -> unlessDefault(c.approximation(), Approximation.EXACT), Count.Builder::approximation)
      .optional("asOf", PARTIAL_DATE, Count::asOf, Count.Builder::asOf)
      .build();

  final WireObject<Role> role = WireObject.builder(Role.class, Phrase.of("a role", "un ruolo", "un rôle", "un papel"), null, Role::builder, Role.Builder::build)
      .required("role", roleKind, Role::kind, Role.Builder::kind)
      .required("holder", organisationId, Role::holder, Role.Builder::holder)
      .optional("period", period, Role::period, Role.Builder::period)
      .build();

  final WireObject<Succession> succession = WireObject.builder(Succession.class, Phrase.of("a succession", "una successione", "une succession", "una sucesión"), null,
          Succession::builder, Succession.Builder::build)
      .required("kind", successionKind, Succession::kind, Succession.Builder::kind)
      .required("predecessor", organisationId, Succession::predecessor, Succession.Builder::predecessor)
      .optional("date", PARTIAL_DATE, Succession::date, Succession.Builder::date)
      .build();

  final WireObject<Dated<MultilingualText>> datedName = dated("name", TEXT, null);
  final WireObject<Dated<OrganisationId>> datedMember = dated("member", organisationId, null);

  final WireObject<Organisation> organisation = WireObject.builder(Organisation.class, Phrase.of("an organisation", "un'organizzazione", "une organisation", "una organización"), "organisation",
          Organisation::builder, Organisation.Builder::build)
      .required("id", organisationId, Organisation::id, Organisation.Builder::id)
      .required("name", TEXT, Organisation::name, Organisation.Builder::name)
      .optional("acronym", TEXT, Organisation::acronym, Organisation.Builder::acronym)
      .list("kinds", organisationKind, Organisation::kinds, Organisation.Builder::addKind)
      .optional("parent", organisationId, Organisation::parent, Organisation.Builder::parent)
      .optional("founded", PARTIAL_DATE, Organisation::founded, Organisation.Builder::founded)
      .optional("dissolved", PARTIAL_DATE, Organisation::dissolved, Organisation.Builder::dissolved)
      .optional("headquarters", place, Organisation::headquarters, Organisation.Builder::headquarters)
      .optional("memberStateCount", INTEGER, o -> soleMemberStateCount(o.counts()), Organisation.Builder::memberStateCount)
      .list("counts", count, o -> soleMemberStateCount(o.counts()).isPresent() ? List.of() : o.counts(),
          Organisation.Builder::addCount)
      .list("formerNames", datedName, Organisation::formerNames, Organisation.Builder::addFormerName)
      .optional("unSystemMembership", PARTIAL_DATE, Organisation::unSystemMembership, Organisation.Builder::unSystemMembership)
      .list("identifiers", identifier, Organisation::identifiers, Organisation.Builder::addIdentifier)
      .optional("website", URL, Organisation::website, Organisation.Builder::website)
      .list("posts", post, Organisation::posts, Organisation.Builder::addPost)
      .list("members", datedMember, Organisation::members, Organisation.Builder::addMember)
      .list("roles", role, Organisation::roles, Organisation.Builder::addRole)
      .list("predecessors", succession, Organisation::predecessors, Organisation.Builder::addPredecessor)
      .list("sources", source, Organisation::sources, Organisation.Builder::addSource)
      .build();

  /** The 1.0 {@code memberStateCount}, when the counts say that and nothing else. */
  private static Optional<Integer> soleMemberStateCount(List<Count> counts) {
    OptionalInt sole = Count.soleMemberStates(counts);
    return sole.isPresent() ? Optional.of(sole.getAsInt()) : Optional.empty();
  }

  /** A code or flag written only when it is not its default, which a reader assumes when it is left out. */
  private static <V> Optional<V> unlessDefault(V value, V standard) {
    return value.equals(standard) ? Optional.empty() : Optional.of(value);
  }

  // ------------------------------------------------------------------------------------- office

  final WireObject<Dated<OfficeKind>> datedOfficeKind = dated("kind", officeKind, null);
  final WireObject<Dated<GeographicArea>> datedArea = dated("area", area, null);
  final WireObject<Dated<OfficeId>> datedParent = dated("parent", officeId, null);

  final WireObject<Office> office = WireObject.builder(Office.class, Phrase.of("an office", "un ufficio", "un bureau", "una oficina"), "office", Office::builder, Office.Builder::build)
      .required("id", officeId, Office::id, Office.Builder::id)
      .required("organisation", organisationId, Office::organisation, Office.Builder::organisation)
      .optional("kind", officeKind, o -> Dated.sole(o.kinds()), Office.Builder::kind)
      .list("kindHistory", datedOfficeKind, o -> unlessSingle(o.kinds()), Office.Builder::addKind)
      .required("name", TEXT, Office::name, Office.Builder::name)
      .required("location", place, Office::location, Office.Builder::location)
      .list("areaOfResponsibility", area, o -> undated(o.areaOfResponsibility()), Office.Builder::addAreaOfResponsibility)
      .list("areaHistory", datedArea, o -> unlessUndated(o.areaOfResponsibility()), Office.Builder::addAreaOfResponsibility)
      .optional("coversNoCountry", BOOLEAN, o -> unlessDefault(o.coversNoCountry(), false), Office.Builder::coversNoCountry)
      .optional("parent", officeId, o -> Dated.sole(o.parents()), Office.Builder::parent)
      .list("parentHistory", datedParent, o -> unlessSingle(o.parents()), Office.Builder::addParent)
      .optional("operatingPeriod", period, Office::operatingPeriod, Office.Builder::operatingPeriod)
      .list("identifiers", identifier, Office::identifiers, Office.Builder::addIdentifier)
      .list("sources", source, Office::sources, Office.Builder::addSource)
      .build();

  // A history is written in its wire format 1.0 form when that holds it (Dated.sole, Dated.noneDated),
  // else every entry in the 1.1 property.

  private static <V> List<Dated<V>> unlessSingle(List<Dated<V>> history) {
    return Dated.sole(history).isPresent() ? List.of() : history;
  }

  private static <V> List<V> undated(List<Dated<V>> history) {
    return Dated.noneDated(history) ? Dated.values(history) : List.of();
  }

  private static <V> List<Dated<V>> unlessUndated(List<Dated<V>> history) {
    return Dated.noneDated(history) ? List.of() : history;
  }

  // ---------------------------------------------------------------------------------- agreement

  final WireObject<Signatory> signatory = WireObject.builder(Signatory.class, Phrase.of("a signatory", "un firmatario", "un signataire", "un firmante"), null,
          Signatory::builder, Signatory.Builder::build)
      .required("person", person, Signatory::person, Signatory.Builder::person)
      .optional("post", TEXT, Signatory::post, Signatory.Builder::post)
      .required("party", organisationId, Signatory::party, Signatory.Builder::party)
      .build();

  final WireObject<AgreementLink> link = WireObject.of(AgreementLink.class, Phrase.of("a link to an earlier agreement", "un collegamento a un accordo precedente", "un lien vers un accord antérieur", "un enlace a un acuerdo anterior"), null,
      required("relation", linkRelation, AgreementLink::relation),
      required("target", agreementId, AgreementLink::target),
      AgreementLink::of);

  final WireObject<InstrumentAct> act = WireObject.builder(InstrumentAct.class, Phrase.of("an act on an instrument", "un atto su uno strumento", "un acte sur un instrument", "un acto sobre un instrumento"), null,
          InstrumentAct::builder, InstrumentAct.Builder::build)
      .required("kind", actKind, InstrumentAct::kind, InstrumentAct.Builder::kind)
      .required("body", TEXT, InstrumentAct::body, InstrumentAct.Builder::body)
      .optional("organisation", organisationId, InstrumentAct::organisation, InstrumentAct.Builder::organisation)
      .optional("date", PARTIAL_DATE, InstrumentAct::date, InstrumentAct.Builder::date)
      .optional("place", place, InstrumentAct::place, InstrumentAct.Builder::place)
      .optional("symbol", NON_EMPTY_STRING, InstrumentAct::symbol, InstrumentAct.Builder::symbol)
      .build();

  final WireObject<Agreement> agreement = WireObject.builder(Agreement.class, Phrase.of("an agreement", "un accordo", "un accord", "un acuerdo"), "agreement",
          Agreement::builder, Agreement.Builder::build)
      .required("id", agreementId, Agreement::id, Agreement.Builder::id)
      .required("kind", agreementKind, Agreement::kind, Agreement.Builder::kind)
      .required("title", TEXT, Agreement::title, Agreement.Builder::title)
      .list("parties", organisationId, Agreement::parties, Agreement.Builder::addParty)
      .list("signatories", signatory, Agreement::signatories, Agreement.Builder::addSignatory)
      .optional("signingDate", PARTIAL_DATE, Agreement::signingDate, Agreement.Builder::signingDate)
      .optional("signingPlace", place, Agreement::signingPlace, Agreement.Builder::signingPlace)
      .optional("entryIntoForce", PARTIAL_DATE, Agreement::entryIntoForce, Agreement.Builder::entryIntoForce)
      .optional("validity", period, Agreement::validity, Agreement.Builder::validity)
      .required("status", agreementStatus, Agreement::status, Agreement.Builder::status)
      .list("thematicAreas", thematicArea, Agreement::thematicAreas, Agreement.Builder::addThematicArea)
      .list("commitments", TEXT, Agreement::commitments, Agreement.Builder::addCommitment)
      .list("links", link, Agreement::links, Agreement.Builder::addLink)
      .list("coordinationMechanisms", organisationId, Agreement::coordinationMechanisms, Agreement.Builder::addCoordinationMechanism)
      .list("acts", act, Agreement::acts, Agreement.Builder::addAct)
      .list("identifiers", identifier, Agreement::identifiers, Agreement.Builder::addIdentifier)
      .list("sources", source, Agreement::sources, Agreement.Builder::addSource)
      .build();

  // ---------------------------------------------------------------------------------- programme

  final WireObject<Participant> participant = WireObject.of(Participant.class, Phrase.of("a participant", "un partecipante", "un participant", "un participante"), null,
      required("organisation", organisationId, Participant::organisation),
      required("role", participantRole, Participant::role),
      Participant::of);

  final WireObject<BudgetLine> budgetLine = WireObject.builder(BudgetLine.class, Phrase.of("a budget line", "una voce di bilancio", "une ligne budgétaire", "una partida presupuestaria"), null,
          BudgetLine::builder, BudgetLine.Builder::build)
      .required("amount", money, BudgetLine::amount, BudgetLine.Builder::amount)
      .optional("period", period, BudgetLine::period, BudgetLine.Builder::period)
      .optional("area", area, BudgetLine::area, BudgetLine.Builder::area)
      .optional("label", TEXT, BudgetLine::label, BudgetLine.Builder::label)
      .optional("funder", organisationId, BudgetLine::funder, BudgetLine.Builder::funder)
      .build();

  final WireObject<Budget> budget = WireObject.builder(Budget.class, Phrase.of("a budget", "un bilancio", "un budget", "un presupuesto"), null, Budget::builder, Budget.Builder::build)
      .required("value", money, Budget::value, Budget.Builder::value)
      .optional("period", period, Budget::period, Budget.Builder::period)
      .optional("kind", budgetKind, b -> unlessDefault(b.kind(), BudgetKind.ORIGINAL), Budget.Builder::kind)
      .optional("status", budgetStatus, b -> unlessDefault(b.status(), BudgetStatus.INDICATIVE), Budget.Builder::status)
      .build();

  final WireObject<Transaction> transaction = WireObject.builder(Transaction.class, Phrase.of("a transaction", "una transazione", "une transaction", "una transacción"), null,
          Transaction::builder, Transaction.Builder::build)
      .required("kind", transactionKind, Transaction::kind, Transaction.Builder::kind)
      .required("date", PARTIAL_DATE, Transaction::date, Transaction.Builder::date)
      .required("value", money, Transaction::value, Transaction.Builder::value)
      .optional("provider", organisationId, Transaction::provider, Transaction.Builder::provider)
      .optional("receiver", organisationId, Transaction::receiver, Transaction.Builder::receiver)
      .optional("description", TEXT, Transaction::description, Transaction.Builder::description)
      .build();

  final WireObject<TargetArea> targetArea = WireObject.of(TargetArea.class, Phrase.of("a target area", "un'area di intervento", "une zone ciblée", "una zona destinataria"), null,
      required("area", area, TargetArea::area),
      optional("percentage", DECIMAL, TargetArea::percentage),
      (area, percentage) -> percentage == null ? TargetArea.of(area) : TargetArea.of(area, percentage));

  final WireObject<Programme> programme = WireObject.builder(Programme.class, Phrase.of("a programme", "un programma", "un programme", "un programa"), "programme",
          Programme::builder, Programme.Builder::build)
      .required("id", programmeId, Programme::id, Programme.Builder::id)
      .required("title", TEXT, Programme::title, Programme.Builder::title)
      .optional("acronym", STRING, Programme::acronym, Programme.Builder::acronym)
      .optional("description", TEXT, Programme::description, Programme.Builder::description)
      .list("participants", participant, Programme::participants, Programme.Builder::addParticipant)
      .optional("fundingInstrument", organisationId, Programme::fundingInstrument, Programme.Builder::fundingInstrument)
      .optional("budget", money, Programme::budget, Programme.Builder::addBudgetTotal)
      .list("budgetTotals", money, p -> p.budgetTotals().size() == 1 ? List.of() : p.budgetTotals(), Programme.Builder::addBudgetTotal)
      .list("budgetLines", budgetLine, Programme::budgetLines, Programme.Builder::addBudgetLine)
      .list("budgets", budget, Programme::budgets, Programme.Builder::addBudget)
      .list("transactions", transaction, Programme::transactions, Programme.Builder::addTransaction)
      .optional("period", period, Programme::period, Programme.Builder::period)
      .optional("status", programmeStatus, Programme::status, Programme.Builder::status)
      .list("targetAreas", targetArea, Programme::targetAreas, Programme.Builder::addTargetArea)
      .list("thematicAreas", thematicArea, Programme::thematicAreas, Programme.Builder::addThematicArea)
      .list("gcmObjectives", gcmObjective, Programme::gcmObjectives, Programme.Builder::addGcmObjective)
      .list("sdgTargets", SDG_TARGET, Programme::sdgTargets, Programme.Builder::addSdgTarget)
      .list("beneficiaryGroups", beneficiaryGroup, Programme::beneficiaryGroups, Programme.Builder::addBeneficiaryGroup)
      .list("activityTypes", activityType, Programme::activityTypes, Programme.Builder::addActivityType)
      .list("basedOn", agreementId, Programme::basedOn, Programme.Builder::addBasedOn)
      .optional("parent", programmeId, Programme::parent, Programme.Builder::parent)
      .list("identifiers", identifier, Programme::identifiers, Programme.Builder::addIdentifier)
      .list("sources", source, Programme::sources, Programme.Builder::addSource)
      .build();

  // -------------------------------------------------------------------------------------- event

  final WireObject<Event> event = WireObject.builder(Event.class, Phrase.of("an event", "un evento", "un événement", "un evento"), "event", Event::builder, Event.Builder::build)
      .required("id", eventId, Event::id, Event.Builder::id)
      .required("kind", eventKind, Event::kind, Event.Builder::kind)
      .required("title", TEXT, Event::title, Event.Builder::title)
      .optional("status", eventStatus, Event::status, Event.Builder::status)
      .optional("date", PARTIAL_DATE, Event::date, Event.Builder::date)
      .optional("period", period, e -> e.date().isPresent() ? Optional.empty() : e.period(), Event.Builder::period)
      .optional("place", place, Event::place, Event.Builder::place)
      .list("organisations", organisationId, Event::organisations, Event.Builder::addOrganisation)
      .list("people", person, Event::people, Event.Builder::addPerson)
      .optional("programme", programmeId, Event::programme, Event.Builder::programme)
      .optional("agreement", agreementId, Event::agreement, Event.Builder::agreement)
      .list("outcomes", TEXT, Event::outcomes, Event.Builder::addOutcome)
      .list("sources", source, Event::sources, Event.Builder::addSource)
      .build();

  // ------------------------------------------------------------------------------------ dataset

  /** The dataset envelope: the format's name and version, then a list per kind of entity. */
  final WireObject<Dataset> dataset = WireObject.builder(Dataset.class, Phrase.of("a migov dataset envelope", "un involucro di dataset migov", "une enveloppe de jeu de données migov", "un sobre de conjunto de datos migov"), null,
          Dataset::builder, Dataset.Builder::build)
      .required("format", WireValues.formatName(), d -> MigovJson.FORMAT, (b, format) -> { })
      .required("version", WireValues.VERSION, d -> MigovJson.VERSION, (b, version) -> { })
      .list(EntityKind.ORGANISATION.listName(), organisation, Dataset::organisations, Dataset.Builder::addOrganisation)
      .list(EntityKind.OFFICE.listName(), office, Dataset::offices, Dataset.Builder::addOffice)
      .list(EntityKind.AGREEMENT.listName(), agreement, Dataset::agreements, Dataset.Builder::addAgreement)
      .list(EntityKind.PROGRAMME.listName(), programme, Dataset::programmes, Dataset.Builder::addProgramme)
      .list(EntityKind.EVENT.listName(), event, Dataset::events, Dataset.Builder::addEvent)
      .build();

  /** The declaration of a kind of entity. */
  WireObject<? extends Entity> entity(EntityKind kind) {
    return switch (kind) {
      case ORGANISATION -> organisation;
      case OFFICE -> office;
      case AGREEMENT -> agreement;
      case PROGRAMME -> programme;
      case EVENT -> event;
    };
  }

  /** The declaration of an entity's kind. */
  @SuppressWarnings("unchecked")
  <E extends Entity> WireObject<E> entityOf(E entity) {
    return (WireObject<E>) entity(EntityKind.of(entity.getClass()));
  }

  /**
   * Every type of the wire format that is a public type of migov-core, for the Jackson module: the
   * JDK's own types (String, BigDecimal, LocalDate, URI, Currency) are left to Jackson.
   */
  final List<WireType<?>> types = java.util.stream.Stream.<WireType<?>>concat(
          java.util.stream.Stream.of(organisationId, officeId, agreementId, programmeId, eventId,
              COUNTRY, REGION, PARTIAL_DATE, TEXT, SDG_TARGET, period, money, namedArea, area, place, person, source,
              identifier, tenure, post, count, role, succession, organisation, office, signatory, link, act, agreement, participant, budgetLine, budget, transaction,
              targetArea, programme, event, dataset),
          codes.stream())
      .collect(java.util.stream.Collectors.toUnmodifiableList());

  /**
   * Every type that a data-binding module gives a form: the wire format's {@link #types}, and the
   * public types of core that it does not use (yet), in the form it would give them.
   */
  final List<WireType<?>> bound = java.util.stream.Stream.concat(types.stream(), java.util.stream.Stream.<WireType<?>>of(
          WireCode.of(org.migov.core.taxonomy.MigofObjective.class), WireCode.of(org.migov.core.taxonomy.MigofPrinciple.class),
          WireCode.of(org.migov.core.geography.RegionLevel.class), WireCode.of(org.migov.core.time.Precision.class),
          WireValues.DAC_PURPOSE_CODE))
      .collect(java.util.stream.Collectors.toUnmodifiableList());
}
