package org.migov.jackson2;

import com.fasterxml.jackson.core.Base64Variants;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteCapability;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.Version;
import tools.jackson.core.base.GeneratorBase;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JacksonFeatureSet;

/**
 * A Jackson 2 generator seen as a Jackson 3 one, so that migov's codec writes into a Jackson 2
 * output as it is: each token goes to the application's generator, with its pretty printer and
 * escaping; the generator itself is never closed or flushed here. Confined to the thread that
 * writes the document.
 */
final class GeneratorBridge extends GeneratorBase {
  private final com.fasterxml.jackson.core.JsonGenerator generator;

  /** A view of a generator. */
  GeneratorBridge(com.fasterxml.jackson.core.JsonGenerator generator) {
    super(ObjectWriteContext.empty(), new IOContext(StreamReadConstraints.defaults(), StreamWriteConstraints.defaults(),
        ErrorReportConfiguration.defaults(), new BufferRecycler(), ContentReference.unknown(), false, JsonEncoding.UTF8), 0);
    this.generator = generator;
  }

  /** One write to the application's generator. */
  private interface Write {
    void to(com.fasterxml.jackson.core.JsonGenerator out) throws IOException;
  }

  private JsonGenerator write(Write write) {
    try {
      write.to(generator);
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
    return this;
  }

  @Override
  public JsonGenerator writeStartObject() {
    return write(out -> out.writeStartObject());
  }

  @Override
  public JsonGenerator writeStartObject(Object value) {
    return write(out -> out.writeStartObject(value));
  }

  @Override
  public JsonGenerator writeEndObject() {
    return write(out -> out.writeEndObject());
  }

  @Override
  public JsonGenerator writeStartArray() {
    return write(out -> out.writeStartArray());
  }

  @Override
  public JsonGenerator writeStartArray(Object value) {
    return write(out -> out.writeStartArray(value));
  }

  @Override
  public JsonGenerator writeEndArray() {
    return write(out -> out.writeEndArray());
  }

  @Override
  public JsonGenerator writeName(String name) {
    return write(out -> out.writeFieldName(name));
  }

  @Override
  public JsonGenerator writePropertyId(long id) {
    return write(out -> out.writeFieldId(id));
  }

  @Override
  public JsonGenerator writeString(String text) {
    return write(out -> out.writeString(text));
  }

  @Override
  public JsonGenerator writeString(char[] text, int offset, int length) {
    return write(out -> out.writeString(text, offset, length));
  }

  @Override
  public JsonGenerator writeRawUTF8String(byte[] text, int offset, int length) {
    return write(out -> out.writeRawUTF8String(text, offset, length));
  }

  @Override
  public JsonGenerator writeUTF8String(byte[] text, int offset, int length) {
    return write(out -> out.writeUTF8String(text, offset, length));
  }

  @Override
  public JsonGenerator writeRaw(String text) {
    return write(out -> out.writeRaw(text));
  }

  @Override
  public JsonGenerator writeRaw(String text, int offset, int length) {
    return write(out -> out.writeRaw(text, offset, length));
  }

  @Override
  public JsonGenerator writeRaw(char[] text, int offset, int length) {
    return write(out -> out.writeRaw(text, offset, length));
  }

  @Override
  public JsonGenerator writeRaw(char c) {
    return write(out -> out.writeRaw(c));
  }

  @Override
  public JsonGenerator writeBinary(Base64Variant variant, byte[] data, int offset, int length) {
    return write(out -> out.writeBinary(Base64Variants.valueOf(variant.getName()), data, offset, length));
  }

  @Override
  public JsonGenerator writeNumber(short value) {
    return write(out -> out.writeNumber(value));
  }

  @Override
  public JsonGenerator writeNumber(int value) {
    return write(out -> out.writeNumber(value));
  }

  @Override
  public JsonGenerator writeNumber(long value) {
    return write(out -> out.writeNumber(value));
  }

  @Override
  public JsonGenerator writeNumber(BigInteger value) {
    return write(out -> out.writeNumber(value));
  }

  @Override
  public JsonGenerator writeNumber(double value) {
    return write(out -> out.writeNumber(value));
  }

  @Override
  public JsonGenerator writeNumber(float value) {
    return write(out -> out.writeNumber(value));
  }

  @Override
  public JsonGenerator writeNumber(BigDecimal value) {
    return write(out -> out.writeNumber(value));
  }

  @Override
  public JsonGenerator writeNumber(String encoded) {
    return write(out -> out.writeNumber(encoded));
  }

  @Override
  public JsonGenerator writeBoolean(boolean state) {
    return write(out -> out.writeBoolean(state));
  }

  @Override
  public JsonGenerator writeNull() {
    return write(out -> out.writeNull());
  }

  @Override
  public TokenStreamContext streamWriteContext() {
    return ContextBridge.of(generator.getOutputContext());
  }

  @Override
  public Object currentValue() {
    return generator.currentValue();
  }

  @Override
  public void assignCurrentValue(Object value) {
    generator.assignCurrentValue(value);
  }

  @Override
  public JacksonFeatureSet<StreamWriteCapability> streamWriteCapabilities() {
    return DEFAULT_TEXTUAL_WRITE_CAPABILITIES;
  }

  @Override
  public Object streamWriteOutputTarget() {
    return generator.getOutputTarget();
  }

  @Override
  public int streamWriteOutputBuffered() {
    return generator.getOutputBuffered();
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** The application flushes its own generator when its document is done. */
  @Override
  public void flush() {}

  @Override
  protected void _verifyValueWrite(String typeMsg) {}

  /** The application's generator stays open: nothing to close. */
  @Override
  protected void _closeInput() {}

  @Override
  protected void _releaseBuffers() {}
}
