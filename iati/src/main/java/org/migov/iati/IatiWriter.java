package org.migov.iati;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.migov.core.dataset.Dataset;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.Programme;

/**
 * Writes migov programmes as an IATI 2.03 activity file (and organisations as an organisation
 * file), streaming, in UTF-8, elements in the
 * order of the schema's sequence. What IATI holds is written with IATI's own elements; migov's
 * thematic areas, GCM objectives, beneficiary groups and activity types as tags of the reporting
 * organisation's vocabulary whose {@code vocabulary-uri} names the migov codelist; a year or a
 * month as a day with a {@value #NAMESPACE} precision attribute. What IATI cannot hold (an acronym,
 * agreements, budget lines...) is left out and reported, activity by activity.
 *
 * <p>A record read by {@link IatiReader} is written back with its activity's elements as the file
 * gave them, as long as the programme still holds the fact read from each: an unchanged record
 * gives its activity back, unmapped content included, and an edited one is written from the
 * programme where it changed.
 *
 * <p>IATI requires a description, a status, a participating organisation and a date: a programme
 * without one is refused, or, with {@link Builder#placeholders(boolean) placeholders(true)}, given
 * an element marked {@code migov:placeholder="true"} that {@link IatiReader} ignores.
 *
 * <p>Instances are immutable and thread-safe; each {@link Document} writes one output on one thread.
 */
public final class IatiWriter {
  /** The namespace of migov's attributes in IATI files, which IATI's schema allows on every element. */
  public static final String NAMESPACE = "urn:migov:iati";

  private final Organisation reportingOrganisation;
  private final Map<OrganisationId, Organisation> organisations;
  private final Instant generatedAt;
  private final boolean placeholders;

  private IatiWriter(Builder builder) {
    this.reportingOrganisation = builder.reportingOrganisation;
    this.organisations = Map.copyOf(builder.organisations);
    this.generatedAt = builder.generatedAt;
    this.placeholders = builder.placeholders;
  }

  /**
   * A builder: no reporting organisation, no organisations, the time of each document, no
   * placeholders.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a file on an output stream: the XML declaration and the {@code iati-activities} start.
   *
   * @param out where the bytes go; it stays the caller's to close
   * @return the document, to write activities to and to close
   * @throws UncheckedIOException when the stream cannot be written
   */
  public Document open(OutputStream out) {
    return new Document(new Sink(Objects.requireNonNull(out, "out"), "iati-activities", generatedAt));
  }

  /**
   * Writes every programme of a dataset, its organisations named by their names and IATI
   * identifiers, as one file.
   *
   * @param dataset the programmes and organisations
   * @param out where the bytes go; it stays the caller's to close
   * @return what was left out, programme by programme
   * @throws IatiException when a programme cannot be written (nothing of it is)
   * @throws UncheckedIOException when the stream cannot be written
   */
  public List<IatiDiagnostic> write(Dataset dataset, OutputStream out) {
    Builder with = new Builder(this);
    dataset.organisations().forEach(organisation -> with.organisations.putIfAbsent(organisation.id(), organisation));
    IatiWriter writer = with.build();
    List<IatiDiagnostic> losses = new ArrayList<>();
    try (Document document = writer.open(out)) {
      for (Programme programme : dataset.programmes()) {
        losses.addAll(document.write(programme));
      }
    }
    return losses;
  }

  /**
   * Starts an organisation file on an output stream: the XML declaration and the
   * {@code iati-organisations} start.
   *
   * @param out where the bytes go; it stays the caller's to close
   * @return the document, to write organisations to and to close
   * @throws UncheckedIOException when the stream cannot be written
   */
  public OrganisationDocument openOrganisations(OutputStream out) {
    return new OrganisationDocument(new Sink(Objects.requireNonNull(out, "out"), "iati-organisations", generatedAt));
  }

