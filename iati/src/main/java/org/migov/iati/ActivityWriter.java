package org.migov.iati;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.migov.core.CodedEnum;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.money.Money;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.programme.Budget;
import org.migov.core.programme.Participant;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.programme.Transaction;
import org.migov.core.source.Source;
import org.migov.core.taxonomy.SdgTarget;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;
import org.migov.core.time.Precision;

/**
 * Writes one programme as an {@code iati-activity}, into a buffer, so that a programme that cannot
 * be written leaves nothing behind. One instance per activity.
 */
final class ActivityWriter {
  /** The children of {@code iati-activity}, in the order of the 2.03 schema's sequence. */
  static final List<String> SEQUENCE = Structure.ACTIVITY.sequence();

  private static final String PLACEHOLDER = " migov:" + MigovVocabulary.PLACEHOLDER + "=\"true\"";

  private final IatiWriter writer;
  private final Instant time;
  private final Programme programme;
  private final IatiRecord record;
  private final Retained retained;
  private final Map<String, List<Original>> bySlot = new java.util.LinkedHashMap<>();
  private final Map<OrganisationId, Organisation> recordOrganisations = new HashMap<>();
  private final StringBuilder out = new StringBuilder(4096);
  private final List<IatiDiagnostic> losses = new ArrayList<>();
  private final String identifier;

  ActivityWriter(IatiWriter writer, Instant time, Programme programme, IatiRecord record) {
    this.writer = writer;
    this.time = time;
    this.programme = programme;
    this.record = record;
    this.retained = record == null ? Retained.NONE : record.retained();
    for (Original original : retained.originals()) {
      bySlot.computeIfAbsent(original.element(), name -> new ArrayList<>()).add(original);
    }
    if (record != null) {
      record.organisations().forEach(organisation -> recordOrganisations.put(organisation.id(), organisation));
    }
    this.identifier = programme.identifiers().stream().filter(id -> id.scheme() == IdentifierScheme.IATI_ACTIVITY)
        .map(ExternalIdentifier::value).findFirst().orElseGet(() -> reversed(programme.id().value()));
  }

  /** An activity as its file gave it, from what a record kept. */
  static String verbatim(Retained retained) {
    StringBuilder out = new StringBuilder("<iati-activity").append(retained.attributes()).append(">\n");
    retained.originals().forEach(original -> out.append("  ").append(original.xml()).append('\n'));
    return out.append("</iati-activity>\n").toString();
  }

  /** What IATI could not hold of the programme, known once {@link #write()} has run. */
  List<IatiDiagnostic> losses() {
    return List.copyOf(losses);
  }

  /** The activity's XML; refused when a text holds a char that XML 1.0 cannot carry. */
  String write() {
    try {
      return writeActivity();
    } catch (IllegalArgumentException e) {
      throw refused("text XML 1.0 can carry (" + e.getMessage() + ")");
    }
  }

  private String writeActivity() {
    out.append("<iati-activity").append(retained.attributes().isEmpty()
        ? " last-updated-datetime=\"" + time + "\"" : retained.attributes()).append(">\n");
    element("iati-identifier", "", XmlText.escape(identifier, false));
    if (!IatiIds.id(identifier).equals(programme.id().value())) {
      lose("its id " + programme.id().value() + " reads back as " + IatiIds.id(identifier));
    }
    reportingOrganisation();
    title();
    description();
    participants();
    originals("other-identifier");
    programme.identifiers().stream().filter(id -> id.scheme() != IdentifierScheme.IATI_ACTIVITY)
        .forEach(id -> lose("identifier " + id.scheme() + " " + id.value()));
    status();
    dates();
    originals("contact-info");
    originals("activity-scope");
    targetAreas();
    originals("location");
    Set<Object> cited = new HashSet<>();
    slot("sector", this::cites, cited::add, List.of(), value -> { });
    tags(cited);
    for (String name : SEQUENCE.subList(SEQUENCE.indexOf("country-budget-items"), SEQUENCE.indexOf("budget"))) {
      originals(name);
    }
    budgets();
    originals("planned-disbursement");
    originals("capital-spend");
    transactions();
    sources();
    parent();
    for (String name : SEQUENCE.subList(SEQUENCE.indexOf("legacy-data"), SEQUENCE.size())) {
      originals(name);
    }
    bySlot.forEach((name, originals) -> {
      if (!SEQUENCE.contains(name)) {
        originals.forEach(original -> out.append("  ").append(original.xml()).append('\n'));
      }
    });
    programme.acronym().ifPresent(acronym -> lose("acronym " + acronym));
    programme.fundingInstrument().ifPresent(instrument -> lose("funding instrument " + instrument.value()));
    programme.budgetTotals().forEach(total -> lose("budget total " + total));
    programme.budgetLines().forEach(line -> lose("budget line " + line));
    programme.basedOn().forEach(agreement -> lose("the agreement it is based on, " + agreement.value()));
    out.append("</iati-activity>\n");
    return out.toString();
  }

