package org.migov.json;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import org.migov.core.text.Phrase;

/**
 * A wire type that is one JSON token (a string or a number), given by its reading and writing
 * functions and its schema. Immutable and thread-safe.
 *
 * @param <V> the Java type of the value
 */
final class WireLeaf<V> implements WireType<V> {
  private final Class<V> javaType;
  private final BiFunction<WireReader, Phrase, V> reader;
  private final BiConsumer<JsonGenerator, V> writer;
  /** For a leaf written as a string, what gives the string (one call less than {@code writer}); else null. */
  private final Function<V, String> text;
  private final Function<WireSchema, SchemaNode> schema;

  private WireLeaf(
      Class<V> javaType, BiFunction<WireReader, Phrase, V> reader, BiConsumer<JsonGenerator, V> writer,
      Function<V, String> text, Function<WireSchema, SchemaNode> schema) {
    this.javaType = javaType;
    this.reader = reader;
    this.writer = writer;
    this.text = text;
    this.schema = schema;
  }

  /** A leaf read by {@code reader} (given the reader and the label), written by {@code writer}. */
  static <V> WireLeaf<V> of(
      Class<V> javaType, BiFunction<WireReader, Phrase, V> reader, BiConsumer<JsonGenerator, V> writer,
      Function<WireSchema, SchemaNode> schema) {
    return new WireLeaf<>(Objects.requireNonNull(javaType), reader, writer, null, schema);
  }

  /** A leaf written as the string {@code text} gives. */
  static <V> WireLeaf<V> ofString(
      Class<V> javaType, BiFunction<WireReader, Phrase, V> reader, Function<V, String> text,
      Function<WireSchema, SchemaNode> schema) {
    return new WireLeaf<>(Objects.requireNonNull(javaType), reader, null, text, schema);
  }

  /** How the leaf is read: from the reader and the label. */
  BiFunction<WireReader, Phrase, V> reader() {
    return reader;
  }

  /** What gives the string a leaf is written as, or null when it is written otherwise. */
  Function<V, String> text() {
    return text;
  }

  /** How a leaf not written as a string is written, or null. */
  BiConsumer<JsonGenerator, V> writer() {
    return writer;
  }

  @Override
  public Class<V> javaType() {
    return javaType;
  }

  @Override
  public V read(WireReader in, Phrase label) {
    return reader.apply(in, label);
  }

  @Override
  public void write(JsonGenerator out, V value) {
    if (text != null) {
      out.writeString(text.apply(value));
      return;
    }
    writer.accept(out, value);
  }

  @Override
  public SchemaNode schema(WireSchema schema) {
    return this.schema.apply(schema);
  }
}
