package org.migov.json;

import tools.jackson.core.JsonGenerator;
import org.migov.core.text.Phrase;

/**
 * How one type of value stands on the wire, both ways, with its JSON Schema: a leaf (a string, a
 * code, a date, a number), a {@link WireObject} or a {@link WireChoice}. The wire format is made of
 * these, declared once in {@link WireFormat}. Implementations are immutable and thread-safe.
 *
 * @param <V> the Java type of the value
 */
interface WireType<V> {
  /** The Java type of the value, for the Jackson module. */
  Class<V> javaType();

  /**
   * Reads a value; the parser is on its first token.
   *
   * @param label what the value is, from the property that holds it ("the acronym"), for the
   *     types that have no name of their own (a string, a number, a text)
   */
  V read(WireReader in, Phrase label);

  /** Writes a value. */
  void write(JsonGenerator out, V value);

  /** The JSON Schema of the value: inline, or a reference to a definition added to {@code schema}. */
  SchemaNode schema(WireSchema schema);
}