  // ------------------------------------------------------------------------------ elements

  private void reportingOrganisation() {
    Organisation configured = writer.reportingOrganisation();
    if (configured == null || record != null && record.reportingOrganisation().equals(java.util.Optional.of(configured.id()))) {
      if (bySlot.containsKey("reporting-org")) {
        originals("reporting-org");
        return;
      }
    }
    if (configured == null) {
      throw refused("a reporting organisation (IatiWriter.Builder.reportingOrganisation)");
    }
    String ref = ref(configured.id());
    if (ref == null) {
      throw refused("a reporting organisation with an IATI identifier or an id that is one");
    }
    out.append("  <reporting-org ref=\"").append(XmlText.escape(ref, true)).append("\" type=\"").append(type(configured))
        .append("\">\n");
    narratives(out, configured.name(), "    ");
    out.append("  </reporting-org>\n");
  }

  private void title() {
    if (!covered("title", programme.title())) {
      out.append("  <title>\n");
      narratives(out, programme.title(), "    ");
      out.append("  </title>\n");
    }
  }

  private void description() {
    List<MultilingualText> left = new ArrayList<>(programme.description().stream().toList());
    int written = slot("description", left::contains, left::remove, programme.description().stream().toList(), description -> {
      out.append("  <description type=\"1\">\n");
      narratives(out, description, "    ");
      out.append("  </description>\n");
    });
    if (written == 0) {
      required("a description");
      out.append("  <description type=\"1\"").append(PLACEHOLDER).append(">\n");
      narratives(out, programme.title(), "    ");
      out.append("  </description>\n");
    }
  }

  private void participants() {
    List<Participant> writable = new ArrayList<>();
    for (Participant participant : programme.participants()) {
      if (participant.role().iatiCode().isPresent()) {
        writable.add(participant);
      } else {
        lose("participant " + participant.organisation().value() + " in role " + participant.role() + " (no IATI role)");
      }
    }
    List<Participant> left = new ArrayList<>(writable);
    int written = slot("participating-org", left::contains, left::remove, writable, participant ->
        organisation("participating-org", participant.organisation(), " role=\"" + participant.role().iatiCode().getAsInt() + "\""));
    if (written == 0) {
      Organisation reporting = writer.reportingOrganisation();
      required("a participating organisation");
      out.append("  <participating-org role=\"2\"").append(PLACEHOLDER).append(">\n");
      narratives(out, reporting != null ? reporting.name() : programme.title(), "    ");
      out.append("  </participating-org>\n");
    }
  }

  private void status() {
    if (programme.status().isPresent()) {
      if (!covered("activity-status", programme.status().get())) {
        out.append("  <activity-status code=\"").append(programme.status().get().iatiCode()).append("\"/>\n");
      }
      return;
    }
    required("a status");
    out.append("  <activity-status code=\"").append(ProgrammeStatus.values()[0].iatiCode()).append('"').append(PLACEHOLDER)
        .append("/>\n");
  }

  /** The period as activity dates: actual ones once the programme has started, planned ones before. */
  private void dates() {
    boolean unchanged = Objects.equals(programme.period().orElse(null), retained.period());
    boolean any = false;
    for (Original original : bySlot.getOrDefault("activity-date", List.of())) {
      if (original.fact() == null || unchanged) {
        any |= original.fact() != null || unchanged;
        line(original.xml());
      }
    }
    if (unchanged && any) {
      return;
    }
    if (programme.period().isPresent()) {
      DateRange period = programme.period().get();
      boolean started = programme.status().filter(s -> s.iatiCode() >= 2 && s.iatiCode() != 5).isPresent();
      boolean ended = programme.status().filter(s -> s.iatiCode() == 3 || s.iatiCode() == 4).isPresent();
      period.start().ifPresent(start -> date(out, "activity-date", " type=\"" + (started ? 2 : 1) + "\"", start, start.earliestDay()));
      period.end().ifPresent(end -> date(out, "activity-date", " type=\"" + (ended ? 4 : 3) + "\"", end, end.latestDay()));
      return;
    }
    required("a start or end date");
    out.append("  <activity-date type=\"1\" iso-date=\"").append(LocalDate.ofInstant(time, java.time.ZoneOffset.UTC)).append('"')
        .append(PLACEHOLDER).append("/>\n");
  }

