package org.migov.iati;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.InvalidValueException;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.money.Money;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.ActivityType;
import org.migov.core.programme.BeneficiaryGroup;
import org.migov.core.programme.Budget;
import org.migov.core.programme.BudgetKind;
import org.migov.core.programme.BudgetStatus;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.programme.Transaction;
import org.migov.core.programme.TransactionKind;
import org.migov.core.source.Source;
import org.migov.core.taxonomy.GcmObjective;
import org.migov.core.taxonomy.SdgTarget;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;
import org.migov.core.text.Phrase;

/**
 * Reads one {@code iati-activity} element, from its start to its end, into a record. One instance
 * per activity, confined to the reading thread.
 */
final class ActivityMapper {
  /** The fact of every activity-date: the period they give together, known at the activity's end. */
  static final Object PERIOD = new Object() {
    @Override
    public String toString() {
      return "the period";
    }
  };

  private final XMLStreamReader xml;
  private final int maxDepth;
  private final int maxText;
  private final Map<String, Organisation> known;
  private final Capture capture;
  private final List<Original> originals = new ArrayList<>();
  private Object fact;
  private boolean foreign;
  /** The key the current child is kept under: its name, or {namespace}name for another namespace's (kept after the sequence). */
  private String childKey;
  /** The current child's name as the file writes it, prefix included. */
  private String shownName;
  private final List<IatiDiagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Integer> unmapped = new TreeMap<>();
  private final Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();
  private final Programme.Builder programme = Programme.builder();
  private String identifier = "";
  private String language;
  private String currency;
  private final String[] identifierHolder = {""};
  private final ActivityChecks checks;
  private final Codelists codelists;
  private final SchemaCheck schema;
  private final Map<String, Integer> identifiers;
  private int unmappedLine;
  private int unmappedColumn;

  /**
   * A mapper of the activity the parser is on.
   *
   * @param structure what kind of record the parser is on
   * @param settings the reader's settings: known organisations, retention, codelists, today
   * @param schema the schema validating the file in the same pass, or null
   * @param identifiers the file's activity identifiers so far, with their lines
   * @param raw the file's text when kept elements are sliced from it, else null
   */
  ActivityMapper(XMLStreamReader xml, Structure structure, IatiReader.Settings settings, SchemaCheck schema,
      Map<String, Integer> identifiers, RawText raw) {
    this.schema = schema;
    this.identifiers = identifiers;
    this.xml = xml;
    this.maxDepth = IatiReader.MAX_DEPTH;
    this.maxText = IatiReader.MAX_TEXT;
    this.known = settings.known();
    this.capture = settings.retain() ? new Capture(xml, IatiReader.MAX_ACTIVITY, raw) : null;
    if (capture != null) {
      capture.record();
    }
    this.codelists = settings.codelists();
    this.checks = new ActivityChecks(structure, diagnostics::add, identifierHolder, codelists, settings.today());
  }

  /** Reads the activity; the parser is on its start and is left on its end. */
  IatiRecord read() throws XMLStreamException {
    String attributes = recordAttributes();
    int activityLine = line();
    int activityColumn = column();
    boolean titled = false;
    boolean described = false;
    OrganisationId reporting = null;
    String reportingRef = null;
    String rawIdentifier = null;
    while (next() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.getLocalName();
      if (!beginChild(name)) {
        continue;
      }
      switch (foreign ? "" : name) {
        case "iati-identifier" -> {
          rawIdentifier = text();
          identifier = rawIdentifier.strip();
          identifierHolder[0] = identifier;
          fact = identifier;
        }
        case "reporting-org" -> {
          int line = line();
          int column = column();
          reportingRef = checks.required(name, "ref", attribute("ref"), line, column);
          organisationType(name, checks.required(name, "type", attribute("type"), line, column), line, column);
          MultilingualText names = narratives(name);
          reporting = organisation(reportingRef, names);
          fact = reporting;
        }
        case "title" -> {
          int line = line();
          int column = column();
          MultilingualText title = narratives(name);
          if (title == null) {
            checks.report(IatiCheck.NO_TITLE, line, column);
          } else if (!titled) {
            programme.title(title);
            titled = true;
            fact = title;
          }
        }
        case "description" -> {
          String type = attribute("type");
          int line = line();
          int column = column();
          if (type != null && !(type.length() == 1 && type.charAt(0) >= '1' && type.charAt(0) <= '4')) {
            checks.report(IatiCheck.DESCRIPTION_TYPE, line, column, ActivityChecks.quoted(type));
          }
          MultilingualText description = narratives(name);
          if (description == null) {
            checks.report(IatiCheck.EMPTY_DESCRIPTION, line, column);
          } else if (!described && (type == null || type.equals("1"))) {
            programme.description(description);
            described = true;
            fact = description;
          }
        }
        case "participating-org" -> participant();
        case "activity-status" -> status(attribute("code"));
        case "activity-date" -> activityDate();
        case "recipient-country" -> recipientCountry();
        case "recipient-region" -> recipientRegion();
        case "related-activity" -> relatedActivity();
        case "sector" -> sdgTarget(name, "8");
        case "tag" -> sdgTarget(name, "3");
        case "document-link" -> documentLink(programme::addSource);
        case "budget" -> budget();
        case "transaction" -> transaction();
        default -> skip(shownName);
      }
      endChild();
    }
    endRecord(rawIdentifier, reportingRef, activityLine, activityColumn);
    Programme built = null;
    if (identifier.isEmpty()) {
      checks.report(IatiCheck.NO_PROGRAMME, activityLine, activityColumn, "no iati-identifier");
    } else {
      try {
        String id = IatiIds.id(identifier);
        programme.id(ProgrammeId.of(id));
        if (!id.equals(identifier)) {
          programme.addIdentifier(ExternalIdentifier.of(IdentifierScheme.IATI_ACTIVITY, identifier));
        }
        if (!titled) {
          programme.title(MultilingualText.of(identifier));
        }
        period(activityLine, activityColumn);
        built = programme.build();
      } catch (InvalidValueException | IllegalStateException e) {
        checks.report(IatiCheck.NO_PROGRAMME, activityLine, activityColumn, e.getMessage());
      }
    }
    relabel();
    Retained retained = capture == null ? Retained.NONE : new Retained(attributes, originals, built == null ? null : built.period().orElse(null));
    return new IatiRecord(identifier, built, reporting, new ArrayList<>(organisations.values()), diagnostics, retained);
  }

