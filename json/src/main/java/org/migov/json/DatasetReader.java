package org.migov.json;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.migov.core.Entity;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Reads the entities of a dataset envelope one by one, lazily, without building the
 * {@link org.migov.core.dataset.Dataset}: memory stays flat whatever the number of entities. The
 * envelope is checked as it goes (format, version, property names, trailing content); the first
 * problem throws a {@link MigovJsonException}.
 *
 * <p>Not thread-safe: one reader per document. Closing it closes the underlying reader.
 */
public final class DatasetReader implements Iterator<Entity>, AutoCloseable {
  private final JsonParser parser;
  private final WireReader in;
  private EntityKind kind;
  private boolean started;
  private boolean finished;
  private boolean format;
  private boolean version;
  private Entity next;
  private final Consumer<MigovJsonException> skipped;
  private int index;
  private int listDepth;
  private final Reader source;

  /** A reader that closes {@code source} (what the parser reads) when closed. */
  DatasetReader(JsonParser parser, Reader source, boolean ignoreUnknown) {
    this(parser, source, ignoreUnknown, null);
  }

  /**
   * A reader that, when {@code skipped} is not null, hands it the error of each entity that
   * does not decode and goes on with the next one; malformed JSON still throws. It closes
   * {@code source} when closed, unless it is null.
   */
  DatasetReader(JsonParser parser, Reader source, boolean ignoreUnknown, Consumer<MigovJsonException> skipped) {
    this.parser = parser;
    this.source = source;
    this.in = new WireReader(parser, ignoreUnknown);
    this.skipped = skipped;
  }

  /**
   * Whether another entity remains.
   *
   * @return true when {@link #next()} has an entity
   * @throws MigovJsonException if the document cannot be decoded
   */
  @Override
  public boolean hasNext() {
    try {
      while (next == null && !finished) {
        advance();
      }
      return next != null;
    } catch (JacksonException e) {
      throw in.fromJackson(e);
    }
  }

  /**
   * The next entity, in document order.
   *
   * @return the entity
   * @throws NoSuchElementException when none remains
   * @throws MigovJsonException if the document cannot be decoded
   */
  @Override
  public Entity next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Entity entity = next;
    next = null;
    return entity;
  }

  private void advance() {
    if (!started) {
      started = true;
      if (in.next() != JsonToken.START_OBJECT) {
        throw in.error("a migov dataset envelope (a JSON object)", in.describeCurrent(), null);
      }
    }
    if (kind != null) {
      JsonToken element = in.next();
      if (element == JsonToken.END_ARRAY) {
        kind = null;
        return;
      }
      // An object or array opened a context of its own: the list's is its parent.
      TokenStreamContext list = element.isStructStart()
          ? parser.streamReadContext().getParent() : parser.streamReadContext();
      index = list.getCurrentIndex();
      if (skipped == null) {
        next = EntityCodec.read(in, kind);
      } else {
        try {
          next = EntityCodec.read(in, kind);
        } catch (MigovJsonException e) {
          if (e.isMalformedInput()) {
            throw e;
          }
          skipped.accept(e);
          skipRestOfEntity();
        }
      }
      return;
    }
    JsonToken token = in.next();
    if (token == JsonToken.END_OBJECT) {
      if (!format || !version) {
        throw in.error("the properties \"format\" and \"version\" in a migov dataset envelope", "an envelope without them", null);
      }
      if (in.next() != null) {
        throw in.error("the end of the document", in.describeCurrent(), null);
      }
      finished = true;
      return;
    }
    String name = parser.currentName();
    in.next();
    switch (name) {
      case "format":
        String f = in.string("the format name \"" + MigovJson.FORMAT + "\"");
        if (!f.equals(MigovJson.FORMAT)) {
          throw in.error("the format name \"" + MigovJson.FORMAT + "\"", InvalidValueException.quote(f), null);
        }
        format = true;
        return;
      case "version":
        String v = in.string("a format version such as \"" + MigovJson.VERSION + "\"");
        if (!v.matches("1\\.[0-9]+")) {
          throw in.error("a format version 1.x", InvalidValueException.quote(v), null);
        }
        version = true;
        return;
      default:
        kind = kindOfList(name);
        if (kind == null) {
          throw in.error("a property of a migov dataset envelope", "the unknown property " + InvalidValueException.quote(name), null);
        }
        in.startArray("the " + name);
        listDepth = parser.streamReadContext().getNestingDepth();
    }
  }

  /** After an entity's error, moves to its last token, so that the list's next element follows. */
  private void skipRestOfEntity() {
    while (parser.streamReadContext().getNestingDepth() > listDepth) {
      if (in.next() == null) {
        throw in.error("the rest of the entity", "the end of the input", null);
      }
    }
  }

  /** Where the entity last returned by {@link #next()} stands in its list of the document, from 0. */
  int index() {
    return index;
  }

  /** The name of the envelope's list of a kind of entity, as the writer writes it. */
  static String listOf(EntityKind kind) {
    switch (kind) {
      case ORGANISATION: return Names.ORGANISATIONS.getValue();
      case OFFICE: return Names.OFFICES.getValue();
      case AGREEMENT: return Names.AGREEMENTS.getValue();
      case PROGRAMME: return Names.PROGRAMMES.getValue();
      default: return Names.EVENTS.getValue();
    }
  }

  /** The kind whose list has a name, or null: {@link #listOf} read backwards. */
  private static EntityKind kindOfList(String name) {
    for (EntityKind kind : EntityKind.values()) {
      if (listOf(kind).equals(name)) {
        return kind;
      }
    }
    return null;
  }

  /**
   * Closes the parser and the underlying reader.
   *
   * @throws UncheckedIOException if closing the reader fails
   */
  @Override
  public void close() {
    parser.close();
    if (source != null) {
      try {
        source.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
