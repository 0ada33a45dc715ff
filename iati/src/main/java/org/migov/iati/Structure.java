package org.migov.iati;

import java.util.List;
import java.util.Set;

/**
 * The two kinds of IATI file, as their 2.03 schemas shape them: the root, the element of one
 * record, the order of its children, which are required and which may appear once.
 */
enum Structure {
  /** An activity file: {@code iati-activities} of {@code iati-activity}. */
  ACTIVITY("iati-activities", "iati-activity", "iati-activities-schema.xsd",
      List.of("iati-identifier", "reporting-org", "title", "description", "participating-org", "other-identifier",
          "activity-status", "activity-date", "contact-info", "activity-scope", "recipient-country", "recipient-region",
          "location", "sector", "tag", "country-budget-items", "humanitarian-scope", "policy-marker", "collaboration-type",
          "default-flow-type", "default-finance-type", "default-aid-type", "default-tied-status", "budget",
          "planned-disbursement", "capital-spend", "transaction", "document-link", "related-activity", "legacy-data",
          "conditions", "result", "crs-add", "fss"),
      List.of("iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status", "activity-date"),
      Set.of("iati-identifier", "reporting-org", "title", "activity-status", "activity-scope", "country-budget-items",
          "collaboration-type", "default-flow-type", "default-finance-type", "default-tied-status", "capital-spend", "conditions",
          "crs-add", "fss")),
  /** An organisation file: {@code iati-organisations} of {@code iati-organisation}. */
  ORGANISATION("iati-organisations", "iati-organisation", "iati-organisations-schema.xsd",
      List.of("organisation-identifier", "name", "reporting-org", "total-budget", "recipient-org-budget",
          "recipient-region-budget", "recipient-country-budget", "total-expenditure", "document-link"),
      List.of("organisation-identifier", "name", "reporting-org"),
      Set.of("organisation-identifier", "name", "reporting-org"));

  private final String root;
  private final String element;
  private final String schema;
  private final List<String> sequence;
  private final java.util.Map<String, Integer> positions;
  private final List<String> required;
  private final Set<String> once;

  Structure(String root, String element, String schema, List<String> sequence, List<String> required, Set<String> once) {
    this.root = root;
    this.element = element;
    this.schema = schema;
    this.sequence = sequence;
    java.util.Map<String, Integer> places = new java.util.HashMap<>();
    for (int i = 0; i < sequence.size(); i++) {
      places.put(sequence.get(i), i);
    }
    this.positions = java.util.Map.copyOf(places);
    this.required = required;
    this.once = once;
  }

  /** The root element of a file of many records. */
  String root() {
    return root;
  }

  /** The element of one record, which may also be a file's root. */
  String element() {
    return element;
  }

  /** The file name of the official XSD. */
  String schema() {
    return schema;
  }

  /** The record's children, in the schema's order. */
  List<String> sequence() {
    return sequence;
  }

  /** The place of a child in the sequence, or -1 when the schema has no such child. */
  int position(String child) {
    return positions.getOrDefault(child, -1);
  }

  /** The children the schema requires. */
  List<String> required() {
    return required;
  }

  /** The children the schema allows once. */
  Set<String> once() {
    return once;
  }
}
