package org.migov.json;

import java.util.List;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * A JSON object of exactly one property, whose name says which of several types its value is:
 * {@code {"country": "LY"}}, {@code {"region": "015"}}. Immutable and thread-safe.
 *
 * @param <V> the type the alternatives share
 */
final class WireChoice<V> implements WireType<V> {
  private final Class<V> javaType;
  private final Phrase description;
  private final String definition;
  private final List<Alternative<? extends V>> alternatives;
  private final PropertyOrder order;
  private final Phrase oneOf;

  private static final Phrase.Template ONE_OF = Phrase.template("one of {0}", "una tra le proprietà {0}", "l'une des propriétés {0}",
      "una de las propiedades {0}");
  private static final Phrase.Template WITH_FORMS = Phrase.template("{0} ({1})", "{0} ({1})", "{0} ({1})", "{0} ({1})");
  private static final Phrase.Template A_SECOND_ONE = Phrase.template("a second one, {0}", "una seconda proprietà, {0}",
      "une deuxième propriété, {0}", "una segunda propiedad, {0}");
  private static final Phrase AN_EMPTY_OBJECT = Phrase.of("an empty object", "un oggetto vuoto", "un objet vide",
      "un objeto vacío");

  private WireChoice(Class<V> javaType, Phrase description, String definition, List<Alternative<? extends V>> alternatives) {
    this.javaType = javaType;
    this.alternatives = List.copyOf(alternatives);
    this.order = PropertyOrder.of(alternatives.stream().map(a -> a.name).toArray(SerializedString[]::new));
    this.oneOf = ONE_OF.with(listed(alternatives.stream().map(a -> "\"" + a.name.getValue() + "\"").toArray(String[]::new)));
    this.description = WITH_FORMS.with(description,
        listed(alternatives.stream().map(a -> "{\"" + a.name.getValue() + "\": ...}").toArray(String[]::new)));
    this.definition = definition;
  }

  /** "a, b or c", in each language. */
  private static Phrase listed(String[] items) {
    String[] ors = {" or ", " o ", " ou ", " o "};
    String[] lists = new String[ors.length];
    for (int language = 0; language < ors.length; language++) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < items.length; i++) {
        out.append(i == 0 ? "" : i == items.length - 1 ? ors[language] : ", ").append(items[i]);
      }
      lists[language] = out.toString();
    }
    return Phrase.of(lists[0], lists[1], lists[2], lists[3]);
  }

  /** A choice between these alternatives, tried in this order when writing. */
  @SafeVarargs
  static <V> WireChoice<V> of(Class<V> javaType, Phrase description, String definition, Alternative<? extends V>... alternatives) {
    return new WireChoice<>(javaType, description, definition, List.of(alternatives));
  }

  /** An alternative: the values of {@code javaType}, under the property {@code name}. */
  static <A> Alternative<A> alternative(String name, WireType<A> type) {
    return new Alternative<>(name, type);
  }

  @Override
  public Class<V> javaType() {
    return javaType;
  }

  @Override
  public V read(WireReader in, Phrase label) {
    in.startObject(description, order);
    V value = null;
    int at;
    while ((at = in.nextProperty(order)) != WireReader.END) {
      if (value != null) {
        throw in.error(oneOf, A_SECOND_ONE.with(InvalidValueException.quote(in.currentName())), null);
      }
      if (at == WireReader.UNKNOWN) {
        in.unknownProperty(description);
      } else {
        Alternative<? extends V> alternative = alternatives.get(at);
        value = alternative.type.read(in, alternative.label);
      }
    }
    if (value == null) {
      throw in.error(oneOf, AN_EMPTY_OBJECT, null);
    }
    return value;
  }

  @Override
  public void write(JsonGenerator out, V value) {
    for (Alternative<? extends V> alternative : alternatives) {
      if (alternative.type.javaType().isInstance(value)) {
        out.writeStartObject();
        alternative.write(out, value);
        out.writeEndObject();
        return;
      }
    }
    throw new IllegalArgumentException("not " + description + ": " + value.getClass().getName());
  }

  @Override
  public SchemaNode schema(WireSchema schema) {
    return schema.reference(definition, () -> {
      SchemaNode node = WireSchema.object();
      SchemaNode choices = node.putArray("oneOf");
      for (Alternative<? extends V> alternative : alternatives) {
        SchemaNode choice = WireSchema.ofType("object");
        choice.putObject("properties").put(alternative.name.getValue(), alternative.type.schema(schema));
        choice.put("additionalProperties", false);
        choice.putArray("required").add(alternative.name.getValue());
        choices.add(choice);
      }
      return node;
    });
  }

  /**
   * One alternative of a choice.
   *
   * @param <A> its type
   */
  static final class Alternative<A> {
    private final SerializedString name;
    private final Phrase label;
    private final WireType<A> type;

    private Alternative(String name, WireType<A> type) {
      this.name = new SerializedString(name);
      this.label = WireObject.Property.THE.with(name, name);
      this.type = type;
    }

    void write(JsonGenerator out, Object value) {
      out.writeName(name);
      type.write(out, type.javaType().cast(value));
    }
  }
}
