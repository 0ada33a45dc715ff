package org.migov.json;

import java.math.BigDecimal;
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
import org.migov.core.InvalidValueException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * The wire form of migov's aggregates, both ways. Properties are written in a fixed order;
 * absent optional properties and empty lists are left out, and read back as absent and empty.
 * Stateless.
 */
final class EntityCodec {
  private EntityCodec() {}

  private static OrganisationId organisationId(WireReader in) {
    return in.value("an organisation id", OrganisationId::of);
  }

  // ----------------------------------------------------------------------------- organisation

  static Organisation organisation(WireReader in) {
    Organisation.Builder b = Organisation.builder();
    in.object("an organisation", name -> {
      switch (name) {
        case "id": b.id(organisationId(in)); return true;
        case "name": b.name(ValueCodec.text(in, "the name")); return true;
        case "acronym": b.acronym(ValueCodec.text(in, "the acronym")); return true;
        case "kinds": b.kinds(in.array("the kinds", () -> ValueCodec.code(in, OrganisationKind.class))); return true;
        case "parent": b.parent(organisationId(in)); return true;
        case "founded": b.founded(ValueCodec.partialDate(in)); return true;
        case "dissolved": b.dissolved(ValueCodec.partialDate(in)); return true;
        case "headquarters": b.headquarters(ValueCodec.place(in)); return true;
        case "memberStateCount": b.memberStateCount(in.integer("a member-state count")); return true;
        case "unSystemMembership": b.unSystemMembership(ValueCodec.partialDate(in)); return true;
        case "identifiers": b.identifiers(in.array("the identifiers", () -> identifier(in))); return true;
        case "website": b.website(in.value("an absolute URL", ValueCodec::uri)); return true;
        case "posts": b.posts(in.array("the posts", () -> post(in))); return true;
        case "sources": b.sources(in.array("the sources", () -> ValueCodec.source(in))); return true;
        default: return false;
      }
    }, "id", "name");
    return b.build();
  }

