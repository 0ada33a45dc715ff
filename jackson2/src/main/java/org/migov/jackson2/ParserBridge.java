package org.migov.jackson2;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.base.ParserMinimalBase;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;

/**
 * A Jackson 2 parser seen as a Jackson 3 one, so that migov's codec reads a Jackson 2 token stream
 * as it is, in one pass: tokens, texts, numbers, names, locations (line and column of the
 * document) and the path from its root. Jackson 2's parsing errors become the Jackson 3 errors the
 * codec reports; the parser itself is never closed here (it is the application's). Confined to
 * the thread that reads the document.
 */
final class ParserBridge extends ParserMinimalBase {
  private final com.fasterxml.jackson.core.JsonParser parser;
  /** The Jackson 2 parser's limits as Jackson 3's, made when first asked for (the codec reads them for decimals only). */
  private StreamReadConstraints constraints;

  /** A view of a parser on the first token of a value. */
  ParserBridge(com.fasterxml.jackson.core.JsonParser parser) {
    super(ObjectReadContext.empty());
    this.parser = parser;
    this._currToken = token(parser.currentToken());
  }

  private static JsonToken token(com.fasterxml.jackson.core.JsonToken token) {
    if (token == null) {
      return null;
    }
    return token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME ? JsonToken.PROPERTY_NAME : JsonToken.valueOf(token.name());
  }

  /** One read from the application's parser. */
  private interface Read<T> {
    T from(com.fasterxml.jackson.core.JsonParser in) throws IOException;
  }

  private <T> T read(Read<T> read) {
    try {
      return read.from(parser);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Jackson 2's failure as the Jackson 3 exception of its kind. */
  private JacksonException failure(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException limit) {
      return new StreamConstraintsException(limit.getOriginalMessage(), location(limit.getLocation()));
    }
    if (e instanceof JsonProcessingException malformed) {
      return new StreamReadException(this, malformed.getOriginalMessage(), location(malformed.getLocation()), e);
    }
    return JacksonIOException.construct(e);
  }

  private static TokenStreamLocation location(JsonLocation location) {
    return location == null ? null
        : new TokenStreamLocation(ContentReference.unknown(), location.getByteOffset(), location.getCharOffset(),
            location.getLineNr(), location.getColumnNr());
  }

  @Override
  public JsonToken nextToken() {
    try {
      _currToken = token(parser.nextToken());
    } catch (IOException e) {
      throw failure(e);
    }
    return _currToken;
  }

  @Override
  public StreamReadConstraints streamReadConstraints() {
    if (constraints == null) {
      com.fasterxml.jackson.core.StreamReadConstraints limits = parser.streamReadConstraints();
      constraints = StreamReadConstraints.builder().maxNestingDepth(limits.getMaxNestingDepth())
          .maxNumberLength(limits.getMaxNumberLength()).maxStringLength(limits.getMaxStringLength()).build();
    }
    return constraints;
  }

  @Override
  public TokenStreamContext streamReadContext() {
    return ContextBridge.of(parser.getParsingContext());
  }

  @Override
  public TokenStreamLocation currentTokenLocation() {
    return location(parser.currentTokenLocation());
  }

  @Override
  public TokenStreamLocation currentLocation() {
    return location(parser.currentLocation());
  }

  @Override
  public String currentName() {
    return read(in -> in.currentName());
  }

  @Override
  public Object currentValue() {
    return parser.currentValue();
  }

  @Override
  public void assignCurrentValue(Object value) {
    parser.assignCurrentValue(value);
  }

  @Override
  public String getString() {
    return read(in -> in.getText());
  }

  @Override
  public char[] getStringCharacters() {
    return read(in -> in.getTextCharacters());
  }

  @Override
  public int getStringLength() {
    return read(in -> in.getTextLength());
  }

  @Override
  public int getStringOffset() {
    return read(in -> in.getTextOffset());
  }

  @Override
  public boolean hasStringCharacters() {
    return parser.hasTextCharacters();
  }

  @Override
  public NumberType getNumberType() {
    com.fasterxml.jackson.core.JsonParser.NumberType type = read(in -> in.getNumberType());
    return type == null ? null : NumberType.valueOf(type.name());
  }

  @Override
  public Number getNumberValue() {
    return read(in -> in.getNumberValue());
  }

  @Override
  public int getIntValue() {
    return read(in -> in.getIntValue());
  }

  @Override
  public long getLongValue() {
    return read(in -> in.getLongValue());
  }

  @Override
  public BigInteger getBigIntegerValue() {
    return read(in -> in.getBigIntegerValue());
  }

  @Override
  public float getFloatValue() {
    return read(in -> in.getFloatValue());
  }

  @Override
  public double getDoubleValue() {
    return read(in -> in.getDoubleValue());
  }

  @Override
  public BigDecimal getDecimalValue() {
    return read(in -> in.getDecimalValue());
  }

  @Override
  public boolean isNaN() {
    return read(in -> in.isNaN());
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) {
    return read(in -> in.getBinaryValue(Base64Variants.valueOf(variant.getName())));
  }

  @Override
  public Object streamReadInputSource() {
    return parser.getInputSource();
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** The application's parser stays open: nothing to close. */
  @Override
  protected void _closeInput() {}

  @Override
  protected void _releaseBuffers() {}

  @Override
  protected void _handleEOF() {}
}