  /**
   * Reads the record's attributes: its default language and currency, checked with its dates;
   * the attributes as the start tag gave them, for the writer ("" when nothing is kept).
   */
  private String recordAttributes() {
    language = blankless(attribute(XMLConstants.XML_NS_URI, "lang"));
    currency = blankless(attribute("default-currency"));
    if (currency != null) {
      currency = currency.strip();
    }
    String attributes = capture == null ? "" : Capture.attributes(xml, maxText);
    if (language != null && !language.isBlank()) {
      checks.language(language, line(), column());
    }
    String updated = attribute("last-updated-datetime");
    if (updated != null && !ActivityChecks.isXsdDateTime(updated)) {
      checks.report(IatiCheck.DATATYPE, line(), column(), "last-updated-datetime", ActivityChecks.quoted(updated), "dateTime");
    }
    String hierarchy = attribute("hierarchy");
    if (hierarchy != null && !isSmallInteger(hierarchy.strip())) {
      checks.report(IatiCheck.DATATYPE, line(), column(), "hierarchy", ActivityChecks.quoted(hierarchy), "int");
    }
    if (currency != null && !currency.isBlank()) {
      try {
        Money.currency(currency.strip());
      } catch (InvalidValueException e) {
        checks.report(IatiCheck.CURRENCY_CODE, line(), column(), ActivityChecks.quoted(currency));
      }
    }
    return attributes;
  }

  /** Reads an organisation; the parser is on its start and is left on its end. */
  IatiOrganisationRecord readOrganisation() throws XMLStreamException {
    String attributes = recordAttributes();
    int recordLine = line();
    int recordColumn = column();
    Organisation.Builder organisation = Organisation.builder();
    MultilingualText names = null;
    String reportingRef = null;
    while (next() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.getLocalName();
      if (!beginChild(name)) {
        continue;
      }
      switch (foreign ? "" : name) {
        case "organisation-identifier" -> {
          identifier = text().strip();
          identifierHolder[0] = identifier;
          fact = identifier;
        }
        case "name" -> {
          names = narratives("name");
          fact = names;
        }
        case "reporting-org" -> {
          int line = line();
          int column = column();
          reportingRef = checks.required(name, "ref", attribute("ref"), line, column);
          organisationType(name, checks.required(name, "type", attribute("type"), line, column), line, column);
          narratives(name);
          fact = reportingRef == null ? null : reportingRef.strip();
        }
        case "document-link" -> documentLink(organisation::addSource);
        default -> skip(shownName);
      }
      endChild();
    }
    endRecord(null, reportingRef, recordLine, recordColumn);
    Organisation built = null;
    if (identifier.isEmpty()) {
      checks.report(IatiCheck.NO_ORGANISATION, recordLine, recordColumn, "no organisation-identifier");
    } else {
      try {
        built = organisation.id(OrganisationId.of(IatiIds.id(identifier))).name(names != null ? names : MultilingualText.of(identifier))
            .addIdentifier(ExternalIdentifier.of(IdentifierScheme.IATI, identifier)).build();
      } catch (InvalidValueException | IllegalStateException e) {
        checks.report(IatiCheck.NO_ORGANISATION, recordLine, recordColumn, e.getMessage());
      }
    }
    relabel();
    Retained retained = capture == null ? Retained.NONE : new Retained(attributes, originals, null);
    return new IatiOrganisationRecord(identifier, built, diagnostics, retained);
  }

  /** Ends a child of the record: keeps it, with the fact read from it. */
  private void endChild() {
    if (capture != null) {
      originals.add(new Original(childKey, fact, capture.end()));
    }
  }

  /** What is judged at the record's end: the elements not held, the checks, a repeated identifier, the schema's errors. */
  private void endRecord(String rawIdentifier, String reportingRef, int line, int column) {
    unmapped.forEach((element, count) -> checks.report(IatiCheck.NOT_MAPPED, unmappedLine, unmappedColumn, element, count.toString()));
    checks.finish(rawIdentifier, reportingRef, line, column);
    duplicate(line, column);
    drainSchema();
  }

  /** A document link read as a source, given to the record being built; its fact. */
  private void documentLink(java.util.function.Consumer<Source> add) throws XMLStreamException {
    Source source = documentLink();
    if (source != null) {
      add.accept(source);
      fact = source;
    }
  }

