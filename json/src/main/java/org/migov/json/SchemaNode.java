package org.migov.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * A JSON value of the schema being built ({@link WireSchema}): an object of properties in the
 * order they were put, or an array; written with Jackson's streaming API, so that the schema needs
 * no data binding. Values are strings, numbers, booleans and nodes. Confined to the thread that
 * builds the schema.
 */
final class SchemaNode {
  private final Map<String, Object> properties;
  private final List<Object> items;

  private SchemaNode(boolean array) {
    this.properties = array ? null : new LinkedHashMap<>();
    this.items = array ? new ArrayList<>() : null;
  }

  /** A new, empty object. */
  static SchemaNode object() {
    return new SchemaNode(false);
  }

  /** A new, empty array. */
  static SchemaNode array() {
    return new SchemaNode(true);
  }

  /** Puts a property of this object (a string, number, boolean or node), replacing one of that name; this object. */
  SchemaNode put(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  /** Puts a new, empty object under a name of this object, and returns it. */
  SchemaNode putObject(String name) {
    SchemaNode node = object();
    properties.put(name, node);
    return node;
  }

  /** Puts a new, empty array under a name of this object, and returns it. */
  SchemaNode putArray(String name) {
    SchemaNode node = array();
    properties.put(name, node);
    return node;
  }

  /** Puts every property of another object into this one. */
  void putAll(SchemaNode other) {
    properties.putAll(other.properties);
  }

  /** Adds an item to this array; this array. */
  SchemaNode add(Object value) {
    items.add(value);
    return this;
  }

  /** Whether this array has no item. */
  boolean isEmpty() {
    return items.isEmpty();
  }

  /** Writes this node. */
  void write(JsonGenerator out) {
    if (items != null) {
      out.writeStartArray();
      items.forEach(item -> write(out, item));
      out.writeEndArray();
    } else {
      out.writeStartObject();
      properties.forEach((name, value) -> {
        out.writeName(name);
        write(out, value);
      });
      out.writeEndObject();
    }
  }

  private static void write(JsonGenerator out, Object value) {
    if (value instanceof SchemaNode node) {
      node.write(out);
    } else if (value instanceof String text) {
      out.writeString(text);
    } else if (value instanceof Boolean bool) {
      out.writeBoolean(bool);
    } else if (value instanceof Integer number) {
      out.writeNumber(number);
    } else if (value instanceof Long number) {
      out.writeNumber(number);
    } else {
      throw new IllegalArgumentException("not a schema value: " + value);
    }
  }
}
