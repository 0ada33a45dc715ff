package org.migov.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import org.migov.core.text.Phrase;

/**
 * Turns the declared properties of a {@link WireObject} into method handles that read and write
 * them, with each accessor, builder method, wire type and label bound in as a constant. The JVM
 * compiles a bound handle on its own once it is used often, so that each property's accessor and
 * builder method are called where they are known, and inlined, rather than through call sites
 * shared by every property of every object (which the JIT cannot inline past). That keeps a
 * declared object as fast as a hand-written one. Built once per declaration; stateless.
 */
final class PropertyHandles {
  private PropertyHandles() {}

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  /** {@code (JsonGenerator, Object) void}: writes a value or an object's properties. */
  private static final MethodType WRITER = MethodType.methodType(void.class, JsonGenerator.class, Object.class);

  /** {@code (WireReader) Object}: reads a value. */
  private static final MethodType VALUE_READER = MethodType.methodType(Object.class, WireReader.class);

  /** {@code (Object state, Object value) void}: puts a value read into the state. */
  private static final MethodType PUT = MethodType.methodType(void.class, Object.class, Object.class);

  private static final MethodHandle WRITE_STRING = find("writeString", void.class, JsonGenerator.class, String.class);
  private static final MethodHandle WRITE_REQUIRED =
      find("writeRequired", void.class, SerializableString.class, MethodHandle.class, JsonGenerator.class, Object.class);
  private static final MethodHandle WRITE_OPTIONAL =
      find("writeOptional", void.class, SerializableString.class, MethodHandle.class, JsonGenerator.class, Optional.class);
  private static final MethodHandle WRITE_LIST =
      find("writeList", void.class, SerializableString.class, MethodHandle.class, JsonGenerator.class, Collection.class);
  private static final MethodHandle READ_SINGLE =
      find("readSingle", void.class, MethodHandle.class, MethodHandle.class, WireReader.class, Object.class);
  private static final MethodHandle READ_LIST =
      find("readList", void.class, Phrase.class, MethodHandle.class, MethodHandle.class, WireReader.class, Object.class);
  private static final MethodHandle APPLY = virtual(Function.class, "apply", Object.class, Object.class);
  private static final MethodHandle APPLY_TWO = virtual(BiFunction.class, "apply", Object.class, Object.class, Object.class);
  private static final MethodHandle ACCEPT = virtual(BiConsumer.class, "accept", void.class, Object.class, Object.class);
  private static final MethodHandle GET = virtual(Supplier.class, "get", Object.class);
  private static final MethodHandle WRITE_VALUE = virtual(WireType.class, "write", void.class, JsonGenerator.class, Object.class);
  private static final MethodHandle READ_VALUE = virtual(WireType.class, "read", Object.class, WireReader.class, Phrase.class);
  private static final MethodHandle SET_ELEMENT = MethodHandles.arrayElementSetter(Object[].class);
  private static final MethodHandle NOTHING = MethodHandles.empty(WRITER);

  /** Finds a method handle. */
  private interface Finder {
    MethodHandle find() throws ReflectiveOperationException;
  }

