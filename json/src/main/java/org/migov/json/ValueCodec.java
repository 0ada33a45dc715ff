package org.migov.json;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
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
import tools.jackson.core.SerializableString;

/** The wire form of migov's value types, both ways. Stateless. */
final class ValueCodec {
  private ValueCodec() {}

  /** The order in which each object's properties are written: a hint for reading them. */
  static final PropertyOrder PERIOD_ORDER = PropertyOrder.of(Names.START, Names.END);
  static final PropertyOrder MONEY_ORDER = PropertyOrder.of(Names.AMOUNT, Names.CURRENCY);
  static final PropertyOrder AREA_ORDER = PropertyOrder.of(Names.COUNTRY, Names.REGION, Names.NAMED_AREA);
  static final PropertyOrder NAMED_AREA_ORDER = PropertyOrder.of(Names.NAME, Names.MEMBERS);
  static final PropertyOrder PLACE_ORDER = PropertyOrder.of(Names.LOCALITY, Names.COUNTRY);
  static final PropertyOrder PERSON_ORDER = PropertyOrder.of(Names.NAME, Names.HONORIFIC_PREFIX, Names.WIKIDATA_ID);
  static final PropertyOrder SOURCE_ORDER = PropertyOrder.of(Names.TITLE, Names.PUBLISHER, Names.URL, Names.DATE, Names.LANGUAGE);

  // ------------------------------------------------------------------------------- reading

