package org.migov.json;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.migov.core.Entity;
import org.migov.core.EntityKind;
import org.migov.core.text.Phrase;
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
  private static final Phrase THE_END_OF_THE_LINE = Phrase.of("the end of the line", "la fine della riga",
      "la fin de la ligne", "el final de la línea");
  private static final Phrase.Template A_LINE_OF_AT_MOST = Phrase.template("a line of at most {0} chars",
      "una riga di al più {0} caratteri", "une ligne d'au plus {0} caractères", "una línea de {0} caracteres como máximo");
  private static final Phrase A_LONGER_LINE = Phrase.of("a longer line", "una riga più lunga", "une ligne plus longue",
      "una línea más larga");
  private static final Phrase AN_ENTITY_RECORD = Phrase.of("an entity record (a JSON object)",
      "un'entità (un oggetto JSON)", "un enregistrement d'entité (un objet JSON)",
      "un registro de entidad (un objeto JSON)");
  private static final Phrase THE_TAG_FIRST = Phrase.template("the property \"{0}\" first",
      "prima la proprietà \"{0}\"", "d'abord la propriété \"{0}\"", "primero la propiedad \"{0}\"").with(JsonLinesReader.TAG);

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
        throw in.error(THE_END_OF_THE_LINE, in.describeCurrent(), null);
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
          .expected(A_LINE_OF_AT_MOST.with(limit)).found(A_LONGER_LINE)
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
      throw in.error(AN_ENTITY_RECORD, in.describeCurrent(), null);
    }
    JsonParser parser = in.parser();
    if (in.next() != JsonToken.PROPERTY_NAME || !TAG.equals(parser.currentName())) {
      throw in.error(THE_TAG_FIRST, in.describeCurrent(), null);
    }
    in.next();
    EntityKind kind = format.entityKind.read(in, WireObject.Property.THE.with(TAG, TAG));
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
