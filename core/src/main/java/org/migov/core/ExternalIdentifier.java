package org.migov.core;

import java.util.Objects;
import java.util.Optional;
import org.migov.core.text.BlankText;
import org.migov.core.text.Phrase;

/**
 * An identifier of an organisation, an office, an agreement or a programme in an outside
 * register, as Popolo's identifiers: a scheme and a value, such as the IATI organisation
 * identifier {@code XM-DAC-47066} or the IATI activity identifier
 * {@code XI-IATI-EC_INTPA-2021/429-054}, kept verbatim (it may hold {@code /}, which migov ids refuse). The value is only required to be non-blank, without
 * surrounding whitespace (both as {@link BlankText} defines them), and free of format characters
 * (Unicode category Cf, such as U+202E or U+FEFF) and of the line and paragraph separators U+2028
 * and U+2029 here: whether it has the shape its scheme prescribes is a validation rule, so that a
 * dataset with a malformed identifier can still be loaded and reported on.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
public final class ExternalIdentifier {
  private final IdentifierScheme scheme;
  private final String value;

  private ExternalIdentifier(IdentifierScheme scheme, String value) {
    this.scheme = scheme;
    this.value = value;
  }

  /**
   * An identifier in a scheme.
   *
   * @param scheme the register
   * @param value the identifier in that register, non-blank, without surrounding whitespace
   * @return the identifier
   * @throws InvalidValueException if the value is blank, has surrounding whitespace or holds a
   *     format character or a line or paragraph separator
   */
  public static ExternalIdentifier of(IdentifierScheme scheme, String value) {
    Objects.requireNonNull(scheme, "scheme");
    if (value == null || BlankText.isBlank(value) || BlankText.hasSurroundingWhiteSpace(value)) {
      throw new InvalidValueException(expected(scheme), value);
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      Optional<Phrase> invisible = BlankText.describeInvisible(c);
      if (invisible.isPresent()) {
        throw new InvalidValueException(expected(scheme), value, invisible.get());
      }
      i += Character.charCount(c);
    }
    return new ExternalIdentifier(scheme, value);
  }

  /** What a value in a scheme is expected to be; built only for an error. */
  private static Phrase expected(IdentifierScheme scheme) {
    return EXPECTED.with(scheme.code(), scheme);
  }

  /** What a value is expected to be: the English names the scheme's code, the others its label. */
  private static final Phrase.Template EXPECTED = Phrase.template(
      "a non-blank {0} identifier without surrounding whitespace",
      "un identificativo non vuoto, senza spazi all'inizio o alla fine ({1})",
      "un identifiant non vide, sans espace au début ni à la fin ({1})",
      "un identificador no vacío, sin espacios al principio ni al final ({1})");

  /**
   * The register.
   *
   * @return the scheme
   */
  public IdentifierScheme scheme() {
    return scheme;
  }

  /**
   * The identifier in that register.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExternalIdentifier
        && ((ExternalIdentifier) other).scheme == scheme
        && ((ExternalIdentifier) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return 31 * scheme.ordinal() + value.hashCode();
  }

  /**
   * The scheme code and value, as {@code iati:XM-DAC-47066}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return scheme.code() + ":" + value;
  }
}