  /** Reports an identifier that the file used before. */
  private void duplicate(int line, int column) {
    if (!identifier.isEmpty()) {
      Integer first = identifiers.putIfAbsent(identifier, line);
      if (first != null) {
        checks.report(IatiCheck.DUPLICATE_IDENTIFIER, line, column, ActivityChecks.quoted(identifier), first.toString());
      }
    }
  }

  /** The schema's errors since the last drain, as diagnostics of this record. */
  private void drainSchema() {
    if (schema != null) {
      for (String[] error : schema.drain()) {
        checks.report(IatiCheck.SCHEMA, Integer.parseInt(error[1]), Integer.parseInt(error[2]), error[0]);
      }
    }
  }

  /** Gives the record's identifier to the diagnostics made before it was known. */
  private void relabel() {
    diagnostics.replaceAll(d -> d.activity().isEmpty() && !identifier.isEmpty()
        ? d.about(identifier) : d);
  }

  /**
   * Starts a child of the record: checks its place, starts keeping it; false (and the child
   * skipped) for a placeholder that migov wrote only because the schema requires the element.
   */
  private boolean beginChild(String name) throws XMLStreamException {
    fact = null;
    checks.child(name, xml.getNamespaceURI(), line(), column());
    foreign = isForeign();
    String prefix = xml.getPrefix();
    childKey = foreign ? "{" + xml.getNamespaceURI() + "}" + name : name;
    shownName = foreign && prefix != null && !prefix.isEmpty() ? prefix + ":" + name : name;
    if (capture != null) {
      capture.begin();
    }
    if (isPlaceholder()) {
      skipContent();
      if (capture != null) {
        capture.discard();
      }
      return false;
    }
    return true;
  }

  /** Whether the element the parser is on is of another namespace than IATI's (none). */
  private boolean isForeign() {
    String namespace = xml.getNamespaceURI();
    return namespace != null && !namespace.isEmpty();
  }

  /** Whether the element is one that migov wrote only because the schema requires it. */
  private boolean isPlaceholder() {
    return "true".equals(attribute(IatiWriter.NAMESPACE, MigovVocabulary.PLACEHOLDER));
  }

  // ------------------------------------------------------------------------------ elements

  private void participant() throws XMLStreamException {
    String ref = attribute("ref");
    int line = line();
    int column = column();
    String role = checks.required("participating-org", "role", attribute("role"), line, column);
    organisationType("participating-org", attribute("type"), line, column);
    OrganisationId id = organisation(ref, narratives("participating-org"));
    ParticipantRole participant = byIatiCode(ParticipantRole.values(), r -> r.iatiCode().orElse(-1), role);
    if (participant == null && role != null) {
      checks.report(IatiCheck.ORGANISATION_ROLE, line, column, ActivityChecks.quoted(role));
    }
    if (id != null && participant != null) {
      Participant mapped = Participant.of(id, participant);
      programme.addParticipant(mapped);
      fact = mapped;
    }
  }

  private void status(String code) throws XMLStreamException {
    int line = line();
    int column = column();
    empty("activity-status");
    if (checks.required("activity-status", "code", code, line, column) == null) {
      return;
    }
    ProgrammeStatus status = byIatiCode(ProgrammeStatus.values(), ProgrammeStatus::iatiCode, code);
    if (status != null) {
      programme.status(status);
      fact = status;
      return;
    }
    checks.report(IatiCheck.ACTIVITY_STATUS_CODE, line, column, ActivityChecks.quoted(code));
  }

  /** Activity dates 1 to 4: planned start, actual start, planned end, actual end. */
  private void activityDate() throws XMLStreamException {
    int line = line();
    int column = column();
    String type = checks.required("activity-date", "type", attribute("type"), line, column);
    checks.required("activity-date", "iso-date", attribute("iso-date"), line, column);
    PartialDate date = isoDate();
    skipContent();
    if (type != null && checks.activityDate(type, date, line, column)) {
      fact = PERIOD;
    }
  }

  /** The period: actual dates before planned ones. */
  private void period(int line, int column) {
    int startType = checks.date(2) != null ? 2 : 1;
    int endType = checks.date(4) != null ? 4 : 3;
    PartialDate start = checks.date(startType);
    PartialDate end = checks.date(endType);
    if (start != null && end != null) {
      if (end.isCertainlyBefore(start)) {
        if (endType - startType != 2) {
          checks.report(IatiCheck.UNREADABLE_VALUE, line, column, "period", start + "/" + end, "it ends before it starts: no period");
        }
      } else {
        programme.period(DateRange.of(start, end));
      }
    } else if (start != null) {
      programme.period(DateRange.from(start));
    } else if (end != null) {
      programme.period(DateRange.until(end));
    }
  }

