package org.migov.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.geography.GeographicArea;
import org.migov.core.geography.Place;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.organisation.Approximation;
import org.migov.core.organisation.Count;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Tenure;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.TargetArea;
import org.migov.core.source.Source;
import org.migov.core.time.Dated;
import org.migov.core.time.PartialDate;
import org.migov.validation.Rule;
import org.migov.validation.ValidationReport;
import org.migov.validation.Violation;

/** A dataset laid out for a person to read, in a language. Codes are shown as they are. */
final class CatalogOverview {
  private static final String INDENT = "  ";

  private final Dataset dataset;
  private final Language language;
  private final Locale locale;
  private final LocalDate day;

  CatalogOverview(Dataset dataset, Language language, LocalDate day) {
    this.dataset = dataset;
    this.language = language;
    this.locale = language.locale();
    this.day = day;
  }

  void print(PrintWriter out, ValidationReport report) {
    out.println(language.text("catalog.title", dataset.organisations().size(), dataset.offices().size(),
        dataset.agreements().size(), dataset.programmes().size(), dataset.events().size()));
    long sources = java.util.stream.Stream.of(dataset.organisations(), dataset.offices(), dataset.agreements(),
            dataset.programmes(), dataset.events())
        .flatMap(List::stream).flatMap(e -> e.sources().stream()).map(Source::title).distinct().count();
    out.println(language.text("catalog.sources", sources));
    organisations(out);
    offices(out);
    agreements(out);
    programmes(out);
    events(out);
    out.println();
    StringBuilder warnings = new StringBuilder();
    for (Violation v : report.violations()) {
      warnings.append(warnings.length() == 0 ? " (" : ", ").append(v.code()).append(' ').append(v.entityId().map(Object::toString).orElse("-"));
    }
    if (warnings.length() > 0) {
      warnings.append(')');
    }
    out.println(language.text("catalog.status", day.toString(), report.errors().size(), report.warnings().size(), warnings));
    report.violations().stream().map(Violation::code).distinct().sorted()
        .forEach(code -> out.println(INDENT + language.text("catalog.rule", code, Rule.ofCode(code).summary(locale))));
  }

  private void heading(PrintWriter out, String key) {
    String text = language.text(key);
    out.println();
    out.println(text);
    out.println("-".repeat(text.length()));
  }

  private void organisations(PrintWriter out) {
    heading(out, "catalog.organisations");
    Map<OrganisationKind, List<Organisation>> byKind = new TreeMap<>();
    for (Organisation o : dataset.organisations()) {
      OrganisationKind first = o.kinds().stream().min(Comparator.naturalOrder()).orElse(null);
      if (first != null) {
        byKind.computeIfAbsent(first, k -> new ArrayList<>()).add(o);
      }
    }
    List<Organisation> unkinded = dataset.organisations().stream().filter(o -> o.kinds().isEmpty()).collect(Collectors.toList());
    byKind.forEach((kind, organisations) -> {
      out.println(kind.label(locale));
      organisations.forEach(o -> organisation(out, o));
    });
    if (!unkinded.isEmpty()) {
      out.println("-");
      unkinded.forEach(o -> organisation(out, o));
    }
  }

  private void organisation(PrintWriter out, Organisation o) {
    StringBuilder line = new StringBuilder(INDENT).append(name(o));
    List<String> facts = new ArrayList<>();
    o.founded().ifPresent(d -> facts.add(language.text("catalog.founded", d.toString())));
    o.counts().forEach(count -> facts.add(count(count)));
    o.unSystemMembership().ifPresent(d -> facts.add(language.text("catalog.unSystem", d.toString())));
    o.parent().ifPresent(p -> facts.add(language.text("catalog.partOf", nameOf(p))));
    o.headquarters().ifPresent(h -> facts.add(place(h)));
    if (!facts.isEmpty()) {
      line.append(" (").append(String.join("; ", facts)).append(')');
    }
    out.println(line.append("  [").append(o.id().value()).append(']'));
    for (Post post : o.posts()) {
      out.println(INDENT + INDENT + post.title().get(locale) + ": "
          + post.tenures().stream().map(this::tenure).collect(Collectors.joining(language.text("catalog.then"))));
    }
  }

  /** A count in words, such as {@code more than 170 offices (2025-07)}. */
  private String count(Count count) {
    String approximation = count.approximation() == Approximation.EXACT ? "" : count.approximation().label(locale) + " ";
    return approximation + count.value() + " " + count.kind().label(locale) + count.asOf().map(d -> " (" + d + ")").orElse("");
  }

  private String tenure(Tenure t) {
    String dates = t.start().isEmpty() && t.end().isEmpty() ? ""
        : " (" + t.start().map(PartialDate::toString).orElse("?") + "/" + t.end().map(PartialDate::toString).orElse("") + ")";
    return t.holder().name() + dates;
  }

