package org.migov.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.migov.core.Entity;
import org.migov.core.EntityKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes entities as JSON Lines, one a line, tagged with the {@code entity} kind first, as they come: memory stays flat
 * whatever the number of entities. Not thread-safe: one writer per stream. Closing it closes the
 * underlying writer.
 */
public final class JsonLinesWriter implements AutoCloseable {
  private final Writer out;
  private final JsonFactory factory;
  private final WireFormat format;

  /** A writer on {@code out}; the factory's generators must not close it ({@link MigovJson}'s do not). */
  JsonLinesWriter(Writer out, JsonFactory factory, WireFormat format) {
    this.format = format;
    this.out = Objects.requireNonNull(out, "out");
    this.factory = factory;
  }

  /**
   * Writes one entity as one line.
   *
   * @param entity the entity
   * @return this writer
   * @throws UncheckedIOException if the underlying writer fails
   */
  public JsonLinesWriter write(Entity entity) {
    Objects.requireNonNull(entity, "entity");
    try (JsonGenerator gen = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      gen.writeStartObject();
      gen.writeStringProperty(JsonLinesReader.TAG, EntityKind.of(entity.getClass()).code());
      format.entityOf(entity).writeProperties(gen, entity);
      gen.writeEndObject();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Flushes and closes the underlying writer.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
