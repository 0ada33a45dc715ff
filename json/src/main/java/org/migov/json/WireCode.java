package org.migov.json;

import org.migov.core.CodedEnum;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;
import tools.jackson.core.JsonGenerator;

/**
 * The codes of one {@link CodedEnum} on the wire: reading compares the parser's chars with each
 * code, building no String; any other string is refused by {@link CodedEnum#fromCode}, with its
 * message. Immutable and thread-safe.
 *
 * @param <E> the code list
 */
final class WireCode<E extends Enum<E> & CodedEnum> implements WireType<E> {
  private final Class<E> type;
  private final String name;
  private final E[] constants;
  private final char[][] codes;
  private final String[] written;

  private WireCode(Class<E> type) {
    this.type = type;
    this.name = InvalidValueException.withArticle(type.getSimpleName());
    this.constants = type.getEnumConstants();
    this.codes = new char[constants.length][];
    this.written = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      written[i] = constants[i].code();
      codes[i] = written[i].toCharArray();
    }
  }

  /** The wire type of a code list. */
  static <E extends Enum<E> & CodedEnum> WireCode<E> of(Class<E> type) {
    return new WireCode<>(type);
  }

  @Override
  public Class<E> javaType() {
    return type;
  }

  @Override
  public E read(WireReader in, Phrase label) {
    int at = in.match(codes);
    return at >= 0 ? constants[at] : in.parse(EXPECTED.with(name, label == null ? A_CODE : label), code -> CodedEnum.fromCode(type, code));
  }

  /** What a code is expected to be: in English the code list's type, in the others the property that holds it. */
  private static final Phrase.Template EXPECTED = Phrase.template("{0} code", "{1}", "{1}", "{1}");

  /** A code, where no property names it. */
  private static final Phrase A_CODE = Phrase.of("a code", "un codice", "un code", "un código");

  @Override
  public void write(JsonGenerator out, E value) {
    out.writeString(written[value.ordinal()]);
  }

  @Override
  public SchemaNode schema(WireSchema schema) {
    SchemaNode node = WireSchema.object();
    SchemaNode values = node.putArray("enum");
    for (String code : written) {
      values.add(code);
    }
    return node;
  }
}
