package org.migov.iati;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.organisation.Organisation;
import org.migov.core.source.Source;

/**
 * Writes one organisation as an {@code iati-organisation}, into a buffer: its identifier, names,
 * reporting organisation and document links from the organisation, and the elements migov does
 * not hold (budgets, expenditure) as a record's file gave them. One instance per organisation.
 */
final class OrganisationWriter {
  private final IatiWriter writer;
  private final Instant time;
  private final Organisation organisation;
  private final Retained retained;
  private final StringBuilder out = new StringBuilder(2048);
  private final List<IatiDiagnostic> losses = new ArrayList<>();
  private final String identifier;

  OrganisationWriter(IatiWriter writer, Instant time, Organisation organisation, IatiOrganisationRecord record) {
    this.writer = writer;
    this.time = time;
    this.organisation = organisation;
    this.retained = record == null ? Retained.NONE : record.retained();
    this.identifier = iatiIdentifier(organisation);
  }

  /** The IATI identifier of an organisation: its own, else its id made back into one. */
  static String iatiIdentifier(Organisation organisation) {
    return organisation.identifiers().stream().filter(id -> id.scheme() == IdentifierScheme.IATI).map(ExternalIdentifier::value)
        .findFirst().orElseGet(() -> ActivityWriter.reversed(organisation.id().value()));
  }

  /** What IATI could not hold of the organisation, known once {@link #write()} has run. */
  List<IatiDiagnostic> losses() {
    return List.copyOf(losses);
  }

  /** The organisation's XML; refused when a text holds a char that XML 1.0 cannot carry. */
  String write() {
    try {
      return writeOrganisation();
    } catch (IllegalArgumentException e) {
      throw new IatiException("expected text XML 1.0 can carry (" + e.getMessage() + "): organisation "
          + organisation.id().value() + " is not written", -1, -1, null);
    }
  }

  private String writeOrganisation() {
    out.append("<iati-organisation").append(retained.attributes().isEmpty()
        ? " last-updated-datetime=\"" + time + "\"" : retained.attributes()).append(">\n");
    out.append("  <organisation-identifier>").append(XmlText.escape(identifier, false)).append("</organisation-identifier>\n");
    if (!IatiIds.id(identifier).equals(organisation.id().value())) {
      lose("its id " + organisation.id().value() + " reads back as " + IatiIds.id(identifier));
    }
    if (!kept("name", organisation.name())) {
      out.append("  <name>\n");
      ActivityWriter.narratives(out, organisation.name(), "    ");
      out.append("  </name>\n");
    }
    reportingOrganisation();
    List<String> sequence = Structure.ORGANISATION.sequence();
    for (String name : sequence.subList(sequence.indexOf("total-budget"), sequence.indexOf("document-link"))) {
      unmapped(name);
    }
    List<Source> left = new ArrayList<>(organisation.sources());
    for (Original original : retained.originals()) {
      if (original.element().equals("document-link") && (original.fact() == null || left.remove(original.fact()))) {
        out.append("  ").append(original.xml()).append('\n');
      }
    }
    for (Source source : left) {
      if (source.url().isPresent()) {
        ActivityWriter.documentLink(out, source, "B16");
      } else {
        lose("source " + source.title() + " without a URL");
      }
    }
    for (Original original : retained.originals()) {
      if (!sequence.contains(original.element())) {
        out.append("  ").append(original.xml()).append('\n');
      }
    }
    notWritten();
    out.append("</iati-organisation>\n");
    return out.toString();
  }

  /** The reporting organisation: the record's, the writer's, or the organisation itself. */
  private void reportingOrganisation() {
    Organisation configured = writer.reportingOrganisation();
    if (configured == null && unmapped("reporting-org")) {
      return;
    }
    Organisation reporting = configured != null ? configured : organisation;
    out.append("  <reporting-org ref=\"").append(XmlText.escape(iatiIdentifier(reporting), true)).append("\" type=\"")
        .append(ActivityWriter.type(reporting)).append("\">\n");
    ActivityWriter.narratives(out, reporting.name(), "    ");
    out.append("  </reporting-org>\n");
  }

  /** The original of a one-element slot, when it holds the fact. */
  private boolean kept(String name, Object fact) {
    for (Original original : retained.originals()) {
      if (original.element().equals(name) && fact.equals(original.fact())) {
        out.append("  ").append(original.xml()).append('\n');
        return true;
      }
    }
    return false;
  }

  /** The originals of a slot, as the file gave them; whether there were any. */
  private boolean unmapped(String name) {
    boolean any = false;
    for (Original original : retained.originals()) {
      if (original.element().equals(name)) {
        out.append("  ").append(original.xml()).append('\n');
        any = true;
      }
    }
    return any;
  }

  /** Reports each fact of the organisation that IATI's organisation standard does not hold. */
  private void notWritten() {
    organisation.acronym().ifPresent(acronym -> lose("acronym"));
    organisation.parent().ifPresent(parent -> lose("parent " + parent.value()));
    organisation.founded().ifPresent(founded -> lose("founded " + founded));
    organisation.dissolved().ifPresent(dissolved -> lose("dissolved " + dissolved));
    organisation.headquarters().ifPresent(headquarters -> lose("headquarters"));
    organisation.unSystemMembership().ifPresent(member -> lose("UN system membership"));
    organisation.website().ifPresent(website -> lose("website " + website));
    if (!organisation.kinds().isEmpty() && writer.reportingOrganisation() != null) {
      lose("kinds " + organisation.kinds());
    }
    organisation.identifiers().stream().filter(id -> id.scheme() != IdentifierScheme.IATI)
        .forEach(id -> lose("identifier " + id.scheme() + " " + id.value()));
    String[] lists = {"counts", "formerNames", "posts", "members", "roles", "predecessors"};
    int[] sizes = {organisation.counts().size(), organisation.formerNames().size(), organisation.posts().size(),
        organisation.members().size(), organisation.roles().size(), organisation.predecessors().size()};
    for (int i = 0; i < lists.length; i++) {
      if (sizes[i] > 0) {
        lose(sizes[i] + " " + lists[i]);
      }
    }
  }

  private void lose(String what) {
    losses.add(new IatiDiagnostic(IatiCheck.NOT_WRITTEN, identifier, -1, -1, what));
  }
}