  private void targetAreas() {
    List<TargetArea> left = new ArrayList<>(programme.targetAreas());
    List<TargetArea> countries = new ArrayList<>();
    List<TargetArea> regions = new ArrayList<>();
    for (TargetArea area : programme.targetAreas()) {
      if (area.area() instanceof Country) {
        countries.add(area);
      } else if (area.area() instanceof M49Region) {
        regions.add(area);
      } else {
        left.remove(area);
        lose("target area " + area + " (IATI holds countries and UN M49 regions)");
      }
    }
    slot("recipient-country", left::contains, left::remove, countries, area -> out.append("  <recipient-country code=\"")
        .append(((Country) area.area()).alpha2()).append('"').append(percentage(area)).append("/>\n"));
    slot("recipient-region", left::contains, left::remove, regions, area -> out.append("  <recipient-region code=\"")
        .append(((M49Region) area.area()).code()).append("\" vocabulary=\"2\"").append(percentage(area)).append("/>\n"));
  }

  private void tags(Set<Object> cited) {
    slot("tag", this::cites, cited::add, List.of(), value -> { });
    for (SdgTarget target : programme.sdgTargets()) {
      if (!cited.contains(target)) {
        out.append("  <tag vocabulary=\"3\" code=\"").append(target.number()).append("\"/>\n");
      }
    }
    migovTags(MigovVocabulary.THEMATIC_AREA, programme.thematicAreas(), cited);
    migovTags(MigovVocabulary.GCM_OBJECTIVE, programme.gcmObjectives(), cited);
    migovTags(MigovVocabulary.BENEFICIARY_GROUP, programme.beneficiaryGroups(), cited);
    migovTags(MigovVocabulary.ACTIVITY_TYPE, programme.activityTypes(), cited);
  }

  /** Whether the programme cites a value of a sector's or a tag's vocabulary. */
  private boolean cites(Object value) {
    return programme.sdgTargets().contains(value) || programme.thematicAreas().contains(value)
        || programme.gcmObjectives().contains(value) || programme.beneficiaryGroups().contains(value)
        || programme.activityTypes().contains(value);
  }

  private void migovTags(MigovVocabulary vocabulary, Collection<? extends CodedEnum> values, Set<Object> cited) {
    for (CodedEnum value : values) {
      if (!cited.contains(value)) {
        out.append("  <tag vocabulary=\"").append(MigovVocabulary.REPORTING_ORGANISATION).append("\" vocabulary-uri=\"")
            .append(vocabulary.uri()).append("\" code=\"").append(XmlText.escape(vocabulary.code(value), true)).append("\">\n")
            .append("    <narrative xml:lang=\"en\">").append(XmlText.escape(value.label(Locale.ENGLISH), false))
            .append("</narrative>\n  </tag>\n");
      }
    }
  }

  private void budgets() {
    List<Budget> left = new ArrayList<>(programme.budgets());
    List<Budget> writable = new ArrayList<>();
    for (Budget budget : programme.budgets()) {
      if (budget.period().filter(DateRange::isClosed).isPresent()) {
        writable.add(budget);
      } else {
        left.remove(budget);
        lose("budget " + budget.value() + " without a start and an end");
      }
    }
    slot("budget", left::contains, left::remove, writable, budget -> {
      DateRange period = budget.period().get();
      out.append("  <budget type=\"").append(budget.kind().iatiCode()).append("\" status=\"").append(budget.status().iatiCode())
          .append("\">\n  ");
      date(out, "period-start", "", period.start().get(), period.start().get().earliestDay());
      out.append("  ");
      date(out, "period-end", "", period.end().get(), period.end().get().latestDay());
      value(budget.value(), period.start().get().earliestDay(), "    ");
      out.append("  </budget>\n");
    });
  }

