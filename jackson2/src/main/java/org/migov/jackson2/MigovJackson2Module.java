package org.migov.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.migov.core.geography.GeographicArea;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;
import org.migov.json.MigovJsonTypes;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The Jackson 2 module for migov types (Jackson 2.17 and later): every type of
 * {@link MigovJsonTypes#types()} (datasets, entities, their parts, ids, value types and code
 * lists) reads and writes in the wire format of {@link MigovJson}, byte for byte as migov-json's
 * Jackson 3 module does, standing alone or inside a user's own records and beans. Both modules
 * run the same codec, declared once in migov-json: this one hands it Jackson 2's parser and
 * generator through adapters, in one pass. Registered for {@link java.util.ServiceLoader}, so
 * {@code ObjectMapper.findAndRegisterModules()} (and Spring Boot 3's and Quarkus's mappers) pick it up.
 *
 * <p>Decoding fails with {@link MigovJackson2Exception}, a {@code JsonMappingException}, so that
 * frameworks answer a bad request; it uses the mapper's parsing limits (use {@link MigovJson} for
 * hardened ones). Inside migov objects it follows the mapper's
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}, as the mapper does inside the user's
 * own types: on, as Jackson 2 has it by default, unknown properties are refused; off, as Spring
 * Boot sets it, they are skipped. A country, region or named area written where a
 * {@link GeographicArea} is declared takes the area's form ({@code {"country": "LY"}}); where a
 * {@code Country} is declared, its code ({@code "LY"}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MigovJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public MigovJackson2Module() {
    super("migov", Version.unknownVersion());
    for (Class<?> type : MigovJsonTypes.types()) {
      add(type);
    }
  }

  private <T> void add(Class<T> type) {
    addSerializer(type, new Serializer<>(type, false));
    addDeserializer(type, new Deserializer<>(type));
  }

  /**
   * Writes a value in its wire form.
   *
   * @param <T> the type of the value
   */
  private static final class Serializer<T> extends StdSerializer<T> implements ContextualSerializer {
    private static final long serialVersionUID = 1L;
    private final boolean asArea;

    Serializer(Class<T> type, boolean asArea) {
      super(type);
      this.asArea = asArea;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      try {
        if (asArea) {
          MigovJsonTypes.writeArea(new GeneratorBridge(gen), (GeographicArea) value);
        } else {
          MigovJsonTypes.write(new GeneratorBridge(gen), handledType(), value);
        }
      } catch (JacksonIOException e) {
        throw e.getCause();
      }
    }

    /** Where a geographic area is declared, an area of any kind is written as an area. */
    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) {
      if (property != null && GeographicArea.class.isAssignableFrom(handledType()) && handledType() != GeographicArea.class
          && declares(property.getType(), GeographicArea.class)) {
        return new Serializer<>(handledType(), true);
      }
      return this;
    }

    private static boolean declares(JavaType declared, Class<?> type) {
      JavaType value = declared.isContainerType() || declared.isReferenceType() ? declared.getContentType() : declared;
      return value != null && value.getRawClass() == type;
    }
  }

  /**
   * Reads a value from its wire form.
   *
   * @param <T> the type of the value
   */
  private static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    Deserializer(Class<T> type) {
      super(type);
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      boolean ignoreUnknown = !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      try {
        return MigovJsonTypes.read(new ParserBridge(parser), type, ignoreUnknown);
      } catch (MigovJsonException e) {
        throw new MigovJackson2Exception(parser, e);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