  private void recipientCountry() throws XMLStreamException {
    int line = line();
    int column = column();
    String code = checks.required("recipient-country", "code", attribute("code"), line, column);
    String percentage = attribute("percentage");
    skipContent();
    if (code == null) {
      return;
    }
    checks.area(null, code.strip(), percentage, line, column);
    try {
      Country country = Country.of(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
      TargetArea area = share(country, percentage);
      programme.addTargetArea(area);
      fact = area;
    } catch (InvalidValueException | NumberFormatException e) {
      checks.report(IatiCheck.COUNTRY_CODE, line, column, ActivityChecks.quoted(code), e.getMessage());
    }
  }

  /** A region of the UN M49 vocabulary (2) is a target area; regions of other vocabularies are reported. */
  private void recipientRegion() throws XMLStreamException {
    int line = line();
    int column = column();
    String code = checks.required("recipient-region", "code", attribute("code"), line, column);
    String given = attribute("vocabulary");
    String vocabulary = given == null || given.isBlank() ? "1" : given.strip();
    String percentage = attribute("percentage");
    skipContent();
    if (code == null) {
      return;
    }
    checks.area(given == null ? "" : given.strip(), code.strip(), percentage, line, column);
    if (!vocabulary.equals("1") && !vocabulary.equals("2") && !vocabulary.equals("99")) {
      checks.report(IatiCheck.REGION_VOCABULARY, line, column, ActivityChecks.quoted(vocabulary));
    }
    if (vocabulary.equals("1") && !codelists.isDacRegion(code.strip())) {
      checks.report(IatiCheck.REGION_CODE, line, column, ActivityChecks.quoted(code));
    }
    if (!vocabulary.equals("2")) {
      checks.report(IatiCheck.REGION_NOT_MAPPED, line, column, ActivityChecks.quoted(code), vocabulary);
      return;
    }
    try {
      String padded = code == null ? "" : "000".substring(Math.min(3, code.strip().length())) + code.strip();
      M49Region region = M49Region.of(padded);
      TargetArea area = share(region, percentage);
      programme.addTargetArea(area);
      fact = area;
    } catch (InvalidValueException | NumberFormatException e) {
      checks.report(IatiCheck.UNKNOWN_CODE, line, column, "recipient-region", ActivityChecks.quoted(code), e.getMessage());
    }
  }

  /** A parent (type 1) is the programme's parent; other relations are reported. */
  private void relatedActivity() throws XMLStreamException {
    int line = line();
    int column = column();
    String ref = checks.required("related-activity", "ref", attribute("ref"), line, column);
    String type = checks.required("related-activity", "type", attribute("type"), line, column);
    empty("related-activity");
    if (ref == null || type == null) {
      return;
    }
    if (!"1".equals(type.strip())) {
      checks.report(IatiCheck.RELATION_NOT_MAPPED, line, column, ActivityChecks.quoted(ref), type);
      return;
    }
    try {
      ProgrammeId parent = ProgrammeId.of(IatiIds.id(ref.strip()));
      programme.parent(parent);
      fact = parent;
    } catch (InvalidValueException e) {
      checks.report(IatiCheck.UNREADABLE_VALUE, line, column, "related-activity", ActivityChecks.quoted(ref), e.getMessage());
    }
  }

  /**
   * A sector (vocabulary 8) or tag (vocabulary 3) of the SDG targets is cited on the programme,
   * when migov knows the target; a tag of one of migov's vocabularies ({@link MigovVocabulary}) is
   * a thematic area, GCM objective, beneficiary group or activity type; other vocabularies are
   * counted as not mapped.
   */
  private void sdgTarget(String element, String targets) throws XMLStreamException {
    int line = line();
    int column = column();
    String vocabulary = attribute("vocabulary");
    String code = checks.required(element, "code", attribute("code"), line, column);
    if (element.equals("tag")) {
      checks.required(element, "vocabulary", vocabulary, line, column);
    } else {
      checks.sector(vocabulary, code, attribute("percentage"), line, column);
    }
    String clean = code == null ? "" : code.strip();
    MigovVocabulary migov = element.equals("tag") && MigovVocabulary.REPORTING_ORGANISATION.equals(vocabulary)
        ? MigovVocabulary.ofUri(attribute("vocabulary-uri")) : null;
    if (migov != null) {
      skipContent();
      try {
        Object value = migov.parse(clean);
        switch (migov) {
          case THEMATIC_AREA -> programme.addThematicArea((ThematicArea) value);
          case GCM_OBJECTIVE -> programme.addGcmObjective((GcmObjective) value);
          case BENEFICIARY_GROUP -> programme.addBeneficiaryGroup((BeneficiaryGroup) value);
          case ACTIVITY_TYPE -> programme.addActivityType((ActivityType) value);
        }
        fact = value;
      } catch (InvalidValueException | NumberFormatException e) {
        checks.report(IatiCheck.UNKNOWN_CODE, line, column, "tag of " + migov.uri(), ActivityChecks.quoted(code), e.getMessage());
      }
      return;
    }
    if (!targets.equals(vocabulary)) {
      skip(element);
      return;
    }
    if (!isSdgTargetForm(clean)) {
      checks.report(IatiCheck.SDG_TARGET_CODE, line, column, element, ActivityChecks.quoted(code), "expected a goal and a target, such as 10.7");
      skip(element);
      return;
    }
    try {
      SdgTarget target = SdgTarget.ofNumber(clean);
      skipContent();
      programme.addSdgTarget(target);
      fact = target;
    } catch (InvalidValueException e) {
      skip(element + " of SDG targets migov does not hold");
    }
  }

  /** Whether a code has the form of an SDG target: a goal (1 to 17), a point, a target. */
  private static boolean isSdgTargetForm(String code) {
    int point = code.indexOf('.');
    if (point < 1 || point > 2 || point == code.length() - 1) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (i != point && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' && i > point)) {
        return false;
      }
    }
    int goal = Integer.parseInt(code.substring(0, point));
    return goal >= 1 && goal <= 17;
  }

