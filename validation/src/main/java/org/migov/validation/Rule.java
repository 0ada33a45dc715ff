package org.migov.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;

/**
 * The migov rule catalogue. Each rule has a stable code (never reused, never renumbered), a
 * severity, the kind of entity it is about, a scope, a summary and the standard it is anchored in.
 * Messages and summaries in English, Italian, French and Spanish live in the resource bundle
 * {@code ContributorValidationMessages}, under the keys {@code org.migov.validation.{code}} and
 * {@code org.migov.validation.{code}.summary}.
 *
 * <p>Rules about dates fire only on certain violations: a date known to the year only is not
 * "after" a day of that year.
 */
public enum Rule {
  /** ORG-001: acronym shape. */
  ORG_001("ORG-001", Severity.ERROR, EntityKind.ORGANISATION, Scope.ENTITY,
      "acronym of 2 to 16 characters (letters, digits, & . -) starting with a letter", "migov",
      "linear in the acronyms; one finding per acronym"),
  /** ORG-002: founding date after the reference date. */
  ORG_002("ORG-002", Severity.ERROR, EntityKind.ORGANISATION, Scope.ENTITY,
      "founding date after the reference date", "Popolo founding_date",
      "constant; at most one finding"),
  /** ORG-003: dissolution before founding. */
  ORG_003("ORG-003", Severity.ERROR, EntityKind.ORGANISATION, Scope.ENTITY,
      "dissolution before founding", "Popolo dissolution_date",
      "constant; at most one finding"),
  /** ORG-004: member-state count on a body that is not intergovernmental, or outside 1..200. */
  ORG_004("ORG-004", Severity.ERROR, EntityKind.ORGANISATION, Scope.ENTITY,
      "member-state count on a body that is not intergovernmental, or outside 1..200", "migov",
      "constant; at most one finding"),
  /** ORG-005: UN-system membership before founding. */
  ORG_005("ORG-005", Severity.ERROR, EntityKind.ORGANISATION, Scope.ENTITY,
      "UN-system membership before founding", "migov",
      "constant; at most one finding"),
  /** ORG-006: external identifier malformed for its scheme. */
  ORG_006("ORG-006", Severity.WARNING, EntityKind.ORGANISATION, Scope.ENTITY,
      "external identifier malformed for its scheme (IATI {agency prefix}-{id}, Wikidata Q + digits)",
      "IATI organisation identifier (org-id.guide); Wikidata",
      "linear in the identifiers and their length; one finding per identifier"),
  /** ORG-007: overlapping tenures of one post. */
  ORG_007("ORG-007", Severity.ERROR, EntityKind.ORGANISATION, Scope.ENTITY,
      "overlapping tenures of one post", "W3C ORG Post; Popolo Membership",
      "n log n in the tenures of a post (a sweep over sorted tenures); one finding per post, with the count of overlapping tenures"),
  /** ORG-008: an organisation is its own parent. */
  ORG_008("ORG-008", Severity.ERROR, EntityKind.ORGANISATION, Scope.ENTITY,
      "an organisation is its own parent", "W3C ORG subOrganizationOf",
      "constant; at most one finding"),
  /** ORG-009: a count of offices, staff or countries below zero. */
  ORG_009("ORG-009", Severity.ERROR, EntityKind.ORGANISATION, Scope.ENTITY,
      "a count of offices, staff or countries below zero", "migov",
      "linear in the counts; one finding per count"),
  /** ORG-010: an organisation is its own member, role holder or predecessor. */
  ORG_010("ORG-010", Severity.ERROR, EntityKind.ORGANISATION, Scope.ENTITY,
      "an organisation is its own member, role holder or predecessor", "W3C ORG Membership",
      "linear in the members, roles and predecessors; one finding per entry"),
  /** ORG-011: a role held by an organisation that is not a member then. */
  ORG_011("ORG-011", Severity.WARNING, EntityKind.ORGANISATION, Scope.ENTITY,
      "a role held by an organisation that is not a member at the time", "W3C ORG Membership; Popolo",
      "n log n in the members and roles (each member's memberships sorted once, each role a binary search); one finding per role"),
  /** OFF-001: regional or coordination office without an area of responsibility. */
  OFF_001("OFF-001", Severity.ERROR, EntityKind.OFFICE, Scope.ENTITY,
      "regional or coordination office without an area of responsibility", "migov",
      "constant; at most one finding"),
  /** OFF-002: host country outside the office's area of responsibility. */
  OFF_002("OFF-002", Severity.WARNING, EntityKind.OFFICE, Scope.ENTITY,
      "host country outside the office's area of responsibility", "UN M49",
      "linear in the areas of responsibility; at most one finding"),
  /** OFF-003: an office is its own parent. */
  OFF_003("OFF-003", Severity.ERROR, EntityKind.OFFICE, Scope.ENTITY,
      "an office is its own parent", "W3C ORG unitOf",
      "constant; at most one finding"),
  /** OFF-004: parent office belongs to another organisation. */
  OFF_004("OFF-004", Severity.ERROR, EntityKind.OFFICE, Scope.DATASET,
      "parent office belongs to another organisation", "W3C ORG",
      "linear in the offices; one finding per office"),
  /** AGR-001: fewer than two distinct parties. */
  AGR_001("AGR-001", Severity.ERROR, EntityKind.AGREEMENT, Scope.ENTITY,
      "fewer than two distinct parties, for an instrument that was not adopted", "OCDS parties",
      "linear in the parties (a hash set); at most one finding"),
  /** AGR-002: a signatory signs for an organisation that is not a party. */
  AGR_002("AGR-002", Severity.ERROR, EntityKind.AGREEMENT, Scope.ENTITY,
      "a signatory signs for an organisation that is not a party", "migov",
      "linear in the parties and signatories (a hash set); one finding per signatory"),
  /** AGR-003: signing date after the reference date, unless the status is draft. */
  AGR_003("AGR-003", Severity.ERROR, EntityKind.AGREEMENT, Scope.ENTITY,
      "signing date after the reference date, unless the status is draft", "OCDS contract dateSigned",
      "constant; at most one finding"),
  /** AGR-004: entry into force before signing. */
  AGR_004("AGR-004", Severity.ERROR, EntityKind.AGREEMENT, Scope.ENTITY,
      "entry into force before signing", "Vienna Convention on the Law of Treaties, art. 24",
      "constant; at most one finding"),
  /** AGR-005: status inconsistent with dates. */
  AGR_005("AGR-005", Severity.ERROR, EntityKind.AGREEMENT, Scope.ENTITY,
      "status inconsistent with dates (expired but still valid at the reference date; in force but"
          + " validity ended or not signed)", "OCDS contract status",
      "constant; at most one finding"),
  /** AGR-006: an agreement links to itself. */
  AGR_006("AGR-006", Severity.ERROR, EntityKind.AGREEMENT, Scope.ENTITY,
      "an agreement links to itself", "migov",
      "linear in the links; one finding per link"),
  /** AGR-007: a linked earlier agreement was signed after this one. */
  AGR_007("AGR-007", Severity.ERROR, EntityKind.AGREEMENT, Scope.DATASET,
      "a linked earlier agreement was signed after this one", "migov",
      "linear in the links; one finding per link"),
  /** AGR-008: a superseding, renewing or amending agreement shares no party with its target. */
  AGR_008("AGR-008", Severity.ERROR, EntityKind.AGREEMENT, Scope.DATASET,
      "a superseding, renewing or amending agreement shares no party with the one it supersedes,"
          + " renews or amends", "migov",
      "per pair of linked agreements, linear in the smaller party list, each pair once however many links join it (at most P·√L for P parties and L links in the dataset); one finding per link"),
  /** AGR-009: a party did not exist on the signing date. */
  AGR_009("AGR-009", Severity.ERROR, EntityKind.AGREEMENT, Scope.DATASET,
      "a party did not exist on the signing date (founded after, or dissolved before)", "Popolo",
      "linear in the parties; one finding per party"),
  /** AGR-010: a coordination mechanism is not a network or coordination group. */
  AGR_010("AGR-010", Severity.ERROR, EntityKind.AGREEMENT, Scope.DATASET,
      "a coordination mechanism is not a network or coordination group", "migov",
      "linear in the coordination mechanisms; one finding per mechanism"),
  /** AGR-011: an endorsement dated before the instrument's adoption (its first dated adoption). */
  AGR_011("AGR-011", Severity.ERROR, EntityKind.AGREEMENT, Scope.ENTITY,
      "an endorsement dated before the instrument's adoption", "UN General Assembly practice (A/RES/73/195)",
      "linear in the acts; one finding per endorsement"),
  /** PRG-001: no funder. */
  PRG_001("PRG-001", Severity.ERROR, EntityKind.PROGRAMME, Scope.ENTITY,
      "no funder", "IATI OrganisationRole 1",
      "linear in the participants; at most one finding"),
  /** PRG-002: no implementer. */
  PRG_002("PRG-002", Severity.ERROR, EntityKind.PROGRAMME, Scope.ENTITY,
      "no implementer", "IATI OrganisationRole 4",
      "linear in the participants; at most one finding"),
  /** PRG-003: budget not positive. */
  PRG_003("PRG-003", Severity.ERROR, EntityKind.PROGRAMME, Scope.ENTITY,
      "budget not positive", "IATI ruleset (budget value)",
      "constant; at most one finding"),
  /** PRG-004: a budget line in another currency than the budget. */
  PRG_004("PRG-004", Severity.ERROR, EntityKind.PROGRAMME, Scope.ENTITY,
      "a budget line in another currency than the budget", "IATI budget/value/@currency",
      "linear in the budget lines; one finding per line"),
  /** PRG-005: budget lines sum above the total budget. */
  PRG_005("PRG-005", Severity.ERROR, EntityKind.PROGRAMME, Scope.ENTITY,
      "budget lines sum above the total budget", "IATI budget",
      "linear in the budget lines; at most one finding"),
  /** PRG-006: target-area percentages incomplete, out of range, or not summing to 100. */
  PRG_006("PRG-006", Severity.ERROR, EntityKind.PROGRAMME, Scope.ENTITY,
      "target-area percentages incomplete, out of 0..100, or not summing to 100 (tolerance 0.01)",
      "IATI ruleset: recipient-country and recipient-region percentages sum to 100",
      "linear in the target areas; at most one finding"),
  /** PRG-007: a budget line's period outside the programme period. */
  PRG_007("PRG-007", Severity.WARNING, EntityKind.PROGRAMME, Scope.ENTITY,
      "a budget line's period outside the programme period", "IATI ruleset 7.5",
      "linear in the budget lines; one finding per line"),
  /** PRG-008: a budget line's period longer than one year. */
  PRG_008("PRG-008", Severity.WARNING, EntityKind.PROGRAMME, Scope.ENTITY,
      "a budget line's period longer than one year, or without an end", "IATI ruleset 7.5.3",
      "linear in the budget lines; one finding per line"),
  /** PRG-009: status inconsistent with dates. */
  PRG_009("PRG-009", Severity.ERROR, EntityKind.PROGRAMME, Scope.ENTITY,
      "status inconsistent with dates (closed or finalisation with an end after the reference date;"
          + " implementation starting after it)", "IATI ActivityStatus",
      "constant; at most one finding"),
  /** PRG-010: implementation status but the end date has passed. */
  PRG_010("PRG-010", Severity.WARNING, EntityKind.PROGRAMME, Scope.ENTITY,
      "implementation status but the end date has passed", "IATI ActivityStatus",
      "constant; at most one finding"),
  /** PRG-011: no target area, or no thematic area. */
  PRG_011("PRG-011", Severity.ERROR, EntityKind.PROGRAMME, Scope.ENTITY,
      "no target area, or no thematic area", "IATI recipient-country/region; sector",
      "constant; at most one finding"),
  /** PRG-012: the same organisation twice in the same role. */
  PRG_012("PRG-012", Severity.ERROR, EntityKind.PROGRAMME, Scope.ENTITY,
      "the same organisation twice in the same role", "IATI participating-org",
      "linear in the participants (a hash set); one finding per repeated participant"),
  /** PRG-013: the programme starts before an agreement it rests on was signed. */
  PRG_013("PRG-013", Severity.WARNING, EntityKind.PROGRAMME, Scope.DATASET,
      "the programme starts before an agreement it rests on was signed", "migov",
      "linear in the agreements a programme is based on; one finding per agreement"),
  /** PRG-014: child programmes' budgets sum above the parent's budget. */
  PRG_014("PRG-014", Severity.ERROR, EntityKind.PROGRAMME, Scope.DATASET,
      "child programmes' budgets (same currency) sum above the parent's budget", "IATI related-activity",
      "linear in the programmes; one finding per parent"),
  /** PRG-015: two total budgets in one currency. */
  PRG_015("PRG-015", Severity.ERROR, EntityKind.PROGRAMME, Scope.ENTITY,
      "two total budgets in one currency", "OCDS Value",
      "linear in the totals (a hash map); one finding per repeated currency"),
  /** PRG-016: original budgets of one status whose periods overlap. */
  PRG_016("PRG-016", Severity.WARNING, EntityKind.PROGRAMME, Scope.ENTITY,
      "original budgets of one status whose periods overlap", "IATI budget (period rules)",
      "n log n in the budgets (sorted by their latest possible start, a binary search each); one finding per budget that overlaps an earlier one"),
  /** PRG-017: a transaction dated outside the programme's period. */
  PRG_017("PRG-017", Severity.WARNING, EntityKind.PROGRAMME, Scope.ENTITY,
      "a transaction dated outside the programme's period", "IATI transaction-date",
      "linear in the transactions; one finding per transaction"),
  /** PRG-018: a transaction provided by an organisation that is not a participant. */
  PRG_018("PRG-018", Severity.WARNING, EntityKind.PROGRAMME, Scope.ENTITY,
      "a transaction provided by an organisation that is not a participant", "IATI provider-org",
      "linear in the participants and transactions (a hash set); one finding per transaction"),
  /** PRG-019: incoming funds above the total budget in their currency. */
  PRG_019("PRG-019", Severity.WARNING, EntityKind.PROGRAMME, Scope.ENTITY,
      "incoming funds above the total budget in their currency", "IATI transaction-type 1",
      "linear in the transactions; one finding per currency"),
  /** EVT-001: no participating organisation. */
  EVT_001("EVT-001", Severity.ERROR, EntityKind.EVENT, Scope.ENTITY,
      "no participating organisation", "migov",
      "constant; at most one finding"),
  /** EVT-002: event date outside the period of its programme. */
  EVT_002("EVT-002", Severity.WARNING, EntityKind.EVENT, Scope.DATASET,
      "event date outside the period of the programme it belongs to", "migov",
      "linear in the events; one finding per event"),
  /** DS-001: duplicate id within a kind. */
  DS_001("DS-001", Severity.ERROR, null, Scope.DATASET,
      "duplicate id within a kind", "OCDS ids",
      "linear in the entities (a hash map); one finding per repeated id"),
  /** DS-002: a reference that does not resolve. */
  DS_002("DS-002", Severity.ERROR, null, Scope.DATASET,
      "a reference that does not resolve", "OCDS parties by reference",
      "linear in the references; one finding per reference"),
  /** DS-003: cycle in organisation parents. */
  DS_003("DS-003", Severity.ERROR, EntityKind.ORGANISATION, Scope.DATASET,
      "cycle in organisation parents", "W3C ORG",
      "linear in the organisations and parents (one walk, strongly connected components); one finding per cycle"),
  /** DS-004: cycle in office parents. */
  DS_004("DS-004", Severity.ERROR, EntityKind.OFFICE, Scope.DATASET,
      "cycle in office parents", "W3C ORG",
      "linear in the offices and parents (one walk); one finding per cycle"),
  /** DS-005: cycle in agreement links. */
  DS_005("DS-005", Severity.ERROR, EntityKind.AGREEMENT, Scope.DATASET,
      "cycle in agreement links", "migov",
      "linear in the agreements and links (one walk); one finding per cycle"),
  /** DS-006: cycle in programme parents. */
  DS_006("DS-006", Severity.ERROR, EntityKind.PROGRAMME, Scope.DATASET,
      "cycle in programme parents", "IATI related-activity",
      "linear in the programmes and parents (one walk); one finding per cycle"),
  /** DS-007: a membership outside the member's existence. */
  DS_007("DS-007", Severity.ERROR, EntityKind.ORGANISATION, Scope.DATASET,
      "a membership outside the member's or the network's existence", "W3C ORG Membership; Popolo",
      "linear in the memberships; one finding per membership"),
  /** DS-008: a succession dated before the predecessor was founded. */
  DS_008("DS-008", Severity.ERROR, EntityKind.ORGANISATION, Scope.DATASET,
      "a succession dated before the predecessor was founded", "W3C ORG ChangeEvent",
      "linear in the successions; one finding per succession"),
  /** DS-009: cycle in organisation successions. */
  DS_009("DS-009", Severity.ERROR, EntityKind.ORGANISATION, Scope.DATASET,
      "cycle in organisation successions", "W3C ORG ChangeEvent",
      "linear in the organisations and successions (one walk); one finding per cycle");

