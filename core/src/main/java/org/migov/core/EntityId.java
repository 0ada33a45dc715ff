package org.migov.core;

import java.util.Optional;
import org.migov.core.text.BlankText;
import org.migov.core.text.Phrase;

/**
 * The identifier of an entity: a non-blank string without surrounding whitespace and without the
 * characters {@code / & | ?}, which the IATI ruleset forbids in identifiers. Blank and whitespace
 * are meant as {@link BlankText} defines them. Control characters, format characters (Unicode
 * category Cf: bidi controls such as U+202E, zero-width characters, U+FEFF) and the line and
 * paragraph separators U+2028 and U+2029 are refused anywhere, so that an id cannot look like
 * another or break a line. Letters of every script are accepted. Each kind of entity has its own
 * subclass, so that an office id cannot be passed where an organisation id is due.
 *
 * <p>Instances are immutable and thread-safe; equality is by kind and value.
 */
public abstract class EntityId implements Comparable<EntityId> {
  /** The longest identifier accepted, in chars. */
  public static final int MAX_LENGTH = 256;

  private final String value;

  /**
   * Checks and stores the value.
   *
   * @param value the identifier
   * @throws InvalidValueException if the value is not a well-formed identifier
   */
  protected EntityId(String value) {
    this.value = check(value, this);
  }

  /** What an id is expected to be: the English names the id's class, the others the entity kind. */
  private static final Phrase.Template EXPECTED = Phrase.template(
      "{0}: non-blank, no surrounding whitespace, none of / & | ?",
      "un identificativo di tipo {1}: non vuoto, senza spazi all'inizio o alla fine, senza / & | ?",
      "un identifiant de type {1} : non vide, sans espace au début ni à la fin, sans / & | ?",
      "un identificador de tipo {1}: no vacío, sin espacios al principio ni al final, sin / & | ?");

  private static final Phrase.Template LONGER_THAN = Phrase.template(
      "longer than {0} chars", "più lungo di {0} caratteri", "plus long que {0} caractères", "de más de {0} caracteres");

  private static final Phrase.Template FORBIDDEN_CHARACTER = Phrase.template(
      "forbidden character '{0}'", "carattere vietato '{0}'", "caractère interdit '{0}'", "carácter prohibido '{0}'");

  private static final Phrase CONTROL_CHARACTER = Phrase.of(
      "control character", "carattere di controllo", "caractère de contrôle", "carácter de control");

  private static String check(String value, EntityId id) {
    if (value == null || BlankText.isBlank(value)) {
      throw new InvalidValueException(expected(id), value);
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException(expected(id), value, LONGER_THAN.with(MAX_LENGTH));
    }
    if (BlankText.hasSurroundingWhiteSpace(value)) {
      throw new InvalidValueException(expected(id), value, BlankText.SURROUNDING_WHITESPACE);
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (c == '/' || c == '&' || c == '|' || c == '?') {
        throw new InvalidValueException(expected(id), value, FORBIDDEN_CHARACTER.with((char) c));
      }
      if (Character.isISOControl(c)) {
        throw new InvalidValueException(expected(id), value, CONTROL_CHARACTER);
      }
      Optional<Phrase> invisible = BlankText.describeInvisible(c);
      if (invisible.isPresent()) {
        throw new InvalidValueException(expected(id), value, invisible.get());
      }
      i += Character.charCount(c);
    }
    return value;
  }

  /** What an id of a kind is expected to be; built only for an error, never for a valid id. */
  private static Phrase expected(EntityId id) {
    // A subclass's kind() may read a field its constructor has not set yet: then no kind is named.
    EntityKind kind = id.kind();
    return EXPECTED.with(InvalidValueException.withArticle(id.getClass().getSimpleName()), kind == null ? AN_ENTITY : kind);
  }

  private static final Phrase AN_ENTITY = Phrase.of("entity", "entità", "entité", "entidad");

  /**
   * The kind of entity this id identifies.
   *
   * @return the entity kind
   */
  public abstract EntityKind kind();

  /**
   * The identifier as a string.
   *
   * @return the identifier
   */
  public final String value() {
    return value;
  }

  /**
   * Orders ids by kind, then by value.
   *
   * @param other the id to compare with
   * @return a negative, zero or positive number
   */
  @Override
  public final int compareTo(EntityId other) {
    int byKind = kind().compareTo(other.kind());
    return byKind != 0 ? byKind : value.compareTo(other.value);
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof EntityId
        && ((EntityId) other).kind() == kind()
        && ((EntityId) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    // Objects.hash(kind(), value) without its array: ids are hashed on every set look-up of a rule.
    return 31 * (31 + kind().hashCode()) + value.hashCode();
  }

  /**
   * The identifier as a string, as {@link #value()} gives it.
   *
   * @return the identifier
   */
  @Override
  public final String toString() {
    return value;
  }
}
