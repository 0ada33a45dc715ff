package org.migov.json;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * A JSON object of the wire format, declared once: its properties in the order they are written,
 * each required, optional or a list, with its wire type and the accessor and builder method it
 * maps to. Reading, writing, the required-property checks and the schema all come from that
 * declaration. Reading matches each name first against the one declared next (which Jackson does
 * without looking it up), refuses a repeated name, and builds no string for a valid object.
 * Immutable and thread-safe.
 *
 * @param <T> the Java type of the object
 */
final class WireObject<T> implements WireType<T> {
  /** How a property stands in its object. */
  private enum Cardinality { REQUIRED, OPTIONAL, LIST, NON_EMPTY_LIST }

  private final Class<T> javaType;
  private final Phrase description;
  private final String definition;
  private final Property[] properties;
  private final PropertyOrder order;
  private final long required;
  /** Writes the properties: {@code (JsonGenerator, Object) void}. */
  private final MethodHandle writer;
  /** By property: reads its value into the state, {@code (WireReader, Object) void}. */
  private final MethodHandle[] readers;
  /** Starts the state, {@code () Object}, or null for a factory's arguments; finishes it, {@code (Object) Object}. */
  private final MethodHandle starter;
  private final MethodHandle finisher;

  @SuppressWarnings("unchecked")
  private WireObject(Class<T> javaType, Phrase description, String definition, List<Property> properties,
      Supplier<?> start, Function<?, ? extends T> finish) {
    this.javaType = javaType;
    this.description = description;
    this.definition = definition;
    this.properties = properties.toArray(new Property[0]);
    // At most 64 names, which PropertyOrder ensures: the required ones and those read are bits of a long.
    this.order = PropertyOrder.of(properties.stream().map(p -> p.name).toArray(SerializedString[]::new));
    long mask = 0;
    for (int i = 0; i < this.properties.length; i++) {
      if (this.properties[i].isRequired()) {
        mask |= 1L << i;
      }
    }
    this.required = mask;
    this.writer = PropertyHandles.sequence(java.util.Arrays.stream(this.properties).map(Property::writer).toList());
    this.readers = java.util.Arrays.stream(this.properties).map(Property::reader).toArray(MethodHandle[]::new);
    this.starter = start == null ? null : PropertyHandles.starter(start);
    this.finisher = PropertyHandles.finisher(finish);
  }

  /**
   * Declares an object read into a builder ({@code start} null: into two arguments, in an array
   * the reader lends for the object's depth): {@code start} makes one, each property's method sets
   * or adds to it, {@code finish} builds.
   *
   * @param definition the name of its schema definition, or null to inline its schema
   */
  static <T, B> Builder<T, B> builder(
      Class<T> javaType, Phrase description, String definition, Supplier<B> start, Function<B, ? extends T> finish) {
    return new Builder<>(javaType, description, definition, start, finish);
  }

  /** Declares an object of two properties, read into its factory's arguments. */
  static <T, A, B> WireObject<T> of(
      Class<T> javaType, Phrase description, String definition, Slot<T, A> first, Slot<T, B> second,
      BiFunction<A, B, ? extends T> create) {
    List<Property> properties = List.of(first.property(0), second.property(1));
    Function<Object[], T> finish = values -> create.apply(first.value(values[0]), second.value(values[1]));
    return new WireObject<>(javaType, description, definition, properties, null, finish);
  }

  /** A required property of an object read into its factory's arguments. */
  static <T, V> Slot<T, V> required(String name, WireType<V> type, Function<T, V> accessor) {
    return new Slot<>(name, Cardinality.REQUIRED, type, accessor);
  }

  /** An optional property of an object read into its factory's arguments: null when absent. */
  static <T, V> Slot<T, V> optional(String name, WireType<V> type, Function<T, Optional<V>> accessor) {
    return new Slot<>(name, Cardinality.OPTIONAL, type, accessor);
  }

  /** A list of at least one value, of an object read into its factory's arguments. */
  static <T, V> Slot<T, List<V>> nonEmptyList(String name, WireType<V> type, Function<T, ? extends Collection<V>> accessor) {
    return new Slot<>(name, Cardinality.NON_EMPTY_LIST, type, accessor);
  }

  @Override
  public Class<T> javaType() {
    return javaType;
  }

  /** What the object is, as a noun phrase: {@code "a programme"}. */
  Phrase description() {
    return description;
  }

  @Override
  public T read(WireReader in, Phrase label) {
    in.startObject(description, order);
    return readProperties(in);
  }

  /** Reads the object's properties, with the parser past its start (the object's first token read). */
  T readRest(WireReader in) {
    in.continueObject(order);
    return readProperties(in);
  }

