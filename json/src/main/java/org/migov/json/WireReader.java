package org.migov.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.function.Function;
import org.migov.core.EntityId;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;
import org.migov.core.time.PartialDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads the wire format from a Jackson token stream, one value at a time, turning every problem
 * into a {@link MigovJsonException} that says where (pointer, line, column) and what was expected.
 * Confined to the thread that reads one document.
 */
final class WireReader {
  /** The largest decimal exponent read before any {@link BigDecimal} arithmetic. */
  static final int MAX_EXPONENT = 100;

  /** The most ids of one kind a reader keeps for reuse. */
  static final int KEPT_IDS = 4096;

  /** How many ids a reader reads before it starts keeping them. */
  static final int UNKEPT_IDS = 64;

  private final JsonParser parser;
  private final boolean ignoreUnknown;
  private final ObjectNames names = new ObjectNames();
  private Object[][] arguments;

  /** What {@link #nextProperty(PropertyOrder)} returns at the end of the object. */
  static final int END = -1;

  /** What {@link #nextProperty(PropertyOrder)} returns for a name not in the order. */
  static final int UNKNOWN = -2;
  private EnumMap<EntityKind, HashMap<String, EntityId>> ids;
  private int idsRead;

  WireReader(JsonParser parser, boolean ignoreUnknown) {
    this.parser = parser;
    this.ignoreUnknown = ignoreUnknown;
  }

  JsonParser parser() {
    return parser;
  }

  /**
   * The two-element array that an object read into its factory's two arguments fills, lent for the
   * object's depth (an object and the objects inside it each get their own), which the object
   * empties when it starts: so that reading a document allocates one per depth, not one per object.
   */
  Object[] arguments() {
    int depth = names.depth();
    if (arguments == null || depth >= arguments.length) {
      arguments = java.util.Arrays.copyOf(arguments == null ? new Object[0][] : arguments, depth + 8);
    }
    Object[] values = arguments[depth];
    if (values == null) {
      values = new Object[2];
      arguments[depth] = values;
    }
    return values;
  }

  /** Moves to the next token, turning Jackson's exceptions into migov's. */
  JsonToken next() {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
    if (token == JsonToken.PROPERTY_NAME) {
      checkNotSeen(parser.currentName());
    } else if (token == JsonToken.START_OBJECT) {
      names.open();
    } else if (token == JsonToken.END_OBJECT) {
      names.close();
    }
    return token;
  }