  static MultilingualText text(WireReader in, String what) {
    Map<String, String> texts = new LinkedHashMap<>();
    in.startObject(what, " (a language map such as {\"en\": \"...\"})", null);
    String language;
    while ((language = in.nextProperty()) != null) {
      texts.put(language, in.string("the text in ", language));
    }
    try {
      return MultilingualText.of(texts);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), e.found() == null ? "nothing" : InvalidValueException.quote(e.found()), e);
    }
  }

  static PartialDate partialDate(WireReader in) {
    return in.parse("a date as YYYY, YYYY-MM or YYYY-MM-DD", PartialDate::parse);
  }

  static java.time.LocalDate day(WireReader in) {
    return in.parse("a date as YYYY-MM-DD (year 0001 to 9999)", ValueCodec::parseDay);
  }

  /**
   * A day as {@code YYYY-MM-DD}, from 0001-01-01 to 9999-12-31: the days {@link
   * java.time.LocalDate#parse} accepts in that range (four digits, two, two), and no other.
   */
  static java.time.LocalDate parseDay(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 1 && month >= 0 && day >= 0) {
        return java.time.LocalDate.of(year, month, day);
      }
    }
    throw new java.time.DateTimeException("not a day from 0001-01-01 to 9999-12-31");
  }

  /** The value of the ASCII digits from start to end, or -1 when one is not a digit. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static Period period(WireReader in) {
    String what = "a period";
    java.time.LocalDate start = null;
    java.time.LocalDate end = null;
    in.startObject(what, PERIOD_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "start": start = day(in); break;
        case "end": end = day(in); break;
        default: in.unknownProperty(property, what);
      }
    }
    start = in.required(start, "start", what);
    try {
      return end == null ? Period.startingOn(start) : Period.of(start, end);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), InvalidValueException.quote(e.found()), e);
    }
  }

  static Money money(WireReader in) {
    String what = "an amount of money";
    BigDecimal amount = null;
    Currency currency = null;
    in.startObject(what, MONEY_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "amount": amount = in.decimal("an exact decimal amount"); break;
        case "currency": currency = in.parse("an ISO 4217 currency code", Money::currency); break;
        default: in.unknownProperty(property, what);
      }
    }
    amount = in.required(amount, "amount", what);
    currency = in.required(currency, "currency", what);
    try {
      return Money.of(amount, currency);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), e.found(), e);
    }
  }

  static Country country(WireReader in) {
    return in.parse("an ISO 3166-1 alpha-2 country code", Country::of);
  }

  static GeographicArea area(WireReader in) {
    String what = "a geographic area ({\"country\": ...}, {\"region\": ...} or {\"namedArea\": ...})";
    GeographicArea area = null;
    in.startObject(what, AREA_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      if (area != null) {
        throw in.error("one of \"country\", \"region\" or \"namedArea\"", "a second one, " + InvalidValueException.quote(property), null);
      }
      switch (property) {
        case "country": area = country(in); break;
        case "region": area = in.parse("a UN M49 region code such as \"029\"", M49Region::of); break;
        case "namedArea": area = namedArea(in); break;
        default: in.unknownProperty(property, what);
      }
    }
    if (area == null) {
      throw in.error("one of \"country\", \"region\" or \"namedArea\"", "an empty object", null);
    }
    return area;
  }

  private static NamedArea namedArea(WireReader in) {
    String what = "a named area";
    MultilingualText name = null;
    List<Country> members = null;
    in.startObject(what, NAMED_AREA_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "name": name = text(in, "the area's name"); break;
        case "members":
          members = new ArrayList<>();
          in.startArray("the member countries");
          while (in.nextElement()) {
            members.add(country(in));
          }
          break;
        default: in.unknownProperty(property, what);
      }
    }
    name = in.required(name, "name", what);
    members = in.required(members, "members", what);
    try {
      return NamedArea.of(name, members);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), "[]", e);
    }
  }

  static Place place(WireReader in) {
    String what = "a place";
    String locality = null;
    Country country = null;
    in.startObject(what, PLACE_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "locality": locality = in.string("a locality"); break;
        case "country": country = country(in); break;
        default: in.unknownProperty(property, what);
      }
    }
    country = in.required(country, "country", what);
    try {
      return locality == null ? Place.of(country) : Place.of(locality, country);
    } catch (InvalidValueException e) {
      throw in.error(e.expected(), InvalidValueException.quote(String.valueOf(e.found())), e);
    }
  }

  static Person person(WireReader in) {
    String what = "a person";
    Person.Builder person = Person.builder();
    String name = null;
    in.startObject(what, PERSON_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "name": name = in.string("a name"); break;
        case "honorificPrefix": person.honorificPrefix(in.string("an honorific")); break;
        case "wikidataId": person.wikidataId(in.string("a Wikidata id")); break;
        default: in.unknownProperty(property, what);
      }
    }
    return person.name(in.required(name, "name", what)).build();
  }

  static Source source(WireReader in) {
    String what = "a source";
    Source.Builder source = Source.builder();
    String title = null;
    in.startObject(what, SOURCE_ORDER);
    String property;
    while ((property = in.nextProperty()) != null) {
      switch (property) {
        case "title": title = in.string("a title"); break;
        case "publisher": source.publisher(in.string("a publisher")); break;
        case "url": source.url(in.value("an absolute URL", ValueCodec::uri)); break;
        case "date": source.date(partialDate(in)); break;
        case "language": source.language(in.string("a language tag")); break;
        default: in.unknownProperty(property, what);
      }
    }
    return source.title(in.required(title, "title", what)).build();
  }

  static URI uri(String text) {
    URI uri = URI.create(text);
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException("not absolute");
    }
    return uri;
  }

  // ------------------------------------------------------------------------------- writing

  /** Writes a property with a string value; the name pre-encoded, as Jackson's databind does. */
  static void property(JsonGenerator out, SerializableString name, String value) {
    out.writeName(name);
    out.writeString(value);
  }

  static void writeText(JsonGenerator out, SerializableString name, MultilingualText text) {
    out.writeName(name);
    writeText(out, text);
  }

  static void writeText(JsonGenerator out, MultilingualText text) {
    out.writeStartObject();
    text.asMap().forEach(out::writeStringProperty);
    out.writeEndObject();
  }

  static void writeText(JsonGenerator out, SerializableString name, Optional<MultilingualText> text) {
    text.ifPresent(t -> writeText(out, name, t));
  }

  static void writeString(JsonGenerator out, SerializableString name, Optional<?> value) {
    value.ifPresent(v -> property(out, name, v.toString()));
  }

  static void writePeriod(JsonGenerator out, SerializableString name, Period period) {
    out.writeName(name);
    writePeriod(out, period);
  }

  static void writePeriod(JsonGenerator out, Period period) {
    out.writeStartObject();
    writeDay(out, Names.START, period.start());
    if (period.end().isPresent()) {
      writeDay(out, Names.END, period.end().get());
    }
    out.writeEndObject();
  }

  /**
   * Writes a day as {@link java.time.LocalDate#toString} does, {@code YYYY-MM-DD}; for the years
   * 0 to 9999 without building a string.
   */
  static void writeDay(JsonGenerator out, SerializableString name, java.time.LocalDate day) {
    out.writeName(name);
    int year = day.getYear();
    if (year < 0 || year > 9999) {
      out.writeString(day.toString());
      return;
    }
    char[] text = new char[10];
    text[0] = (char) ('0' + year / 1000);
    text[1] = (char) ('0' + year / 100 % 10);
    text[2] = (char) ('0' + year / 10 % 10);
    text[3] = (char) ('0' + year % 10);
    text[4] = '-';
    text[5] = (char) ('0' + day.getMonthValue() / 10);
    text[6] = (char) ('0' + day.getMonthValue() % 10);
    text[7] = '-';
    text[8] = (char) ('0' + day.getDayOfMonth() / 10);
    text[9] = (char) ('0' + day.getDayOfMonth() % 10);
    out.writeString(text, 0, 10);
  }

  static void writeMoney(JsonGenerator out, SerializableString name, Money money) {
    out.writeName(name);
    writeMoney(out, money);
  }

  static void writeMoney(JsonGenerator out, Money money) {
    out.writeStartObject();
    out.writeName(Names.AMOUNT);
    out.writeNumber(money.amount().toPlainString());
    property(out, Names.CURRENCY, money.currency().getCurrencyCode());
    out.writeEndObject();
  }

  static void writeArea(JsonGenerator out, GeographicArea area) {
    out.writeStartObject();
    if (area instanceof Country) {
      property(out, Names.COUNTRY, ((Country) area).alpha2());
    } else if (area instanceof M49Region) {
      property(out, Names.REGION, ((M49Region) area).code());
    } else {
      NamedArea named = (NamedArea) area;
      out.writeName(Names.NAMED_AREA);
      out.writeStartObject();
      writeText(out, Names.NAME, named.name());
      out.writeName(Names.MEMBERS);
      out.writeStartArray();
      named.members().forEach(c -> out.writeString(c.alpha2()));
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  static void writePlace(JsonGenerator out, SerializableString name, Place place) {
    out.writeName(name);
    out.writeStartObject();
    place.locality().ifPresent(l -> property(out, Names.LOCALITY, l));
    property(out, Names.COUNTRY, place.country().alpha2());
    out.writeEndObject();
  }

  static void writePerson(JsonGenerator out, Person person) {
    out.writeStartObject();
    property(out, Names.NAME, person.name());
    writeString(out, Names.HONORIFIC_PREFIX, person.honorificPrefix());
    writeString(out, Names.WIKIDATA_ID, person.wikidataId());
    out.writeEndObject();
  }

  static void writeSource(JsonGenerator out, Source source) {
    out.writeStartObject();
    property(out, Names.TITLE, source.title());
    writeString(out, Names.PUBLISHER, source.publisher());
    writeString(out, Names.URL, source.url());
    writeString(out, Names.DATE, source.date());
    writeString(out, Names.LANGUAGE, source.language());
    out.writeEndObject();
  }

  /** Writes a named array of elements, omitted when empty. */
  static <T> void writeArray(JsonGenerator out, SerializableString name, java.util.Collection<T> values, java.util.function.Consumer<T> element) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    values.forEach(element);
    out.writeEndArray();
  }

  /** Writes a named array of codes, omitted when empty. */
  static void writeCodes(JsonGenerator out, SerializableString name, java.util.Collection<? extends CodedEnum> codes) {
    writeArray(out, name, codes, c -> out.writeString(c.code()));
  }
}
