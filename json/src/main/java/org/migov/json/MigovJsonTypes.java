package org.migov.json;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migov.core.InvalidValueException;
import org.migov.core.geography.GeographicArea;
import org.migov.core.text.Phrase;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The wire format of each migov type on Jackson 3's streaming API, for the modules that carry it
 * into a data-binding library: migov-jackson3's module (Jackson 3) and migov-jackson2's module
 * (Jackson 2, through adapters of its parser and generator). Both take the same declarations, so
 * that every library writes the same bytes and reads with the same checks.
 *
 * <p>Immutable and thread-safe: its methods keep no state between calls.
 */
public final class MigovJsonTypes {
  private static final Map<Class<?>, WireType<?>> BY_CLASS = WireFormat.CURRENT.bound.stream()
      .collect(Collectors.toUnmodifiableMap(WireType::javaType, Function.identity()));

  private static final List<Class<?>> TYPES = WireFormat.CURRENT.bound.stream().<Class<?>>map(WireType::javaType)
      .collect(Collectors.toUnmodifiableList());

  private MigovJsonTypes() {}

  /**
   * The migov types that have a wire form: the datasets, entities, their parts, ids, value types
   * and code lists of migov-core.
   *
   * @return the types, each once, in the order the wire format declares them
   */
  public static List<Class<?>> types() {
    return TYPES;
  }

  /**
   * Reads a value in its wire form.
   *
   * @param parser the parser, on the value's first token; left on its last
   * @param type one of {@link #types()}
   * @param ignoreUnknown true to skip properties the wire format does not know, false to refuse them
   * @param <T> the type
   * @return the value
   * @throws MigovJsonException for input that is not the wire form of the type, with where and what was expected
   * @throws IllegalArgumentException for a type that has no wire form
   * @throws java.io.UncheckedIOException when the parser's input fails
   */
  public static <T> T read(JsonParser parser, Class<T> type, boolean ignoreUnknown) {
    Objects.requireNonNull(parser, "parser");
    return of(type).read(new WireReader(parser, ignoreUnknown), A_VALUE.with(InvalidValueException.withArticle(type.getSimpleName())));
  }

  /** A value of a type: in English, the type's name. */
  private static final Phrase.Template A_VALUE = Phrase.template("{0}", "un valore", "une valeur", "un valor");

  /**
   * Writes a value in its wire form.
   *
   * @param generator the generator
   * @param type one of {@link #types()}
   * @param value the value
   * @param <T> the type
   * @throws IllegalArgumentException for a type that has no wire form
   */
  public static <T> void write(JsonGenerator generator, Class<T> type, T value) {
    Objects.requireNonNull(generator, "generator");
    of(type).write(generator, Objects.requireNonNull(value, "value"));
  }

  /**
   * Writes a country, region or named area in the form of a {@link GeographicArea} (such as
   * {@code {"country": "LY"}}), as where an area is declared; a {@code Country} declared as such
   * is written as its code.
   *
   * @param generator the generator
   * @param area the area
   */
  public static void writeArea(JsonGenerator generator, GeographicArea area) {
    write(generator, GeographicArea.class, area);
  }

  @SuppressWarnings("unchecked")
  private static <T> WireType<T> of(Class<T> type) {
    WireType<?> wire = BY_CLASS.get(Objects.requireNonNull(type, "type"));
    if (wire == null) {
      throw new IllegalArgumentException("expected a migov type with a wire form, found " + type.getName());
    }
    return (WireType<T>) wire;
  }
}
