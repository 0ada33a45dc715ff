package org.migov.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.migov.core.Entity;
import org.migov.core.EntityKind;
import org.migov.core.text.Phrase;
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
  private static final Phrase AN_ENVELOPE = Phrase.of("a migov dataset envelope (a JSON object)",
      "un involucro di dataset migov (un oggetto JSON)", "une enveloppe de jeu de données migov (un objet JSON)",
      "un sobre de conjunto de datos migov (un objeto JSON)");
  private static final Phrase THE_REST_OF_THE_ENTITY = Phrase.of("the rest of the entity", "il resto dell'entità",
      "la suite de l'entité", "el resto de la entidad");

  private final JsonParser parser;
  private final WireFormat format;
  private final WireObject<?> envelope;
  private final WireReader in;
  private EntityKind kind;
  private boolean started;
  private boolean finished;
  private long seen;
  private Entity next;
  private final Consumer<MigovJsonException> skipped;
  private int index;
  private long line;
  private int column;
  private EntityKind lastKind;
  private int listDepth;
  private final java.io.Closeable source;

  /**
   * A reader that, when {@code skipped} is not null, hands it the error of each entity that
   * does not decode and goes on with the next one; malformed JSON still throws. It closes
   * {@code source} when closed, unless it is null.
   */
  DatasetReader(JsonParser parser, java.io.Closeable source, boolean ignoreUnknown, Consumer<MigovJsonException> skipped,
      WireFormat format) {
    this.format = format;
    this.envelope = format.dataset;
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
        throw in.error(AN_ENVELOPE, in.describeCurrent(), null);
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
      lastKind = kind;
      tools.jackson.core.TokenStreamLocation start = parser.currentTokenLocation();
      line = WireReader.lineOf(start);
      column = WireReader.columnOf(start);
      if (skipped == null) {
        next = format.entity(kind).read(in, WireReader.A_VALUE);
      } else {
        try {
          next = format.entity(kind).read(in, WireReader.A_VALUE);
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
      envelope.checkRequired(in, seen);
      if (in.next() != null) {
        throw in.error(WireReader.THE_END_OF_THE_DOCUMENT, in.describeCurrent(), null);
      }
      finished = true;
      return;
    }
    String name = parser.currentName();
    in.next();
    int at = envelope.indexOf(name);
    if (at < 0) {
      in.unknownProperty(envelope.description());
      return;
    }
    seen |= 1L << at;
    kind = kindOfList(name);
    if (kind == null) {
      envelope.readProperty(in, at, null);
    } else {
      in.startArray(WireObject.Property.THE.with(name, name));
      listDepth = parser.streamReadContext().getNestingDepth();
    }
  }

  /** After an entity's error, moves to its last token, so that the list's next element follows. */
  private void skipRestOfEntity() {
    while (parser.streamReadContext().getNestingDepth() > listDepth) {
      if (in.next() == null) {
        throw in.error(THE_REST_OF_THE_ENTITY, WireReader.END_OF_INPUT, null);
      }
    }
  }

  /** Where the entity last returned by {@link #next()} stands in its list of the document, from 0. */
  int index() {
    return index;
  }

  /** The line where the entity last returned by {@link #next()} starts, from 1. */
  long line() {
    return line;
  }

  /** The column where the entity last returned by {@link #next()} starts, from 1. */
  int column() {
    return column;
  }

  /**
   * Where the entity last returned by {@link #next()} stood: its JSON Pointer, line and column.
   *
   * @return the location
   * @throws IllegalStateException if no entity was returned yet
   */
  public EntityLocation location() {
    if (lastKind == null) {
      throw new IllegalStateException("no entity read yet");
    }
    return EntityLocation.at(lastKind, index, line, column);
  }

  /** The kind whose list has a name in the envelope, or null. */
  private static EntityKind kindOfList(String name) {
    for (EntityKind kind : EntityKind.values()) {
      if (kind.listName().equals(name)) {
        return kind;
      }
    }
    return null;
  }

  /**
   * The entities that remain, as a sequential stream read as it is consumed; closing the stream
   * closes this reader.
   *
   * @return the stream, to close after use
   */
  public java.util.stream.Stream<Entity> stream() {
    return java.util.stream.StreamSupport.stream(
            java.util.Spliterators.spliteratorUnknownSize(this, java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL),
            false)
        .onClose(this::close);
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
