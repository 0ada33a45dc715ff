package org.migov.json;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.migov.core.EntityId;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.money.Money;
import org.migov.core.taxonomy.DacPurposeCode;
import org.migov.core.taxonomy.SdgTarget;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;
import tools.jackson.core.JsonGenerator;

/**
 * The wire types of single values: strings, numbers, dates, countries, currencies, ids and
 * multilingual text. The objects made of them are declared in {@link WireFormat}.
 */
final class WireValues {
  private WireValues() {}

  private static final Phrase A_BOOLEAN = Phrase.of("a boolean", "un booleano", "un booléen", "un booleano");
  private static final Phrase AN_ABSOLUTE_URL = Phrase.of("an absolute URL", "un URL assoluto", "une URL absolue",
      "una URL absoluta");
  private static final Phrase A_DATE = Phrase.of("a date as YYYY, YYYY-MM or YYYY-MM-DD",
      "una data nella forma AAAA, AAAA-MM o AAAA-MM-GG", "une date de la forme AAAA, AAAA-MM ou AAAA-MM-JJ",
      "una fecha con la forma AAAA, AAAA-MM o AAAA-MM-DD");
  private static final Phrase A_COUNTRY = Phrase.of("an ISO 3166-1 alpha-2 country code",
      "un codice paese ISO 3166-1 alpha-2", "un code pays ISO 3166-1 alpha-2", "un código de país ISO 3166-1 alfa-2");
  private static final Phrase A_REGION = Phrase.of("a UN M49 region code such as \"029\"",
      "un codice di regione UN M49, come \"029\"", "un code de région M49 de l'ONU, comme \"029\"",
      "un código de región M49 de la ONU, como \"029\"");
  private static final Phrase A_CURRENCY = Phrase.of("an ISO 4217 currency code", "un codice valuta ISO 4217",
      "un code de devise ISO 4217", "un código de moneda ISO 4217");
  private static final Phrase AN_SDG_TARGET = Phrase.of("an SDG target number such as \"10.7\"",
      "un numero di traguardo degli SDG, come \"10.7\"", "un numéro de cible des ODD, comme \"10.7\"",
      "un número de meta de los ODS, como \"10.7\"");
  private static final Phrase A_DAC_CODE = Phrase.of("a DAC purpose code such as 15190",
      "un codice di finalità DAC, come 15190", "un code d'objet DAC, comme 15190", "un código de propósito DAC, como 15190");
  private static final Phrase A_NAME = Phrase.of("a non-blank name, or a language map such as {\"en\": \"...\"}",
      "un nome non vuoto, o una mappa di lingue come {\"en\": \"...\"}",
      "un nom non vide, ou une table de langues comme {\"en\": \"...\"}",
      "un nombre no vacío, o un mapa de idiomas como {\"en\": \"...\"}");
  private static final Phrase.Template AN_ID = Phrase.template("{0} id", "un identificativo di tipo {1}",
      "un identifiant de type {1}", "un identificador de tipo {1}");
  private static final Phrase.Template THE_FORMAT_NAME = Phrase.template("the format name \"{0}\"",
      "il nome di formato \"{0}\"", "le nom de format \"{0}\"", "el nombre de formato \"{0}\"");
  private static final Phrase.Template A_VERSION_SUCH_AS = Phrase.template("a format version such as \"{0}\"",
      "una versione di formato come \"{0}\"", "une version de format comme \"{0}\"", "una versión de formato como \"{0}\"");
  private static final Phrase A_VERSION_1 = Phrase.of("a format version 1.x", "una versione di formato 1.x",
      "une version de format 1.x", "una versión de formato 1.x");
  private static final Phrase.Template A_LANGUAGE_MAP = Phrase.template("{0} (a language map such as {\"en\": \"...\"})",
      "{0} (una mappa di lingue come {\"en\": \"...\"})", "{0} (une table de langues comme {\"en\": \"...\"})",
      "{0} (un mapa de idiomas como {\"en\": \"...\"})");
  private static final Phrase.Template THE_TEXT_IN = Phrase.template("the text in {0}", "il testo in lingua \"{0}\"",
      "le texte en langue \"{0}\"", "el texto en idioma \"{0}\"");
  private static final Phrase A_TEXT = Phrase.of("a text", "un testo", "un texte", "un texto");

  /** Text kept as it is: any JSON string without an unpaired surrogate. */
  static final WireLeaf<String> STRING = WireLeaf.ofString(String.class, WireReader::string, Function.identity(),
      schema -> WireSchema.ofType("string"));

