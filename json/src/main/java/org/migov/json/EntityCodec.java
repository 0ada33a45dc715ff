package org.migov.json;

import java.math.BigDecimal;
import org.migov.core.Entity;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;
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
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * The wire form of migov's aggregates, both ways. Properties are written in a fixed order;
 * absent optional properties and empty lists are left out, and read back as absent and empty.
 * Stateless.
 */
final class EntityCodec {
  private EntityCodec() {}

  /** The order in which each object's properties are written: a hint for reading them. */
  static final PropertyOrder ORGANISATION_ORDER = PropertyOrder.of(Names.ID, Names.NAME, Names.ACRONYM, Names.KINDS, Names.PARENT, Names.FOUNDED, Names.DISSOLVED, Names.HEADQUARTERS, Names.MEMBER_STATE_COUNT, Names.UN_SYSTEM_MEMBERSHIP, Names.IDENTIFIERS, Names.WEBSITE, Names.POSTS, Names.SOURCES);
  static final PropertyOrder IDENTIFIER_ORDER = PropertyOrder.of(Names.SCHEME, Names.VALUE);
  static final PropertyOrder POST_ORDER = PropertyOrder.of(Names.TITLE, Names.TENURES);
  static final PropertyOrder TENURE_ORDER = PropertyOrder.of(Names.HOLDER, Names.START, Names.END);
  static final PropertyOrder OFFICE_ORDER = PropertyOrder.of(Names.ID, Names.ORGANISATION, Names.KIND, Names.NAME, Names.LOCATION, Names.AREA_OF_RESPONSIBILITY, Names.PARENT, Names.OPERATING_PERIOD, Names.SOURCES);
  static final PropertyOrder AGREEMENT_ORDER = PropertyOrder.of(Names.ID, Names.KIND, Names.TITLE, Names.PARTIES, Names.SIGNATORIES, Names.SIGNING_DATE, Names.SIGNING_PLACE, Names.ENTRY_INTO_FORCE, Names.VALIDITY, Names.STATUS, Names.THEMATIC_AREAS, Names.COMMITMENTS, Names.LINKS, Names.COORDINATION_MECHANISMS, Names.SOURCES);
  static final PropertyOrder SIGNATORY_ORDER = PropertyOrder.of(Names.PERSON, Names.POST, Names.PARTY);
  static final PropertyOrder LINK_ORDER = PropertyOrder.of(Names.RELATION, Names.TARGET);
  static final PropertyOrder PROGRAMME_ORDER = PropertyOrder.of(Names.ID, Names.TITLE, Names.ACRONYM, Names.DESCRIPTION, Names.PARTICIPANTS, Names.FUNDING_INSTRUMENT, Names.BUDGET, Names.BUDGET_LINES, Names.PERIOD, Names.STATUS, Names.TARGET_AREAS, Names.THEMATIC_AREAS, Names.BENEFICIARY_GROUPS, Names.ACTIVITY_TYPES, Names.BASED_ON, Names.PARENT, Names.SOURCES);
  static final PropertyOrder PARTICIPANT_ORDER = PropertyOrder.of(Names.ORGANISATION, Names.ROLE);
  static final PropertyOrder BUDGET_LINE_ORDER = PropertyOrder.of(Names.AMOUNT, Names.PERIOD, Names.AREA, Names.LABEL);
  static final PropertyOrder TARGET_AREA_ORDER = PropertyOrder.of(Names.AREA, Names.PERCENTAGE);
  static final PropertyOrder EVENT_ORDER = PropertyOrder.of(Names.ID, Names.KIND, Names.TITLE, Names.STATUS, Names.DATE, Names.PLACE, Names.ORGANISATIONS, Names.PEOPLE, Names.PROGRAMME, Names.AGREEMENT, Names.OUTCOMES, Names.SOURCES);
  static final PropertyOrder DATASET_ORDER = PropertyOrder.of(Names.FORMAT, Names.VERSION, Names.ORGANISATIONS, Names.OFFICES, Names.AGREEMENTS, Names.PROGRAMMES, Names.EVENTS);

