package org.migov.core;

import java.util.Locale;

/**
 * A codelist whose constants have a stable lowerCamelCase code, the form used on the wire and in
 * reports: {@code TRAFFICKING_IN_PERSONS} has the code {@code traffickingInPersons}. Codes are
 * never translated and never change once published. Only enums implement this interface.
 */
public interface CodedEnum {

  /**
   * The constant's name, as {@link Enum#name()} gives it.
   *
   * @return the constant's name
   */
  String name();

  /**
   * The stable lowerCamelCase code of this constant.
   *
   * @return the code, such as {@code traffickingInPersons}
   */
  default String code() {
    Enum<?> constant = (Enum<?>) this;
    return CodeTable.of(constant.getDeclaringClass()).codeOf(constant);
  }

  /**
   * A label for people to read, in English, Italian, French or Spanish ({@code regional office},
   * {@code ufficio regionale}, {@code bureau régional}, {@code oficina regional}); other languages
   * get the English one. Codes, not labels, go on the wire and into reports.
   *
   * @param locale the wanted language
   * @return the label
   */
  default String label(Locale locale) {
    return CodeLabels.label((Enum<?>) this, code(), java.util.Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Finds the constant of a codelist by its code.
   *
   * @param type the codelist
   * @param code the code, such as {@code traffickingInPersons}
   * @param <E> the codelist type
   * @return the constant
   * @throws InvalidValueException if no constant has that code
   */
  static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
    CodeTable table = CodeTable.of(type);
    Object constant = code == null ? null : table.constantOf(code);
    if (constant == null) {
      throw new InvalidValueException(
          CodeTable.EXPECTED.with(InvalidValueException.withArticle(type.getSimpleName()), table.codes().toString()), code);
    }
    return type.cast(constant);
  }
}
