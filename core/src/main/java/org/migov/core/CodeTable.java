package org.migov.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.migov.core.text.Phrase;

/** The codes of one {@link CodedEnum}, computed once per enum type. */
final class CodeTable {
  /** What a code of a codelist is expected to be: the English names the codelist's type. */
  static final Phrase.Template EXPECTED = Phrase.template(
      "{0} code, one of {1}", "uno dei codici {1}", "l'un des codes {1}", "uno de los códigos {1}");

  private static final ClassValue<CodeTable> BY_TYPE =
      new ClassValue<>() {
        @Override
        protected CodeTable computeValue(Class<?> type) {
          return new CodeTable(type);
        }
      };

  private final Map<String, String> codeByName;
  private final String[] codeByOrdinal;
  private final Map<String, Object> constantByCode;

  private CodeTable(Class<?> type) {
    Map<String, String> byName = new LinkedHashMap<>();
    Map<String, Object> byCode = new LinkedHashMap<>();
    for (Object value : type.getEnumConstants()) {
      String name = ((Enum<?>) value).name();
      String code = lowerCamel(name);
      byName.put(name, code);
      byCode.put(code, value);
    }
    this.codeByName = Collections.unmodifiableMap(byName);
    this.codeByOrdinal = byName.values().toArray(new String[0]);
    this.constantByCode = Collections.unmodifiableMap(byCode);
  }

  static CodeTable of(Class<?> enumType) {
    return BY_TYPE.get(enumType);
  }

  String codeOf(String name) {
    return codeByName.get(name);
  }

  /** The code of a constant of this table's enum, by its ordinal: no lookup by name. */
  String codeOf(Enum<?> constant) {
    return codeByOrdinal[constant.ordinal()];
  }

  Object constantOf(String code) {
    return constantByCode.get(code);
  }

  Set<String> codes() {
    return constantByCode.keySet();
  }

  /** {@code HORN_OF_AFRICA} becomes {@code hornOfAfrica}; digits stay: {@code SDG_10_7} becomes {@code sdg107}. */
  static String lowerCamel(String constantName) {
    StringBuilder out = new StringBuilder(constantName.length());
    boolean upperNext = false;
    for (char c : constantName.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upperNext = out.length() > 0;
      } else {
        out.append(upperNext ? Character.toUpperCase(c) : c);
        upperNext = false;
      }
    }
    return out.toString();
  }
}
