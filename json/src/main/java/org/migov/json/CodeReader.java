package org.migov.json;

import java.util.function.Function;
import org.migov.core.CodedEnum;

/**
 * Reads the codes of one {@link CodedEnum} from the wire: a constant per enum in the codecs, so
 * that reading a code compares the parser's chars with each code, building no String. Any other
 * string is refused by {@link CodedEnum#fromCode}, with its message. Immutable and thread-safe.
 */
final class CodeReader<E extends Enum<E> & CodedEnum> {
  private final String expected;
  private final E[] constants;
  private final char[][] codes;
  private final Function<String, E> fromCode;

  private CodeReader(Class<E> type) {
    this.expected = "a " + type.getSimpleName() + " code";
    this.constants = type.getEnumConstants();
    this.codes = new char[constants.length][];
    for (int i = 0; i < constants.length; i++) {
      codes[i] = constants[i].code().toCharArray();
    }
    this.fromCode = code -> CodedEnum.fromCode(type, code);
  }

  static <E extends Enum<E> & CodedEnum> CodeReader<E> of(Class<E> type) {
    return new CodeReader<>(type);
  }

  /** Reads a code of this enum; the parser is on its token. */
  E read(WireReader in) {
    int at = in.match(codes);
    return at >= 0 ? constants[at] : in.parse(expected, fromCode);
  }
}