  /** A document link as a source: its title, URL, date and first language; null when it cannot be one. */
  private Source documentLink() throws XMLStreamException {
    int line = line();
    int column = column();
    String url = checks.required("document-link", "url", attribute("url"), line, column);
    checks.required("document-link", "format", attribute("format"), line, column);
    boolean titled = false;
    boolean categorised = false;
    int descriptions = 0;
    MultilingualText title = null;
    PartialDate date = null;
    String lang = null;
    while (next() == XMLStreamConstants.START_ELEMENT) {
      switch (isForeign() ? "" : xml.getLocalName()) {
        case "title" -> {
          if (titled) {
            checks.report(IatiCheck.REPEATED_ELEMENT, line(), column(), "title", "document-link");
          }
          titled = true;
          title = narratives("document-link title");
        }
        case "description" -> {
          int at = line();
          int atColumn = column();
          if (++descriptions == 2) {
            checks.report(IatiCheck.REPEATED_ELEMENT, at, atColumn, "description", "document-link");
          }
          narratives("document-link description");
        }
        case "category" -> {
          categorised = true;
          checks.required("category", "code", attribute("code"), line(), column());
          empty("category");
        }
        case "document-date" -> date = requiredDate("document-date");
        case "language" -> {
          String code = checks.required("language", "code", attribute("code"), line(), column());
          if (code != null) {
            checks.language(code, line(), column());
          }
          if (lang == null) {
            lang = code;
          }
          empty("language");
        }
        default -> skipContent();
      }
    }
    if (!titled) {
      checks.report(IatiCheck.MISSING_ELEMENT, line, column, "document-link", "title");
    }
    if (!categorised) {
      checks.report(IatiCheck.MISSING_ELEMENT, line, column, "document-link", "category");
    }
    if (url == null) {
      return null;
    }
    try {
      Source.Builder source = Source.builder().title(title != null ? title.get(Locale.ENGLISH) : url == null ? "document" : url)
          .date(Optional.ofNullable(date));
      if (url != null && !url.isBlank()) {
        source.url(java.net.URI.create(url.strip()));
      }
      if (lang != null && !lang.isBlank()) {
        source.language(Locale.forLanguageTag(lang.strip()).toLanguageTag().equals("und") ? lang.strip()
            : Locale.forLanguageTag(lang.strip()).toLanguageTag());
      }
      return source.build();
    } catch (IllegalArgumentException e) {
      checks.report(IatiCheck.UNREADABLE_VALUE, line, column, "document-link", ActivityChecks.quoted(url), e.getMessage());
      return null;
    }
  }

  /** A budget: its type and status (1 by default), its period and value, all required. */
  private void budget() throws XMLStreamException {
    int line = line();
    int column = column();
    BudgetKind kind = byIatiCode(BudgetKind.values(), BudgetKind::iatiCode, defaulted(attribute("type")));
    BudgetStatus status = byIatiCode(BudgetStatus.values(), BudgetStatus::iatiCode, defaulted(attribute("status")));
    if (kind == null) {
      checks.report(IatiCheck.BUDGET_TYPE, line, column, ActivityChecks.quoted(attribute("type")));
    }
    if (status == null) {
      checks.report(IatiCheck.BUDGET_STATUS, line, column, ActivityChecks.quoted(attribute("status")));
    }
    PartialDate[] period = new PartialDate[2];
    Money[] value = new Money[1];
    boolean[] seen = new boolean[3];
    children("budget", seen, List.of("period-start", "period-end", "value"), child -> {
      switch (child) {
        case "period-start" -> period[0] = requiredDate("period-start");
        case "period-end" -> period[1] = requiredDate("period-end");
        case "value" -> value[0] = money();
        default -> skipContent();
      }
    }, line, column);
    if (kind == null || status == null || value[0] == null || period[0] == null || period[1] == null
        || !checks.budgetPeriod(period[0], period[1], line, column)) {
      return;
    }
    Budget budget = Budget.builder().value(value[0]).period(DateRange.of(period[0], period[1])).kind(kind).status(status).build();
    programme.addBudget(budget);
    fact = budget;
  }

  /** Reads the children of the current element, and reports the required ones it lacks. */
  private void children(String element, boolean[] seen, List<String> required, ChildReader reader, int line, int column)
      throws XMLStreamException {
    java.util.Set<String> read = new java.util.HashSet<>();
    while (next() == XMLStreamConstants.START_ELEMENT) {
      String child = isForeign() ? "" : xml.getLocalName();
      int index = required.indexOf(child);
      if (index >= 0) {
        seen[index] = true;
      }
      if (!read.add(child) && ONCE_IN.getOrDefault(element, java.util.Set.of()).contains(child)) {
        checks.report(IatiCheck.REPEATED_ELEMENT, line(), column(), child, element);
      }
      reader.read(child);
    }
    for (int i = 0; i < required.size(); i++) {
      if (!seen[i]) {
        checks.report(IatiCheck.MISSING_ELEMENT, line, column, element, required.get(i));
      }
    }
  }

  /** The children that the schema allows once in a budget or a transaction. */
  private static final Map<String, java.util.Set<String>> ONCE_IN = Map.of(
      "budget", java.util.Set.of("period-start", "period-end", "value"),
      "transaction", java.util.Set.of("transaction-type", "transaction-date", "value", "description", "provider-org", "receiver-org",
          "disbursement-channel", "recipient-country", "recipient-region", "flow-type", "finance-type", "tied-status"));