  private void transactions() {
    List<Transaction> left = new ArrayList<>(programme.transactions());
    slot("transaction", left::contains, left::remove, programme.transactions(), transaction -> {
      out.append("  <transaction>\n    <transaction-type code=\"").append(transaction.kind().iatiCode()).append("\"/>\n  ");
      date(out, "transaction-date", "", transaction.date(), transaction.date().earliestDay());
      value(transaction.value(), transaction.date().earliestDay(), "    ");
      transaction.description().ifPresent(description -> {
        out.append("    <description>\n");
        narratives(out, description, "      ");
        out.append("    </description>\n");
      });
      transaction.provider().ifPresent(provider -> organisation("  provider-org", provider, ""));
      transaction.receiver().ifPresent(receiver -> organisation("  receiver-org", receiver, ""));
      out.append("  </transaction>\n");
    });
  }

  private void sources() {
    List<Source> left = new ArrayList<>(programme.sources());
    List<Source> writable = new ArrayList<>();
    for (Source source : programme.sources()) {
      if (source.url().isPresent()) {
        writable.add(source);
        source.publisher().ifPresent(publisher -> lose("the publisher of source " + source.title()));
      } else {
        left.remove(source);
        lose("source " + source.title() + " without a URL");
      }
    }
    slot("document-link", left::contains, left::remove, writable, source -> documentLink(out, source, "A12"));
  }

  /**
   * A source as a document link: its URL, an unknown format, its title, a placeholder category
   * (IATI requires one; migov does not know it), its language and date.
   */
  static void documentLink(StringBuilder out, Source source, String category) {
    out.append("  <document-link url=\"").append(XmlText.escape(source.url().get().toString(), true))
        .append("\" format=\"application/octet-stream\">\n    <title>\n      <narrative>")
        .append(XmlText.escape(source.title(), false)).append("</narrative>\n    </title>\n")
        .append("    <category code=\"").append(category).append('"').append(PLACEHOLDER).append("/>\n");
    source.language().ifPresent(language -> out.append("    <language code=\"").append(XmlText.escape(language, true)).append("\"/>\n"));
    source.date().ifPresent(date -> {
      out.append("  ");
      date(out, "document-date", "", date, date.earliestDay());
    });
    out.append("  </document-link>\n");
  }

  private void parent() {
    List<ProgrammeId> left = new ArrayList<>(programme.parent().stream().toList());
    slot("related-activity", left::contains, left::remove, programme.parent().stream().toList(), parent -> out
        .append("  <related-activity ref=\"").append(XmlText.escape(reversed(parent.value()), true)).append("\" type=\"1\"/>\n"));
  }

  // ------------------------------------------------------------------------------ writing

  /**
   * A slot of the sequence: its elements as the file gave them where the programme still holds
   * their facts (and always where they held none), then the programme's facts that no element gave.
   */
  private <F> int slot(String name, Predicate<Object> holds, Consumer<Object> use, List<F> facts, Consumer<F> generate) {
    List<Object> used = new ArrayList<>();
    int written = 0;
    for (Original original : bySlot.getOrDefault(name, List.of())) {
      if (original.fact() == null) {
        line(original.xml());
        written++;
      } else if (holds.test(original.fact())) {
        use.accept(original.fact());
        used.add(original.fact());
        line(original.xml());
        written++;
      }
    }
    for (F fact : facts) {
      if (!used.remove(fact)) {
        generate.accept(fact);
        written++;
      }
    }
    return written;
  }

  /** The original of a slot of one element, when it holds the fact; false when the slot must be written. */
  private boolean covered(String name, Object fact) {
    for (Original original : bySlot.getOrDefault(name, List.of())) {
      if (fact.equals(original.fact())) {
        line(original.xml());
        return true;
      }
    }
    return false;
  }

  private void originals(String name) {
    bySlot.getOrDefault(name, List.of()).forEach(original -> line(original.xml()));
  }

  private void line(String xml) {
    out.append("  ").append(xml).append('\n');
  }

  private void element(String name, String attributes, String escapedText) {
    out.append("  <").append(name).append(attributes).append('>').append(escapedText).append("</").append(name).append(">\n");
  }