  private static final Map<String, Rule> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Rule::code, Function.identity()));

  private final String code;
  private final Severity severity;
  private final EntityKind entityKind;
  private final Scope scope;
  private final String summary;
  private final String anchor;
  private final String cost;

  Rule(String code, Severity severity, EntityKind entityKind, Scope scope, String summary, String anchor,
      String cost) {
    this.code = code;
    this.severity = severity;
    this.entityKind = entityKind;
    this.scope = scope;
    this.summary = summary;
    this.anchor = anchor;
    this.cost = cost;
  }

  /**
   * The stable code, such as {@code PRG-001}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * How serious a violation of this rule is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The kind of entity the rule is about.
   *
   * @return the kind, or empty for rules about any kind (duplicate ids, dangling references)
   */
  public Optional<EntityKind> entityKind() {
    return Optional.ofNullable(entityKind);
  }

  /**
   * Whether the rule needs one entity or a whole dataset.
   *
   * @return the scope
   */
  public Scope scope() {
    return scope;
  }

  /**
   * What the rule reports, in English, for catalogues.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * What the rule reports, in a language, for catalogues such as {@code migov rules --lang it}.
   * English, Italian, French and Spanish have their own summaries; any other language gets the
   * English one, as messages do, whatever the JVM's default locale. Only the language of the
   * locale counts: {@code it-CH} gets the Italian summary.
   *
   * @param locale the language wanted
   * @return the summary in that language, or in English if the language has none; in English it
   *     equals {@link #summary()}
   * @throws NullPointerException if {@code locale} is null
   */
  public String summary(Locale locale) {
    return Messages.forLocale(Objects.requireNonNull(locale, "locale")).summary(this);
  }

  /**
   * The standard or source the rule follows, such as an IATI ruleset id; {@code migov} for rules
   * of migov's own.
   *
   * @return the anchor
   */
  public String anchor() {
    return anchor;
  }

  /**
   * How much work the rule does and how many findings it can make, as a bound in the size of
   * what it reads, such as "n log n in the tenures of a post; one finding per post". Every rule is
   * linear or n log n in its input, except AGR-008, whose bound is stated.
   *
   * @return the bound, in English
   */
  public String cost() {
    return cost;
  }

  /**
   * The rule with a code.
   *
   * @param code the code, such as {@code PRG-001}
   * @return the rule
   * @throws InvalidValueException if no rule has that code
   */
  public static Rule ofCode(String code) {
    Rule rule = code == null ? null : BY_CODE.get(code);
    if (rule == null) {
      throw new InvalidValueException("a migov rule code such as \"PRG-001\"", code);
    }
    return rule;
  }
}