  private static MethodHandle handle(Finder finder) {
    try {
      return finder.find();
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static MethodHandle find(String name, Class<?> returned, Class<?>... parameters) {
    return handle(() -> LOOKUP.findStatic(PropertyHandles.class, name, MethodType.methodType(returned, parameters)));
  }

  private static MethodHandle virtual(Class<?> type, String name, Class<?> returned, Class<?>... parameters) {
    return handle(() -> LOOKUP.findVirtual(type, name, MethodType.methodType(returned, parameters)));
  }

  // ----------------------------------------------------------------------------------- writing

  /**
   * The writer of a value of a wire type: {@code (JsonGenerator, Object value) void}. A leaf's own
   * function is bound, so that it is called where it is known, not through the leaf's shared
   * {@code write}; any other type is bound as the receiver of its {@code write}.
   */
  static MethodHandle valueWriter(WireType<?> type) {
    if (type instanceof WireLeaf) {
      WireLeaf<?> leaf = (WireLeaf<?>) type;
      if (leaf.text() != null) {
        MethodHandle text = APPLY.bindTo(leaf.text()).asType(MethodType.methodType(String.class, Object.class));
        return MethodHandles.filterArguments(WRITE_STRING, 1, text).asType(WRITER);
      }
      return ACCEPT.bindTo(leaf.writer()).asType(WRITER);
    }
    return WRITE_VALUE.bindTo(type);
  }

  static MethodHandle writeRequired(SerializableString name, Function<Object, Object> accessor, MethodHandle value) {
    return property(WRITE_REQUIRED, name, value, accessor, Object.class);
  }

  static MethodHandle writeOptional(SerializableString name, Function<Object, Object> accessor, MethodHandle value) {
    return property(WRITE_OPTIONAL, name, value, accessor, Optional.class);
  }

  static MethodHandle writeList(SerializableString name, Function<Object, Object> accessor, MethodHandle value) {
    return property(WRITE_LIST, name, value, accessor, Collection.class);
  }

  /** {@code body(name, value, out, accessor(object))}, as a writer of the object. */
  private static MethodHandle property(
      MethodHandle body, SerializableString name, MethodHandle value, Function<Object, Object> accessor, Class<?> returned) {
    MethodHandle access = APPLY.bindTo(accessor).asType(MethodType.methodType(returned, Object.class));
    return MethodHandles.filterArguments(MethodHandles.insertArguments(body, 0, name, value), 1, access).asType(WRITER);
  }

  /** Writers one after the other, as a balanced tree, so that its depth stays small. */
  static MethodHandle sequence(List<MethodHandle> writers) {
    if (writers.isEmpty()) {
      return NOTHING;
    }
    if (writers.size() == 1) {
      return writers.get(0);
    }
    int half = writers.size() / 2;
    return MethodHandles.foldArguments(sequence(writers.subList(half, writers.size())), sequence(writers.subList(0, half)));
  }

  // ----------------------------------------------------------------------------------- reading

  /**
   * The reader of a value of a wire type, {@code (WireReader) Object}, with its label bound: as
   * for writing, a leaf's own function, any other type as the receiver of its {@code read}.
   */
  static MethodHandle valueReader(WireType<?> type, Phrase label) {
    MethodHandle read = type instanceof WireLeaf
        ? APPLY_TWO.bindTo(((WireLeaf<?>) type).reader()).asType(MethodType.methodType(Object.class, WireReader.class, Phrase.class))
        : READ_VALUE.bindTo(type);
    return MethodHandles.insertArguments(read, 1, label);
  }

  /** Puts a value into a builder with its method: {@code (Object state, Object value) void}. */
  static MethodHandle into(BiConsumer<Object, Object> setter) {
    return ACCEPT.bindTo(setter);
  }

  /** Puts a value into a factory's arguments, at an index: {@code (Object state, Object value) void}. */
  static MethodHandle argument(int index) {
    MethodHandle set = MethodHandles.insertArguments(SET_ELEMENT, 1, index);
    return set.asType(PUT);
  }

  static MethodHandle readSingle(MethodHandle value, MethodHandle put) {
    return MethodHandles.insertArguments(READ_SINGLE, 0, value, put);
  }

  static MethodHandle readList(Phrase label, MethodHandle value, MethodHandle put) {
    return MethodHandles.insertArguments(READ_LIST, 0, label, value, put);
  }

  /** {@code () Object}: a new builder. */
  static MethodHandle starter(Supplier<?> start) {
    return GET.bindTo(start);
  }

  /** {@code (Object) Object}: the object built from the state. */
  static MethodHandle finisher(Function<?, ?> finish) {
    return APPLY.bindTo(finish);
  }

  // The bodies the handles call; each gets its constants from the handle it is bound into.

  private static void writeString(JsonGenerator out, String value) {
    out.writeString(value);
  }

  private static void writeRequired(SerializableString name, MethodHandle value, JsonGenerator out, Object present)
      throws Throwable {
    out.writeName(name);
    value.invokeExact(out, present);
  }

  private static void writeOptional(SerializableString name, MethodHandle value, JsonGenerator out, Optional<?> optional)
      throws Throwable {
    if (optional.isPresent()) {
      out.writeName(name);
      value.invokeExact(out, optional.get());
    }
  }

  private static void writeList(SerializableString name, MethodHandle value, JsonGenerator out, Collection<?> values)
      throws Throwable {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    if (values instanceof List && values instanceof RandomAccess) {
      // No iterator: most lists of core are array-backed.
      List<?> list = (List<?>) values;
      for (int i = 0, n = list.size(); i < n; i++) {
        value.invokeExact(out, (Object) list.get(i));
      }
    } else {
      for (Object element : values) {
        value.invokeExact(out, element);
      }
    }
    out.writeEndArray();
  }

  private static void readSingle(MethodHandle value, MethodHandle put, WireReader in, Object state) throws Throwable {
    put.invokeExact(state, (Object) value.invokeExact(in));
  }

  private static void readList(Phrase label, MethodHandle value, MethodHandle put, WireReader in, Object state)
      throws Throwable {
    in.startArray(label);
    while (in.nextElement()) {
      put.invokeExact(state, (Object) value.invokeExact(in));
    }
  }
}
