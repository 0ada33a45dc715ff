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
    out.writeStringProperty("id", o.id().value());
    ValueCodec.writeText(out, "name", o.name());
    ValueCodec.writeText(out, "acronym", o.acronym());
    ValueCodec.writeCodes(out, "kinds", o.kinds());
    ValueCodec.writeString(out, "parent", o.parent());
    ValueCodec.writeString(out, "founded", o.founded());
    ValueCodec.writeString(out, "dissolved", o.dissolved());
    o.headquarters().ifPresent(p -> ValueCodec.writePlace(out, "headquarters", p));
    if (o.memberStateCount().isPresent()) {
      out.writeNumberProperty("memberStateCount", o.memberStateCount().getAsInt());
    }
    ValueCodec.writeString(out, "unSystemMembership", o.unSystemMembership());
    ValueCodec.writeArray(out, "identifiers", o.identifiers(), i -> {
      out.writeStartObject();
      out.writeStringProperty("scheme", i.scheme().code());
      out.writeStringProperty("value", i.value());
      out.writeEndObject();
    });
    ValueCodec.writeString(out, "website", o.website());
    ValueCodec.writeArray(out, "posts", o.posts(), p -> {
      out.writeStartObject();
      ValueCodec.writeText(out, "title", p.title());
      ValueCodec.writeArray(out, "tenures", p.tenures(), t -> {
        out.writeStartObject();
        out.writeName("holder");
        ValueCodec.writePerson(out, t.holder());
        ValueCodec.writeString(out, "start", t.start());
        ValueCodec.writeString(out, "end", t.end());
        out.writeEndObject();
      });
      out.writeEndObject();
    });
    writeSources(out, o);
  }

  private static void writeSources(JsonGenerator out, Entity e) {
    ValueCodec.writeArray(out, "sources", e.sources(), s -> ValueCodec.writeSource(out, s));
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
    out.writeStringProperty("id", o.id().value());
    out.writeStringProperty("organisation", o.organisation().value());
    out.writeStringProperty("kind", o.kind().code());
    ValueCodec.writeText(out, "name", o.name());
    ValueCodec.writePlace(out, "location", o.location());
    writeAreas(out, "areaOfResponsibility", o.areaOfResponsibility());
    ValueCodec.writeString(out, "parent", o.parent());
    o.operatingPeriod().ifPresent(p -> ValueCodec.writePeriod(out, "operatingPeriod", p));
    writeSources(out, o);
  }

  private static void writeAreas(JsonGenerator out, String name, java.util.List<GeographicArea> areas) {
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
    out.writeStringProperty("id", a.id().value());
    out.writeStringProperty("kind", a.kind().code());
    ValueCodec.writeText(out, "title", a.title());
    ValueCodec.writeArray(out, "parties", a.parties(), p -> out.writeString(p.value()));
    ValueCodec.writeArray(out, "signatories", a.signatories(), s -> {
      out.writeStartObject();
      out.writeName("person");
      ValueCodec.writePerson(out, s.person());
      ValueCodec.writeText(out, "post", s.post());
      out.writeStringProperty("party", s.party().value());
      out.writeEndObject();
    });
    ValueCodec.writeString(out, "signingDate", a.signingDate());
    a.signingPlace().ifPresent(p -> ValueCodec.writePlace(out, "signingPlace", p));
    ValueCodec.writeString(out, "entryIntoForce", a.entryIntoForce());
    a.validity().ifPresent(p -> ValueCodec.writePeriod(out, "validity", p));
    out.writeStringProperty("status", a.status().code());
    ValueCodec.writeCodes(out, "thematicAreas", a.thematicAreas());
    ValueCodec.writeArray(out, "commitments", a.commitments(), c -> ValueCodec.writeText(out, c));
    ValueCodec.writeArray(out, "links", a.links(), l -> {
      out.writeStartObject();
      out.writeStringProperty("relation", l.relation().code());
      out.writeStringProperty("target", l.target().value());
      out.writeEndObject();
    });
    ValueCodec.writeArray(out, "coordinationMechanisms", a.coordinationMechanisms(), m -> out.writeString(m.value()));
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
    out.writeStringProperty("id", p.id().value());
    ValueCodec.writeText(out, "title", p.title());
    ValueCodec.writeString(out, "acronym", p.acronym());
    ValueCodec.writeText(out, "description", p.description());
    ValueCodec.writeArray(out, "participants", p.participants(), x -> {
      out.writeStartObject();
      out.writeStringProperty("organisation", x.organisation().value());
      out.writeStringProperty("role", x.role().code());
      out.writeEndObject();
    });
    ValueCodec.writeString(out, "fundingInstrument", p.fundingInstrument());
    p.budget().ifPresent(m -> ValueCodec.writeMoney(out, "budget", m));
    ValueCodec.writeArray(out, "budgetLines", p.budgetLines(), l -> {
      out.writeStartObject();
      ValueCodec.writeMoney(out, "amount", l.amount());
      l.period().ifPresent(x -> ValueCodec.writePeriod(out, "period", x));
      l.area().ifPresent(a -> {
        out.writeName("area");
        ValueCodec.writeArea(out, a);
      });
      ValueCodec.writeText(out, "label", l.label());
      out.writeEndObject();
    });
    p.period().ifPresent(x -> ValueCodec.writePeriod(out, "period", x));
    p.status().ifPresent(s -> out.writeStringProperty("status", s.code()));
    ValueCodec.writeArray(out, "targetAreas", p.targetAreas(), t -> {
      out.writeStartObject();
      out.writeName("area");
      ValueCodec.writeArea(out, t.area());
      t.percentage().ifPresent(x -> {
        out.writeName("percentage");
        out.writeNumber(x.toPlainString());
      });
      out.writeEndObject();
    });
    ValueCodec.writeCodes(out, "thematicAreas", p.thematicAreas());
    ValueCodec.writeCodes(out, "beneficiaryGroups", p.beneficiaryGroups());
    ValueCodec.writeCodes(out, "activityTypes", p.activityTypes());
    ValueCodec.writeArray(out, "basedOn", p.basedOn(), a -> out.writeString(a.value()));
    ValueCodec.writeString(out, "parent", p.parent());
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
    out.writeStringProperty("id", e.id().value());
    out.writeStringProperty("kind", e.kind().code());
    ValueCodec.writeText(out, "title", e.title());
    e.status().ifPresent(s -> out.writeStringProperty("status", s.code()));
    ValueCodec.writeString(out, "date", e.date());
    e.place().ifPresent(p -> ValueCodec.writePlace(out, "place", p));
    ValueCodec.writeArray(out, "organisations", e.organisations(), o -> out.writeString(o.value()));
    ValueCodec.writeArray(out, "people", e.people(), p -> ValueCodec.writePerson(out, p));
    ValueCodec.writeString(out, "programme", e.programme());
    ValueCodec.writeString(out, "agreement", e.agreement());
    ValueCodec.writeArray(out, "outcomes", e.outcomes(), t -> ValueCodec.writeText(out, t));
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
    out.writeStringProperty("format", MigovJson.FORMAT);
    out.writeStringProperty("version", MigovJson.VERSION);
    writeAll(out, "organisations", dataset.organisations());
    writeAll(out, "offices", dataset.offices());
    writeAll(out, "agreements", dataset.agreements());
    writeAll(out, "programmes", dataset.programmes());
    writeAll(out, "events", dataset.events());
    out.writeEndObject();
  }

  private static void writeAll(JsonGenerator out, String name, java.util.List<? extends Entity> entities) {
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