  /** One narrative per language, each with its own xml:lang (none for an undetermined language). */
  static void narratives(StringBuilder out, MultilingualText text, String indent) {
    text.asMap().forEach((language, value) -> {
      out.append(indent).append("<narrative");
      if (!language.equals(MultilingualText.UNDETERMINED)) {
        out.append(" xml:lang=\"").append(XmlText.escape(language, true)).append('"');
      }
      out.append('>').append(XmlText.escape(value, false)).append("</narrative>\n");
    });
  }

  /** A date element: the day, and migov's precision when the date is a year or a month. */
  static void date(StringBuilder out, String name, String attributes, PartialDate date, LocalDate day) {
    out.append("  <").append(name).append(attributes).append(" iso-date=\"").append(day).append('"');
    if (date.precision() != Precision.DAY) {
      out.append(" migov:").append(MigovVocabulary.PRECISION).append("=\"").append(date.precision().name().toLowerCase(Locale.ROOT))
          .append('"');
    }
    out.append("/>\n");
  }

  private void value(Money money, LocalDate valueDate, String indent) {
    out.append(indent).append("<value currency=\"").append(money.currency().getCurrencyCode()).append("\" value-date=\"")
        .append(valueDate).append("\">").append(money.amount().toPlainString()).append("</value>\n");
  }

  /** An organisation element: its ref (when it has one), its type, and its names. */
  private void organisation(String name, OrganisationId id, String attributes) {
    Organisation organisation = recordOrganisations.getOrDefault(id, writer.organisation(id));
    String ref = ref(id);
    String element = name.strip();
    out.append("  <").append(name.strip());
    if (ref != null) {
      out.append(" ref=\"").append(XmlText.escape(ref, true)).append('"');
    }
    if (organisation != null && !organisation.kinds().isEmpty()) {
      out.append(" type=\"").append(type(organisation)).append('"');
    }
    out.append(attributes).append(">\n");
    String indent = name.startsWith(" ") ? "      " : "    ";
    if (organisation != null) {
      narratives(out, organisation.name(), indent);
    } else if (ref == null) {
      narratives(out, MultilingualText.of(reversed(id.value().substring("name:".length()))), indent);
    }
    out.append(name.startsWith(" ") ? "    " : "  ").append("</").append(element).append(">\n");
  }

  /**
   * The IATI ref of an organisation: its IATI identifier, else its id made back into one; null for
   * an id that the reader minted from a name.
   */
  private String ref(OrganisationId id) {
    Organisation organisation = recordOrganisations.getOrDefault(id, writer.organisation(id));
    if (organisation != null) {
      for (ExternalIdentifier identifier : organisation.identifiers()) {
        if (identifier.scheme() == IdentifierScheme.IATI) {
          return identifier.value();
        }
      }
    }
    if (id.value().startsWith("name:")) {
      return null;
    }
    String ref = reversed(id.value());
    if (!IatiIds.id(ref).equals(id.value())) {
      lose("organisation id " + id.value() + " reads back as " + IatiIds.id(ref));
    }
    return ref;
  }

  /** The IATI organisation type of the first of its kinds, 90 (other) when it has none. */
  static int type(Organisation organisation) {
    return organisation.kinds().stream().min(Comparator.naturalOrder()).map(OrganisationKind::iatiOrganisationType).orElse(90);
  }

  private static String percentage(TargetArea area) {
    return area.percentage().map(p -> " percentage=\"" + p.toPlainString() + "\"").orElse("");
  }

  /** The IATI identifier an id was made from, or the id itself when it was not made from one. */
  static String reversed(String id) {
    try {
      String identifier = IatiIds.identifier(id);
      return IatiIds.id(identifier).equals(id) ? identifier : id;
    } catch (IllegalArgumentException e) {
      return id;
    }
  }

  private void required(String what) {
    if (!writer.placeholders()) {
      throw refused(what + ", which IATI requires (or IatiWriter.Builder.placeholders(true))");
    }
    losses.add(new IatiDiagnostic(IatiCheck.PLACEHOLDER_WRITTEN, identifier, -1, -1, what));
  }

  private IatiException refused(String what) {
    return new IatiException("expected " + what + ": programme " + programme.id().value() + " is not written", -1, -1, null);
  }

  private void lose(String what) {
    losses.add(new IatiDiagnostic(IatiCheck.NOT_WRITTEN, identifier, -1, -1, what));
  }
}