  /**
   * Writes organisations as one organisation file.
   *
   * @param organisations the organisations
   * @param out where the bytes go; it stays the caller's to close
   * @return what was left out, organisation by organisation
   * @throws UncheckedIOException when the stream cannot be written
   */
  public List<IatiDiagnostic> writeOrganisations(Collection<Organisation> organisations, OutputStream out) {
    List<IatiDiagnostic> losses = new ArrayList<>();
    try (OrganisationDocument document = openOrganisations(out)) {
      for (Organisation organisation : organisations) {
        losses.addAll(document.write(organisation));
      }
    }
    return losses;
  }

  /** An output being written: the declaration and root at the start, the root's end when closed. */
  private static final class Sink {
    private final Writer out;
    private final String root;
    private final Instant time;
    private boolean closed;

    Sink(OutputStream stream, String root, Instant generatedAt) {
      this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
      this.root = root;
      this.time = (generatedAt != null ? generatedAt : Instant.now()).truncatedTo(ChronoUnit.SECONDS);
      append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " version=\"2.03\" generated-datetime=\"" + time
          + "\" xmlns:migov=\"" + NAMESPACE + "\">\n");
    }

    void record(String xml) {
      if (closed) {
        throw new IllegalStateException("the document is closed");
      }
      append(xml);
    }