  /** Text that core refuses when blank: for the schema, a string of at least one char. */
  static final WireLeaf<String> NON_EMPTY_STRING = WireLeaf.ofString(String.class, WireReader::string, Function.identity(),
      schema -> {
        SchemaNode node = WireSchema.ofType("string");
        node.put("minLength", 1);
        return node;
      });

  /** An exact decimal, such as an amount or a percentage, written in plain notation. */
  static final WireLeaf<BigDecimal> DECIMAL = WireLeaf.of(BigDecimal.class, WireReader::decimal,
      (out, value) -> out.writeNumber(plain(value)), schema -> WireSchema.ofType("number"));

  /** {@code true} or {@code false}. */
  static final WireLeaf<Boolean> BOOLEAN = WireLeaf.of(Boolean.class, (in, label) -> in.bool(A_BOOLEAN),
      (out, value) -> out.writeBoolean(value), schema -> WireSchema.ofType("boolean"));

  /** A whole number from {@link Integer#MIN_VALUE} to {@link Integer#MAX_VALUE}. */
  static final WireLeaf<Integer> INTEGER = WireLeaf.of(Integer.class, WireReader::integer,
      (out, value) -> out.writeNumber(value), schema -> WireSchema.ofType("integer"));

  /** An absolute URL. */
  static final WireLeaf<URI> URL = WireLeaf.ofString(URI.class, (in, label) -> in.value(AN_ABSOLUTE_URL, WireValues::uri),
      URI::toString, schema -> {
        SchemaNode node = WireSchema.ofType("string");
        node.put("format", "uri");
        return node;
      });

  /** A date known to the year, month or day. */
  static final WireLeaf<PartialDate> PARTIAL_DATE = WireLeaf.ofString(PartialDate.class,
      (in, label) -> {
        PartialDate day = in.dayOrNull();
        return day != null ? day : in.parse(A_DATE, PartialDate::parse);
      }, PartialDate::toString,
      schema -> schema.reference("partialDate", () -> described(
          WireSchema.pattern("^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"),
          "YYYY, YYYY-MM or YYYY-MM-DD, year 0001 to 9999.")));

  /** A country or area by its ISO 3166-1 alpha-2 code. */
  static final WireLeaf<Country> COUNTRY = WireLeaf.ofString(Country.class,
      (in, label) -> in.parse(A_COUNTRY, Country::of), Country::alpha2,
      schema -> schema.reference("country", () -> described(WireSchema.pattern("^[A-Z]{2}$"), "ISO 3166-1 alpha-2 (or XK).")));

  /** A UN M49 region by its three-digit code. */
  static final WireLeaf<M49Region> REGION = WireLeaf.ofString(M49Region.class,
      (in, label) -> in.parse(A_REGION, M49Region::of), M49Region::code,
      schema -> WireSchema.pattern("^[0-9]{3}$"));

  /** A currency by its ISO 4217 code. */
  static final WireLeaf<Currency> CURRENCY = WireLeaf.ofString(Currency.class,
      (in, label) -> in.parse(A_CURRENCY, Money::currency), Currency::getCurrencyCode,
      schema -> WireSchema.pattern("^[A-Z]{3}$"));

  /** A Sustainable Development Goal target by its number, such as {@code "10.7"}. */
  static final WireLeaf<SdgTarget> SDG_TARGET = WireLeaf.ofString(SdgTarget.class,
      (in, label) -> in.parse(AN_SDG_TARGET, SdgTarget::ofNumber), SdgTarget::number,
      schema -> WireSchema.pattern("^[0-9]{1,2}\\.[0-9a-z]{1,2}$"));

  /** An OECD DAC purpose code by its number, such as 15190. */
  static final WireLeaf<DacPurposeCode> DAC_PURPOSE_CODE = WireLeaf.of(DacPurposeCode.class,
      (in, label) -> {
        int number = in.integer(A_DAC_CODE);
        try {
          return DacPurposeCode.ofNumber(number);
        } catch (InvalidValueException e) {
          throw in.error(e.expectedPhrase(), Phrase.literal(Integer.toString(number)), e);
        }
      },
      (out, value) -> out.writeNumber(value.number()), schema -> WireSchema.ofType("integer"));

  /** Text in one or more languages, as a map from BCP 47 language tag to text. */
  static final WireLeaf<MultilingualText> TEXT = WireLeaf.of(MultilingualText.class, WireValues::readText, WireValues::writeText,
      schema -> schema.reference("text", () -> {
        SchemaNode node = WireSchema.ofType("object");
        node.put("minProperties", 1);
        node.putObject("propertyNames").put("pattern", "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");
        SchemaNode text = node.putObject("additionalProperties");
        text.put("type", "string");
        text.put("minLength", 1);
        return described(node, "Multilingual text: BCP 47 language tag to non-blank text (blankness is checked by migov-json).");
      }));

