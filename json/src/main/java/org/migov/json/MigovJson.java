package org.migov.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.migov.core.Entity;
import org.migov.core.EntityKind;
import org.migov.core.dataset.Dataset;
import org.migov.core.text.Phrase;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;

/**
 * Reads and writes migov entities and datasets in the wire format ({@code docs/wire-format.md}),
 * with a hardened parser: strict by default (unknown properties, duplicate keys, trailing content,
 * wrong types, missing or null required properties, invalid codes and dates are errors), and
 * limits on nesting depth, document, string, name and number length.
 *
 * <p>Every decode failure is a {@link MigovJsonException} with a JSON Pointer, line and column.
 * Output is deterministic: the same value gives the same bytes.
 *
 * <p>Instances are immutable and thread-safe: build once, share.
 */
public final class MigovJson {
  /** The value of the envelope's {@code format} property. */
  public static final String FORMAT = "migov";

  /** The version of the wire format this library writes. */
  public static final String VERSION = "1.1";

  /** Default deepest nesting of arrays and objects. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default longest document, in chars or bytes. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /** Default longest string, in chars. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** Default longest property name, in chars. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  /** Default longest number, in chars. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** The most errors a tolerant read keeps unless set otherwise; past it they are counted. */
  public static final int DEFAULT_MAX_DECODE_ERRORS = 10_000;

  private final JsonFactory factory;
  private final boolean ignoreUnknownProperties;
  private final long maxLineLength;
  private final int maxDecodeErrors;
  private final boolean indent;
  private final WireFormat format;