  private void offices(PrintWriter out) {
    heading(out, "catalog.offices");
    for (Office office : dataset.offices()) {
      String kinds = office.kinds().stream().map(k -> dated(k.value().label(locale), k)).collect(Collectors.joining(", "));
      out.println(office.name().get(locale) + ", " + place(office.location()) + " - " + kinds
          + ", " + nameOf(office.organisation()) + "  [" + office.id().value() + "]");
      String covers = office.areaOfResponsibility().isEmpty()
          ? language.text(office.coversNoCountry() ? "catalog.noCountry" : "catalog.hostOnly")
          : office.areaOfResponsibility().stream().map(a -> dated(area(a.value()), a)).collect(Collectors.joining("; "));
      out.println(INDENT + language.text("catalog.covers") + ": " + covers);
      office.operatingPeriod().ifPresent(p -> out.println(INDENT + p));
    }
  }

  /** A value's text, followed by its period when it has one: {@code countryOffice (2011-07/..)}. */
  private static String dated(String text, Dated<?> value) {
    return value.period().map(p -> text + " (" + p + ")").orElse(text);
  }

  private void agreements(PrintWriter out) {
    heading(out, "catalog.agreements");
    for (Agreement a : dataset.agreements()) {
      StringBuilder line = new StringBuilder(a.title().get(locale)).append(" - ").append(a.kind().label(locale))
          .append(", ").append(a.status().label(locale));
      a.signingDate().ifPresent(d -> line.append(", ").append(d));
      a.signingPlace().ifPresent(p -> line.append(", ").append(place(p)));
      out.println(line.append("  [").append(a.id().value()).append(']'));
      out.println(INDENT + a.parties().stream().map(this::nameOf).collect(Collectors.joining(", ")));
      for (AgreementLink link : a.links()) {
        out.println(INDENT + link.relation().label(locale) + " " + dataset.agreement(link.target())
            .map(t -> t.title().get(locale) + t.signingDate().map(d -> " (" + d + ")").orElse("")).orElse("?")
            + "  [" + link.target().value() + "]");
      }
      List<Agreement> lineage = dataset.lineage(a.id());
      if (lineage.size() > 2) {
        out.println(INDENT + language.text("catalog.lineage") + ": " + lineage.stream().map(l -> l.id().value()).collect(Collectors.joining(" -> ")));
      }
      if (!a.coordinationMechanisms().isEmpty()) {
        out.println(INDENT + language.text("catalog.coordinatedThrough") + " " + a.coordinationMechanisms().stream().map(this::nameOf).collect(Collectors.joining(", ")));
      }
    }
  }

  private void programmes(PrintWriter out) {
    heading(out, "catalog.programmes");
    Map<String, Totals> perFunder = new LinkedHashMap<>();
    Map<String, Totals> perArea = new TreeMap<>();
    for (Programme p : dataset.programmes()) {
      out.println(p.title().get(locale) + p.acronym().map(a -> " (" + a + ")").orElse("")
          + p.status().map(s -> " - " + s.label(locale)).orElse("") + "  [" + p.id().value() + "]");
      List<String> funders = names(p, ParticipantRole.FUNDING);
      out.println(INDENT + language.text("catalog.funders") + ": " + String.join(", ", funders)
          + p.fundingInstrument().map(f -> ", " + language.text("catalog.via") + " " + nameOf(f)).orElse(""));
      out.println(INDENT + language.text("catalog.implementers") + ": " + String.join(", ", names(p, ParticipantRole.IMPLEMENTING)));
      List<String> others = p.participants().stream()
          .filter(x -> x.role() != ParticipantRole.FUNDING && x.role() != ParticipantRole.IMPLEMENTING)
          .map(x -> nameOf(x.organisation()) + " (" + x.role().label(locale) + ")").collect(Collectors.toList());
      if (!others.isEmpty()) {
        out.println(INDENT + language.text("catalog.partners") + ": " + String.join(", ", others));
      }
      out.println(INDENT + language.text("catalog.budget") + ": " + p.budget().map(this::money).orElse(language.text("catalog.noBudget"))
          + p.period().map(period -> ", " + period).orElse(""));
      out.println(INDENT + language.text("catalog.targets") + ": "
          + p.targetAreas().stream().map(this::target).collect(Collectors.joining("; ")));
      String funderKey = funders.isEmpty() ? "-" : String.join(" + ", funders);
      perFunder.computeIfAbsent(funderKey, k -> new Totals()).add(p.budget(), BigDecimal.ONE);
      allocate(p, perArea);
    }
    heading(out, "catalog.perFunder");
    perFunder.forEach((funder, totals) -> out.println(funder + ": " + totals.render()));
    heading(out, "catalog.perArea");
    perArea.forEach((area, totals) -> out.println(area + ": " + totals.render()));
  }

