package org.migov.validation;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.migov.core.EntityId;
import org.migov.core.EntityKind;

/**
 * One broken rule: which rule, on which entity, at which property, with a message in the
 * validator's language and the offending value rendered safely (quoted, control characters
 * escaped, length capped).
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
public final class Violation implements Comparable<Violation> {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing((Violation v) -> v.entityId == null ? "" : v.entityId.kind().code())
          .thenComparing(v -> v.entityId == null ? "" : v.entityId.value())
          .thenComparing(v -> v.rule.code())
          .thenComparing(v -> v.path)
          .thenComparing(v -> v.message);

  private final Rule rule;
  private final EntityId entityId;
  private final PropertyPath path;
  private final String message;
  private final String value;
  private final int position;

  Violation(Rule rule, EntityId entityId, PropertyPath path, String message, String value) {
    this(rule, entityId, -1, path, message, value);
  }

  Violation(Rule rule, EntityId entityId, int position, PropertyPath path, String message, String value) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.entityId = entityId;
    this.position = position;
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
    this.value = value;
  }

  /**
   * The rule broken.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * The rule's stable code, such as {@code PRG-001}.
   *
   * @return the code
   */
  public String code() {
    return rule.code();
  }

  /**
   * How serious it is.
   *
   * @return the rule's severity
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * The kind of the entity at fault.
   *
   * @return the kind, or empty when the violation is about the dataset as a whole
   */
  public Optional<EntityKind> entityKind() {
    return entityId == null ? Optional.empty() : Optional.of(entityId.kind());
  }

  /**
   * The id of the entity at fault.
   *
   * @return the id, or empty when the violation is about the dataset as a whole
   */
  public Optional<EntityId> entityId() {
    return Optional.ofNullable(entityId);
  }

  /**
   * Where the entity at fault stands in its list of the dataset validated (such as
   * {@code dataset.organisations()}), from 0: it tells apart entities that share an id. It says
   * where in the dataset as given, which reordering the dataset changes, so it takes no part in
   * equality or order: equal datasets in any order give equal reports.
   *
   * @return the position, or empty when a single entity was validated or the violation is about
   *     the dataset as a whole
   */
  public OptionalInt position() {
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /**
   * Where in the entity, such as {@code targetAreas[1].percentage}; {@link PropertyPath#ROOT} for
   * the entity as a whole. {@link PropertyPath#toPointer()} gives it as a JSON Pointer.
   *
   * @return the path
   */
  public PropertyPath path() {
    return path;
  }

  /**
   * What is wrong, in the validator's language.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * The offending value, rendered safely.
   *
   * @return the rendered value, if one applies
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Orders by entity kind, entity id, rule code, path, message: the order of a report.
   *
   * @param other the violation to compare with
   * @return a negative, zero or positive number
   */
  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) other;
    return rule == that.rule
        && Objects.equals(entityId, that.entityId)
        && path.equals(that.path)
        && message.equals(that.message)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule.code(), entityId, path, message, value);
  }

  /**
   * A one-line form: {@code PRG-001 ERROR programme asit participants: message}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return rule.code()
        + " "
        + rule.severity()
        + (entityId == null ? "" : " " + entityId.kind().code())
        + (entityId == null ? "" : " " + entityId)
        + (path.isRoot() ? "" : " " + path)
        + ": "
        + message;
  }
}