  private MigovJson(Builder builder) {
    this.factory =
        JsonFactory.builder()
            // Duplicate property names are refused by WireReader, without Jackson's set per object.
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // The facade closes no reader or writer it is given; the stream readers it returns
            // close theirs themselves, as their Javadoc says.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(builder.maxNestingDepth)
                    .maxDocumentLength(builder.maxDocumentLength)
                    .maxStringLength(builder.maxStringLength)
                    .maxNameLength(builder.maxNameLength)
                    .maxNumberLength(builder.maxNumberLength)
                    .build())
            .build();
    this.ignoreUnknownProperties = builder.ignoreUnknownProperties;
    this.maxDecodeErrors = builder.maxDecodeErrors;
    this.indent = builder.indent;
    this.format = builder.format;
    this.maxLineLength = builder.maxLineLength == 0 ? builder.maxDocumentLength : builder.maxLineLength;
  }

  /**
   * The JSON Schema (draft 2020-12) of a dataset document, generated from the same declarations
   * as the reader and the writer (the copy in {@code docs/schema} is checked against it). What a
   * schema cannot say (leap days, unassigned country codes, blank text) the reader still checks.
   *
   * @return the schema, as a JSON document
   */
  public static String datasetSchema() {
    return WireSchema.datasetSchema(WireFormat.CURRENT);
  }

  /**
   * The facade with the default limits, strict.
   *
   * @return the facade
   */
  public static MigovJson create() {
    return builder().build();
  }

  /**
   * A builder for other limits, indented output or skipping unknown properties.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------- reading

  /**
   * Reads a dataset envelope.
   *
   * @param json the document
   * @return the dataset
   * @throws MigovJsonException if the document cannot be decoded
   */
  public Dataset readDataset(String json) {
    Objects.requireNonNull(json, "json");
    return readDocument(() -> factory.createParser(ObjectReadContext.empty(), json), format.dataset);
  }

  /**
   * Reads a dataset envelope from UTF-8 bytes, such as a file's content or a request body. Bytes
   * that are not UTF-8 are malformed input; a leading UTF-8 byte-order mark is skipped.
   *
   * @param json the document, UTF-8
   * @return the dataset
   * @throws MigovJsonException if the document cannot be decoded
   */
  public Dataset readDataset(byte[] json) {
    requireUtf8(json);
    return readDocument(() -> factory.createParser(ObjectReadContext.empty(), json), format.dataset);
  }

  /**
   * Reads a dataset envelope from a reader, which is not closed.
   *
   * @param json the document
   * @return the dataset
   * @throws MigovJsonException if the document cannot be decoded
   */
  public Dataset readDataset(Reader json) {
    Objects.requireNonNull(json, "json");
    return readDocument(() -> factory.createParser(ObjectReadContext.empty(), json), format.dataset);
  }

  /**
   * Reads a dataset envelope from UTF-8 bytes, as {@link #readDataset(byte[])} does; the stream is
   * not closed.
   *
   * @param json the document, UTF-8
   * @return the dataset
   * @throws MigovJsonException if the document cannot be decoded
   * @throws UncheckedIOException if the stream fails
   */
  public Dataset readDataset(InputStream json) {
    InputStream in = utf8(json);
    return readDocument(() -> factory.createParser(ObjectReadContext.empty(), in), format.dataset);
  }

  /**
   * Reads a dataset envelope from a UTF-8 file, as {@link #readDataset(byte[])} does.
   *
   * @param file the document, UTF-8
   * @return the dataset
   * @throws MigovJsonException if the document cannot be decoded
   * @throws UncheckedIOException if the file cannot be read
   */
  public Dataset readDataset(Path file) {
    return fromFile(file, this::readDataset);
  }

  /** Reads a file's bytes with {@code read}, closing it after. */
  private static <T> T fromFile(Path file, Function<InputStream, T> read) {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      return read.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a dataset envelope tolerantly from UTF-8 bytes, as {@link #readDatasetTolerant(Reader)}
   * does; the stream is not closed.
   *
   * @param json the document, UTF-8
   * @return the entities that decoded, where each stood, and the errors of those that did not
   * @throws MigovJsonException if the document is not well-formed UTF-8 JSON or its envelope is broken
   * @throws UncheckedIOException if the stream fails
   */
  public DecodedDataset readDatasetTolerant(InputStream json) {
    InputStream in = utf8(json);
    return readDatasetTolerant(() -> factory.createParser(ObjectReadContext.empty(), in), entity -> { });
  }

  /**
   * Reads a dataset envelope tolerantly from a UTF-8 file, as {@link #readDatasetTolerant(Reader)}
   * does.
   *
   * @param file the document, UTF-8
   * @return the entities that decoded, where each stood, and the errors of those that did not
   * @throws MigovJsonException if the document is not well-formed UTF-8 JSON or its envelope is broken
   * @throws UncheckedIOException if the file cannot be read
   */
  public DecodedDataset readDatasetTolerant(Path file) {
    return fromFile(file, this::readDatasetTolerant);
  }

  /**
   * Reads a dataset envelope tolerantly: an entity that does not decode (a wrong type, an unknown
   * property, an invalid code) is left out and its error recorded, and reading goes on with the
   * next entity, so that one pass reports every such error. Malformed JSON, input past a limit and
   * a broken envelope still throw, since nothing after them can be trusted. The outcome says
   * where each entity stood ({@link DecodedDataset#location}).
   *
   * @param json the document; the reader is not closed
   * @return the entities that decoded, where each stood, and the errors of those that did not
   * @throws MigovJsonException if the document is not well-formed JSON or its envelope is broken
   * @throws UncheckedIOException if the reader fails
   */
  public DecodedDataset readDatasetTolerant(Reader json) {
    return readDatasetTolerant(json, entity -> { });
  }

  /**
   * Reads a dataset envelope tolerantly, as {@link #readDatasetTolerant(Reader)} does, handing
   * each entity to {@code each} as soon as it is decoded (to show progress, say).
   *
   * @param json the document; the reader is not closed
   * @param each called with each entity decoded, in document order
   * @return the entities that decoded, where each stood, and the errors of those that did not
   * @throws MigovJsonException if the document is not well-formed JSON or its envelope is broken
   * @throws UncheckedIOException if the reader fails
   */
  public DecodedDataset readDatasetTolerant(Reader json, Consumer<? super Entity> each) {
    Objects.requireNonNull(json, "json");
    return readDatasetTolerant(() -> factory.createParser(ObjectReadContext.empty(), json), each);
  }

  private DecodedDataset readDatasetTolerant(Supplier<JsonParser> open, Consumer<? super Entity> each) {
    Objects.requireNonNull(each, "each");
    DecodedDataset.Builder decoded = new DecodedDataset.Builder(maxDecodeErrors);
    JsonParser parser;
    try {
      parser = open.get();
    } catch (JacksonException e) {
      throw WireReader.fromJacksonDetached(e);
    }
    try {
      // The reader turns Jackson's exceptions into migov's itself; what `each` throws passes as it is.
      DatasetReader entities = new DatasetReader(parser, null, ignoreUnknownProperties, decoded::error, format);
      while (entities.hasNext()) {
        Entity entity = entities.next();
        decoded.entity(entity, entities.index(), entities.line(), entities.column());
        each.accept(entity);
      }
    } finally {
      try {
        parser.close();
      } catch (JacksonException e) {
        // The source is not the parser's to close (AUTO_CLOSE_SOURCE is off): nothing was lost.
      }
    }
    return decoded.build();
  }

  /**
   * Reads a JSON Lines stream tolerantly into a dataset: a line that does not decode is left out
   * and its error recorded (with the line's number), and reading goes on with the next line. The
   * outcome says on which line each entity stood ({@link DecodedDataset#location}).
   *
   * @param lines the stream, one entity a line; not closed
   * @return the entities that decoded, where each stood, and the errors of the lines that did not
   * @throws UncheckedIOException if the reader fails
   */
  public DecodedDataset readJsonLinesDatasetTolerant(Reader lines) {
    return readJsonLinesDatasetTolerant(lines, entity -> { });
  }

  /**
   * Reads a JSON Lines stream tolerantly into a dataset, as
   * {@link #readJsonLinesDatasetTolerant(Reader)} does, handing each entity to {@code each} as
   * soon as it is decoded.
   *
   * @param lines the stream, one entity a line; not closed
   * @param each called with each entity decoded, in stream order
   * @return the entities that decoded, where each stood, and the errors of the lines that did not
   * @throws UncheckedIOException if the reader fails
   */
  public DecodedDataset readJsonLinesDatasetTolerant(Reader lines, Consumer<? super Entity> each) {
    Objects.requireNonNull(each, "each");
    DecodedDataset.Builder decoded = new DecodedDataset.Builder(maxDecodeErrors);
    JsonLinesReader reader = new JsonLinesReader(Objects.requireNonNull(lines, "lines"), factory, ignoreUnknownProperties,
        maxLineLength, format);
    while (reader.hasNext()) {
      JsonLine line = reader.next();
      if (line.error().isPresent()) {
        decoded.error(line.error().get());
        continue;
      }
      Entity entity = line.entity().orElseThrow();
      decoded.entity(entity, -1, line.lineNumber(), line.column());
      each.accept(entity);
    }
    return decoded.build();
  }

  /**
   * Reads one entity.
   *
   * @param json the document: one entity object
   * @param type the entity's type, such as {@code Programme.class}
   * @param <T> the entity type
   * @return the entity
   * @throws MigovJsonException if the document cannot be decoded
   */
  public <T extends Entity> T read(String json, Class<T> type) {
    EntityKind kind = EntityKind.of(type);
    Objects.requireNonNull(json, "json");
    // Straight from the String: Jackson copies a short one into a recycled buffer, no Reader.
    return type.cast(readDocument(() -> factory.createParser(ObjectReadContext.empty(), json), format.entity(kind)));
  }

  /**
   * Reads one entity from UTF-8 bytes. Bytes that are not UTF-8 are malformed input; a leading
   * UTF-8 byte-order mark is skipped.
   *
   * @param json the document, UTF-8: one entity object
   * @param type the entity's type, such as {@code Programme.class}
   * @param <T> the entity type
   * @return the entity
   * @throws MigovJsonException if the document cannot be decoded
   */
  public <T extends Entity> T read(byte[] json, Class<T> type) {
    EntityKind kind = EntityKind.of(type);
    requireUtf8(json);
    return type.cast(readDocument(() -> factory.createParser(ObjectReadContext.empty(), json), format.entity(kind)));
  }

  /**
   * Refuses what Jackson would otherwise decode as UTF-16 or UTF-32: a JSON document starts with
   * an ASCII character, which those encodings write with a zero byte among the first four (after
   * a byte-order mark or not). Anything else that is not UTF-8 fails in Jackson's UTF-8 parser.
   */
  private static void requireUtf8(byte[] json) {
    Objects.requireNonNull(json, "json");
    for (int i = 0; i < Math.min(4, json.length); i++) {
      if (json[i] == 0) {
        throw MigovJsonException.of(MigovJsonException.Kind.MALFORMED_INPUT)
            .expected(WireReader.WELL_FORMED).found(Phrase.of("UTF-16 or UTF-32 bytes: migov reads UTF-8 only",
                "byte UTF-16 o UTF-32: migov legge solo UTF-8", "des octets UTF-16 ou UTF-32 : migov ne lit que l'UTF-8",
                "bytes UTF-16 o UTF-32: migov solo lee UTF-8")).build();
      }
    }
  }

  /**
   * The stream, with its first bytes checked as {@link #requireUtf8(byte[])} checks them, put back
   * for the parser.
   */
  private static InputStream utf8(InputStream json) {
    PushbackInputStream in = new PushbackInputStream(Objects.requireNonNull(json, "json"), 4);
    try {
      byte[] first = in.readNBytes(4);
      requireUtf8(first);
      in.unread(first);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return in;
  }

  /** Reads one document holding one value of {@code type}, and nothing after it. */
  private <T> T readDocument(Supplier<JsonParser> open, WireType<T> type) {
    try (JsonParser parser = open.get()) {
      WireReader in = new WireReader(parser, ignoreUnknownProperties);
      in.next();
      T value = type.read(in, WireReader.A_VALUE);
      if (in.next() != null) {
        throw in.error(WireReader.THE_END_OF_THE_DOCUMENT, in.describeCurrent(), null);
      }
      return value;
    } catch (JacksonException e) {
      throw WireReader.fromJacksonDetached(e);
    }
  }

  /**
   * Reads the entities of a dataset envelope lazily, one by one, without building the dataset.
   *
   * @param json the document; closed with the returned reader
   * @return the reader, to close after use
   * @throws MigovJsonException if the document cannot be opened
   */
  public DatasetReader streamDataset(Reader json) {
    try {
      Objects.requireNonNull(json, "json");
      return new DatasetReader(factory.createParser(ObjectReadContext.empty(), json), json, ignoreUnknownProperties, null, format);
    } catch (JacksonException e) {
      throw WireReader.fromJacksonDetached(e);
    }
  }

  /**
   * Reads the entities of a UTF-8 dataset file lazily, one by one, without building the dataset.
   *
   * @param file the document, UTF-8; closed with the returned reader
   * @return the reader, to close after use
   * @throws MigovJsonException if the document cannot be opened
   * @throws UncheckedIOException if the file cannot be opened
   */
  public DatasetReader streamDataset(Path file) {
    InputStream in;
    try {
      in = Files.newInputStream(Objects.requireNonNull(file, "file"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      InputStream checked = utf8(in);
      return new DatasetReader(factory.createParser(ObjectReadContext.empty(), checked), checked, ignoreUnknownProperties, null, format);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof JacksonException ? WireReader.fromJacksonDetached((JacksonException) e) : e;
    }
  }

  /**
   * Reads a JSON Lines stream lazily, stopping at the first bad line.
   *
   * @param lines the stream, one entity a line; closed when the returned stream is closed
   * @return the entities, in stream order, read as the stream is consumed; a bad line throws
   *     {@link MigovJsonException} from the stream's operation, with the line's number; to close
   *     after use ({@code try (Stream<Entity> entities = json.readJsonLines(reader)) {...}})
   */
  public Stream<Entity> readJsonLines(Reader lines) {
    JsonLinesReader reader = readJsonLinesTolerant(lines);
    return reader.stream().map(line -> {
      if (line.error().isPresent()) {
        throw line.error().get();
      }
      return line.entity().orElseThrow();
    });
  }

  /**
   * Reads a JSON Lines file lazily, stopping at the first bad line; the file is read as UTF-8.
   *
   * @param file the file, one entity a line; closed when the returned stream is closed
   * @return the entities, as {@link #readJsonLines(Reader)} gives them; to close after use
   * @throws UncheckedIOException if the file cannot be opened
   */
  public Stream<Entity> readJsonLines(Path file) {
    return readJsonLines(open(file));
  }

  /**
   * Reads a JSON Lines file tolerantly into a dataset, as
   * {@link #readJsonLinesDatasetTolerant(Reader)} does; the file is read as UTF-8, and closed.
   *
   * @param file the file, one entity a line
   * @return the entities that decoded, where each stood, and the errors of the lines that did not
   * @throws UncheckedIOException if the file cannot be read, or is not UTF-8
   */
  public DecodedDataset readJsonLinesDatasetTolerant(Path file) {
    try (Reader lines = open(file)) {
      return readJsonLinesDatasetTolerant(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A UTF-8 reader of a file that refuses bytes that are not UTF-8. */
  private static Reader open(Path file) {
    try {
      return Files.newBufferedReader(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a JSON Lines stream lazily and tolerantly: a bad line yields a {@link JsonLine} with its
   * error (line number, what was wrong) and reading goes on with the next line.
   *
   * @param lines the stream, one entity a line; closed with the returned reader
   * @return the reader, to close after use
   */
  public JsonLinesReader readJsonLinesTolerant(Reader lines) {
    return new JsonLinesReader(Objects.requireNonNull(lines, "lines"), factory, ignoreUnknownProperties, maxLineLength, format);
  }

  /**
   * A writer of JSON Lines, one entity a line.
   *
   * @param out where to write; closed with the returned writer
   * @return the writer
   */
  public JsonLinesWriter jsonLinesWriter(Writer out) {
    return new JsonLinesWriter(out, factory, format);
  }

  // ---------------------------------------------------------------------------------- writing

  /**
   * Writes a dataset envelope.
   *
   * @param dataset the dataset
   * @return the document
   */
  public String writeDataset(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return writeToString(gen -> format.dataset.write(gen, dataset));
  }

  /**
   * Writes a dataset envelope to a writer, which is flushed, not closed.
   *
   * @param dataset the dataset
   * @param out where to write
   * @throws UncheckedIOException if the writer fails
   */
  public void writeDataset(Dataset dataset, Writer out) {
    Objects.requireNonNull(dataset, "dataset");
    write(out, gen -> format.dataset.write(gen, dataset));
  }

  /**
   * Writes one entity.
   *
   * @param entity the entity
   * @return the document
   */
  public String write(Entity entity) {
    Objects.requireNonNull(entity, "entity");
    return writeToString(gen -> format.entityOf(entity).write(gen, entity));
  }

  /**
   * Writes into Jackson's segmented writer on recycled buffers, as {@code writeValueAsString}
   * does, rather than a {@code StringWriter} that grows and copies.
   */
  private String writeToString(Consumer<JsonGenerator> body) {
    BufferRecycler recycler = factory._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      write(out, body);
      return out.getAndClear();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    } finally {
      recycler.releaseToPool();
    }
  }

  private void write(Writer out, Consumer<JsonGenerator> body) {
    try (JsonGenerator gen = factory.createGenerator(indent ? INDENTED : ObjectWriteContext.empty(), out)) {
      body.accept(gen);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  /** A document that a body writes with Jackson's default pretty printer, on a default factory. */
  static String indented(Consumer<JsonGenerator> body) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator gen = new JsonFactory().createGenerator(INDENTED, out)) {
      body.accept(gen);
    }
    return out.toString();
  }

  /** Writes with Jackson's default pretty printer, a new one for each document. */
  private static final ObjectWriteContext INDENTED = new ObjectWriteContext.Base() {
    @Override
    public tools.jackson.core.PrettyPrinter getPrettyPrinter() {
      return new tools.jackson.core.util.DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  /** Builds a {@link MigovJson}. Not thread-safe; the facade it builds is. */
  public static final class Builder {
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private boolean ignoreUnknownProperties;
    private long maxLineLength;
    private int maxDecodeErrors = DEFAULT_MAX_DECODE_ERRORS;
    private boolean indent;
    private WireFormat format = WireFormat.CURRENT;

    private Builder() {}

    /** The declarations to read and write with: {@link WireFormat#CURRENT} but in tests. */
    Builder declarations(WireFormat declarations) {
      this.format = declarations;
      return this;
    }

    /**
     * Whether documents are written indented, for people to read: one property a line, as
     * Jackson's default pretty printer writes them. JSON Lines stay one entity a line. Off by
     * default; either way the same value gives the same text.
     *
     * @param indent whether to indent
     * @return this builder
     */
    public Builder indent(boolean indent) {
      this.indent = indent;
      return this;
    }

    /**
     * The most errors {@link MigovJson#readDatasetTolerant(Reader)} keeps: past it they are only
     * counted ({@link DecodedDataset#errorCount()}), so that memory stays bounded whatever the
     * number of entities that fail.
     *
     * @param limit the limit, 0 or more
     * @return this builder
     */
    public Builder maxDecodeErrors(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must be >= 0, was " + limit);
      }
      this.maxDecodeErrors = limit;
      return this;
    }

    /**
     * The deepest nesting of arrays and objects.
     *
     * @param depth the depth, 1 or more
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive(depth, "depth");
      return this;
    }

    /**
     * The longest document, in chars (or bytes).
     *
     * @param length the length, 1 or more
     * @return this builder
     */
    public Builder maxDocumentLength(long length) {
      if (length < 1) {
        throw new IllegalArgumentException("length must be >= 1, was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * The longest string value, in chars.
     *
     * @param length the length, 1 or more
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive(length, "length");
      return this;
    }

    /**
     * The longest property name, in chars.
     *
     * @param length the length, 1 or more
     * @return this builder
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = positive(length, "length");
      return this;
    }

    /**
     * The longest number, in chars.
     *
     * @param length the length, 1 or more
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive(length, "length");
      return this;
    }

    /**
     * The longest line of a JSON Lines stream, in chars, measured as the line is read (a line is
     * never held whole): a longer line is an error of that line, and reading goes on with the
     * next one. By default, the {@linkplain #maxDocumentLength(long) longest document}.
     *
     * @param length the length, 1 or more
     * @return this builder
     */
    public Builder maxLineLength(long length) {
      if (length < 1) {
        throw new IllegalArgumentException("length must be >= 1, was " + length);
      }
      this.maxLineLength = length;
      return this;
    }

    /**
     * Whether unknown properties are skipped (with whatever they hold) instead of refused, for
     * forward compatibility; off by default. Nothing else is relaxed. (Not to be confused with a
     * tolerant read, which goes on past an entity that does not decode.)
     *
     * @param ignore whether to skip unknown properties
     * @return this builder
     */
    public Builder ignoreUnknownProperties(boolean ignore) {
      this.ignoreUnknownProperties = ignore;
      return this;
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be >= 1, was " + value);
      }
      return value;
    }

    /**
     * Builds the facade.
     *
     * @return the facade
     */
    public MigovJson build() {
      return new MigovJson(this);
    }
  }
}