  /**
   * Moves to the next token and, inside an object read without a property order (a language
   * map), returns the property name it is, or null at the object's end: Jackson's fast path for
   * names, as its own deserializers use.
   */
  private String nextName() {
    String name;
    try {
      name = parser.nextName();
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
    if (name != null) {
      checkNotSeen(name);
    } else {
      names.close();
    }
    return name;
  }

  /**
   * Moves to the next property of the object being read, started with {@code order}, and returns
   * its index in that order, with the parser on its value; {@link #UNKNOWN} for a name not in it
   * (its name then is {@link #currentName()}), {@link #END} at the object's end. A name that comes
   * in the order is matched without being looked up; a name of the order, in any order, is told
   * new or repeated by one bit.
   */
  int nextProperty(PropertyOrder order) {
    int at;
    try {
      SerializableString likely = names.likely();
      String name;
      if (likely != null && parser.nextName(likely)) {
        at = names.likelyIndex();
        name = null;
      } else {
        name = likely == null
            ? parser.nextName()
            : parser.currentToken() == JsonToken.PROPERTY_NAME ? parser.currentName() : null;
        if (name == null) {
          names.close();
          return END;
        }
        at = order.indexOf(name);
      }
      if (at >= 0) {
        // A name of the order: new unless its bit is set, whatever the order it comes in.
        names.moveTo(at + 1);
        if (!names.markKnown(at)) {
          throw duplicate(order.at(at).getValue());
        }
      } else {
        checkNotSeen(name);
      }
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
    next();
    return at < 0 ? UNKNOWN : at;
  }

  /** The name of the property whose value the parser is on. */
  String currentName() {
    return parser.currentName();
  }

  /**
   * Refuses a property name already read in the same object, as malformed input: what Jackson's
   * {@code STRICT_DUPLICATE_DETECTION} does, with the same message, located at the name.
   */
  private void checkNotSeen(String name) {
    if (!names.add(name)) {
      throw duplicate(name);
    }
  }

  private MigovJsonException duplicate(String name) {
    return located(MigovJsonException.of(MigovJsonException.Kind.MALFORMED_INPUT)
        .expected(WELL_FORMED).found(DUPLICATE.with(InvalidValueException.quote(name))));
  }

  /** What a malformed input or one past a limit was expected to be. */
  static final Phrase WELL_FORMED = Phrase.of("well-formed JSON within migov's limits",
      "JSON ben formato entro i limiti di migov", "du JSON bien formé, dans les limites de migov",
      "JSON bien formado dentro de los límites de migov");

  private static final Phrase.Template DUPLICATE = Phrase.template("Duplicate Object property {0}",
      "la proprietà {0} una seconda volta", "la propriété {0} une deuxième fois", "la propiedad {0} por segunda vez");

  private static final Phrase.Template AS_OBJECT = Phrase.template("{0} (a JSON object)", "{0} (un oggetto JSON)",
      "{0} (un objet JSON)", "{0} (un objeto JSON)");
  private static final Phrase.Template AS_ARRAY = Phrase.template("{0} (a JSON array)", "{0} (un array JSON)",
      "{0} (un tableau JSON)", "{0} (un array JSON)");
  private static final Phrase.Template AS_STRING = Phrase.template("{0} (a JSON string)", "{0} (una stringa JSON)",
      "{0} (une chaîne JSON)", "{0} (una cadena JSON)");
  private static final Phrase.Template AS_BOOLEAN = Phrase.template("{0} (true or false)", "{0} (true o false)",
      "{0} (true ou false)", "{0} (true o false)");
  private static final Phrase.Template AS_INTEGER = Phrase.template("{0} (a JSON integer)", "{0} (un intero JSON)",
      "{0} (un entier JSON)", "{0} (un entero JSON)");
  private static final Phrase.Template AS_INT = Phrase.template("{0} (an integer from {1} to {2})",
      "{0} (un intero da {1} a {2})", "{0} (un entier de {1} à {2})", "{0} (un entero de {1} a {2})");
  private static final Phrase.Template AS_NUMBER = Phrase.template("{0} (a JSON number)", "{0} (un numero JSON)",
      "{0} (un nombre JSON)", "{0} (un número JSON)");
  private static final Phrase.Template WITH_EXPONENT = Phrase.template("{0} with an exponent of at most {1}",
      "{0} con un esponente di al più {1}", "{0} avec un exposant d'au plus {1}", "{0} con un exponente de {1} como máximo");
  private static final Phrase.Template OF_WELL_FORMED_UNICODE = Phrase.template(
      "{0} of well-formed Unicode (no unpaired surrogate)", "{0}, in Unicode ben formato (senza surrogati spaiati)",
      "{0}, en Unicode bien formé (sans demi-codet isolé)", "{0}, en Unicode bien formado (sin sustitutos desemparejados)");
  private static final Phrase.Template A_PROPERTY_OF = Phrase.template("a property of {0}",
      "una proprietà prevista per {0}", "une propriété prévue pour {0}", "una propiedad prevista para {0}");
  private static final Phrase.Template THE_UNKNOWN_PROPERTY = Phrase.template("the unknown property {0}",
      "la proprietà sconosciuta {0}", "la propriété inconnue {0}", "la propiedad desconocida {0}");
  /** A required property of an object: its name, then the object. */
  static final Phrase.Template THE_PROPERTY_IN = Phrase.template("the property \"{0}\" in {1}",
      "la proprietà \"{0}\" in {1}", "la propriété \"{0}\" dans {1}", "la propiedad \"{0}\" en {1}");
  /** What is found when a required property is missing. */
  static final Phrase WITHOUT_IT = Phrase.of("an object without it", "un oggetto che non la contiene",
      "un objet qui ne la contient pas", "un objeto que no la contiene");
  /** The end of the input, found where a value was expected. */
  static final Phrase END_OF_INPUT = Phrase.of("the end of the input", "la fine dell'input", "la fin de l'entrée",
      "el final de la entrada");
  private static final Phrase A_JSON_OBJECT = Phrase.of("a JSON object", "un oggetto JSON", "un objet JSON",
      "un objeto JSON");
  private static final Phrase A_JSON_ARRAY = Phrase.of("a JSON array", "un array JSON", "un tableau JSON", "un array JSON");
  private static final Phrase.Template THE_PROPERTY = Phrase.template("the property {0}", "la proprietà {0}",
      "la propriété {0}", "la propiedad {0}");
  private static final Phrase END_OF_OBJECT = Phrase.of("the end of the object", "la fine dell'oggetto",
      "la fin de l'objet", "el final del objeto");
  private static final Phrase MALFORMED = Phrase.of("malformed input", "input non ben formato", "entrée mal formée",
      "entrada mal formada");

  /**
   * Converts Jackson's exception, located where Jackson says or, for the limits (which Jackson
   * reports without a location), where the parser stopped; an I/O failure of the underlying
   * reader passes as an {@link UncheckedIOException}.
   *
   * @throws UncheckedIOException for an I/O failure
   */
  MigovJsonException fromJackson(JacksonException e) {
    return fromJackson(e, pointer(), parser == null ? null : parser.currentLocation());
  }

  /** Converts an exception raised outside a reader (opening or closing the parser). */
  static MigovJsonException fromJacksonDetached(JacksonException e) {
    return fromJackson(e, "", null);
  }

  private static MigovJsonException fromJackson(JacksonException e, String pointer, TokenStreamLocation stopped) {
    if (e instanceof MigovJsonException) {
      return (MigovJsonException) e;
    }
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
      throw new UncheckedIOException((IOException) e.getCause());
    }
    TokenStreamLocation location = e.getLocation();
    if ((location == null || location.getLineNr() < 1) && stopped != null) {
      location = stopped;
    }
    String message = e.getOriginalMessage();
    return MigovJsonException.of(e instanceof StreamConstraintsException
            ? MigovJsonException.Kind.PAST_LIMIT : MigovJsonException.Kind.MALFORMED_INPUT)
        .expected(WELL_FORMED)
        .found(message == null ? MALFORMED : ParserReason.of(InvalidValueException.escape(withoutSource(message.replace('\n', ' ')))))
        .at(pointer, lineOf(location), columnOf(location))
        .cause(e)
        .build();
  }

  /**
   * Jackson's message without its "(start marker at [Source: ...])", which says nothing here, and
   * without the length it gives for a number, string or name past its limit: Jackson measures
   * those as its buffers fill, so that figure depends on the buffers a thread happens to reuse.
   */
  private static String withoutSource(String message) {
    return message.replaceAll(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)", "")
        .replaceFirst("^(Number value length|String value length|Name length) \\([0-9]+\\) ", "$1 ");
  }

  String pointer() {
    return parser == null || parser.streamReadContext() == null
        ? ""
        : parser.streamReadContext().pathAsPointer().toString();
  }

  /** An error about the current token: well-formed JSON that is not the wire format. */
  MigovJsonException error(Phrase expected, Phrase found, Throwable cause) {
    return located(MigovJsonException.of(MigovJsonException.Kind.NOT_WIRE_FORMAT).expected(expected).found(found).cause(cause));
  }

  /** An error at the current token. */
  private MigovJsonException located(MigovJsonException.Builder error) {
    TokenStreamLocation location = parser.currentTokenLocation();
    return error.at(pointer(), lineOf(location), columnOf(location)).build();
  }

  /** The line of a location, from 1; 0 when there is none or Jackson does not know it (-1). */
  static int lineOf(TokenStreamLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  /** The column of a location, from 1; 0 when there is none or Jackson does not know it (-1). */
  static int columnOf(TokenStreamLocation location) {
    return location == null ? 0 : Math.max(0, location.getColumnNr());
  }

  /** How the current token reads in a message. */
  Phrase describeCurrent() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return END_OF_INPUT;
    }
    switch (token) {
      case START_OBJECT:
        return A_JSON_OBJECT;
      case START_ARRAY:
        return A_JSON_ARRAY;
      case VALUE_NULL:
        return Phrase.literal("null");
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Phrase.literal(token == JsonToken.VALUE_TRUE ? "true" : "false");
      case PROPERTY_NAME:
        return THE_PROPERTY.with(InvalidValueException.quote(parser.currentName()));
      case VALUE_STRING:
        return quoted(text());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        String number = text();
        return Phrase.literal(number.length() > 40 ? number.substring(0, 40) + "...(" + number.length() + " chars)" : number);
      case END_OBJECT:
        return END_OF_OBJECT;
      default:
        return Phrase.literal(token.toString());
    }
  }