  /**
   * A name: a plain string, whose language is not stated ({@link MultilingualText#UNDETERMINED}), or a
   * language map, as {@link #TEXT}. Written as a plain string when that is all it holds.
   */
  static final WireLeaf<MultilingualText> NAME = WireLeaf.of(MultilingualText.class,
      (in, label) -> in.atString()
          ? in.parse(A_NAME, MultilingualText::of)
          : readText(in, label),
      (out, name) -> {
        if (name.languages().size() == 1 && name.languages().contains(MultilingualText.UNDETERMINED)) {
          out.writeString(name.get(Locale.ROOT));
        } else {
          writeText(out, name);
        }
      },
      schema -> schema.reference("name", () -> {
        SchemaNode node = WireSchema.object();
        SchemaNode plain = WireSchema.ofType("string");
        plain.put("minLength", 1);
        node.putArray("oneOf").add(plain).add(TEXT.schema(schema));
        return described(node, "A name: a plain string (language not stated), or a multilingual text.");
      }));

  /** The id of an entity of a kind, made by the kind's factory. */
  static <I extends EntityId> WireLeaf<I> id(Class<I> type, EntityKind kind, Function<String, I> factory) {
    String code = kind.code();
    // Only for errors: made once per kind, when the format is declared.
    Phrase expected = AN_ID.with(InvalidValueException.withArticle(code), kind);
    return WireLeaf.ofString(type, (in, label) -> in.id(expected, kind, factory), EntityId::value,
        schema -> schema.reference("id", () -> {
          SchemaNode node = WireSchema.ofType("string");
          node.put("minLength", 1);
          node.put("maxLength", EntityId.MAX_LENGTH);
          node.put("pattern", "^[^/&|?]+$");
          return described(node, "An id: none of / & | ?; no surrounding whitespace (checked by migov-json).");
        }));
  }

  /** The envelope's format name, which must be {@link MigovJson#FORMAT}. */
  static WireLeaf<String> formatName() {
    String constant = MigovJson.FORMAT;
    Phrase expected = THE_FORMAT_NAME.with(constant);
    return WireLeaf.ofString(String.class, (in, label) -> {
      String value = in.string(expected);
      if (!value.equals(constant)) {
        throw in.error(expected, WireReader.quoted(value), null);
      }
      return value;
    }, Function.identity(), schema -> {
      SchemaNode node = WireSchema.object();
      node.put("const", constant);
      return node;
    });
  }

  /** The envelope's format version: any 1.x. */
  static final WireLeaf<String> VERSION = WireLeaf.ofString(String.class, (in, label) -> {
    String version = in.string(A_VERSION_SUCH_AS, MigovJson.VERSION);
    if (!version.matches("1\\.[0-9]+")) {
      throw in.error(A_VERSION_1, WireReader.quoted(version), null);
    }
    return version;
  }, Function.identity(), schema -> WireSchema.pattern("^1\\.[0-9]+$"));

  /**
   * A decimal in plain notation: {@link BigDecimal#toString()} where that is plain already (a scale
   * of 0 or more, and no more than six zeros after the point before the first digit), which the
   * decimal keeps once made, else {@link BigDecimal#toPlainString()}.
   */
  static String plain(BigDecimal value) {
    int scale = value.scale();
    return scale >= 0 && value.precision() - scale - 1 >= -6 ? value.toString() : value.toPlainString();
  }

  private static SchemaNode described(SchemaNode node, String description) {
    node.put("description", description);
    return node;
  }

  static MultilingualText readText(WireReader in, Phrase label) {
    Map<String, String> texts = new LinkedHashMap<>();
    in.startObject(label == null ? A_TEXT : label, A_LANGUAGE_MAP, null);
    String language;
    while ((language = in.nextProperty()) != null) {
      texts.put(language, in.string(THE_TEXT_IN, language));
    }
    try {
      return MultilingualText.of(texts);
    } catch (InvalidValueException e) {
      throw in.error(e.expectedPhrase(), e.foundPhrase(), e);
    }
  }

  static void writeText(JsonGenerator out, MultilingualText text) {
    out.writeStartObject();
    text.asMap().forEach(out::writeStringProperty);
    out.writeEndObject();
  }

  static URI uri(String text) {
    URI uri = URI.create(text);
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException("not absolute");
    }
    return uri;
  }
}
