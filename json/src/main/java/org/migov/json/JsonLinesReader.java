package org.migov.json;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.migov.core.Entity;
import org.migov.core.EntityKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON Lines stream lazily, one entity a line: {@code {"entity": "programme", ...}}, the
 * {@code entity} tag first (not {@code kind}: offices, agreements and events have a kind of
 * their own). Lines of spaces and tabs only are skipped. Memory stays flat whatever the stream's
 * length and the length of its lines: a line is parsed as it is read, never held whole, and one
 * longer than
 * {@link MigovJson.Builder#maxLineLength(long)} is an error of that line, skipped without being
 * kept, after which reading goes on with the next line.
 *
 * <p>In tolerant mode ({@link MigovJson#readJsonLinesTolerant(Reader)}) a bad line yields a
 * {@link JsonLine} with its error and reading goes on; in strict mode
 * ({@link MigovJson#readJsonLines(Reader)}) the first bad line throws. Not thread-safe: one reader
 * per stream. Closing it closes the underlying reader.
 */
public final class JsonLinesReader implements Iterator<JsonLine>, AutoCloseable {
  /** The property that tags each record with its entity kind, always first. */
  public static final String TAG = "entity";

  private final BoundedLineReader lines;
  private final WireFormat format;
  private final JsonFactory factory;
  private final boolean ignoreUnknown;
  private long lineNumber;
  private JsonLine next;

  JsonLinesReader(Reader reader, JsonFactory factory, boolean ignoreUnknown, long maxLineLength, WireFormat format) {
    this.format = format;
    this.lines = new BoundedLineReader(reader, maxLineLength);
    this.factory = factory;
    this.ignoreUnknown = ignoreUnknown;
  }

  /**
   * Whether another line with content remains.
   *
   * @return true when {@link #next()} has a line
   * @throws UncheckedIOException if the underlying reader fails
   */
  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    try {
      while (true) {
        long skipped = lines.next();
        if (skipped == -1) {
          return false;
        }
        lineNumber++;
        if (skipped != -2) {
          next = parse(skipped);
          lines.skipRest();
          return true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The next line, read or in error.
   *
   * @return the line
   * @throws NoSuchElementException when none remains
   */
  @Override
  public JsonLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    JsonLine line = next;
    next = null;
    return line;
  }

  /** Parses the current line, whose first {@code skipped} chars were whitespace. */
  private JsonLine parse(long skipped) {
    JsonLine line;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), lines.line())) {
      WireReader in = new WireReader(parser, ignoreUnknown);
      Entity entity = record(in);
      if (in.next() != null) {
        throw in.error("the end of the line", in.describeCurrent(), null);
      }
      line = new JsonLine(lineNumber, column(skipped), entity, null);
    } catch (MigovJsonException e) {
      line = new JsonLine(lineNumber, column(skipped), null, onLine(e, skipped));
    } catch (JacksonException e) {
      line = new JsonLine(lineNumber, column(skipped), null, onLine(WireReader.fromJacksonDetached(e), skipped));
    }
    if (lines.tooLong()) {
      long limit = lines.maxLineLength();
      return new JsonLine(lineNumber, column(skipped), null, MigovJsonException.of(MigovJsonException.Kind.PAST_LIMIT)
          .expected("a line of at most " + limit + " chars").found("a longer line")
          .at("", lineNumberAsInt(), (int) Math.min(limit + 1, Integer.MAX_VALUE)).build());
    }
    return line;
  }

  private MigovJsonException onLine(MigovJsonException e, long skipped) {
    int column = e.column() > 0 ? (int) Math.min(e.column() + skipped, Integer.MAX_VALUE) : 0;
    return e.movedTo(lineNumberAsInt(), column);
  }

  private static int column(long skipped) {
    return (int) Math.min(skipped + 1, Integer.MAX_VALUE);
  }

  private int lineNumberAsInt() {
    return (int) Math.min(lineNumber, Integer.MAX_VALUE);
  }

  private Entity record(WireReader in) {
    if (in.next() != JsonToken.START_OBJECT) {
      throw in.error("an entity record (a JSON object)", in.describeCurrent(), null);
    }
    JsonParser parser = in.parser();
    if (in.next() != JsonToken.PROPERTY_NAME || !TAG.equals(parser.currentName())) {
      throw in.error("the property \"" + TAG + "\" first", in.describeCurrent(), null);
    }
    in.next();
    EntityKind kind = format.entityKind.read(in, TAG);
    return format.entity(kind).readRest(in);
  }

  /**
   * The lines that remain, read or in error, as a sequential stream read as it is consumed;
   * closing the stream closes this reader.
   *
   * @return the stream, to close after use
   */
  public java.util.stream.Stream<JsonLine> stream() {
    return java.util.stream.StreamSupport.stream(
            java.util.Spliterators.spliteratorUnknownSize(this, java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /**
   * Closes the underlying reader.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