  /** Reads one child element, which it leaves on its end. */
  @FunctionalInterface
  private interface ChildReader {
    void read(String child) throws XMLStreamException;
  }

  /** The iso-date of a date element that requires one, to the element's end. */
  private PartialDate requiredDate(String element) throws XMLStreamException {
    checks.required(element, "iso-date", attribute("iso-date"), line(), column());
    PartialDate date = isoDate();
    empty(element);
    return date;
  }

  private static String defaulted(String code) {
    return code == null ? "1" : code;
  }

  /** A transaction: its type, date and value (required), description, provider and receiver. */
  private void transaction() throws XMLStreamException {
    int line = line();
    int column = column();
    TransactionKind[] kind = new TransactionKind[1];
    PartialDate[] date = new PartialDate[1];
    Money[] value = new Money[1];
    OrganisationId[] parties = new OrganisationId[2];
    MultilingualText[] description = new MultilingualText[1];
    children("transaction", new boolean[3], List.of("transaction-type", "transaction-date", "value"), child -> {
      switch (child) {
        case "transaction-type" -> {
          String code = checks.required(child, "code", attribute("code"), line(), column());
          kind[0] = byIatiCode(TransactionKind.values(), TransactionKind::iatiCode, code);
          if (kind[0] == null && code != null) {
            checks.report(IatiCheck.TRANSACTION_TYPE, line(), column(), ActivityChecks.quoted(code));
          }
          empty(child);
        }
        case "transaction-date" -> {
          date[0] = requiredDate(child);
          if (date[0] != null) {
            checks.transactionDate(date[0], line(), column());
          }
        }
        case "description" -> description[0] = narratives("transaction description");
        case "value" -> value[0] = money();
        case "provider-org" -> parties[0] = organisation(attribute("ref"), narratives(child));
        case "receiver-org" -> parties[1] = organisation(attribute("ref"), narratives(child));
        default -> skipContent();
      }
    }, line, column);
    if (kind[0] == null || date[0] == null || value[0] == null) {
      return;
    }
    Transaction transaction = Transaction.builder().kind(kind[0]).date(date[0]).value(value[0])
        .provider(Optional.ofNullable(parties[0])).receiver(Optional.ofNullable(parties[1]))
        .description(Optional.ofNullable(description[0])).build();
    programme.addTransaction(transaction);
    fact = transaction;
  }

  /** A value element's amount in its currency or the activity's default one; the parser is on its start. */
  private Money money() throws XMLStreamException {
    String code = attribute("currency");
    int line = line();
    int column = column();
    String valueDate = checks.required("value", "value-date", attribute("value-date"), line, column);
    if (valueDate != null && !isXsdDate(valueDate)) {
      checks.report(IatiCheck.DATATYPE, line, column, "value-date", ActivityChecks.quoted(valueDate), "date");
    }
    String amount = text().strip();
    String currencyCode = code != null && !code.isBlank() ? code.strip() : currency;
    java.math.BigDecimal decimal = ActivityChecks.decimal(amount);
    if (decimal == null) {
      checks.report(IatiCheck.DATATYPE, line, column, "value", ActivityChecks.quoted(amount), "decimal");
      return null;
    }
    if (currencyCode == null || currencyCode.isBlank()) {
      checks.report(IatiCheck.NO_CURRENCY, line, column, amount);
      return null;
    }
    try {
      return Money.of(decimal, Money.currency(currencyCode));
    } catch (InvalidValueException e) {
      checks.report(IatiCheck.CURRENCY_CODE, line, column, ActivityChecks.quoted(currencyCode));
      return null;
    }
  }

  /** An organisation type, when given: one of the OrganisationType codelist. */
  private void organisationType(String element, String type, int line, int column) {
    if (type != null && !ORGANISATION_TYPES.contains(type.strip())) {
      checks.report(IatiCheck.ORGANISATION_TYPE, line, column, element, ActivityChecks.quoted(type));
    }
  }

  /** The codes of IATI's OrganisationType codelist. */
  private static final java.util.Set<String> ORGANISATION_TYPES = java.util.Set.of("10", "11", "15", "21", "22", "23", "24",
      "30", "40", "60", "70", "71", "72", "73", "80", "90");

  /** A target area with its percentage, or without one when it is absent or not a decimal (which the checks report). */
  private static TargetArea share(org.migov.core.geography.GeographicArea area, String percentage) {
    java.math.BigDecimal share = percentage == null ? null : ActivityChecks.decimal(percentage);
    return share == null ? TargetArea.of(area) : TargetArea.of(area, share);
  }

