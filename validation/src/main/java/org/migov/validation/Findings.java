package org.migov.validation;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migov.core.CodedEnum;
import org.migov.core.Entity;
import org.migov.core.EntityId;
import org.migov.core.InvalidValueException;
import org.migov.core.dataset.Dataset;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.NamedArea;

/**
 * Makes the violations of one validation run and hands each, as it is found, to a sink: the
 * reference date, the language, and where the violations go. Holds none of them itself.
 * Confined to the thread of that run.
 */
final class Findings {
  /** Where violations go, with the rendered parameters of their message. */
  interface Sink {
    /**
     * Takes one violation.
     *
     * @param violation the violation
     * @param parameters its message's parameters, rendered, coded values as their codes (so that
     *     a template of any language can take them); valid only during the call
     */
    void found(Violation violation, Map<String, String> parameters);
  }

  private final LocalDate today;
  private final Messages messages;
  private final Sink sink;
  private final Dataset dataset;
  private final Map<Entity, Integer> positions = new IdentityHashMap<>();

  Findings(LocalDate today, Messages messages, Sink sink) {
    this(today, messages, sink, null);
  }

  /**
   * Findings about the entities of a dataset, each violation with its entity's position there.
   *
   * @param dataset the dataset, or null when one entity is validated
   */
  Findings(LocalDate today, Messages messages, Sink sink, Dataset dataset) {
    this.today = today;
    this.messages = messages;
    this.sink = sink;
    this.dataset = dataset;
  }

  /**
   * Where an entity stands in its list of the dataset, or -1. The positions are indexed at the
   * first violation, so that a valid dataset costs nothing for them.
   */
  private int positionOf(Entity entity) {
    if (dataset == null) {
      return -1;
    }
    if (positions.isEmpty()) {
      for (List<? extends Entity> list : List.of(
          dataset.organisations(), dataset.offices(), dataset.agreements(), dataset.programmes(), dataset.events())) {
        for (int i = 0; i < list.size(); i++) {
          positions.put(list.get(i), i);
        }
      }
    }
    return positions.getOrDefault(entity, -1);
  }

  /** The reference date: "today" for the rules that depend on it. */
  LocalDate today() {
    return today;
  }

  /**
   * Records a violation of a rule by an entity.
   *
   * @param rule the rule
   * @param entity the entity at fault
   * @param path where in the entity, empty for the entity as a whole
   * @param value the offending value, or null
   * @param parameters pairs of parameter name and value for the message
   */
  void add(Rule rule, Entity entity, PropertyPath path, Object value, Object... parameters) {
    // The sink's parameters are language-neutral (coded values as codes): Jakarta Validation puts
    // them into a template of its own factory's language. This message gets labels in its own.
    Map<String, String> neutral = new LinkedHashMap<>();
    Map<String, String> labelled = new LinkedHashMap<>();
    neutral.put("id", render(entity.id()));
    labelled.put("id", neutral.get("id"));
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      String name = (String) parameters[i];
      Object parameter = parameters[i + 1];
      boolean coded = parameter instanceof CodedEnum;
      neutral.put(name, coded ? ((CodedEnum) parameter).code() : render(parameter));
      labelled.put(name, coded ? ((CodedEnum) parameter).label(messages.locale()) : neutral.get(name));
    }
    Violation violation =
        new Violation(
            rule,
            entity.id(),
            positionOf(entity),
            path,
            messages.format(rule, labelled),
            value == null ? null : render(value));
    sink.found(violation, neutral);
  }

  /**
   * Renders a value for a message or a report: texts and ids quoted with control characters
   * escaped and length capped; numbers, amounts and migov value types in their text form, not
   * quoted.
   */
  static String render(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof EntityId) {
      return InvalidValueException.quote(((EntityId) value).value());
    }
    if (value instanceof java.math.BigDecimal) {
      return ((java.math.BigDecimal) value).toPlainString();
    }
    if (value instanceof CharSequence) {
      return InvalidValueException.quote(value.toString());
    }
    if (value instanceof Country) {
      return ((Country) value).alpha2();
    }
    if (value instanceof M49Region) {
      return ((M49Region) value).code();
    }
    if (value instanceof NamedArea) {
      return InvalidValueException.quote(((NamedArea) value).name(java.util.Locale.ENGLISH));
    }
    return InvalidValueException.quote(String.valueOf(value)).replaceAll("^\"|\"$", "");
  }

  /**
   * A sum of amounts in one currency, written as an amount is ({@code EUR 200}, not quoted); it
   * may lie past what a {@code Money} holds, since it adds amounts that each fit.
   *
   * @param currency the currency
   * @param amount the sum
   */
  record Sum(java.util.Currency currency, java.math.BigDecimal amount) {
    @Override
    public String toString() {
      return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
  }
}