  private static ExternalIdentifier identifier(WireReader in) {
    Object[] parts = new Object[2];
    in.object("an external identifier", name -> {
      switch (name) {
        case "scheme": parts[0] = ValueCodec.code(in, IdentifierScheme.class); return true;
        case "value": parts[1] = in.string("an identifier"); return true;
        default: return false;
      }
    }, "scheme", "value");
    try {
      return ExternalIdentifier.of((IdentifierScheme) parts[0], (String) parts[1]);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), InvalidValueException.quote(String.valueOf(e.found())), e);
    }
  }

  private static Post post(WireReader in) {
    Post.Builder b = Post.builder();
    in.object("a post", name -> {
      switch (name) {
        case "title": b.title(ValueCodec.text(in, "the title")); return true;
        case "tenures": b.tenures(in.array("the tenures", () -> tenure(in))); return true;
        default: return false;
      }
    }, "title");
    return b.build();
  }

  private static Tenure tenure(WireReader in) {
    Tenure.Builder b = Tenure.builder();
    in.object("a tenure", name -> {
      switch (name) {
        case "holder": b.holder(ValueCodec.person(in)); return true;
        case "start": b.start(ValueCodec.partialDate(in)); return true;
        case "end": b.end(ValueCodec.partialDate(in)); return true;
        default: return false;
      }
    }, "holder");
    return b.build();
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
    Office.Builder b = Office.builder();
    in.object("an office", name -> {
      switch (name) {
        case "id": b.id(in.value("an office id", OfficeId::of)); return true;
        case "organisation": b.organisation(organisationId(in)); return true;
        case "kind": b.kind(ValueCodec.code(in, OfficeKind.class)); return true;
        case "name": b.name(ValueCodec.text(in, "the name")); return true;
        case "location": b.location(ValueCodec.place(in)); return true;
        case "areaOfResponsibility": b.areaOfResponsibility(in.array("the areas", () -> ValueCodec.area(in))); return true;
        case "parent": b.parent(in.value("an office id", OfficeId::of)); return true;
        case "operatingPeriod": b.operatingPeriod(ValueCodec.period(in)); return true;
        case "sources": b.sources(in.array("the sources", () -> ValueCodec.source(in))); return true;
        default: return false;
      }
    }, "id", "organisation", "kind", "name", "location");
    return b.build();
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
    Agreement.Builder b = Agreement.builder();
    in.object("an agreement", name -> {
      switch (name) {
        case "id": b.id(in.value("an agreement id", AgreementId::of)); return true;
        case "kind": b.kind(ValueCodec.code(in, AgreementKind.class)); return true;
        case "title": b.title(ValueCodec.text(in, "the title")); return true;
        case "parties": b.parties(in.array("the parties", () -> organisationId(in))); return true;
        case "signatories": b.signatories(in.array("the signatories", () -> signatory(in))); return true;
        case "signingDate": b.signingDate(ValueCodec.partialDate(in)); return true;
        case "signingPlace": b.signingPlace(ValueCodec.place(in)); return true;
        case "entryIntoForce": b.entryIntoForce(ValueCodec.partialDate(in)); return true;
        case "validity": b.validity(ValueCodec.period(in)); return true;
        case "status": b.status(ValueCodec.code(in, AgreementStatus.class)); return true;
        case "thematicAreas": b.thematicAreas(in.array("the thematic areas", () -> ValueCodec.code(in, ThematicArea.class))); return true;
        case "commitments": b.commitments(in.array("the commitments", () -> ValueCodec.text(in, "a commitment"))); return true;
        case "links": b.links(in.array("the links", () -> link(in))); return true;
        case "coordinationMechanisms": b.coordinationMechanisms(in.array("the coordination mechanisms", () -> organisationId(in))); return true;
        case "sources": b.sources(in.array("the sources", () -> ValueCodec.source(in))); return true;
        default: return false;
      }
    }, "id", "kind", "title", "status");
    return b.build();
  }

  private static Signatory signatory(WireReader in) {
    Signatory.Builder b = Signatory.builder();
    in.object("a signatory", name -> {
      switch (name) {
        case "person": b.person(ValueCodec.person(in)); return true;
        case "post": b.post(ValueCodec.text(in, "the post")); return true;
        case "party": b.party(organisationId(in)); return true;
        default: return false;
      }
    }, "person", "party");
    return b.build();
  }

  private static AgreementLink link(WireReader in) {
    Object[] parts = new Object[2];
    in.object("a link to an earlier agreement", name -> {
      switch (name) {
        case "relation": parts[0] = ValueCodec.code(in, LinkRelation.class); return true;
        case "target": parts[1] = in.value("an agreement id", AgreementId::of); return true;
        default: return false;
      }
    }, "relation", "target");
    return AgreementLink.of((LinkRelation) parts[0], (AgreementId) parts[1]);
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
    Programme.Builder b = Programme.builder();
    in.object("a programme", name -> {
      switch (name) {
        case "id": b.id(in.value("a programme id", ProgrammeId::of)); return true;
        case "title": b.title(ValueCodec.text(in, "the title")); return true;
        case "acronym": b.acronym(in.string("an acronym")); return true;
        case "description": b.description(ValueCodec.text(in, "the description")); return true;
        case "participants": b.participants(in.array("the participants", () -> participant(in))); return true;
        case "fundingInstrument": b.fundingInstrument(organisationId(in)); return true;
        case "budget": b.budget(ValueCodec.money(in)); return true;
        case "budgetLines": b.budgetLines(in.array("the budget lines", () -> budgetLine(in))); return true;
        case "period": b.period(ValueCodec.period(in)); return true;
        case "status": b.status(ValueCodec.code(in, ProgrammeStatus.class)); return true;
        case "targetAreas": b.targetAreas(in.array("the target areas", () -> targetArea(in))); return true;
        case "thematicAreas": b.thematicAreas(in.array("the thematic areas", () -> ValueCodec.code(in, ThematicArea.class))); return true;
        case "beneficiaryGroups": b.beneficiaryGroups(in.array("the beneficiary groups", () -> ValueCodec.code(in, BeneficiaryGroup.class))); return true;
        case "activityTypes": b.activityTypes(in.array("the activity types", () -> ValueCodec.code(in, ActivityType.class))); return true;
        case "basedOn": b.basedOn(in.array("the agreements", () -> in.value("an agreement id", AgreementId::of))); return true;
        case "parent": b.parent(in.value("a programme id", ProgrammeId::of)); return true;
        case "sources": b.sources(in.array("the sources", () -> ValueCodec.source(in))); return true;
        default: return false;
      }
    }, "id", "title");
    return b.build();
  }

  private static Participant participant(WireReader in) {
    Object[] parts = new Object[2];
    in.object("a participant", name -> {
      switch (name) {
        case "organisation": parts[0] = organisationId(in); return true;
        case "role": parts[1] = ValueCodec.code(in, ParticipantRole.class); return true;
        default: return false;
      }
    }, "organisation", "role");
    return Participant.of((OrganisationId) parts[0], (ParticipantRole) parts[1]);
  }

  private static BudgetLine budgetLine(WireReader in) {
    BudgetLine.Builder b = BudgetLine.builder();
    in.object("a budget line", name -> {
      switch (name) {
        case "amount": b.amount(ValueCodec.money(in)); return true;
        case "period": b.period(ValueCodec.period(in)); return true;
        case "area": b.area(ValueCodec.area(in)); return true;
        case "label": b.label(ValueCodec.text(in, "the label")); return true;
        default: return false;
      }
    }, "amount");
    return b.build();
  }

  private static TargetArea targetArea(WireReader in) {
    Object[] parts = new Object[2];
    in.object("a target area", name -> {
      switch (name) {
        case "area": parts[0] = ValueCodec.area(in); return true;
        case "percentage": parts[1] = in.decimal("a percentage"); return true;
        default: return false;
      }
    }, "area");
    try {
      GeographicArea area = (GeographicArea) parts[0];
      return parts[1] == null ? TargetArea.of(area) : TargetArea.of(area, (BigDecimal) parts[1]);
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
    Event.Builder b = Event.builder();
    in.object("an event", name -> {
      switch (name) {
        case "id": b.id(in.value("an event id", EventId::of)); return true;
        case "kind": b.kind(ValueCodec.code(in, EventKind.class)); return true;
        case "title": b.title(ValueCodec.text(in, "the title")); return true;
        case "status": b.status(ValueCodec.code(in, EventStatus.class)); return true;
        case "date": b.date(ValueCodec.partialDate(in)); return true;
        case "place": b.place(ValueCodec.place(in)); return true;
        case "organisations": b.organisations(in.array("the organisations", () -> organisationId(in))); return true;
        case "people": b.people(in.array("the people", () -> ValueCodec.person(in))); return true;
        case "programme": b.programme(in.value("a programme id", ProgrammeId::of)); return true;
        case "agreement": b.agreement(in.value("an agreement id", AgreementId::of)); return true;
        case "outcomes": b.outcomes(in.array("the outcomes", () -> ValueCodec.text(in, "an outcome"))); return true;
        case "sources": b.sources(in.array("the sources", () -> ValueCodec.source(in))); return true;
        default: return false;
      }
    }, "id", "kind", "title");
    return b.build();
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
    Dataset.Builder dataset = Dataset.builder();
    String[] header = new String[2];
    in.object("a migov dataset envelope", name -> {
      switch (name) {
        case "format":
          header[0] = in.string("the format name \"" + MigovJson.FORMAT + "\"");
          if (!header[0].equals(MigovJson.FORMAT)) {
            throw in.error("the format name \"" + MigovJson.FORMAT + "\"", InvalidValueException.quote(header[0]), null);
          }
          return true;
        case "version":
          header[1] = in.string("a format version such as \"" + MigovJson.VERSION + "\"");
          if (!header[1].matches("1\\.[0-9]+")) {
            throw in.error("a format version 1.x", InvalidValueException.quote(header[1]), null);
          }
          return true;
        case "organisations":
          dataset.organisations(in.array("the organisations", () -> EntityCodec.organisation(in)));
          return true;
        case "offices":
          dataset.offices(in.array("the offices", () -> EntityCodec.office(in)));
          return true;
        case "agreements":
          dataset.agreements(in.array("the agreements", () -> EntityCodec.agreement(in)));
          return true;
        case "programmes":
          dataset.programmes(in.array("the programmes", () -> EntityCodec.programme(in)));
          return true;
        case "events":
          dataset.events(in.array("the events", () -> EntityCodec.event(in)));
          return true;
        default:
          return false;
      }
    }, "format", "version");
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
