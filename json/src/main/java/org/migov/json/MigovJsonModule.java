package org.migov.json;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.migov.core.Entity;
import org.migov.core.agreement.Agreement;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.geography.GeographicArea;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.organisation.Organisation;
import org.migov.core.programme.Programme;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;
import org.migov.core.time.Period;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for migov types: datasets, organisations, offices, agreements, programmes,
 * events, and the value types partial date, period, money, multilingual text and geographic area, in the
 * wire format of {@link MigovJson}. Registered for {@link java.util.ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules().build()} picks it up.
 *
 * <p>Decoding through a user's mapper is strict like {@link MigovJson} (unknown properties are
 * errors) and fails with {@link MigovJsonException}; the parsing limits are the mapper's own:
 * use {@link MigovJson} for hardened limits. Datasets are read and written as envelopes.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MigovJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public MigovJsonModule() {
    super("migov");
    entity(Organisation.class, EntityCodec::organisation);
    entity(Office.class, EntityCodec::office);
    entity(Agreement.class, EntityCodec::agreement);
    entity(Programme.class, EntityCodec::programme);
    entity(Event.class, EntityCodec::event);
    value(Dataset.class, EntityCodec::dataset, EntityCodec::write);
    value(PartialDate.class, ValueCodec::partialDate, (g, v) -> g.writeString(v.toString()));
    value(Period.class, ValueCodec::period, ValueCodec::writePeriod);
    value(Money.class, ValueCodec::money, ValueCodec::writeMoney);
    value(MultilingualText.class, in -> ValueCodec.text(in, "a multilingual text"), ValueCodec::writeText);
    value(GeographicArea.class, ValueCodec::area, ValueCodec::writeArea);
  }

  private <T extends Entity> void entity(Class<T> type, Function<WireReader, T> reader) {
    value(type, reader, MigovJson::writeEntity);
  }

  private <T> void value(Class<T> type, Function<WireReader, T> reader, BiConsumer<JsonGenerator, T> writer) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializationContext context) {
        writer.accept(gen, value);
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        return reader.apply(new WireReader(parser, false));
      }
    });
  }
}
