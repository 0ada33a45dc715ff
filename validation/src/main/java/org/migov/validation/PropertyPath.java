package org.migov.validation;

import java.util.Objects;

/**
 * Where in an entity a violation lies: a path of property names, list indexes and map keys, such
 * as {@code budgetLines[2].amount} or {@code acronym[fr]}, built part by part (never parsed from a
 * string), so that a key with a dot or a bracket in it stays one key. {@link #toPointer()} gives it
 * as a JSON Pointer relative to the entity ({@code /budgetLines/2/amount}), which the wire format
 * uses for the same place.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
public final class PropertyPath implements Comparable<PropertyPath> {
  /** The entity as a whole. */
  public static final PropertyPath ROOT = new PropertyPath(null, Step.NAME, "", 0);

  private enum Step { NAME, INDEX, KEY }

  private final PropertyPath parent;
  private final Step step;
  private final String name;
  private final int index;
  private final int hash;

  private PropertyPath(PropertyPath parent, Step step, String name, int index) {
    this.parent = parent;
    this.step = step;
    this.name = name;
    this.index = index;
    this.hash = parent == null ? 0 : 31 * (31 * parent.hash + step.hashCode()) + (step == Step.INDEX ? index : name.hashCode());
  }

  /**
   * The path of a property of the entity.
   *
   * @param name the property's name, such as {@code budgetLines}
   * @return the path
   * @throws IllegalArgumentException if the name is empty
   */
  public static PropertyPath of(String name) {
    return ROOT.property(name);
  }

  /**
   * The path of a property of what this path names.
   *
   * @param name the property's name
   * @return the longer path
   * @throws IllegalArgumentException if the name is empty
   */
  public PropertyPath property(String name) {
    if (Objects.requireNonNull(name, "name").isEmpty()) {
      throw new IllegalArgumentException("a property name must not be empty");
    }
    return new PropertyPath(this, Step.NAME, name, 0);
  }

  /**
   * The path of an element of the list this path names.
   *
   * @param index the element's index, from 0
   * @return the longer path
   * @throws IllegalArgumentException if the index is negative
   */
  public PropertyPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
    return new PropertyPath(this, Step.INDEX, null, index);
  }

  /**
   * The path of the value under a key of the map this path names, such as a language of a
   * multilingual text.
   *
   * @param key the key
   * @return the longer path
   */
  public PropertyPath key(String key) {
    return new PropertyPath(this, Step.KEY, Objects.requireNonNull(key, "key"), 0);
  }

  /**
   * Whether this is the entity as a whole.
   *
   * @return true for {@link #ROOT}
   */
  public boolean isRoot() {
    return parent == null;
  }

  /**
   * The path as a JSON Pointer (RFC 6901) relative to the entity, {@code ~} and {@code /} in a
   * name or key escaped as {@code ~0} and {@code ~1}.
   *
   * @return such as {@code /budgetLines/2/amount}; {@code ""} for the entity as a whole
   */
  public String toPointer() {
    return appendPointer(new StringBuilder()).toString();
  }

  private StringBuilder appendPointer(StringBuilder out) {
    if (parent == null) {
      return out;
    }
    parent.appendPointer(out).append('/');
    return step == Step.INDEX ? out.append(index) : out.append(name.replace("~", "~0").replace("/", "~1"));
  }

  /**
   * The path as people write it: names joined by dots, indexes and keys in brackets.
   *
   * @return such as {@code budgetLines[2].amount} or {@code acronym[fr]}; {@code ""} for the entity
   *     as a whole
   */
  @Override
  public String toString() {
    return appendText(new StringBuilder()).toString();
  }

  private StringBuilder appendText(StringBuilder out) {
    if (parent == null) {
      return out;
    }
    parent.appendText(out);
    switch (step) {
      case NAME:
        return (parent.isRoot() ? out : out.append('.')).append(name);
      case INDEX:
        return out.append('[').append(index).append(']');
      default:
        return out.append('[').append(name).append(']');
    }
  }

  /**
   * Orders paths as their {@linkplain #toString() text} orders them.
   *
   * @param other the path to compare with
   * @return a negative, zero or positive number
   */
  @Override
  public int compareTo(PropertyPath other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PropertyPath)) {
      return false;
    }
    PropertyPath that = (PropertyPath) other;
    return hash == that.hash && step == that.step && index == that.index && Objects.equals(name, that.name)
        && Objects.equals(parent, that.parent);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
