package org.migov.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JSON Schema (draft 2020-12) of the wire format, derived from its declarations in
 * {@link WireFormat}: every object, list, code list and pattern the decoder knows, so that the
 * schema and the decoder cannot drift apart. What a schema cannot say (leap days, country codes
 * that are not assigned, blank text) the decoder still checks.
 */
final class WireSchema {
  /** The definitions, in the order they were first referred to. */
  private final Map<String, SchemaNode> definitions = new LinkedHashMap<>();

  private WireSchema() {}

  /** The schema of a dataset document, as printed by {@code migov schema} and kept in {@code docs/schema}. */
  static String datasetSchema(WireFormat format) {
    WireSchema schema = new WireSchema();
    SchemaNode root = SchemaNode.object();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://migov.org/schema/" + MigovJson.VERSION + "/dataset.schema.json");
    root.put("title", "migov dataset (wire format " + MigovJson.VERSION + ")");
    root.put("description", "A migov dataset envelope. The $defs describe each entity, for single documents and JSON"
        + " Lines records. Generated from the declarations of migov-json; the codes, dates and ids the schema"
        + " cannot fully check (leap days, unknown country codes) are checked by migov-json.");
    SchemaNode envelope = format.dataset.objectSchema(schema);
    root.putAll(envelope);
    SchemaNode defs = root.putObject("$defs");
    schema.definitions.forEach(defs::put);
    return MigovJson.indented(root::write) + "\n";
  }

  /** A new object node. */
  static SchemaNode object() {
    return SchemaNode.object();
  }

  /** A string schema with a pattern. */
  static SchemaNode pattern(String pattern) {
    SchemaNode node = object();
    node.put("type", "string");
    node.put("pattern", pattern);
    return node;
  }

  /** A schema of one JSON type, such as {@code string} or {@code number}. */
  static SchemaNode ofType(String type) {
    SchemaNode node = object();
    node.put("type", type);
    return node;
  }

  /**
   * A reference to the definition with this name, made by {@code definition} the first time it is
   * referred to (placed before the definitions it refers to itself).
   */
  SchemaNode reference(String name, Supplier<SchemaNode> definition) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, null);
      definitions.put(name, definition.get());
    }
    SchemaNode ref = object();
    ref.put("$ref", "#/$defs/" + name);
    return ref;
  }
}
