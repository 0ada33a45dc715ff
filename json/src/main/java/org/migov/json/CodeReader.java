package org.migov.json;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.migov.core.CodedEnum;

/**
 * Reads the codes of one {@link CodedEnum} from the wire: a constant per enum in the codecs, so
 * that reading a code is one map lookup. An unknown code is refused by {@link
 * CodedEnum#fromCode}, with its message. Immutable and thread-safe.
 */
final class CodeReader<E extends Enum<E> & CodedEnum> {
  private final Class<E> type;
  private final String expected;
  private final Map<String, E> byCode;
  private final Function<String, E> constantOf = this::constantOf;

  private CodeReader(Class<E> type) {
    this.type = type;
    this.expected = "a " + type.getSimpleName() + " code";
    Map<String, E> codes = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      codes.put(constant.code(), constant);
    }
    this.byCode = Map.copyOf(codes);
  }

  static <E extends Enum<E> & CodedEnum> CodeReader<E> of(Class<E> type) {
    return new CodeReader<>(type);
  }

  /** Reads a code of this enum; the parser is on its token. */
  E read(WireReader in) {
    return in.parse(expected, constantOf);
  }

  private E constantOf(String code) {
    E constant = byCode.get(code);
    return constant != null ? constant : CodedEnum.fromCode(type, code);
  }
}