  /** An attribute's value, or null when absent or blank. */
  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * The organisation of a ref and names, minted once per activity: its id is the ref, made a migov
   * id reversibly ({@link IatiIds}), or, with no usable ref (none, blank, {@code N/A}), {@code name:}
   * and its first name. Null when it has neither.
   */
  private OrganisationId organisation(String ref, MultilingualText names) {
    String cleanRef = ref == null ? "" : ref.strip();
    boolean usableRef = !cleanRef.isEmpty() && !cleanRef.equalsIgnoreCase("N/A");
    if (!usableRef && names == null) {
      return null;
    }
    Organisation existing = usableRef ? known.get(cleanRef) : null;
    if (existing != null) {
      organisations.putIfAbsent(existing.id(), existing);
      return existing.id();
    }
    String idValue = usableRef ? IatiIds.id(cleanRef) : "name:" + IatiIds.id(names.get(Locale.ENGLISH).strip());
    try {
      OrganisationId id = OrganisationId.of(idValue.length() > 256 ? idValue.substring(0, 256) : idValue);
      if (!organisations.containsKey(id)) {
        Organisation.Builder builder = Organisation.builder().id(id).name(names != null ? names : MultilingualText.of(cleanRef));
        if (usableRef) {
          builder.addIdentifier(ExternalIdentifier.of(IdentifierScheme.IATI, cleanRef));
        }
        organisations.put(id, builder.build());
      }
      return id;
    } catch (InvalidValueException e) {
      checks.report(IatiCheck.UNREADABLE_VALUE, line(), column(), "organisation", ActivityChecks.quoted(ref), e.getMessage());
      return null;
    }
  }

