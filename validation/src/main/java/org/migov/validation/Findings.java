package org.migov.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migov.core.Entity;
import org.migov.core.EntityId;
import org.migov.core.InvalidValueException;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.NamedArea;

/**
 * Collects the violations of one validation run: the reference date, the language, and the
 * violations found so far. Confined to the thread of that run.
 */
final class Findings {
  private final LocalDate today;
  private final Messages messages;
  private final List<Violation> violations = new ArrayList<>();
  private final Map<Violation, Map<String, String>> renderedParameters = new java.util.IdentityHashMap<>();

  Findings(LocalDate today, Messages messages) {
    this.today = today;
    this.messages = messages;
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
  void add(Rule rule, Entity entity, String path, Object value, Object... parameters) {
    Map<String, String> rendered = new LinkedHashMap<>();
    rendered.put("id", render(entity.id()));
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      rendered.put((String) parameters[i], render(parameters[i + 1]));
    }
    Violation violation =
        new Violation(
            rule,
            entity.id().kind(),
            entity.id().value(),
            path,
            messages.format(rule, rendered),
            value == null ? null : render(value));
    violations.add(violation);
    renderedParameters.put(violation, rendered);
  }

  /** The rendered message parameters of a violation recorded here. */
  Map<String, String> parametersOf(Violation violation) {
    return renderedParameters.getOrDefault(violation, Map.of());
  }

  List<Violation> violations() {
    return violations;
  }

  /**
   * Renders a value for a message or a report: texts and ids quoted with control characters
   * escaped and length capped; migov value types in their text form.
   */
  static String render(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof EntityId) {
      return InvalidValueException.quote(((EntityId) value).value());
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
}
