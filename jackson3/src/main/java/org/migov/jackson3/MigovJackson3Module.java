package org.migov.jackson3;

import org.migov.core.geography.GeographicArea;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;
import org.migov.json.MigovJsonTypes;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for migov types: every type of {@link MigovJsonTypes#types()} (datasets,
 * entities, their parts, ids, countries, regions, areas, places, people, money, periods, dates,
 * texts, sources and every code list) reads and writes in the wire format of {@link MigovJson},
 * standing alone or inside a user's own records and beans. Registered for
 * {@link java.util.ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules().build()}
 * (and Spring Boot 4's mapper) picks it up.
 *
 * <p>Decoding through a user's mapper fails with {@link MigovJsonException} (a Jackson exception,
 * so that frameworks answer a bad request), and uses the mapper's parsing limits: use
 * {@link MigovJson} for hardened limits. Inside migov objects it follows the mapper's
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}, as the mapper does inside the user's
 * own types: Jackson 3 leaves it off by default, so a default mapper skips unknown properties
 * there; enable it to refuse them, as {@link MigovJson} does. A country, region or named
 * area written where a {@link GeographicArea} is declared takes the area's form
 * ({@code {"country": "LY"}}); where a {@code Country} is declared, its code ({@code "LY"}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MigovJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public MigovJackson3Module() {
    super("migov");
    for (Class<?> type : MigovJsonTypes.types()) {
      add(type);
    }
  }

  private <T> void add(Class<T> type) {
    addSerializer(type, new Serializer<>(type, false));
    addDeserializer(type, new Deserializer<>(type));
  }

  /** Writes a value in its wire form. */
  private static final class Serializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final boolean asArea;

    Serializer(Class<T> type, boolean asArea) {
      this.type = type;
      this.asArea = asArea;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext context) {
      if (asArea) {
        MigovJsonTypes.writeArea(gen, (GeographicArea) value);
      } else {
        MigovJsonTypes.write(gen, type, value);
      }
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    /** Where a geographic area is declared, an area of any kind is written as an area. */
    @Override
    public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
      if (property != null && GeographicArea.class.isAssignableFrom(type) && type != GeographicArea.class
          && declares(property.getType(), GeographicArea.class)) {
        return new Serializer<>(type, true);
      }
      return this;
    }

    private static boolean declares(JavaType declared, Class<?> type) {
      JavaType value = declared.isContainerType() || declared.isReferenceType() ? declared.getContentType() : declared;
      return value != null && value.getRawClass() == type;
    }
  }

  /** Reads a value from its wire form. */
  private static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;

    Deserializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      return MigovJsonTypes.read(parser, type, !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