  /** The constant of a codelist whose IATI code the text is, or null. */
  private static <E> E byIatiCode(E[] constants, java.util.function.ToIntFunction<E> iatiCode, String text) {
    String code = text == null ? "" : text.strip();
    for (E constant : constants) {
      int constantCode = iatiCode.applyAsInt(constant);
      if (constantCode >= 0 && String.valueOf(constantCode).equals(code)) {
        return constant;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------ reading

  /**
   * The narratives of the current element, to its end, as a multilingual text; null when none.
   *
   * @param element the element, for the diagnostics
   */
  private MultilingualText narratives(String element) throws XMLStreamException {
    Map<String, StringBuilder> texts = new LinkedHashMap<>();
    int line = line();
    int column = column();
    boolean any = false;
    while (next() == XMLStreamConstants.START_ELEMENT) {
      if (!isForeign() && xml.getLocalName().equals("narrative")) {
        any = true;
        String lang = attribute(XMLConstants.XML_NS_URI, "lang");
        if (lang != null && !lang.isBlank()) {
          checks.language(lang, line(), column());
        } else if (language == null) {
          checks.noLanguage(element, line(), column());
        }
        String tag = lang != null && !lang.isBlank() ? lang.strip() : language != null ? language : MultilingualText.UNDETERMINED;
        String text = text().strip();
        if (!text.isEmpty()) {
          StringBuilder merged = texts.get(tag);
          if (merged == null) {
            texts.put(tag, new StringBuilder(text));
          } else if (merged.length() + 1 + text.length() > maxText) {
            throw new XMLStreamException("narratives of one language longer than " + maxText + " chars together", xml.getLocation());
          } else {
            merged.append(' ').append(text);
          }
        }
      } else {
        skipContent();
      }
    }
    if (!any && NARRATIVE_REQUIRED.contains(element)) {
      checks.report(IatiCheck.MISSING_ELEMENT, line, column, element, "narrative");
    }
    if (texts.isEmpty()) {
      return null;
    }
    try {
      Map<String, String> joined = new LinkedHashMap<>();
      texts.forEach((tag, text) -> joined.put(tag, text.toString()));
      return MultilingualText.of(joined);
    } catch (InvalidValueException e) {
      checks.report(IatiCheck.UNREADABLE_VALUE, line(), column(), "narrative", "", e.getMessage());
      return null;
    }
  }

  /** The elements whose narratives the schema requires. */
  private static final java.util.Set<String> NARRATIVE_REQUIRED = java.util.Set.of("reporting-org", "title", "description",
      "document-link title", "document-link description", "transaction description");

  /** Reads an element that the schema wants empty, to its end, reporting text in it. */
  private void empty(String element) throws XMLStreamException {
    int line = line();
    int column = column();
    if (!text().isBlank()) {
      checks.report(IatiCheck.TEXT_NOT_ALLOWED, line, column, element);
    }
  }

  /** The text of the current element, which is left on its end; nested elements are skipped. */
  private String text() throws XMLStreamException {
    return content(true);
  }

  /**
   * Reads the current element to its end, which it is left on; its own text (not its children's)
   * when kept, else null. Its own text counts against the text limit either way.
   */
  private String content(boolean keep) throws XMLStreamException {
    String first = null;
    StringBuilder more = null;
    int length = 0;
    int depth = 1;
    while (depth > 0) {
      int event = advance();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (depth == 1) {
            length += xml.getTextLength();
            if (length > maxText) {
              throw new XMLStreamException("a text longer than " + maxText + " chars", xml.getLocation());
            }
            if (keep && first == null) {
              first = new String(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (keep) {
              if (more == null) {
                more = new StringBuilder(first);
              }
              more.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
          }
        }
        case XMLStreamConstants.START_ELEMENT -> depth = deeper(depth);
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
            throw new XMLStreamException("a DTD or an entity reference (refused)", xml.getLocation());
        default -> { }
      }
    }
    return !keep ? null : more != null ? more.toString() : first != null ? first : "";
  }

  /** Moves to the next child start of the current element, or to its end; returns the event. */
  private int next() throws XMLStreamException {
    while (true) {
      int event = advance();
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
        return event;
      }
      if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new XMLStreamException("a DTD or an entity reference (refused)", xml.getLocation());
      }
    }
  }

  /** The parser's next event, checked against the limits and copied while an element is kept. */
  private int advance() throws XMLStreamException {
    int event = next(xml);

    if (schema != null) {
      schema.event(event);
    }
    return event;
  }

  /** An attribute of the element the parser is on, in no namespace; null when absent; refused past the text limit. */
  private String attribute(String name) {
    return attribute(null, name);
  }

  /** An attribute of the element the parser is on; null when absent; refused past the text limit. */
  private String attribute(String namespace, String name) {
    String value = xml.getAttributeValue(namespace, name);
    if (value != null && value.length() > maxText) {
      throw new IatiException(Phrase.template("expected attribute values of at most {0} chars, found {1} of {2}",
          "atteso: valori di attributo di al più {0} caratteri; trovato: {1} di {2}",
          "attendu : des valeurs d'attribut d'au plus {0} caractères ; trouvé : {1} de {2}",
          "se esperaba: valores de atributo de {0} caracteres como máximo; se encontró: {1} de {2}")
          .with(maxText, name, value.length()), line(), column(), null);
    }
    return value;
  }

  /**
   * The parser's next event. A parser's own failure on hostile bytes (the JDK's throws a
   * MissingResourceException on some malformed DTDs) becomes the XMLStreamException it should
   * have been, so that only an IatiException leaves the reader.
   */
  static int next(XMLStreamReader xml) throws XMLStreamException {
    try {
      return xml.next();
    } catch (RuntimeException e) {
      throw new XMLStreamException("input the XML parser fails on (" + e.getClass().getSimpleName() + ")", xml.getLocation(), e);
    }
  }

  /** Whether the parser has another event; a parser's own failure becomes an XMLStreamException. */
  static boolean hasNext(XMLStreamReader xml) throws XMLStreamException {
    try {
      return xml.hasNext();
    } catch (RuntimeException e) {
      throw new XMLStreamException("input the XML parser fails on (" + e.getClass().getSimpleName() + ")", xml.getLocation(), e);
    }
  }

  /** Skips an element not mapped, counting it for one diagnostic per element name. */
  private void skip(String name) throws XMLStreamException {
    if (unmapped.isEmpty()) {
      unmappedLine = line();
      unmappedColumn = column();
    }
    unmapped.merge(name, 1, Integer::sum);
    skipContent();
  }

  /** Skips the rest of the current element, to its end. */
  private void skipContent() throws XMLStreamException {
    content(false);
  }

  private int deeper(int depth) throws XMLStreamException {
    if (depth + 2 > maxDepth) {
      throw new XMLStreamException("elements nested deeper than " + maxDepth, xml.getLocation());
    }
    return depth + 1;
  }

  /**
   * The current element's {@code iso-date}: {@code YYYY-MM-DD}, maybe followed by a time zone or a
   * time, as a year or a month when migov's precision attribute says so; null when absent or not a
   * day.
   */
  private PartialDate isoDate() {
    String text = attribute("iso-date");
    if (text == null) {
      return null;
    }
    String precision = attribute(IatiWriter.NAMESPACE, MigovVocabulary.PRECISION);
    java.time.LocalDate day = xsdDay(text);
    try {
      if (day == null) {
        throw new InvalidValueException("a day, YYYY-MM-DD", text);
      }
      PartialDate date = PartialDate.of(day);
      if ("year".equals(precision)) {
        return PartialDate.ofYear(date.year());
      }
      return "month".equals(precision) ? PartialDate.ofYearMonth(date.year(), day.getMonthValue()) : date;
    } catch (InvalidValueException e) {
      checks.report(IatiCheck.DATATYPE, line(), column(), "iso-date", ActivityChecks.quoted(text), "date");
      return null;
    }
  }

  /** Whether a text is an xsd:date: a day, maybe with a zone. */
  private static boolean isXsdDate(String text) {
    return xsdDay(text) != null;
  }

  /** The day of an xsd:date ({@code YYYY-MM-DD}, maybe with a zone, surrounding spaces allowed), null when it is none. */
  private static java.time.LocalDate xsdDay(String text) {
    String stripped = text.strip();
    if (stripped.length() < 10 || stripped.charAt(4) != '-' || stripped.charAt(7) != '-' || !isZone(stripped.substring(10))) {
      return null;
    }
    int year = digits(stripped, 0, 4);
    int month = digits(stripped, 5, 7);
    int day = digits(stripped, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return java.time.LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Whether a text is an integer of at most nine digits, maybe signed (a {@code hierarchy}). */
  private static boolean isSmallInteger(String text) {
    int start = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
    return text.length() > start && text.length() - start <= 9 && digits(text, start, text.length()) >= 0;
  }

  /** The number the ASCII digits between two indexes write, -1 when one is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = 10 * value + c - '0';
    }
    return value;
  }

  /** Whether the text after a day is what xsd:date allows: nothing, Z, or an offset such as +01:00. */
  private static boolean isZone(String zone) {
    return zone.isEmpty() || zone.equals("Z") || zone.length() == 6 && (zone.charAt(0) == '+' || zone.charAt(0) == '-')
        && Character.isDigit(zone.charAt(1)) && Character.isDigit(zone.charAt(2)) && zone.charAt(3) == ':'
        && Character.isDigit(zone.charAt(4)) && Character.isDigit(zone.charAt(5));
  }

  private int line() {
    javax.xml.stream.Location location = xml.getLocation();
    return location == null ? -1 : location.getLineNumber();
  }

  private int column() {
    javax.xml.stream.Location location = xml.getLocation();
    return location == null ? -1 : location.getColumnNumber();
  }

}