  /** What a value read where no property names it is. */
  static final Phrase A_VALUE = Phrase.of("a value", "un valore", "une valeur", "un valor");

  /** The end of the document, expected after its one value. */
  static final Phrase THE_END_OF_THE_DOCUMENT = Phrase.of("the end of the document", "la fine del documento",
      "la fin du document", "el final del documento");

  /** A value found, quoted: the same in every language. */
  static Phrase quoted(String value) {
    return Phrase.literal(InvalidValueException.quote(value));
  }

  private String text() {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
  }

  /**
   * Continues an object whose first properties were already read (the {@code entity} tag of a
   * JSON Lines record): its other properties are written in this order.
   */
  void continueObject(PropertyOrder order) {
    names.expect(order);
  }

  /** Starts reading a JSON object described as {@code what}, whose properties are written in this order. */
  void startObject(Phrase what, PropertyOrder order) {
    startObject(what, null, order);
  }

  /**
   * Starts reading a JSON object described as {@code what + detail}, joined only for an error
   * message, so that reading a valid object builds no string. The parser is on the object's first
   * token; its properties then come from {@link #nextProperty}, and each one the caller does not
   * know goes to {@link #unknownProperty}.
   *
   * <p>{@code order}, when not null, is the order in which migov writes the object's properties:
   * a hint only, see {@link PropertyOrder}.
   */
  void startObject(Phrase what, Phrase.Template detail, PropertyOrder order) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error(AS_OBJECT.with(join(what, detail)), describeCurrent(), null);
    }
    names.expect(order);
  }

  /**
   * Moves to the next property of the object being read and returns its name, with the parser on
   * its value; returns null at the object's end.
   */
  String nextProperty() {
    String name = nextName();
    if (name != null) {
      next();
    }
    return name;
  }

  /**
   * Handles a property that the object described as {@code what} does not define, with the parser
   * on its value: refused, or skipped with its value when unknown properties are ignored.
   */
  void unknownProperty(Phrase what) {
    if (!ignoreUnknown) {
      throw error(A_PROPERTY_OF.with(what), THE_UNKNOWN_PROPERTY.with(InvalidValueException.quote(currentName())), null);
    }
    skipValue();
  }

  /**
   * Moves to the last token of the current value, through {@link #next} so that duplicate names
   * inside it are refused too.
   */
  private void skipValue() {
    JsonToken token = parser.currentToken();
    int open = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? 1 : 0;
    while (open > 0) {
      token = next();
      if (token == null) {
        return;
      }
      if (token.isStructStart()) {
        open++;
      } else if (token.isStructEnd()) {
        open--;
      }
    }
  }

  /**
   * Returns the value read for a required property, or, when none was read, fails with the parser
   * at the end of the object described as {@code what}.
   */
  <T> T required(T value, String name, Phrase what) {
    if (value == null) {
      throw error(THE_PROPERTY_IN.with(name, what), WITHOUT_IT, null);
    }
    return value;
  }

  /** {@code what}, or {@code detail} filled with {@code what}. */
  private static Phrase join(Phrase what, Phrase.Template detail) {
    return detail == null ? what : detail.with(what);
  }

  /**
   * Starts reading a JSON array described as {@code what}; the parser is on its first token. Its
   * elements then come from {@link #nextElement}.
   */
  void startArray(Phrase what) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw error(AS_ARRAY.with(what), describeCurrent(), null);
    }
  }

  /** Moves to the next element of the array being read; returns false at the array's end. */
  boolean nextElement() {
    return next() != JsonToken.END_ARRAY;
  }

  /** Reads a string. */
  String string(Phrase expected) {
    return string(expected, null, null);
  }

  /**
   * Reads a string described as {@code expected + detail}, joined only for an error message. A
   * string with an unpaired surrogate ({@code "\ud800"}) is refused: it has no UTF-8 form, so it
   * could not be written back.
   */
  String string(Phrase.Template expected, String argument) {
    return string(null, expected, argument);
  }

  private String string(Phrase expected, Phrase.Template template, String argument) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error(AS_STRING.with(template == null ? expected : template.with(argument)), describeCurrent(), null);
    }
    boolean mayHaveSurrogate = mayHaveSurrogate();
    String text = text();
    if (mayHaveSurrogate && hasUnpairedSurrogate(text)) {
      throw error(OF_WELL_FORMED_UNICODE.with(template == null ? expected : template.with(argument)), quoted(text), null);
    }
    return text;
  }

  /**
   * Whether the current string may have a char in the surrogate range, from the parser's buffer:
   * true when some char has its top bit set (U+8000 or above, which every surrogate is). A bitwise
   * or over a char array, which the JIT turns into vector code, so that the usual string costs
   * almost nothing; a string of CJK text, say, then gets the exact check.
   */
  private boolean mayHaveSurrogate() {
    try {
      char[] chars = parser.getTextCharacters();
      int start = parser.getTextOffset();
      int end = start + parser.getTextLength();
      int bits = 0;
      for (int i = start; i < end; i++) {
        bits |= chars[i];
      }
      return bits >= 0x8000;
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
  }

  private static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Reads a string that is kept as it is, such as an id or a URL, and converts it with a core
   * factory, mapping its refusal to an error here.
   */
  <T> T value(Phrase expected, Function<String, T> factory) {
    return convert(string(expected), expected, factory);
  }

  /**
   * Reads an id. Past the first {@link #UNKEPT_IDS} of a document (so that a small document, the
   * usual case, allocates no table), the ids are kept, up to {@link #KEPT_IDS} of each kind, so
   * that a reference repeated (the same organisation named by a thousand programmes, or a hostile
   * list of a million copies) is one object, not one per occurrence, and is checked once.
   */
  @SuppressWarnings("unchecked")
  <T extends EntityId> T id(Phrase expected, EntityKind kind, Function<String, ? extends T> factory) {
    String text = string(expected);
    if (idsRead++ < UNKEPT_IDS) {
      return convert(text, expected, factory);
    }
    if (ids == null) {
      ids = new EnumMap<>(EntityKind.class);
    }
    HashMap<String, EntityId> known = ids.computeIfAbsent(kind, k -> new HashMap<>());
    EntityId id = known.get(text);
    if (id == null) {
      id = convert(text, expected, factory);
      if (known.size() < KEPT_IDS) {
        known.put(text, id);
      }
    }
    return (T) id;
  }

  /**
   * Reads a string and parses it with a core factory that keeps none of its chars as they are and
   * accepts ASCII only (a date, a code, a country, a currency): such a factory refuses an unpaired
   * surrogate itself, so the string is not scanned for one.
   */
  /**
   * A day written {@code YYYY-MM-DD}, read from the parser's buffer without making a String; null
   * when the current token is not a string of that shape or names no day, and the caller then reads
   * it the usual way (which says what is wrong). Most dates of real data are days.
   */
  PartialDate dayOrNull() {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return null;
    }
    char[] chars;
    int at;
    try {
      if (parser.getTextLength() != 10) {
        return null;
      }
      chars = parser.getTextCharacters();
      at = parser.getTextOffset();
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
    if (chars[at + 4] != '-' || chars[at + 7] != '-') {
      return null;
    }
    int year = digits(chars, at, 4);
    int month = digits(chars, at + 5, 2);
    int day = digits(chars, at + 8, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31
        || (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth())) {
      return null;
    }
    return PartialDate.of(year, month, day);
  }

  /** The value of {@code count} ASCII digits from {@code at}, or -1 when one is not a digit. */
  private static int digits(char[] chars, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Whether the current token is a string. */
  boolean atString() {
    return parser.currentToken() == JsonToken.VALUE_STRING;
  }

  <T> T parse(Phrase expected, Function<String, T> factory) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error(AS_STRING.with(expected), describeCurrent(), null);
    }
    return convert(text(), expected, factory);
  }

  /**
   * The index of the candidate the current string equals, compared in the parser's buffer
   * without building a String; -1 when none does or the current token is not a string.
   */
  int match(char[][] candidates) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return -1;
    }
    try {
      char[] chars = parser.getTextCharacters();
      int start = parser.getTextOffset();
      int end = start + parser.getTextLength();
      for (int i = 0; i < candidates.length; i++) {
        if (java.util.Arrays.equals(chars, start, end, candidates[i], 0, candidates[i].length)) {
          return i;
        }
      }
      return -1;
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
  }

  private <T> T convert(String text, Phrase expected, Function<String, T> factory) {
    try {
      return factory.apply(text);
    } catch (InvalidValueException e) {
      String found = InvalidValueException.quote(text);
      throw error(e.expectedPhrase(), e.detailPhrase().map(detail -> WITH_REASON.with(found, detail)).orElse(quoted(text)), e);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw error(expected, quoted(text), e);
    }
  }

  /** A value found, then why it was refused. */
  private static final Phrase.Template WITH_REASON = Phrase.template("{0}: {1}", "{0}: {1}", "{0} : {1}", "{0}: {1}");

  /** Reads a whole number. */
  boolean bool(Phrase expected) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw error(AS_BOOLEAN.with(expected), describeCurrent(), null);
    }
    return token == JsonToken.VALUE_TRUE;
  }

  int integer(Phrase expected) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw error(AS_INTEGER.with(expected), describeCurrent(), null);
    }
    try {
      if (parser.getNumberType() == JsonParser.NumberType.INT) {
        return parser.getIntValue();
      }
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
    throw error(AS_INT.with(expected, Integer.MIN_VALUE, Integer.MAX_VALUE), describeCurrent(), null);
  }

  /**
   * Reads an exact decimal from the number's text: the exponent is checked before any
   * {@link BigDecimal} is made, so {@code 1e1000000000} is refused at once.
   */
  BigDecimal decimal(Phrase expected) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(AS_NUMBER.with(expected), describeCurrent(), null);
    }
    // Read from the parser's buffer: no String, no copy of it.
    char[] chars;
    int start;
    int length;
    try {
      chars = parser.getTextCharacters();
      start = parser.getTextOffset();
      length = parser.getTextLength();
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
    // Jackson measures an integer as it reads it, a decimal only when it converts one: so here.
    int maxLength = parser.streamReadConstraints().getMaxNumberLength();
    if (length > maxLength) {
      throw located(MigovJsonException.of(MigovJsonException.Kind.PAST_LIMIT).expected(WELL_FORMED).found(ParserReason.of(String.format(
          "Number value length exceeds the maximum allowed (%d, from `StreamReadConstraints.getMaxNumberLength()`)",
          maxLength))));
    }
    for (int i = start; i < start + length; i++) {
      if (chars[i] == 'e' || chars[i] == 'E') {
        checkExponent(new String(chars, i + 1, start + length - i - 1), expected);
        break;
      }
    }
    try {
      return new BigDecimal(chars, start, length);
    } catch (NumberFormatException ex) {
      throw error(expected, describeCurrent(), ex);
    }
  }

  /** Refuses an exponent (the digits after the {@code e}, with their sign) above {@link #MAX_EXPONENT}. */
  private void checkExponent(String exponent, Phrase expected) {
    String unsigned = exponent.replace("+", "");
    boolean tooLarge = unsigned.replace("-", "").replaceFirst("^0+", "").length() > 3
        || Math.abs(Integer.parseInt(unsigned)) > MAX_EXPONENT;
    if (tooLarge) {
      throw error(WITH_EXPONENT.with(expected, MAX_EXPONENT), describeCurrent(), null);
    }
  }

  /**
   * The property names read so far in each open object, for the duplicate check. A name of the
   * object's declared order is a bit of a mask. Any other name goes on a stack, each
   * object's names above its parent's, dropped when it ends. A 64-bit filter of their hashes per
   * object answers "new" for most names at once, without a loop (whose varying length the CPU
   * mispredicts); only a name whose bit is set is compared with the object's names, in place for
   * the first {@link #SCANNED} and in a set past them, so that a huge object stays linear. Reading
   * the usual object allocates nothing.
   */
  private static final class ObjectNames {
    static final int SCANNED = 16;
    private String[] names = new String[32];
    private int top;
    /**
     * By open object: where its names start, its hash filter, its names past SCANNED. Objects
     * opened by {@link #next} count from 1; depth 0 is the object a Jackson module's deserializer
     * starts on, whose start this reader never read.
     */
    private int[] starts = new int[8];
    private long[] filters = new long[8];
    private java.util.Set<String>[] more = newSets(8);
    /** By open object: the order its properties are written in (or null), and the next one's index. */
    private PropertyOrder[] orders = new PropertyOrder[8];
    private int[] next = new int[8];
    /**
     * By open object with an order: the bits of the names of the order read so far (at most 64
     * names, as {@link PropertyOrder} ensures), so that such a name is checked by a bit test; the
     * names the order does not know go on the stack.
     */
    private long[] known = new long[8];
    private int depth;

    @SuppressWarnings("unchecked")
    private static java.util.Set<String>[] newSets(int length) {
      return (java.util.Set<String>[]) new java.util.Set<?>[length];
    }

    /** How many objects are open. */
    int depth() {
      return depth;
    }

    /** An object starts. */
    void open() {
      if (++depth == starts.length) {
        starts = java.util.Arrays.copyOf(starts, depth * 2);
        filters = java.util.Arrays.copyOf(filters, depth * 2);
        more = java.util.Arrays.copyOf(more, depth * 2);
        orders = java.util.Arrays.copyOf(orders, depth * 2);
        next = java.util.Arrays.copyOf(next, depth * 2);
        known = java.util.Arrays.copyOf(known, depth * 2);
      }
      starts[depth] = top;
      filters[depth] = 0;
      orders[depth] = null;
      known[depth] = 0;
    }

    /** Gives the innermost open object, none of whose names was read yet, the order its properties are written in. */
    void expect(PropertyOrder order) {
      orders[depth] = order;
      next[depth] = 0;
    }

    /** Where the property likely to come next stands in the innermost open object's order. */
    int likelyIndex() {
      return next[depth];
    }

    /** The property likely to come next in the innermost open object, or null if none. */
    SerializableString likely() {
      PropertyOrder order = orders[depth];
      return order == null ? null : order.at(next[depth]);
    }

    /** Records that the name at {@code at} of the order came; returns false when it had already. */
    boolean markKnown(int at) {
      long bit = 1L << at;
      if ((known[depth] & bit) != 0) {
        return false;
      }
      known[depth] |= bit;
      return true;
    }

    /** The property at {@code next} in the written order is now the likely one. */
    void moveTo(int next) {
      this.next[depth] = next;
    }

    /** The innermost open object ends. */
    void close() {
      if (depth > 0) {
        top = starts[depth];
        more[depth] = null;
        orders[depth] = null;
        depth--;
      }
    }

    /** Adds a name to the innermost open object; returns false when it was there already. */
    boolean add(String name) {
      if ((filters[depth] & (1L << name.hashCode())) != 0 && contains(name)) {
        return false;
      }
      push(name);
      return true;
    }

    /** Puts a name known to be new on the innermost open object's names. */
    private void push(String name) {
      filters[depth] |= 1L << name.hashCode();
      int start = starts[depth];
      if (top - start < SCANNED) {
        if (top == names.length) {
          names = java.util.Arrays.copyOf(names, top * 2);
        }
        names[top++] = name;
      } else {
        if (more[depth] == null) {
          more[depth] = new java.util.HashSet<>();
        }
        more[depth].add(name);
      }
    }

    private boolean contains(String name) {
      for (int i = starts[depth]; i < top; i++) {
        if (names[i].equals(name)) {
          return true;
        }
      }
      return more[depth] != null && more[depth].contains(name);
    }
  }
}