    void close() {
      if (!closed) {
        append("</" + root + ">\n");
        closed = true;
        try {
          out.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    private void append(String text) {
      try {
        out.write(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** One activity file being written: activities go in one at a time; closing it ends the file. */
  public final class Document implements Closeable {
    private final Sink sink;

    private Document(Sink sink) {
      this.sink = sink;
    }

    /**
     * Writes a programme as an activity.
     *
     * @param programme the programme
     * @return what IATI could not hold of it
     * @throws IatiException when it cannot be written (nothing of it is, and the document goes on)
     * @throws IllegalStateException when the document is closed
     */
    public List<IatiDiagnostic> write(Programme programme) {
      return activity(new ActivityWriter(IatiWriter.this, sink.time, Objects.requireNonNull(programme, "programme"), null));
    }

    /**
     * Writes a record as an activity: the elements its file gave, where the programme still holds
     * their facts, and the rest from the programme. The record's reporting organisation stands
     * unless the writer was given another one. A record whose activity did not become a programme
     * is written as the file gave it.
     *
     * @param record the record, with a programme or with its activity kept
     * @return what IATI could not hold of the programme
     * @throws IatiException when it cannot be written (nothing of it is, and the document goes on)
     * @throws IllegalStateException when the document is closed
     */
    public List<IatiDiagnostic> write(IatiRecord record) {
      Objects.requireNonNull(record, "record");
      if (record.programme().isEmpty()) {
        if (record.retained() == Retained.NONE) {
          throw new IatiException("expected a record with a programme, or with its activity kept: activity "
              + IatiException.printable(record.identifier()) + " has neither", -1, -1, null);
        }
        sink.record(ActivityWriter.verbatim(record.retained()));
        return List.of();
      }
      return activity(new ActivityWriter(IatiWriter.this, sink.time, record.programme().get(), record));
    }

    private List<IatiDiagnostic> activity(ActivityWriter activity) {
      String xml = activity.write();
      sink.record(xml);
      return activity.losses();
    }

    /**
     * Ends the file and flushes it; the stream stays open. Closing again does nothing. IATI's
     * schema requires at least one activity: a file closed with none is well-formed, not valid.
     *
     * @throws UncheckedIOException when the stream cannot be written
     */
    @Override
    public void close() {
      sink.close();
    }
  }

  /** One organisation file being written: organisations go in one at a time; closing it ends the file. */
  public final class OrganisationDocument implements Closeable {
    private final Sink sink;

    private OrganisationDocument(Sink sink) {
      this.sink = sink;
    }

    /**
     * Writes an organisation: its IATI identifier (else its id made back into one), names,
     * document links, and as reporting organisation the writer's or else itself.
     *
     * @param organisation the organisation
     * @return what IATI could not hold of it
     * @throws IatiException when a text holds a char XML 1.0 cannot carry (nothing of it is written)
     * @throws IllegalStateException when the document is closed
     */
    public List<IatiDiagnostic> write(Organisation organisation) {
      return organisation(new OrganisationWriter(IatiWriter.this, sink.time, Objects.requireNonNull(organisation, "organisation"), null));
    }

    /**
     * Writes a record: the budgets and other elements migov does not hold as its file gave them,
     * the rest from its organisation.
     *
     * @param record the record, with an organisation
     * @return what IATI could not hold of the organisation
     * @throws IatiException when the record has no organisation
     * @throws IllegalStateException when the document is closed
     */
    public List<IatiDiagnostic> write(IatiOrganisationRecord record) {
      Objects.requireNonNull(record, "record");
      Organisation organisation = record.organisation().orElseThrow(() -> new IatiException(
          "expected a record with an organisation: " + IatiException.printable(record.identifier()) + " did not become one", -1, -1, null));
      return organisation(new OrganisationWriter(IatiWriter.this, sink.time, organisation, record));
    }

    private List<IatiDiagnostic> organisation(OrganisationWriter organisation) {
      String xml = organisation.write();
      sink.record(xml);
      return organisation.losses();
    }

    /**
     * Ends the file and flushes it; the stream stays open. Closing again does nothing.
     *
     * @throws UncheckedIOException when the stream cannot be written
     */
    @Override
    public void close() {
      sink.close();
    }
  }

  Organisation reportingOrganisation() {
    return reportingOrganisation;
  }

  Organisation organisation(OrganisationId id) {
    return organisations.get(id);
  }

  boolean placeholders() {
    return placeholders;
  }

  /** Settings of a writer. Not thread-safe; the writer it builds is. */
  public static final class Builder {
    private Organisation reportingOrganisation;
    private final Map<OrganisationId, Organisation> organisations = new HashMap<>();
    private Instant generatedAt;
    private boolean placeholders;

    private Builder() {}

    private Builder(IatiWriter writer) {
      reportingOrganisation = writer.reportingOrganisation;
      organisations.putAll(writer.organisations);
      generatedAt = writer.generatedAt;
      placeholders = writer.placeholders;
    }

    /**
     * The organisation that publishes the file, its {@code reporting-org}: required for
     * programmes, and it replaces a record's own.
     *
     * @param organisation the publisher; its IATI identifier, if any, is the ref
     * @return this builder
     */
    public Builder reportingOrganisation(Organisation organisation) {
      this.reportingOrganisation = Objects.requireNonNull(organisation, "organisation");
      organisations.putIfAbsent(organisation.id(), organisation);
      return this;
    }

    /**
     * Organisations the programmes name: their names and IATI identifiers are written. An
     * organisation not given is written by its id alone.
     *
     * @param known the organisations; the first of an id stands
     * @return this builder
     */
    public Builder organisations(Collection<Organisation> known) {
      known.forEach(organisation -> organisations.putIfAbsent(organisation.id(), organisation));
      return this;
    }

    /**
     * The time written as the file's {@code generated-datetime} and each activity's
     * {@code last-updated-datetime}, for reproducible files.
     *
     * @param time the time, to the second
     * @return this builder
     */
    public Builder generatedAt(Instant time) {
      this.generatedAt = Objects.requireNonNull(time, "time");
      return this;
    }

    /**
     * Whether a programme that lacks an element IATI requires gets a marked placeholder instead
     * of being refused.
     *
     * @param write true to write placeholders
     * @return this builder
     */
    public Builder placeholders(boolean write) {
      this.placeholders = write;
      return this;
    }

    /**
     * The writer.
     *
     * @return the writer
     */
    public IatiWriter build() {
      return new IatiWriter(this);
    }
  }
}
