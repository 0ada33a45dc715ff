package org.migov.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.migov.core.InvalidValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads the wire format from a Jackson token stream, one value at a time, turning every problem
 * into a {@link MigovJsonException} that says where (pointer, line, column) and what was expected.
 * Confined to the thread that reads one document.
 */
final class WireReader {
  /** The largest decimal exponent read before any {@link BigDecimal} arithmetic. */
  static final int MAX_EXPONENT = 100;

  /** Reads the value of one property; returns false when the name is unknown. */
  @FunctionalInterface
  interface PropertyReader {
    boolean read(String name);
  }

  private final JsonParser parser;
  private final boolean ignoreUnknown;
  private boolean resume;

  WireReader(JsonParser parser, boolean ignoreUnknown) {
    this.parser = parser;
    this.ignoreUnknown = ignoreUnknown;
  }

  JsonParser parser() {
    return parser;
  }

  /** Moves to the next token, turning Jackson's exceptions into migov's. */
  JsonToken next() {
    try {
      return parser.nextToken();
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
  }

  /**
   * Moves to the next token and, inside an object, returns the property name it is, or null at
   * the object's end: Jackson's fast path for names, as its own deserializers use.
   */
  private String nextName() {
    try {
      return parser.nextName();
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
  }

  MigovJsonException fromJackson(JacksonException e) {
    return fromJackson(e, pointer(), parser == null ? null : parser.currentLocation());
  }

  /** Converts an exception raised outside a reader (opening or closing the parser). */
  MigovJsonException fromJacksonDetached(JacksonException e) {
    return fromJackson(e, "", null);
  }

  /**
   * Converts Jackson's exception, located where Jackson says or, for the limits (which Jackson
   * reports without a location), where the parser stopped.
   */
  private static MigovJsonException fromJackson(JacksonException e, String pointer, TokenStreamLocation stopped) {
    TokenStreamLocation location = e.getLocation();
    if ((location == null || location.getLineNr() < 1) && stopped != null) {
      location = stopped;
    }
    String message = e.getOriginalMessage();
    return new MigovJsonException(
        "well-formed JSON within migov's limits",
        message == null ? "malformed input" : withoutSource(message.replace('\n', ' ')),
        pointer,
        location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(),
        e);
  }

  /** Jackson's message without its "(start marker at [Source: ...])", which says nothing here. */
  private static String withoutSource(String message) {
    return message.replaceAll(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)", "");
  }

  String pointer() {
    return parser == null || parser.streamReadContext() == null
        ? ""
        : parser.streamReadContext().pathAsPointer().toString();
  }

  /** An error about the current token. */
  MigovJsonException error(String expected, String found, Throwable cause) {
    TokenStreamLocation location = parser.currentTokenLocation();
    return new MigovJsonException(
        expected, found, pointer(), location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(), cause);
  }

  /** How the current token reads in a message. */
  String describeCurrent() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "a JSON object";
      case START_ARRAY:
        return "a JSON array";
      case VALUE_NULL:
        return "null";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return token == JsonToken.VALUE_TRUE ? "true" : "false";
      case PROPERTY_NAME:
        return "the property " + InvalidValueException.quote(parser.currentName());
      case VALUE_STRING:
        return InvalidValueException.quote(text());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        String number = text();
        return number.length() > 40 ? number.substring(0, 40) + "...(" + number.length() + " chars)" : number;
      case END_OBJECT:
        return "the end of the object";
      default:
        return token.toString();
    }
  }