  private static final CodeReader<ActivityType> ACTIVITY_TYPE = CodeReader.of(ActivityType.class);
  private static final CodeReader<AgreementKind> AGREEMENT_KIND = CodeReader.of(AgreementKind.class);
  private static final CodeReader<AgreementStatus> AGREEMENT_STATUS = CodeReader.of(AgreementStatus.class);
  private static final CodeReader<BeneficiaryGroup> BENEFICIARY_GROUP = CodeReader.of(BeneficiaryGroup.class);
  private static final CodeReader<EventKind> EVENT_KIND = CodeReader.of(EventKind.class);
  private static final CodeReader<EventStatus> EVENT_STATUS = CodeReader.of(EventStatus.class);
  private static final CodeReader<IdentifierScheme> IDENTIFIER_SCHEME = CodeReader.of(IdentifierScheme.class);
  private static final CodeReader<LinkRelation> LINK_RELATION = CodeReader.of(LinkRelation.class);
  private static final CodeReader<OfficeKind> OFFICE_KIND = CodeReader.of(OfficeKind.class);
  private static final CodeReader<OrganisationKind> ORGANISATION_KIND = CodeReader.of(OrganisationKind.class);
  private static final CodeReader<ParticipantRole> PARTICIPANT_ROLE = CodeReader.of(ParticipantRole.class);
  private static final CodeReader<ProgrammeStatus> PROGRAMME_STATUS = CodeReader.of(ProgrammeStatus.class);
  private static final CodeReader<ThematicArea> THEMATIC_AREA = CodeReader.of(ThematicArea.class);

  private static OrganisationId organisationId(WireReader in) {
    return in.id("an organisation id", EntityKind.ORGANISATION, OrganisationId::of);
  }

  // ----------------------------------------------------------------------------- organisation

