package org.migov.json;

import org.migov.core.geography.GeographicArea;
import org.migov.core.geography.RegionLevel;
import org.migov.core.taxonomy.MigofObjective;
import org.migov.core.taxonomy.MigofPrinciple;
import org.migov.core.time.Precision;
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
 * The Jackson 3 module for migov types: every public type of migov-core (datasets, entities,
 * their parts, ids, countries, regions, areas, places, people, money, periods, dates, texts,
 * sources and every code list) reads and writes in the wire format of {@link MigovJson}, standing
 * alone or inside a user's own records and beans. Registered for {@link java.util.ServiceLoader},
 * so {@code JsonMapper.builder().findAndAddModules().build()} picks it up.
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
public final class MigovJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public MigovJsonModule() {
    this(WireFormat.CURRENT);
  }

  /** The module of a wire format's declarations. */
  MigovJsonModule(WireFormat format) {
    super("migov");
    for (WireType<?> type : format.types) {
      add(type, format);
    }
    // Public types of core that the wire format does not use (yet), in the form it would give them.
    add(WireCode.of(MigofObjective.class), format);
    add(WireCode.of(MigofPrinciple.class), format);
    add(WireCode.of(RegionLevel.class), format);
    add(WireCode.of(Precision.class), format);
    add(WireValues.DAC_PURPOSE_CODE, format);
  }

  private <T> void add(WireType<T> type, WireFormat format) {
    addSerializer(type.javaType(), new Serializer<>(type, format.area));
    addDeserializer(type.javaType(), new Deserializer<>(type));
  }

  /** Writes a value in its wire form. */
  private static final class Serializer<T> extends ValueSerializer<T> {
    private final WireType<T> type;
    private final WireType<GeographicArea> area;

    Serializer(WireType<T> type, WireType<GeographicArea> area) {
      this.type = type;
      this.area = area;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext context) {
      type.write(gen, value);
    }

    /** Where a geographic area is declared, an area of any kind is written as an area. */
    @Override
    public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
      if (property != null && GeographicArea.class.isAssignableFrom(type.javaType()) && type != area
          && declares(property.getType(), GeographicArea.class)) {
        return new Serializer<>(area, area);
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
    private final WireType<T> type;
    private final String label;

    Deserializer(WireType<T> type) {
      this.type = type;
      this.label = "a " + type.javaType().getSimpleName();
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      boolean ignoreUnknown = !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      return type.read(new WireReader(parser, ignoreUnknown), label);
    }

    @Override
    public Class<?> handledType() {
      return type.javaType();
    }
  }

}