  private String text() {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw fromJackson(e);
    }
  }

  /**
   * Makes the next {@link #object} call continue an object whose first properties were already
   * read (the {@code entity} tag of a JSON Lines record), instead of expecting its start.
   */
  void resumeObject() {
    resume = true;
  }

  /** Reads a JSON object, property by property; the parser is on its first token. */
  void object(String what, PropertyReader properties, String... required) {
    object(what, null, properties, required);
  }

  /**
   * Reads a JSON object whose description is {@code what + detail}, joined only for an error
   * message, so that reading a valid object builds no string.
   */
  void object(String what, String detail, PropertyReader properties, String... required) {
    if (resume) {
      resume = false;
    } else if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error(join(what, detail) + " (a JSON object)", describeCurrent(), null);
    }
    if (required.length > Long.SIZE) {
      throw new IllegalArgumentException("at most " + Long.SIZE + " required properties");
    }
    // Which required properties were seen, one bit each: no set, no allocation per object.
    long seen = 0;
    String name;
    while ((name = nextName()) != null) {
      for (int i = 0; i < required.length; i++) {
        if (required[i].equals(name)) {
          seen |= 1L << i;
          break;
        }
      }
      next();
      if (!properties.read(name)) {
        if (!ignoreUnknown) {
          throw error("a property of " + join(what, detail), "the unknown property " + InvalidValueException.quote(name), null);
        }
        try {
          parser.skipChildren();
        } catch (JacksonException e) {
          throw fromJackson(e);
        }
      }
    }
    for (int i = 0; i < required.length; i++) {
      if ((seen & (1L << i)) == 0) {
        throw error("the property \"" + required[i] + "\" in " + join(what, detail), "an object without it", null);
      }
    }
  }

  private static String join(String what, String detail) {
    return detail == null ? what : what + detail;
  }

  /** Reads a JSON array, calling the element reader with the parser on each element. */
  <T> List<T> array(String what, Supplier<T> element) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw error(what + " (a JSON array)", describeCurrent(), null);
    }
    List<T> out = new ArrayList<>();
    while (next() != JsonToken.END_ARRAY) {
      out.add(element.get());
    }
    return out;
  }

  /** Reads a string. */
  String string(String expected) {
    return string(expected, null);
  }

  /**
   * Reads a string described as {@code expected + detail}, joined only for an error message. A
   * string with an unpaired surrogate ({@code "\ud800"}) is refused: it has no UTF-8 form, so it
   * could not be written back.
   */
  String string(String expected, String detail) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error(join(expected, detail) + " (a JSON string)", describeCurrent(), null);
    }
    boolean mayHaveSurrogate = mayHaveSurrogate();
    String text = text();
    if (mayHaveSurrogate && hasUnpairedSurrogate(text)) {
      throw error(join(expected, detail) + " of well-formed Unicode (no unpaired surrogate)", InvalidValueException.quote(text), null);
    }
    return text;
  }

  /**
   * Whether the current string has a char in the surrogate range or above, from the parser's
   * buffer: a maximum over a char array, which the JIT turns into vector code, so that the usual
   * string (no char at or above U+D800) costs almost nothing.
   */
  private boolean mayHaveSurrogate() {
    try {
      char[] chars = parser.getTextCharacters();
      int start = parser.getTextOffset();
      int end = start + parser.getTextLength();
      int max = 0;
      for (int i = start; i < end; i++) {
        max = Math.max(max, chars[i]);
      }
      return max >= Character.MIN_SURROGATE;
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

  /** Reads a string and converts it with a core factory, mapping its refusal to an error here. */
  <T> T value(String expected, Function<String, T> factory) {
    String text = string(expected);
    try {
      return factory.apply(text);
    } catch (InvalidValueException e) {
      throw error(e.expected(), InvalidValueException.quote(text), e);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw error(expected, InvalidValueException.quote(text), e);
    }
  }

  /** Reads a whole number. */
  int integer(String expected) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw error(expected + " (a JSON integer)", describeCurrent(), null);
    }
    try {
      return parser.getIntValue();
    } catch (JacksonException e) {
      throw error(expected + " within the int range", describeCurrent(), e);
    }
  }

  /**
   * Reads an exact decimal from the number's text: the exponent is checked before any
   * {@link BigDecimal} is made, so {@code 1e1000000000} is refused at once.
   */
  BigDecimal decimal(String expected) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(expected + " (a JSON number)", describeCurrent(), null);
    }
    String text = text();
    // Jackson measures an integer as it reads it, a decimal only when it converts one: so here.
    int maxLength = parser.streamReadConstraints().getMaxNumberLength();
    if (text.length() > maxLength) {
      throw fromJackson(new StreamConstraintsException(String.format(
          "Number value length (%d) exceeds the maximum allowed (%d, from `StreamReadConstraints.getMaxNumberLength()`)",
          text.length(), maxLength)));
    }
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e >= 0) {
      String exponent = text.substring(e + 1).replace("+", "");
      boolean tooLarge = exponent.replace("-", "").replaceFirst("^0+", "").length() > 3
          || Math.abs(Integer.parseInt(exponent)) > MAX_EXPONENT;
      if (tooLarge) {
        throw error(expected + " with an exponent of at most " + MAX_EXPONENT, describeCurrent(), null);
      }
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException ex) {
      throw error(expected, describeCurrent(), ex);
    }
  }
}
