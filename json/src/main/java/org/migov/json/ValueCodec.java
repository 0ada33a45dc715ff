package org.migov.json;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migov.core.CodedEnum;
import org.migov.core.InvalidValueException;
import org.migov.core.geography.Country;
import org.migov.core.geography.GeographicArea;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.NamedArea;
import org.migov.core.geography.Place;
import org.migov.core.money.Money;
import org.migov.core.person.Person;
import org.migov.core.source.Source;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;
import org.migov.core.time.Period;
import tools.jackson.core.JsonGenerator;

/** The wire form of migov's value types, both ways. Stateless. */
final class ValueCodec {
  private ValueCodec() {}

  // ------------------------------------------------------------------------------- reading

  static MultilingualText text(WireReader in, String what) {
    Map<String, String> texts = new LinkedHashMap<>();
    in.object(what + " (a language map such as {\"en\": \"...\"})", language -> {
      texts.put(language, in.string("the text in " + language));
      return true;
    });
    try {
      return MultilingualText.of(texts);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), e.found() == null ? "nothing" : InvalidValueException.quote(e.found()), e);
    }
  }

  static PartialDate partialDate(WireReader in) {
    return in.value("a date as YYYY, YYYY-MM or YYYY-MM-DD", PartialDate::parse);
  }

  static java.time.LocalDate day(WireReader in) {
    return in.value("a date as YYYY-MM-DD", java.time.LocalDate::parse);
  }

  static Period period(WireReader in) {
    java.time.LocalDate[] days = new java.time.LocalDate[2];
    in.object("a period", name -> {
      switch (name) {
        case "start":
          days[0] = day(in);
          return true;
        case "end":
          days[1] = day(in);
          return true;
        default:
          return false;
      }
    }, "start");
    try {
      return days[1] == null ? Period.startingOn(days[0]) : Period.of(days[0], days[1]);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), InvalidValueException.quote(e.found()), e);
    }
  }

  static Money money(WireReader in) {
    Object[] parts = new Object[2];
    in.object("an amount of money", name -> {
      switch (name) {
        case "amount":
          parts[0] = in.decimal("an exact decimal amount");
          return true;
        case "currency":
          parts[1] = in.value("an ISO 4217 currency code", Money::currency);
          return true;
        default:
          return false;
      }
    }, "amount", "currency");
    try {
      return Money.of((java.math.BigDecimal) parts[0], (java.util.Currency) parts[1]);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), e.found(), e);
    }
  }

  static Country country(WireReader in) {
    return in.value("an ISO 3166-1 alpha-2 country code", Country::of);
  }

  static GeographicArea area(WireReader in) {
    GeographicArea[] area = new GeographicArea[1];
    in.object("a geographic area ({\"country\": ...}, {\"region\": ...} or {\"namedArea\": ...})", name -> {
      if (area[0] != null) {
        throw in.error("one of \"country\", \"region\" or \"namedArea\"", "a second one, " + InvalidValueException.quote(name), null);
      }
      switch (name) {
        case "country":
          area[0] = country(in);
          return true;
        case "region":
          area[0] = in.value("a UN M49 region code such as \"029\"", M49Region::of);
          return true;
        case "namedArea":
          area[0] = namedArea(in);
          return true;
        default:
          return false;
      }
    });
    if (area[0] == null) {
      throw in.error("one of \"country\", \"region\" or \"namedArea\"", "an empty object", null);
    }
    return area[0];
  }

  private static NamedArea namedArea(WireReader in) {
    MultilingualText[] name = new MultilingualText[1];
    List<Country> members = new java.util.ArrayList<>();
    in.object("a named area", property -> {
      switch (property) {
        case "name":
          name[0] = text(in, "the area's name");
          return true;
        case "members":
          members.addAll(in.array("the member countries", () -> country(in)));
          return true;
        default:
          return false;
      }
    }, "name", "members");
    try {
      return NamedArea.of(name[0], members);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), "[]", e);
    }
  }

  static Place place(WireReader in) {
    Object[] parts = new Object[2];
    in.object("a place", name -> {
      switch (name) {
        case "locality":
          parts[0] = in.string("a locality");
          return true;
        case "country":
          parts[1] = country(in);
          return true;
        default:
          return false;
      }
    }, "country");
    try {
      return parts[0] == null ? Place.of((Country) parts[1]) : Place.of((String) parts[0], (Country) parts[1]);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), InvalidValueException.quote(String.valueOf(e.found())), e);
    }
  }

  static Person person(WireReader in) {
    Person.Builder person = Person.builder();
    in.object("a person", name -> {
      switch (name) {
        case "name":
          person.name(in.string("a name"));
          return true;
        case "honorificPrefix":
          person.honorificPrefix(in.string("an honorific"));
          return true;
        case "wikidataId":
          person.wikidataId(in.string("a Wikidata id"));
          return true;
        default:
          return false;
      }
    }, "name");
    return person.build();
  }

  static Source source(WireReader in) {
    Source.Builder source = Source.builder();
    in.object("a source", name -> {
      switch (name) {
        case "title":
          source.title(in.string("a title"));
          return true;
        case "publisher":
          source.publisher(in.string("a publisher"));
          return true;
        case "url":
          source.url(in.value("an absolute URL", ValueCodec::uri));
          return true;
        case "date":
          source.date(partialDate(in));
          return true;
        case "language":
          source.language(in.string("a language tag"));
          return true;
        default:
          return false;
      }
    }, "title");
    return source.build();
  }

  static URI uri(String text) {
    URI uri = URI.create(text);
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException("not absolute");
    }
    return uri;
  }

  static <E extends Enum<E> & CodedEnum> E code(WireReader in, Class<E> type) {
    return in.value("a " + type.getSimpleName() + " code", code -> CodedEnum.fromCode(type, code));
  }

  // ------------------------------------------------------------------------------- writing

  static void writeText(JsonGenerator out, String name, MultilingualText text) {
    out.writeName(name);
    writeText(out, text);
  }

  static void writeText(JsonGenerator out, MultilingualText text) {
    out.writeStartObject();
    text.asMap().forEach(out::writeStringProperty);
    out.writeEndObject();
  }

  static void writeText(JsonGenerator out, String name, Optional<MultilingualText> text) {
    text.ifPresent(t -> writeText(out, name, t));
  }

  static void writeString(JsonGenerator out, String name, Optional<?> value) {
    value.ifPresent(v -> out.writeStringProperty(name, v.toString()));
  }

  static void writePeriod(JsonGenerator out, String name, Period period) {
    out.writeName(name);
    writePeriod(out, period);
  }

  static void writePeriod(JsonGenerator out, Period period) {
    out.writeStartObject();
    out.writeStringProperty("start", period.start().toString());
    period.end().ifPresent(end -> out.writeStringProperty("end", end.toString()));
    out.writeEndObject();
  }

  static void writeMoney(JsonGenerator out, String name, Money money) {
    out.writeName(name);
    writeMoney(out, money);
  }

  static void writeMoney(JsonGenerator out, Money money) {
    out.writeStartObject();
    out.writeName("amount");
    out.writeNumber(money.amount().toPlainString());
    out.writeStringProperty("currency", money.currency().getCurrencyCode());
    out.writeEndObject();
  }

  static void writeArea(JsonGenerator out, GeographicArea area) {
    out.writeStartObject();
    if (area instanceof Country) {
      out.writeStringProperty("country", ((Country) area).alpha2());
    } else if (area instanceof M49Region) {
      out.writeStringProperty("region", ((M49Region) area).code());
    } else {
      NamedArea named = (NamedArea) area;
      out.writeName("namedArea");
      out.writeStartObject();
      writeText(out, "name", named.name());
      out.writeName("members");
      out.writeStartArray();
      named.members().forEach(c -> out.writeString(c.alpha2()));
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  static void writePlace(JsonGenerator out, String name, Place place) {
    out.writeName(name);
    out.writeStartObject();
    place.locality().ifPresent(l -> out.writeStringProperty("locality", l));
    out.writeStringProperty("country", place.country().alpha2());
    out.writeEndObject();
  }

  static void writePerson(JsonGenerator out, Person person) {
    out.writeStartObject();
    out.writeStringProperty("name", person.name());
    writeString(out, "honorificPrefix", person.honorificPrefix());
    writeString(out, "wikidataId", person.wikidataId());
    out.writeEndObject();
  }

  static void writeSource(JsonGenerator out, Source source) {
    out.writeStartObject();
    out.writeStringProperty("title", source.title());
    writeString(out, "publisher", source.publisher());
    writeString(out, "url", source.url());
    writeString(out, "date", source.date());
    writeString(out, "language", source.language());
    out.writeEndObject();
  }

  /** Writes a named array of elements, omitted when empty. */
  static <T> void writeArray(JsonGenerator out, String name, java.util.Collection<T> values, java.util.function.Consumer<T> element) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    values.forEach(element);
    out.writeEndArray();
  }

  /** Writes a named array of codes, omitted when empty. */
  static void writeCodes(JsonGenerator out, String name, java.util.Collection<? extends CodedEnum> codes) {
    writeArray(out, name, codes, c -> out.writeString(c.code()));
  }
}
