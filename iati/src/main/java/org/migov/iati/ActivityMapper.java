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
  private final List<IatiDiagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Integer> unmapped = new TreeMap<>();
  private final Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();
  private final Programme.Builder programme = Programme.builder();
  private String identifier = "";
  private String language;
  private String currency;
  private final PartialDate[] dates = new PartialDate[5];
  private int unmappedLine;
  private int unmappedColumn;

  /**
   * A mapper of the activity the parser is on.
   *
   * @param known the caller's organisations by IATI organisation identifier
   * @param maxActivity the longest activity kept for the writer, in chars; 0 keeps nothing
   */
  ActivityMapper(XMLStreamReader xml, int maxDepth, int maxText, Map<String, Organisation> known, int maxActivity) {
    this.xml = xml;
    this.maxDepth = maxDepth;
    this.maxText = maxText;
    this.known = known;
    this.capture = maxActivity > 0 ? new Capture(xml, maxActivity) : null;
  }

  /** Reads the activity; the parser is on its start and is left on its end. */
  IatiRecord read() throws XMLStreamException {
    language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    currency = xml.getAttributeValue(null, "default-currency");
    String attributes = capture == null ? "" : Capture.attributes(xml);
    boolean titled = false;
    boolean described = false;
    OrganisationId reporting = null;
    while (next() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.getLocalName();
      fact = null;
      if (capture != null) {
        capture.begin();
      }
      if (isPlaceholder()) {
        skipContent();
        if (capture != null) {
          capture.discard();
        }
        continue;
      }
      switch (name) {
        case "iati-identifier" -> identifier = text().strip();
        case "reporting-org" -> {
          reporting = organisation(xml.getAttributeValue(null, "ref"), narratives());
          fact = reporting;
        }
        case "title" -> {
          MultilingualText title = narratives();
          if (title != null && !titled) {
            programme.title(title);
            titled = true;
            fact = title;
          }
        }
        case "description" -> {
          String type = xml.getAttributeValue(null, "type");
          MultilingualText description = narratives();
          if (description != null && !described && (type == null || type.equals("1"))) {
            programme.description(description);
            described = true;
            fact = description;
          }
        }
        case "participating-org" -> participant();
        case "activity-status" -> status(xml.getAttributeValue(null, "code"));
        case "activity-date" -> activityDate();
        case "recipient-country" -> recipientCountry();
        case "recipient-region" -> recipientRegion();
        case "related-activity" -> relatedActivity();
        case "sector" -> sdgTarget(name, "8");
        case "tag" -> sdgTarget(name, "3");
        case "document-link" -> documentLink();
        case "budget" -> budget();
        case "transaction" -> transaction();
        default -> skip(name);
      }
      if (capture != null) {
        originals.add(new Original(name, fact, capture.end()));
      }
    }
    unmapped.forEach((element, count) -> diagnose("IATI-001", element + " not mapped yet" + (count > 1 ? " (" + count + " times)" : ""),
        unmappedLine, unmappedColumn));
    Programme built = null;
    if (identifier.isEmpty()) {
      diagnose("IATI-003", "an iati-identifier is required", line(), column());
    } else {
      try {
        String id = IatiIds.id(identifier);
        programme.id(ProgrammeId.of(id));
        if (!id.equals(identifier)) {
          programme.addIdentifier(ExternalIdentifier.of(IdentifierScheme.IATI_ACTIVITY, identifier));
        }
        if (!titled) {
          programme.title(MultilingualText.of(identifier));
          diagnose("IATI-003", "no title: the identifier stands for it", line(), column());
        }
        period();
        built = programme.build();
      } catch (InvalidValueException | IllegalStateException e) {
        diagnose("IATI-003", "the activity cannot become a programme: " + e.getMessage(), line(), column());
      }
    }
    Retained retained = capture == null ? Retained.NONE : new Retained(attributes, originals, built == null ? null : built.period().orElse(null));
    return new IatiRecord(identifier, built, reporting, new ArrayList<>(organisations.values()), diagnostics, retained);
  }

  /** Whether the element is one that migov wrote only because the schema requires it. */
  private boolean isPlaceholder() {
    return "true".equals(xml.getAttributeValue(IatiWriter.NAMESPACE, MigovVocabulary.PLACEHOLDER));
  }

  // ------------------------------------------------------------------------------ elements

  private void participant() throws XMLStreamException {
    String ref = xml.getAttributeValue(null, "ref");
    String role = xml.getAttributeValue(null, "role");
    int line = line();
    int column = column();
    OrganisationId id = organisation(ref, narratives());
    if (id == null) {
      return;
    }
    ParticipantRole participant = byIatiCode(ParticipantRole.values(), r -> r.iatiCode().orElse(-1), role);
    if (participant != null) {
      Participant mapped = Participant.of(id, participant);
      programme.addParticipant(mapped);
      fact = mapped;
      return;
    }
    diagnose("IATI-002", "participating-org role " + quoted(role) + " is not an OrganisationRole code (1 to 4)", line, column);
  }

  private void status(String code) throws XMLStreamException {
    int line = line();
    int column = column();
    skipContent();
    ProgrammeStatus status = byIatiCode(ProgrammeStatus.values(), ProgrammeStatus::iatiCode, code);
    if (status != null) {
      programme.status(status);
      fact = status;
      return;
    }
    diagnose("IATI-002", "activity-status " + quoted(code) + " is not an ActivityStatus code (1 to 6)", line, column);
  }

  /** Activity dates 1 to 4: planned start, actual start, planned end, actual end. */
  private void activityDate() throws XMLStreamException {
    String type = xml.getAttributeValue(null, "type");
    PartialDate date = isoDate();
    skipContent();
    if (date != null && type != null && type.length() == 1 && type.charAt(0) >= '1' && type.charAt(0) <= '4') {
      dates[type.charAt(0) - '0'] = date;
      fact = PERIOD;
    }
  }

  /** The period: actual dates before planned ones. */
  private void period() {
    PartialDate start = dates[2] != null ? dates[2] : dates[1];
    PartialDate end = dates[4] != null ? dates[4] : dates[3];
    if (start != null && end != null) {
      if (end.isCertainlyBefore(start)) {
        diagnose("IATI-003", "the activity ends (" + end + ") before it starts (" + start + "): no period", line(), column());
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
    String code = xml.getAttributeValue(null, "code");
    String percentage = xml.getAttributeValue(null, "percentage");
    int line = line();
    int column = column();
    skipContent();
    try {
      Country country = Country.of(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
      TargetArea area = percentage == null || percentage.isBlank() ? TargetArea.of(country) : TargetArea.of(country, percentage.strip());
      programme.addTargetArea(area);
      fact = area;
    } catch (InvalidValueException e) {
      diagnose("IATI-002", "recipient-country " + quoted(code) + ": " + e.getMessage(), line, column);
    }
  }

  /** A region of the UN M49 vocabulary (2) is a target area; regions of other vocabularies are reported. */
  private void recipientRegion() throws XMLStreamException {
    String code = xml.getAttributeValue(null, "code");
    String vocabulary = xml.getAttributeValue(null, "vocabulary");
    String percentage = xml.getAttributeValue(null, "percentage");
    int line = line();
    int column = column();
    skipContent();
    if (!"2".equals(vocabulary)) {
      diagnose("IATI-001", "recipient-region of vocabulary " + quoted(vocabulary == null ? "1" : vocabulary)
          + " not mapped (UN M49, vocabulary 2, is)", line, column);
      return;
    }
    try {
      String padded = code == null ? "" : "000".substring(Math.min(3, code.strip().length())) + code.strip();
      M49Region region = M49Region.of(padded);
      TargetArea area = percentage == null || percentage.isBlank() ? TargetArea.of(region) : TargetArea.of(region, percentage.strip());
      programme.addTargetArea(area);
      fact = area;
    } catch (InvalidValueException e) {
      diagnose("IATI-002", "recipient-region " + quoted(code) + ": " + e.getMessage(), line, column);
    }
  }

  /** A parent (type 1) is the programme's parent; other relations are reported. */
  private void relatedActivity() throws XMLStreamException {
    String ref = xml.getAttributeValue(null, "ref");
    String type = xml.getAttributeValue(null, "type");
    int line = line();
    int column = column();
    skipContent();
    if (!"1".equals(type) || ref == null || ref.isBlank()) {
      diagnose("IATI-001", "related-activity of type " + quoted(type) + " not mapped (a parent, type 1, is)", line, column);
      return;
    }
    try {
      ProgrammeId parent = ProgrammeId.of(IatiIds.id(ref.strip()));
      programme.parent(parent);
      fact = parent;
    } catch (InvalidValueException e) {
      diagnose("IATI-003", "related-activity " + quoted(ref) + ": " + e.getMessage(), line, column);
    }
  }

  /**
   * A sector (vocabulary 8) or tag (vocabulary 3) of the SDG targets is cited on the programme,
   * when migov knows the target; a tag of one of migov's vocabularies ({@link MigovVocabulary}) is
   * a thematic area, GCM objective, beneficiary group or activity type; other vocabularies are
   * counted as not mapped.
   */
  private void sdgTarget(String element, String targets) throws XMLStreamException {
    String vocabulary = xml.getAttributeValue(null, "vocabulary");
    String code = xml.getAttributeValue(null, "code");
    String clean = code == null ? "" : code.strip();
    int line = line();
    int column = column();
    MigovVocabulary migov = element.equals("tag") && MigovVocabulary.REPORTING_ORGANISATION.equals(vocabulary)
        ? MigovVocabulary.ofUri(xml.getAttributeValue(null, "vocabulary-uri")) : null;
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
        diagnose("IATI-002", "tag " + quoted(code) + " of " + migov.uri() + ": " + e.getMessage(), line, column);
      }
      return;
    }
    if (!targets.equals(vocabulary)) {
      skip(element);
      return;
    }
    skipContent();
    try {
      SdgTarget target = SdgTarget.ofNumber(clean);
      programme.addSdgTarget(target);
      fact = target;
    } catch (InvalidValueException e) {
      diagnose("IATI-002", element + " SDG target " + quoted(code) + ": " + e.getMessage(), line, column);
    }
  }

  /** A document link is a source: its title, URL, date and first language. */
  private void documentLink() throws XMLStreamException {
    String url = xml.getAttributeValue(null, "url");
    int line = line();
    int column = column();
    MultilingualText title = null;
    PartialDate date = null;
    String lang = null;
    while (next() == XMLStreamConstants.START_ELEMENT) {
      switch (xml.getLocalName()) {
        case "title" -> title = narratives();
        case "document-date" -> {
          date = isoDate();
          skipContent();
        }
        case "language" -> {
          if (lang == null) {
            lang = xml.getAttributeValue(null, "code");
          }
          skipContent();
        }
        default -> skipContent();
      }
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
      Source built = source.build();
      programme.addSource(built);
      fact = built;
    } catch (IllegalArgumentException e) {
      diagnose("IATI-003", "document-link " + quoted(url) + ": " + e.getMessage(), line, column);
    }
  }

  private void budget() throws XMLStreamException {
    String type = xml.getAttributeValue(null, "type");
    String status = xml.getAttributeValue(null, "status");
    int line = line();
    int column = column();
    PartialDate start = null;
    PartialDate end = null;
    Money value = null;
    while (next() == XMLStreamConstants.START_ELEMENT) {
      switch (xml.getLocalName()) {
        case "period-start" -> {
          start = isoDate();
          skipContent();
        }
        case "period-end" -> {
          end = isoDate();
          skipContent();
        }
        case "value" -> value = money();
        default -> skipContent();
      }
    }
    if (value == null || start == null || end == null) {
      diagnose("IATI-003", "a budget needs a value, a period-start and a period-end", line, column);
      return;
    }
    try {
      Budget budget = Budget.builder().value(value).period(DateRange.of(start, end))
          .kind("2".equals(type) ? BudgetKind.REVISED : BudgetKind.ORIGINAL)
          .status("2".equals(status) ? BudgetStatus.COMMITTED : BudgetStatus.INDICATIVE).build();
      programme.addBudget(budget);
      fact = budget;
    } catch (InvalidValueException e) {
      diagnose("IATI-003", "budget: " + e.getMessage(), line, column);
    }
  }

  private void transaction() throws XMLStreamException {
    int line = line();
    int column = column();
    String type = null;
    PartialDate date = null;
    Money value = null;
    OrganisationId provider = null;
    OrganisationId receiver = null;
    MultilingualText description = null;
    while (next() == XMLStreamConstants.START_ELEMENT) {
      switch (xml.getLocalName()) {
        case "transaction-type" -> {
          type = xml.getAttributeValue(null, "code");
          skipContent();
        }
        case "transaction-date" -> {
          date = isoDate();
          skipContent();
        }
        case "description" -> description = narratives();
        case "value" -> value = money();
        case "provider-org" -> provider = organisation(xml.getAttributeValue(null, "ref"), narratives());
        case "receiver-org" -> receiver = organisation(xml.getAttributeValue(null, "ref"), narratives());
        default -> skipContent();
      }
    }
    TransactionKind kind = byIatiCode(TransactionKind.values(), TransactionKind::iatiCode, type);
    if (kind == null || date == null || value == null) {
      diagnose("IATI-003", "a transaction needs a known transaction-type, a transaction-date and a value", line, column);
      return;
    }
    Transaction transaction = Transaction.builder().kind(kind).date(date).value(value)
        .provider(Optional.ofNullable(provider)).receiver(Optional.ofNullable(receiver))
        .description(Optional.ofNullable(description)).build();
    programme.addTransaction(transaction);
    fact = transaction;
  }

  /** A value element's amount in its currency or the activity's default one; the parser is on its start. */
  private Money money() throws XMLStreamException {
    String code = xml.getAttributeValue(null, "currency");
    int line = line();
    int column = column();
    String amount = text().strip();
    String currencyCode = code != null && !code.isBlank() ? code : currency;
    try {
      return Money.of(amount, currencyCode == null ? "" : currencyCode);
    } catch (InvalidValueException e) {
      diagnose("IATI-003", "value " + quoted(amount) + " " + quoted(currencyCode) + ": " + e.getMessage(), line, column);
      return null;
    }
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
      diagnose("IATI-003", "organisation " + quoted(ref) + ": " + e.getMessage(), line(), column());
      return null;
    }
  }

  /** The constant of a codelist whose IATI code the text is, or null. */
  private static <E> E byIatiCode(E[] constants, java.util.function.ToIntFunction<E> iatiCode, String text) {
    String code = text == null ? "" : text.strip();
    for (E constant : constants) {
      if (String.valueOf(iatiCode.applyAsInt(constant)).equals(code)) {
        return constant;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------ reading

  /** The narratives of the current element, to its end, as a multilingual text; null when none. */
  private MultilingualText narratives() throws XMLStreamException {
    Map<String, String> texts = new LinkedHashMap<>();
    while (next() == XMLStreamConstants.START_ELEMENT) {
      if (xml.getLocalName().equals("narrative")) {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        String tag = lang != null && !lang.isBlank() ? lang.strip() : language != null ? language : MultilingualText.UNDETERMINED;
        String text = text().strip();
        if (!text.isEmpty()) {
          texts.merge(tag, text, (a, b) -> a + " " + b);
        }
      } else {
        skipContent();
      }
    }
    if (texts.isEmpty()) {
      return null;
    }
    try {
      return MultilingualText.of(texts);
    } catch (InvalidValueException e) {
      diagnose("IATI-003", "narrative: " + e.getMessage(), line(), column());
      return null;
    }
  }

  /** The text of the current element, which is left on its end; nested elements are skipped. */
  private String text() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = advance();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (depth == 1) {
            if (text.length() + xml.getTextLength() > maxText) {
              throw new XMLStreamException("a text longer than " + maxText + " chars", xml.getLocation());
            }
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          }
        }
        case XMLStreamConstants.START_ELEMENT -> depth = deeper(depth);
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
            throw new XMLStreamException("a DTD or an entity reference (refused)", xml.getLocation());
        default -> { }
      }
    }
    return text.toString();
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
    int event = xml.next();
    if (event == XMLStreamConstants.START_ELEMENT) {
      for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
        if (xml.getAttributeValue(i).length() > maxText) {
          throw new XMLStreamException("an attribute longer than " + maxText + " chars", xml.getLocation());
        }
      }
    }
    if (capture != null) {
      capture.event(event);
    }
    return event;
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
    text();
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
    String text = xml.getAttributeValue(null, "iso-date");
    if (text == null) {
      return null;
    }
    String precision = xml.getAttributeValue(IatiWriter.NAMESPACE, MigovVocabulary.PRECISION);
    String day = text.strip().length() >= 10 ? text.strip().substring(0, 10) : text.strip();
    try {
      PartialDate date = PartialDate.parse(day);
      if ("year".equals(precision)) {
        return PartialDate.ofYear(date.year());
      }
      return "month".equals(precision) ? PartialDate.ofYearMonth(date.year(), date.earliestDay().getMonthValue()) : date;
    } catch (InvalidValueException e) {
      diagnose("IATI-003", "iso-date " + quoted(text) + " is not a day", line(), column());
      return null;
    }
  }

  private void diagnose(String code, String message, int line, int column) {
    diagnostics.add(new IatiDiagnostic(code, identifier, message, line, column));
  }

  private int line() {
    return xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
  }

  private int column() {
    return xml.getLocation() == null ? -1 : xml.getLocation().getColumnNumber();
  }

  private static String quoted(String value) {
    return value == null ? "(none)" : InvalidValueException.quote(value);
  }
}