  @SuppressWarnings("unchecked")
  private T readProperties(WireReader in) {
    try {
      Object state = starter == null ? emptied(in.arguments()) : (Object) starter.invokeExact();
      long seen = 0;
      int at;
      while ((at = in.nextProperty(order)) != WireReader.END) {
        if (at == WireReader.UNKNOWN) {
          in.unknownProperty(description);
        } else {
          seen |= 1L << at;
          readers[at].invokeExact(in, state);
        }
      }
      checkRequired(in, seen);
      try {
        return (T) (Object) finisher.invokeExact(state);
      } catch (InvalidValueException e) {
        throw in.error(e.expectedPhrase(), e.foundPhrase(), e);
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The arguments lent for an object's depth, emptied: the object of the same depth read before
   * left its values there, and one that failed half-way (in a tolerant read, which goes on) may
   * have left only some.
   */
  private static Object[] emptied(Object[] arguments) {
    arguments[0] = null;
    arguments[1] = null;
    return arguments;
  }

  /** Fails, at the end of the object, when a required property is not among those {@code seen}. */
  void checkRequired(WireReader in, long seen) {
    long missing = required & ~seen;
    if (missing != 0) {
      String name = properties[Long.numberOfTrailingZeros(missing)].name.getValue();
      throw in.error(WireReader.THE_PROPERTY_IN.with(name, description), WireReader.WITHOUT_IT, null);
    }
  }

  /**
   * The object's properties in written order, for the docs: a required one followed by
   * {@code *}, a list by {@code []}.
   */
  String propertySummary() {
    StringBuilder out = new StringBuilder();
    for (Property property : properties) {
      out.append(out.length() == 0 ? "" : ", ").append('`').append(property.name.getValue()).append('`')
          .append(property.isList() ? "[]" : "")
          .append(property.isRequired() ? "*" : "");
    }
    return out.toString();
  }

  /** The index of a property, or -1. */
  int indexOf(String name) {
    return order.indexOf(name);
  }

  /** Reads the value of the property at {@code at} into {@code state}; the parser is on the value. */
  void readProperty(WireReader in, int at, Object state) {
    try {
      readers[at].invokeExact(in, state);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void write(JsonGenerator out, T value) {
    out.writeStartObject();
    writeProperties(out, value);
    out.writeEndObject();
  }

  /** Writes the object's properties inside an object the caller opened, absent and empty ones left out. */
  void writeProperties(JsonGenerator out, T value) {
    try {
      writer.invokeExact(out, (Object) value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public SchemaNode schema(WireSchema schema) {
    return definition == null ? objectSchema(schema) : schema.reference(definition, () -> objectSchema(schema));
  }

  /** The object's own schema, inline. */
  SchemaNode objectSchema(WireSchema schema) {
    SchemaNode node = WireSchema.ofType("object");
    SchemaNode schemas = node.putObject("properties");
    SchemaNode names = SchemaNode.array();
    for (Property property : properties) {
      schemas.put(property.name.getValue(), property.schema(schema));
      if (property.isRequired()) {
        names.add(property.name.getValue());
      }
    }
    node.put("additionalProperties", false);
    if (!names.isEmpty()) {
      node.put("required", names);
    }
    return node;
  }

  /**
   * One property: its name (encoded once, as Jackson's serializers keep theirs), what it is in a
   * message, its wire type, and the functions that take it from the object and put it into the
   * state being read (a builder, or the factory's arguments). It is read and written through the
   * method handles {@link PropertyHandles} makes of it.
   */
  static final class Property {
    final SerializedString name;
    final Phrase label;
    final Phrase itemLabel;
    final Cardinality cardinality;
    final WireType<Object> type;
    final Function<Object, Object> accessor;
    final BiConsumer<Object, Object> into;
    /** For a single value read into a factory's arguments, its index there; else -1. */
    final int argument;

    @SuppressWarnings("unchecked")
    Property(String name, Cardinality cardinality, WireType<?> type, Function<?, ?> accessor, BiConsumer<?, ?> into,
        int argument) {
      this.name = new SerializedString(name);
      this.label = THE.with(words(name), name);
      this.itemLabel = AN_ITEM_OF.with(words(name), name);
      this.cardinality = cardinality;
      this.type = (WireType<Object>) Objects.requireNonNull(type, name);
      this.accessor = (Function<Object, Object>) accessor;
      this.into = (BiConsumer<Object, Object>) into;
      this.argument = argument;
    }

    boolean isList() {
      return cardinality == Cardinality.LIST || cardinality == Cardinality.NON_EMPTY_LIST;
    }

    /** Whether an object without it is refused (a list of at least one value is required too). */
    boolean isRequired() {
      return cardinality == Cardinality.REQUIRED || cardinality == Cardinality.NON_EMPTY_LIST;
    }

    /** Reads the property's value, the parser on it, into the state: {@code (WireReader, Object state) void}. */
    MethodHandle reader() {
      MethodHandle put = argument >= 0 ? PropertyHandles.argument(argument) : PropertyHandles.into(into);
      return isList()
          ? PropertyHandles.readList(label, PropertyHandles.valueReader(type, itemLabel), put)
          : PropertyHandles.readSingle(PropertyHandles.valueReader(type, label), put);
    }

    /** Writes the property of an object, unless absent or empty: {@code (JsonGenerator, Object object) void}. */
    MethodHandle writer() {
      MethodHandle value = PropertyHandles.valueWriter(type);
      switch (cardinality) {
        case REQUIRED: return PropertyHandles.writeRequired(name, accessor, value);
        case OPTIONAL: return PropertyHandles.writeOptional(name, accessor, value);
        default: return PropertyHandles.writeList(name, accessor, value);
      }
    }

    SchemaNode schema(WireSchema schema) {
      SchemaNode value = type.schema(schema);
      if (!isList()) {
        return value;
      }
      SchemaNode list = WireSchema.ofType("array");
      if (cardinality == Cardinality.NON_EMPTY_LIST) {
        list.put("minItems", 1);
      }
      list.put("items", value);
      return list;
    }

    /** A property: in English its name in words, in the other languages its name. */
    static final Phrase.Template THE = Phrase.template("the {0}", "la proprietà \"{1}\"", "la propriété \"{1}\"",
        "la propiedad \"{1}\"");

    /** An item of a list property. */
    private static final Phrase.Template AN_ITEM_OF = Phrase.template("an item of the {0}",
        "un elemento della proprietà \"{1}\"", "un élément de la propriété \"{1}\"", "un elemento de la propiedad \"{1}\"");

    /** A lowerCamelCase name in words: {@code memberStateCount} is "member state count". */
    private static String words(String name) {
      return name.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A property of an object read into its factory's arguments.
   *
   * @param <T> the object's type
   * @param <V> the argument's type
   */
  static final class Slot<T, V> {
    private final String name;
    private final Cardinality cardinality;
    private final WireType<?> type;
    private final Function<T, ?> accessor;

    private Slot(String name, Cardinality cardinality, WireType<?> type, Function<T, ?> accessor) {
      this.name = name;
      this.cardinality = cardinality;
      this.type = type;
      this.accessor = accessor;
    }

    Property property(int at) {
      BiConsumer<Object[], Object> into = cardinality == Cardinality.NON_EMPTY_LIST
          ? (values, v) -> list(values, at).add(v)
          : null;
      return new Property(name, cardinality, type, accessor, into, into == null ? at : -1);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object[] values, int at) {
      if (values[at] == null) {
        values[at] = new ArrayList<>();
      }
      return (List<Object>) values[at];
    }

    /** The argument from what was read: a list read empty is an empty list. */
    @SuppressWarnings("unchecked")
    V value(Object read) {
      return read == null && cardinality == Cardinality.NON_EMPTY_LIST ? (V) List.of() : (V) read;
    }
  }

  /**
   * Declares the properties of an object read into a builder, in the order they are written.
   * Not thread-safe; used once, where the object is declared.
   *
   * @param <T> the object's type
   * @param <B> its builder's type
   */
  static final class Builder<T, B> {
    private final Class<T> javaType;
    private final Phrase description;
    private final String definition;
    private final Supplier<B> start;
    private final Function<B, ? extends T> finish;
    private final List<Property> properties = new ArrayList<>();

    private Builder(Class<T> javaType, Phrase description, String definition, Supplier<B> start, Function<B, ? extends T> finish) {
      this.javaType = javaType;
      this.description = description;
      this.definition = definition;
      this.start = start;
      this.finish = finish;
    }

    /** A required property, read with {@code type}, taken by {@code accessor}, set by {@code setter}. */
    <V> Builder<T, B> required(String name, WireType<V> type, Function<T, V> accessor, BiConsumer<B, V> setter) {
      properties.add(new Property(name, Cardinality.REQUIRED, type, accessor, setter, -1));
      return this;
    }

    /** An optional property, left out when absent. */
    <V> Builder<T, B> optional(String name, WireType<V> type, Function<T, Optional<V>> accessor, BiConsumer<B, V> setter) {
      properties.add(new Property(name, Cardinality.OPTIONAL, type, accessor, setter, -1));
      return this;
    }

    /** A list, left out when empty; each value read is given to {@code adder}. */
    <V> Builder<T, B> list(String name, WireType<V> type, Function<T, ? extends Collection<? extends V>> accessor, BiConsumer<B, V> adder) {
      properties.add(new Property(name, Cardinality.LIST, type, accessor, adder, -1));
      return this;
    }

    /** The declared object. */
    WireObject<T> build() {
      return new WireObject<>(javaType, description, definition, properties, start, finish);
    }
  }
}