  /** Per target area: split by percentages when given, whole for one area, else shared. */
  private void allocate(Programme p, Map<String, Totals> perArea) {
    List<TargetArea> areas = p.targetAreas();
    boolean percentages = !areas.isEmpty() && areas.stream().allMatch(t -> t.percentage().isPresent());
    if (areas.size() == 1 || percentages) {
      for (TargetArea t : areas) {
        BigDecimal share = areas.size() == 1 ? BigDecimal.ONE : t.percentage().get().movePointLeft(2);
        perArea.computeIfAbsent(area(t.area()), k -> new Totals()).add(p.budget(), share);
      }
    } else if (!areas.isEmpty()) {
      String key = areas.stream().map(t -> area(t.area())).collect(Collectors.joining(" + "))
          + " (" + language.text("catalog.unsplit") + ")";
      perArea.computeIfAbsent(key, k -> new Totals()).add(p.budget(), BigDecimal.ONE);
    }
  }

  private void events(PrintWriter out) {
    heading(out, "catalog.events");
    List<Event> events = new ArrayList<>(dataset.events());
    events.sort(Comparator.comparing((Event e) -> e.date().isEmpty())
        .thenComparing(e -> e.date().map(PartialDate::earliestDay).orElse(LocalDate.MIN)));
    for (Event e : events) {
      String date = e.date().map(PartialDate::toString).orElse(language.text("catalog.noDate"));
      StringBuilder line = new StringBuilder(String.format("%-10s ", date)).append(e.title().get(locale))
          .append(" - ").append(e.kind().label(locale));
      e.status().ifPresent(s -> line.append(", ").append(s.label(locale)));
      e.place().ifPresent(p -> line.append(", ").append(place(p)));
      out.println(line.append("  [").append(e.id().value()).append(']'));
      if (!e.organisations().isEmpty()) {
        out.println(INDENT + INDENT + INDENT + INDENT + INDENT + " " + e.organisations().stream().map(this::nameOf).collect(Collectors.joining(", "))
            + (e.people().isEmpty() ? "" : "; " + e.people().stream().map(p -> p.name()).collect(Collectors.joining(", "))));
      }
    }
  }

  private List<String> names(Programme p, ParticipantRole role) {
    return p.participants().stream().filter(x -> x.role() == role).map(Participant::organisation)
        .map(this::nameOf).collect(Collectors.toList());
  }

  private String name(Organisation o) {
    String name = o.name().get(locale);
    Optional<String> acronym = o.acronym().map(a -> a.get(locale));
    return acronym.isPresent() && !acronym.get().equals(name) ? name + " (" + acronym.get() + ")" : name;
  }

  private String nameOf(OrganisationId id) {
    return dataset.organisation(id).map(o -> o.acronym().map(a -> a.get(locale)).orElse(o.name().get(locale)))
        .orElse(id.value());
  }

  private String place(Place p) {
    return p.locality(locale).map(l -> l + ", ").orElse("") + p.country().name(locale);
  }

  private String area(GeographicArea area) {
    String name = area.name(locale);
    if (area instanceof org.migov.core.geography.NamedArea) {
      Set<String> members = new TreeSet<>();
      area.countries().forEach(c -> members.add(c.name(locale)));
      return name + " (" + String.join(", ", members) + ")";
    }
    if (area instanceof org.migov.core.geography.M49Region) {
      return name + " (M49 " + ((org.migov.core.geography.M49Region) area).code() + ")";
    }
    return name;
  }

  private String target(TargetArea t) {
    return area(t.area()) + t.percentage().map(p -> " " + p.stripTrailingZeros().toPlainString() + "%").orElse("");
  }

  private String money(Money m) {
    DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(Math.max(0, m.amount().scale()));
    format.setMinimumFractionDigits(Math.max(0, m.amount().stripTrailingZeros().scale()));
    return m.currency().getCurrencyCode() + " " + format.format(m.amount());
  }

  /** Budgets added up per currency, and how many programmes gave none. */
  private final class Totals {
    private final Map<String, BigDecimal> amounts = new TreeMap<>();
    private int programmes;
    private int withoutAmount;

    void add(Optional<Money> budget, BigDecimal share) {
      programmes++;
      if (budget.isEmpty()) {
        withoutAmount++;
        return;
      }
      amounts.merge(budget.get().currency().getCurrencyCode(), budget.get().amount().multiply(share), BigDecimal::add);
    }

    String render() {
      List<String> parts = new ArrayList<>();
      amounts.forEach((currency, amount) -> parts.add(money(Money.of(amount, currency))));
      if (withoutAmount > 0) {
        parts.add(language.text("catalog.withoutAmount", withoutAmount));
      }
      return String.join(" + ", parts) + " (" + language.text("catalog.programmeCount", programmes) + ")";
    }
  }
}