  static Organisation organisation(WireReader in) {
    String what = "an organisation";
    Organisation.Builder b = Organisation.builder();
    OrganisationId id = null;
    MultilingualText name = null;
    in.startObject(what, ORGANISATION_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "id": id = organisationId(in); break;
        case "name": name = ValueCodec.text(in, "the name"); break;
        case "acronym": b.acronym(ValueCodec.text(in, "the acronym")); break;
        case "kinds":
          in.startArray("the kinds");
          while (in.nextElement()) {
            b.addKind(ORGANISATION_KIND.read(in));
          }
          break;
        case "parent": b.parent(organisationId(in)); break;
        case "founded": b.founded(ValueCodec.partialDate(in)); break;
        case "dissolved": b.dissolved(ValueCodec.partialDate(in)); break;
        case "headquarters": b.headquarters(ValueCodec.place(in)); break;
        case "memberStateCount": b.memberStateCount(in.integer("a member-state count")); break;
        case "unSystemMembership": b.unSystemMembership(ValueCodec.partialDate(in)); break;
        case "identifiers":
          in.startArray("the identifiers");
          while (in.nextElement()) {
            b.addIdentifier(identifier(in));
          }
          break;
        case "website": b.website(in.value("an absolute URL", ValueCodec::uri)); break;
        case "posts":
          in.startArray("the posts");
          while (in.nextElement()) {
            b.addPost(post(in));
          }
          break;
        case "sources":
          in.startArray("the sources");
          while (in.nextElement()) {
            b.addSource(ValueCodec.source(in));
          }
          break;
        default: in.unknownProperty(property, what);
      }
    }
    return b.id(in.required(id, "id", what)).name(in.required(name, "name", what)).build();
  }

  private static ExternalIdentifier identifier(WireReader in) {
    String what = "an external identifier";
    IdentifierScheme scheme = null;
    String value = null;
    in.startObject(what, IDENTIFIER_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "scheme": scheme = IDENTIFIER_SCHEME.read(in); break;
        case "value": value = in.string("an identifier"); break;
        default: in.unknownProperty(property, what);
      }
    }
    scheme = in.required(scheme, "scheme", what);
    value = in.required(value, "value", what);
    try {
      return ExternalIdentifier.of(scheme, value);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), InvalidValueException.quote(String.valueOf(e.found())), e);
    }
  }

  private static Post post(WireReader in) {
    String what = "a post";
    Post.Builder b = Post.builder();
    MultilingualText title = null;
    in.startObject(what, POST_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "title": title = ValueCodec.text(in, "the title"); break;
        case "tenures":
          in.startArray("the tenures");
          while (in.nextElement()) {
            b.addTenure(tenure(in));
          }
          break;
        default: in.unknownProperty(property, what);
      }
    }
    return b.title(in.required(title, "title", what)).build();
  }

  private static Tenure tenure(WireReader in) {
    String what = "a tenure";
    Tenure.Builder b = Tenure.builder();
    Person holder = null;
    in.startObject(what, TENURE_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "holder": holder = ValueCodec.person(in); break;
        case "start": b.start(ValueCodec.partialDate(in)); break;
        case "end": b.end(ValueCodec.partialDate(in)); break;
        default: in.unknownProperty(property, what);
      }
    }
    return b.holder(in.required(holder, "holder", what)).build();
  }

  static void write(JsonGenerator out, Organisation o) {
    ValueCodec.property(out, Names.ID, o.id().value());
    ValueCodec.writeText(out, Names.NAME, o.name());
    ValueCodec.writeText(out, Names.ACRONYM, o.acronym());
    ValueCodec.writeCodes(out, Names.KINDS, o.kinds());
    ValueCodec.writeString(out, Names.PARENT, o.parent());
    ValueCodec.writeString(out, Names.FOUNDED, o.founded());
    ValueCodec.writeString(out, Names.DISSOLVED, o.dissolved());
    o.headquarters().ifPresent(p -> ValueCodec.writePlace(out, Names.HEADQUARTERS, p));
    if (o.memberStateCount().isPresent()) {
      out.writeName(Names.MEMBER_STATE_COUNT);
      out.writeNumber(o.memberStateCount().getAsInt());
    }
    ValueCodec.writeString(out, Names.UN_SYSTEM_MEMBERSHIP, o.unSystemMembership());
    ValueCodec.writeArray(out, Names.IDENTIFIERS, o.identifiers(), i -> {
      out.writeStartObject();
      ValueCodec.property(out, Names.SCHEME, i.scheme().code());
      ValueCodec.property(out, Names.VALUE, i.value());
      out.writeEndObject();
    });
    ValueCodec.writeString(out, Names.WEBSITE, o.website());
    ValueCodec.writeArray(out, Names.POSTS, o.posts(), p -> {
      out.writeStartObject();
      ValueCodec.writeText(out, Names.TITLE, p.title());
      ValueCodec.writeArray(out, Names.TENURES, p.tenures(), t -> {
        out.writeStartObject();
        out.writeName(Names.HOLDER);
        ValueCodec.writePerson(out, t.holder());
        ValueCodec.writeString(out, Names.START, t.start());
        ValueCodec.writeString(out, Names.END, t.end());
        out.writeEndObject();
      });
      out.writeEndObject();
    });
    writeSources(out, o);
  }

  private static void writeSources(JsonGenerator out, Entity e) {
    ValueCodec.writeArray(out, Names.SOURCES, e.sources(), s -> ValueCodec.writeSource(out, s));
  }

  // ----------------------------------------------------------------------------------- office

  static Office office(WireReader in) {
    String what = "an office";
    Office.Builder b = Office.builder();
    OfficeId id = null;
    OrganisationId organisation = null;
    OfficeKind kind = null;
    MultilingualText name = null;
    Place location = null;
    in.startObject(what, OFFICE_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "id": id = in.id("an office id", EntityKind.OFFICE, OfficeId::of); break;
        case "organisation": organisation = organisationId(in); break;
        case "kind": kind = OFFICE_KIND.read(in); break;
        case "name": name = ValueCodec.text(in, "the name"); break;
        case "location": location = ValueCodec.place(in); break;
        case "areaOfResponsibility":
          in.startArray("the areas");
          while (in.nextElement()) {
            b.addAreaOfResponsibility(ValueCodec.area(in));
          }
          break;
        case "parent": b.parent(in.id("an office id", EntityKind.OFFICE, OfficeId::of)); break;
        case "operatingPeriod": b.operatingPeriod(ValueCodec.period(in)); break;
        case "sources":
          in.startArray("the sources");
          while (in.nextElement()) {
            b.addSource(ValueCodec.source(in));
          }
          break;
        default: in.unknownProperty(property, what);
      }
    }
    return b.id(in.required(id, "id", what))
        .organisation(in.required(organisation, "organisation", what))
        .kind(in.required(kind, "kind", what))
        .name(in.required(name, "name", what))
        .location(in.required(location, "location", what))
        .build();
  }

  static void write(JsonGenerator out, Office o) {
    ValueCodec.property(out, Names.ID, o.id().value());
    ValueCodec.property(out, Names.ORGANISATION, o.organisation().value());
    ValueCodec.property(out, Names.KIND, o.kind().code());
    ValueCodec.writeText(out, Names.NAME, o.name());
    ValueCodec.writePlace(out, Names.LOCATION, o.location());
    writeAreas(out, Names.AREA_OF_RESPONSIBILITY, o.areaOfResponsibility());
    ValueCodec.writeString(out, Names.PARENT, o.parent());
    o.operatingPeriod().ifPresent(p -> ValueCodec.writePeriod(out, Names.OPERATING_PERIOD, p));
    writeSources(out, o);
  }

  private static void writeAreas(JsonGenerator out, SerializableString name, java.util.List<GeographicArea> areas) {
    ValueCodec.writeArray(out, name, areas, a -> ValueCodec.writeArea(out, a));
  }

  // -------------------------------------------------------------------------------- agreement

  static Agreement agreement(WireReader in) {
    String what = "an agreement";
    Agreement.Builder b = Agreement.builder();
    AgreementId id = null;
    AgreementKind kind = null;
    MultilingualText title = null;
    AgreementStatus status = null;
    in.startObject(what, AGREEMENT_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "id": id = in.id("an agreement id", EntityKind.AGREEMENT, AgreementId::of); break;
        case "kind": kind = AGREEMENT_KIND.read(in); break;
        case "title": title = ValueCodec.text(in, "the title"); break;
        case "parties":
          in.startArray("the parties");
          while (in.nextElement()) {
            b.addParty(organisationId(in));
          }
          break;
        case "signatories":
          in.startArray("the signatories");
          while (in.nextElement()) {
            b.addSignatory(signatory(in));
          }
          break;
        case "signingDate": b.signingDate(ValueCodec.partialDate(in)); break;
        case "signingPlace": b.signingPlace(ValueCodec.place(in)); break;
        case "entryIntoForce": b.entryIntoForce(ValueCodec.partialDate(in)); break;
        case "validity": b.validity(ValueCodec.period(in)); break;
        case "status": status = AGREEMENT_STATUS.read(in); break;
        case "thematicAreas":
          in.startArray("the thematic areas");
          while (in.nextElement()) {
            b.addThematicArea(THEMATIC_AREA.read(in));
          }
          break;
        case "commitments":
          in.startArray("the commitments");
          while (in.nextElement()) {
            b.addCommitment(ValueCodec.text(in, "a commitment"));
          }
          break;
        case "links":
          in.startArray("the links");
          while (in.nextElement()) {
            b.addLink(link(in));
          }
          break;
        case "coordinationMechanisms":
          in.startArray("the coordination mechanisms");
          while (in.nextElement()) {
            b.addCoordinationMechanism(organisationId(in));
          }
          break;
        case "sources":
          in.startArray("the sources");
          while (in.nextElement()) {
            b.addSource(ValueCodec.source(in));
          }
          break;
        default: in.unknownProperty(property, what);
      }
    }
    return b.id(in.required(id, "id", what))
        .kind(in.required(kind, "kind", what))
        .title(in.required(title, "title", what))
        .status(in.required(status, "status", what))
        .build();
  }

  private static Signatory signatory(WireReader in) {
    String what = "a signatory";
    Signatory.Builder b = Signatory.builder();
    Person person = null;
    OrganisationId party = null;
    in.startObject(what, SIGNATORY_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "person": person = ValueCodec.person(in); break;
        case "post": b.post(ValueCodec.text(in, "the post")); break;
        case "party": party = organisationId(in); break;
        default: in.unknownProperty(property, what);
      }
    }
    return b.person(in.required(person, "person", what)).party(in.required(party, "party", what)).build();
  }

  private static AgreementLink link(WireReader in) {
    String what = "a link to an earlier agreement";
    LinkRelation relation = null;
    AgreementId target = null;
    in.startObject(what, LINK_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "relation": relation = LINK_RELATION.read(in); break;
        case "target": target = in.id("an agreement id", EntityKind.AGREEMENT, AgreementId::of); break;
        default: in.unknownProperty(property, what);
      }
    }
    return AgreementLink.of(in.required(relation, "relation", what), in.required(target, "target", what));
  }

  static void write(JsonGenerator out, Agreement a) {
    ValueCodec.property(out, Names.ID, a.id().value());
    ValueCodec.property(out, Names.KIND, a.kind().code());
    ValueCodec.writeText(out, Names.TITLE, a.title());
    ValueCodec.writeArray(out, Names.PARTIES, a.parties(), p -> out.writeString(p.value()));
    ValueCodec.writeArray(out, Names.SIGNATORIES, a.signatories(), s -> {
      out.writeStartObject();
      out.writeName(Names.PERSON);
      ValueCodec.writePerson(out, s.person());
      ValueCodec.writeText(out, Names.POST, s.post());
      ValueCodec.property(out, Names.PARTY, s.party().value());
      out.writeEndObject();
    });
    ValueCodec.writeString(out, Names.SIGNING_DATE, a.signingDate());
    a.signingPlace().ifPresent(p -> ValueCodec.writePlace(out, Names.SIGNING_PLACE, p));
    ValueCodec.writeString(out, Names.ENTRY_INTO_FORCE, a.entryIntoForce());
    a.validity().ifPresent(p -> ValueCodec.writePeriod(out, Names.VALIDITY, p));
    ValueCodec.property(out, Names.STATUS, a.status().code());
    ValueCodec.writeCodes(out, Names.THEMATIC_AREAS, a.thematicAreas());
    ValueCodec.writeArray(out, Names.COMMITMENTS, a.commitments(), c -> ValueCodec.writeText(out, c));
    ValueCodec.writeArray(out, Names.LINKS, a.links(), l -> {
      out.writeStartObject();
      ValueCodec.property(out, Names.RELATION, l.relation().code());
      ValueCodec.property(out, Names.TARGET, l.target().value());
      out.writeEndObject();
    });
    ValueCodec.writeArray(out, Names.COORDINATION_MECHANISMS, a.coordinationMechanisms(), m -> out.writeString(m.value()));
    writeSources(out, a);
  }

  // -------------------------------------------------------------------------------- programme

  static Programme programme(WireReader in) {
    String what = "a programme";
    Programme.Builder b = Programme.builder();
    ProgrammeId id = null;
    MultilingualText title = null;
    in.startObject(what, PROGRAMME_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "id": id = in.id("a programme id", EntityKind.PROGRAMME, ProgrammeId::of); break;
        case "title": title = ValueCodec.text(in, "the title"); break;
        case "acronym": b.acronym(in.string("an acronym")); break;
        case "description": b.description(ValueCodec.text(in, "the description")); break;
        case "participants":
          in.startArray("the participants");
          while (in.nextElement()) {
            b.addParticipant(participant(in));
          }
          break;
        case "fundingInstrument": b.fundingInstrument(organisationId(in)); break;
        case "budget": b.budget(ValueCodec.money(in)); break;
        case "budgetLines":
          in.startArray("the budget lines");
          while (in.nextElement()) {
            b.addBudgetLine(budgetLine(in));
          }
          break;
        case "period": b.period(ValueCodec.period(in)); break;
        case "status": b.status(PROGRAMME_STATUS.read(in)); break;
        case "targetAreas":
          in.startArray("the target areas");
          while (in.nextElement()) {
            b.addTargetArea(targetArea(in));
          }
          break;
        case "thematicAreas":
          in.startArray("the thematic areas");
          while (in.nextElement()) {
            b.addThematicArea(THEMATIC_AREA.read(in));
          }
          break;
        case "beneficiaryGroups":
          in.startArray("the beneficiary groups");
          while (in.nextElement()) {
            b.addBeneficiaryGroup(BENEFICIARY_GROUP.read(in));
          }
          break;
        case "activityTypes":
          in.startArray("the activity types");
          while (in.nextElement()) {
            b.addActivityType(ACTIVITY_TYPE.read(in));
          }
          break;
        case "basedOn":
          in.startArray("the agreements");
          while (in.nextElement()) {
            b.addBasedOn(in.id("an agreement id", EntityKind.AGREEMENT, AgreementId::of));
          }
          break;
        case "parent": b.parent(in.id("a programme id", EntityKind.PROGRAMME, ProgrammeId::of)); break;
        case "sources":
          in.startArray("the sources");
          while (in.nextElement()) {
            b.addSource(ValueCodec.source(in));
          }
          break;
        default: in.unknownProperty(property, what);
      }
    }
    return b.id(in.required(id, "id", what)).title(in.required(title, "title", what)).build();
  }

  private static Participant participant(WireReader in) {
    String what = "a participant";
    OrganisationId organisation = null;
    ParticipantRole role = null;
    in.startObject(what, PARTICIPANT_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "organisation": organisation = organisationId(in); break;
        case "role": role = PARTICIPANT_ROLE.read(in); break;
        default: in.unknownProperty(property, what);
      }
    }
    return Participant.of(in.required(organisation, "organisation", what), in.required(role, "role", what));
  }

  private static BudgetLine budgetLine(WireReader in) {
    String what = "a budget line";
    BudgetLine.Builder b = BudgetLine.builder();
    Money amount = null;
    in.startObject(what, BUDGET_LINE_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "amount": amount = ValueCodec.money(in); break;
        case "period": b.period(ValueCodec.period(in)); break;
        case "area": b.area(ValueCodec.area(in)); break;
        case "label": b.label(ValueCodec.text(in, "the label")); break;
        default: in.unknownProperty(property, what);
      }
    }
    return b.amount(in.required(amount, "amount", what)).build();
  }

  private static TargetArea targetArea(WireReader in) {
    String what = "a target area";
    GeographicArea area = null;
    BigDecimal percentage = null;
    in.startObject(what, TARGET_AREA_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "area": area = ValueCodec.area(in); break;
        case "percentage": percentage = in.decimal("a percentage"); break;
        default: in.unknownProperty(property, what);
      }
    }
    area = in.required(area, "area", what);
    try {
      return percentage == null ? TargetArea.of(area) : TargetArea.of(area, percentage);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), e.found(), e);
    }
  }

  static void write(JsonGenerator out, Programme p) {
    ValueCodec.property(out, Names.ID, p.id().value());
    ValueCodec.writeText(out, Names.TITLE, p.title());
    ValueCodec.writeString(out, Names.ACRONYM, p.acronym());
    ValueCodec.writeText(out, Names.DESCRIPTION, p.description());
    ValueCodec.writeArray(out, Names.PARTICIPANTS, p.participants(), x -> {
      out.writeStartObject();
      ValueCodec.property(out, Names.ORGANISATION, x.organisation().value());
      ValueCodec.property(out, Names.ROLE, x.role().code());
      out.writeEndObject();
    });
    ValueCodec.writeString(out, Names.FUNDING_INSTRUMENT, p.fundingInstrument());
    p.budget().ifPresent(m -> ValueCodec.writeMoney(out, Names.BUDGET, m));
    ValueCodec.writeArray(out, Names.BUDGET_LINES, p.budgetLines(), l -> {
      out.writeStartObject();
      ValueCodec.writeMoney(out, Names.AMOUNT, l.amount());
      l.period().ifPresent(x -> ValueCodec.writePeriod(out, Names.PERIOD, x));
      l.area().ifPresent(a -> {
        out.writeName(Names.AREA);
        ValueCodec.writeArea(out, a);
      });
      ValueCodec.writeText(out, Names.LABEL, l.label());
      out.writeEndObject();
    });
    p.period().ifPresent(x -> ValueCodec.writePeriod(out, Names.PERIOD, x));
    p.status().ifPresent(s -> ValueCodec.property(out, Names.STATUS, s.code()));
    ValueCodec.writeArray(out, Names.TARGET_AREAS, p.targetAreas(), t -> {
      out.writeStartObject();
      out.writeName(Names.AREA);
      ValueCodec.writeArea(out, t.area());
      t.percentage().ifPresent(x -> {
        out.writeName(Names.PERCENTAGE);
        out.writeNumber(x.toPlainString());
      });
      out.writeEndObject();
    });
    ValueCodec.writeCodes(out, Names.THEMATIC_AREAS, p.thematicAreas());
    ValueCodec.writeCodes(out, Names.BENEFICIARY_GROUPS, p.beneficiaryGroups());
    ValueCodec.writeCodes(out, Names.ACTIVITY_TYPES, p.activityTypes());
    ValueCodec.writeArray(out, Names.BASED_ON, p.basedOn(), a -> out.writeString(a.value()));
    ValueCodec.writeString(out, Names.PARENT, p.parent());
    writeSources(out, p);
  }

  // ------------------------------------------------------------------------------------ event

  static Event event(WireReader in) {
    String what = "an event";
    Event.Builder b = Event.builder();
    EventId id = null;
    EventKind kind = null;
    MultilingualText title = null;
    in.startObject(what, EVENT_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "id": id = in.id("an event id", EntityKind.EVENT, EventId::of); break;
        case "kind": kind = EVENT_KIND.read(in); break;
        case "title": title = ValueCodec.text(in, "the title"); break;
        case "status": b.status(EVENT_STATUS.read(in)); break;
        case "date": b.date(ValueCodec.partialDate(in)); break;
        case "place": b.place(ValueCodec.place(in)); break;
        case "organisations":
          in.startArray("the organisations");
          while (in.nextElement()) {
            b.addOrganisation(organisationId(in));
          }
          break;
        case "people":
          in.startArray("the people");
          while (in.nextElement()) {
            b.addPerson(ValueCodec.person(in));
          }
          break;
        case "programme": b.programme(in.id("a programme id", EntityKind.PROGRAMME, ProgrammeId::of)); break;
        case "agreement": b.agreement(in.id("an agreement id", EntityKind.AGREEMENT, AgreementId::of)); break;
        case "outcomes":
          in.startArray("the outcomes");
          while (in.nextElement()) {
            b.addOutcome(ValueCodec.text(in, "an outcome"));
          }
          break;
        case "sources":
          in.startArray("the sources");
          while (in.nextElement()) {
            b.addSource(ValueCodec.source(in));
          }
          break;
        default: in.unknownProperty(property, what);
      }
    }
    return b.id(in.required(id, "id", what)).kind(in.required(kind, "kind", what)).title(in.required(title, "title", what)).build();
  }

  static void write(JsonGenerator out, Event e) {
    ValueCodec.property(out, Names.ID, e.id().value());
    ValueCodec.property(out, Names.KIND, e.kind().code());
    ValueCodec.writeText(out, Names.TITLE, e.title());
    e.status().ifPresent(s -> ValueCodec.property(out, Names.STATUS, s.code()));
    ValueCodec.writeString(out, Names.DATE, e.date());
    e.place().ifPresent(p -> ValueCodec.writePlace(out, Names.PLACE, p));
    ValueCodec.writeArray(out, Names.ORGANISATIONS, e.organisations(), o -> out.writeString(o.value()));
    ValueCodec.writeArray(out, Names.PEOPLE, e.people(), p -> ValueCodec.writePerson(out, p));
    ValueCodec.writeString(out, Names.PROGRAMME, e.programme());
    ValueCodec.writeString(out, Names.AGREEMENT, e.agreement());
    ValueCodec.writeArray(out, Names.OUTCOMES, e.outcomes(), t -> ValueCodec.writeText(out, t));
    writeSources(out, e);
  }

  // ---------------------------------------------------------------------------------- dataset

  /** Reads a dataset envelope. */
  static Dataset dataset(WireReader in) {
    String what = "a migov dataset envelope";
    Dataset.Builder dataset = Dataset.builder();
    String format = null;
    String version = null;
    in.startObject(what, DATASET_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "format":
          format = in.string("the format name \"" + MigovJson.FORMAT + "\"");
          if (!format.equals(MigovJson.FORMAT)) {
            throw in.error("the format name \"" + MigovJson.FORMAT + "\"", InvalidValueException.quote(format), null);
          }
          break;
        case "version":
          version = in.string("a format version such as \"" + MigovJson.VERSION + "\"");
          if (!version.matches("1\\.[0-9]+")) {
            throw in.error("a format version 1.x", InvalidValueException.quote(version), null);
          }
          break;
        case "organisations":
          in.startArray("the organisations");
          while (in.nextElement()) {
            dataset.addOrganisation(organisation(in));
          }
          break;
        case "offices":
          in.startArray("the offices");
          while (in.nextElement()) {
            dataset.addOffice(office(in));
          }
          break;
        case "agreements":
          in.startArray("the agreements");
          while (in.nextElement()) {
            dataset.addAgreement(agreement(in));
          }
          break;
        case "programmes":
          in.startArray("the programmes");
          while (in.nextElement()) {
            dataset.addProgramme(programme(in));
          }
          break;
        case "events":
          in.startArray("the events");
          while (in.nextElement()) {
            dataset.addEvent(event(in));
          }
          break;
        default: in.unknownProperty(property, what);
      }
    }
    in.required(format, "format", what);
    in.required(version, "version", what);
    return dataset.build();
  }

  /** Writes a dataset envelope. */
  static void write(JsonGenerator out, Dataset dataset) {
    out.writeStartObject();
    ValueCodec.property(out, Names.FORMAT, MigovJson.FORMAT);
    ValueCodec.property(out, Names.VERSION, MigovJson.VERSION);
    writeAll(out, Names.ORGANISATIONS, dataset.organisations());
    writeAll(out, Names.OFFICES, dataset.offices());
    writeAll(out, Names.AGREEMENTS, dataset.agreements());
    writeAll(out, Names.PROGRAMMES, dataset.programmes());
    writeAll(out, Names.EVENTS, dataset.events());
    out.writeEndObject();
  }

  private static void writeAll(JsonGenerator out, SerializableString name, java.util.List<? extends Entity> entities) {
    ValueCodec.writeArray(out, name, entities, e -> MigovJson.writeEntity(out, e));
  }

  // ------------------------------------------------------------------------------- dispatching

  /** Writes an entity's properties (inside an object the caller opened). */
  static void writeProperties(JsonGenerator out, Entity entity) {
    if (entity instanceof Organisation) {
      write(out, (Organisation) entity);
    } else if (entity instanceof Office) {
      write(out, (Office) entity);
    } else if (entity instanceof Agreement) {
      write(out, (Agreement) entity);
    } else if (entity instanceof Programme) {
      write(out, (Programme) entity);
    } else if (entity instanceof Event) {
      write(out, (Event) entity);
    } else {
      throw new IllegalArgumentException("not a migov entity: " + entity.getClass().getName());
    }
  }

  /** Reads the rest of an entity record whose {@code entity} tag was just read. */
  static Entity readRest(WireReader in, EntityKind kind) {
    in.resumeObject();
    return read(in, kind);
  }

  /** Reads an entity of a known kind. */
  static Entity read(WireReader in, EntityKind kind) {
    switch (kind) {
      case ORGANISATION: return organisation(in);
      case OFFICE: return office(in);
      case AGREEMENT: return agreement(in);
      case PROGRAMME: return programme(in);
      default: return event(in);
    }
  }
}
