package org.migov.json;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * A wire type that is one JSON token (a string or a number), given by its reading and writing
 * functions and its schema. Immutable and thread-safe.
 *
 * @param <V> the Java type of the value
 */
final class WireLeaf<V> implements WireType<V> {
  private final Class<V> javaType;
  private final BiFunction<WireReader, String, V> reader;
  private final BiConsumer<JsonGenerator, V> writer;
  private final Function<WireSchema, JsonNode> schema;

  private WireLeaf(
      Class<V> javaType, BiFunction<WireReader, String, V> reader, BiConsumer<JsonGenerator, V> writer,
      Function<WireSchema, JsonNode> schema) {
    this.javaType = javaType;
    this.reader = reader;
    this.writer = writer;
    this.schema = schema;
  }

  /** A leaf read by {@code reader} (given the reader and the label), written by {@code writer}. */
  static <V> WireLeaf<V> of(
      Class<V> javaType, BiFunction<WireReader, String, V> reader, BiConsumer<JsonGenerator, V> writer,
      Function<WireSchema, JsonNode> schema) {
    return new WireLeaf<>(Objects.requireNonNull(javaType), reader, writer, schema);
  }

  /** A leaf written as the string {@code text} gives. */
  static <V> WireLeaf<V> ofString(
      Class<V> javaType, BiFunction<WireReader, String, V> reader, Function<V, String> text,
      Function<WireSchema, JsonNode> schema) {
    return of(javaType, reader, (out, value) -> out.writeString(text.apply(value)), schema);
  }

  @Override
  public Class<V> javaType() {
    return javaType;
  }

  @Override
  public V read(WireReader in, String label) {
    return reader.apply(in, label);
  }

  @Override
  public void write(JsonGenerator out, V value) {
    writer.accept(out, value);
  }

  @Override
  public JsonNode schema(WireSchema schema) {
    return this.schema.apply(schema);
  }
}
