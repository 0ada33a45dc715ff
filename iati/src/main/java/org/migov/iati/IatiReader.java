package org.migov.iati;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.dataset.Dataset;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.xml.sax.SAXException;
import org.migov.core.text.Phrase;

/**
 * Reads IATI 2.01 to 2.03 activity files, one activity at a time: a lazy stream of
 * {@link IatiRecord}s in document order, so that memory stays flat whatever the file's size. The
 * root may be {@code iati-activities} or a bare {@code iati-activity}; files of IATI 1.x are
 * refused with a clear error.
 *
 * <p>Hostile input is refused, never resolved: a DTD or an entity reference is an
 * {@link IatiException}, and so are elements nested deeper than {@value #MAX_DEPTH} and texts
 * longer than {@value #MAX_TEXT} chars.
 *
 * <p>An organisation that the caller already has is used, not minted, when the file names it by
 * an IATI organisation identifier it holds ({@link #resolving}). Each record keeps its activity's
 * elements as the file gave them, so that an {@link IatiWriter} gives back what migov does not
 * hold; {@link #retainingUnmapped(boolean) retainingUnmapped(false)} keeps nothing and reads faster.
 *
 * <p>While it maps, the reader checks each activity in the same pass ({@link IatiCheck}): the
 * structure the 2.03 schema requires, IATI's rules on what it reads, and codelist values (the large
 * lists against IATI's codelist files when given {@link #withCodelists}, by form otherwise). With
 * {@link #validatingSchema}, the official XSD validates the file in that same pass too. An activity
 * with errors is reported and mapped as far as it can be, skipped, or fails the read
 * ({@link OnError}).
 *
 * <p>A stream reads one record ahead of the one it gives, so that what the file says after its
 * last record (the schema's errors there) goes on that record, and a failure past a record comes
 * after it: at most two records are held.
 *
 * <p>Instances are immutable and thread-safe; each stream reads one input on one thread and closes
 * its parser when closed or read to the end (the input stream stays the caller's to close).
 */
public final class IatiReader {
  private static final Phrase A_READABLE_FILE = Phrase.of("a readable file", "un file leggibile", "un fichier lisible",
      "un archivo legible");
  private static final Phrase WELL_FORMED_XML = Phrase.of("well-formed XML", "XML ben formato", "du XML bien formé",
      "XML bien formado");
  private static final Phrase WELL_FORMED_XML_WITHIN_LIMITS = Phrase.of("well-formed XML within migov's limits",
      "XML ben formato entro i limiti di migov", "du XML bien formé, dans les limites de migov",
      "XML bien formado dentro de los límites de migov");
  private static final Phrase.Template AN_ACTIVITY_FILE = Phrase.template("an IATI activity file (root {0} or {1})",
      "un file di attività IATI (radice {0} o {1})", "un fichier d'activités IATI (racine {0} ou {1})",
      "un archivo de actividades IATI (raíz {0} o {1})");
  private static final Phrase.Template AN_ORGANISATION_FILE = Phrase.template("an IATI organisation file (root {0} or {1})",
      "un file di organizzazioni IATI (radice {0} o {1})", "un fichier d'organisations IATI (racine {0} ou {1})",
      "un archivo de organizaciones IATI (raíz {0} o {1})");
  private static final Phrase.Template ELEMENTS_IN = Phrase.template("{0} elements in {1}, found {2}",
      "elementi {0} in {1}; trovato: {2}", "des éléments {0} dans {1} ; trouvé : {2}", "elementos {0} en {1}; se encontró: {2}");

  /** The deepest element nesting read. */
  public static final int MAX_DEPTH = 64;

  /** The longest text or attribute value read, in chars, as migov-json's longest string. */
  public static final int MAX_TEXT = 1_000_000;

  /** The longest activity kept for the writer, in chars of XML; a longer one is refused unless nothing is kept. */
  public static final int MAX_ACTIVITY = 4_000_000;

  /** What the reader does with an activity that has a diagnostic of severity {@link IatiSeverity#ERROR}. */
  public enum OnError {
    /** Report it and map what can be mapped (the default). */
    REPORT,
    /** Report it and give no programme for it (its record says it was skipped). */
    SKIP,
    /** Stop reading: an {@link IatiException} with the first error and its place. */
    FAIL
  }

  /** What a read needs to know, the same for every activity. */
  record Settings(Map<String, Organisation> known, boolean retain, Codelists codelists, LocalDate today, OnError onError,
      Map<Structure, Schema> schemas) {
    Settings withKnown(Map<String, Organisation> changed) {
      return new Settings(changed, retain, codelists, today, onError, schemas);
    }

    Settings withRetain(boolean changed) {
      return new Settings(known, changed, codelists, today, onError, schemas);
    }

    Settings withCodelists(Codelists changed) {
      return new Settings(known, retain, changed, today, onError, schemas);
    }

    Settings withToday(LocalDate changed) {
      return new Settings(known, retain, codelists, changed, onError, schemas);
    }

    Settings withOnError(OnError changed) {
      return new Settings(known, retain, codelists, today, changed, schemas);
    }

    Settings withSchemas(Map<Structure, Schema> changed) {
      return new Settings(known, retain, codelists, today, onError, changed);
    }
  }

  private final XMLInputFactory factory;
  private final Settings settings;

  private IatiReader(XMLInputFactory factory, Settings settings) {
    this.factory = factory;
    this.settings = settings;
  }

  /**
   * A reader on the JDK's StAX parser, hardened.
   *
   * @return the reader
   */
  public static IatiReader create() {
    return using(XMLInputFactory.newDefaultFactory());
  }

  /**
   * A reader on another StAX parser (such as Aalto or Woodstox), hardened the same way.
   *
   * @param factory the parser's factory; this reader sets its DTD and entity properties
   * @return the reader
   */
  public static IatiReader using(XMLInputFactory factory) {
    return new IatiReader(hardened(Objects.requireNonNull(factory, "factory")),
        new Settings(Map.of(), true, Codelists.BY_FORM, null, OnError.REPORT, Map.of()));
  }

  /**
   * This reader, using the caller's organisations for the IATI organisation identifiers they hold
   * ({@link IdentifierScheme#IATI}) instead of minting new ones.
   *
   * @param organisations the organisations; the first one to hold an identifier is used
   * @return the reader
   */
  public IatiReader resolving(Collection<Organisation> organisations) {
    Map<String, Organisation> byIdentifier = new HashMap<>();
    for (Organisation organisation : organisations) {
      for (ExternalIdentifier identifier : organisation.identifiers()) {
        if (identifier.scheme() == IdentifierScheme.IATI) {
          byIdentifier.putIfAbsent(identifier.value(), organisation);
        }
      }
    }
    return with(settings.withKnown(Map.copyOf(byIdentifier)));
  }

  /**
   * This reader, keeping each activity's elements for the writer or not.
   *
   * @param retain true (the default) to keep them, at most {@value #MAX_ACTIVITY} chars an activity
   * @return the reader
   */
  public IatiReader retainingUnmapped(boolean retain) {
    return with(settings.withRetain(retain));
  }

  /**
   * This reader, checking DAC 5-digit sectors, languages, DAC regions and registration agency
   * prefixes against IATI's codelist files instead of by form.
   *
   * @param folder a folder holding {@code Sector.xml}, {@code Language.xml}, {@code Region.xml} and
   *     {@code OrganisationRegistrationAgency.xml} (or its {@code non-embedded} folder holding them);
   *     a list whose file is absent is checked by form
   * @return the reader
   * @throws java.io.UncheckedIOException when a file cannot be read
   * @throws IatiException when a file is not a codelist
   */
  public IatiReader withCodelists(Path folder) {
    return with(settings.withCodelists(Codelists.of(Objects.requireNonNull(folder, "folder"), factory)));
  }

  /**
   * This reader, judging "not in the future" (IATI rules 11.1.4, 11.1.5 and 11.2.1) against a
   * given day rather than the day of each read (UTC).
   *
   * @param day the day
   * @return the reader
   */
  public IatiReader today(LocalDate day) {
    return with(settings.withToday(Objects.requireNonNull(day, "day")));
  }

  /**
   * This reader, doing something else with activities that have errors.
   *
   * @param policy report (the default), skip or fail
   * @return the reader
   */
  public IatiReader onError(OnError policy) {
    return with(settings.withOnError(Objects.requireNonNull(policy, "policy")));
  }

  /**
   * This reader, validating each file against the official IATI 2.03 schema in the same pass:
   * each error of the XSD is a {@link IatiCheck#SCHEMA} diagnostic of the activity (or
   * organisation) open when it was found. migov does not ship IATI's XSDs; nothing is fetched from
   * the network.
   *
   * @param schemas the folder of {@code iati-activities-schema.xsd} and
   *     {@code iati-organisations-schema.xsd}, beside {@code iati-common.xsd} and {@code xml.xsd}
   * @return the reader
   * @throws IatiException when a schema cannot be loaded
   */
  public IatiReader validatingSchema(Path schemas) {
    Map<Structure, Schema> loaded = new EnumMap<>(Structure.class);
    for (Structure structure : Structure.values()) {
      Path xsd = Objects.requireNonNull(schemas, "schemas").resolve(structure.schema());
      try {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        loaded.put(structure, factory.newSchema(xsd.toFile()));
      } catch (SAXException e) {
        throw new IatiException(IatiException.EXPECTED_FOUND.with(Phrase.template("the IATI schema at {0}",
            "lo schema IATI in {0}", "le schéma IATI à {0}", "el esquema IATI en {0}").with(xsd), XmlReason.of(e.getMessage())),
            -1, -1, e);
      }
    }
    return with(settings.withSchemas(Map.copyOf(loaded)));
  }

  private IatiReader with(Settings changed) {
    return new IatiReader(factory, changed);
  }

  private static XMLInputFactory hardened(XMLInputFactory factory) {
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    if (factory.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)) {
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    }
    return factory;
  }

  /**
   * The activities of an IATI file, read as the stream is consumed.
   *
   * @param in the file's bytes (its XML declaration gives the encoding; UTF-8 by default)
   * @return the records, lazily; close the stream to stop early
   * @throws IatiException when the file cannot be read (at the first activity, or later while
   *     streaming), or, with {@link OnError#FAIL}, at an activity's first error
   */
  public Stream<IatiRecord> read(InputStream in) {
    return records(in, Kind.ACTIVITIES);
  }

  /**
   * The organisations of an IATI organisation file, read as the stream is consumed, checked as
   * activities are: the file's structure, codelists and, with {@link #validatingSchema}, the XSD.
   *
   * @param in the file's bytes (its XML declaration gives the encoding; UTF-8 by default)
   * @return the records, lazily; close the stream to stop early
   * @throws IatiException when the file cannot be read, or, with {@link OnError#FAIL}, at an
   *     organisation's first error
   */
  public Stream<IatiOrganisationRecord> readOrganisations(InputStream in) {
    return records(in, Kind.ORGANISATIONS);
  }

  private <R> Stream<R> records(InputStream in, Kind<R> kind) {
    Objects.requireNonNull(in, "in");
    XMLStreamReader xml;
    RawText text;
    try {
      text = RawText.of(in, settings.retain(), 4 * MAX_ACTIVITY);
      xml = factory.createXMLStreamReader(text.bytes());
    } catch (java.io.IOException e) {
      throw new IatiException(IatiException.EXPECTED_FOUND.with(A_READABLE_FILE, XmlReason.of(e.getMessage())), -1, -1, e);
    } catch (IatiException e) {
      throw e;
    } catch (XMLStreamException | RuntimeException e) {
      throw new IatiException(IatiException.EXPECTED_FOUND.with(WELL_FORMED_XML, XmlReason.of(e.getMessage())), -1, -1, e);
    }
    Settings run = settings.today() != null ? settings
        : settings.withToday(LocalDate.now(ZoneOffset.UTC));
    if ("1.1".equals(xml.getVersion())) {
      throw new IatiException(IatiException.EXPECTED.with(Phrase.of("XML 1.0, as IATI files are: this one declares XML 1.1",
          "XML 1.0, come i file IATI: questo dichiara XML 1.1", "du XML 1.0, comme les fichiers IATI : celui-ci déclare XML 1.1",
          "XML 1.0, como los archivos IATI: este declara XML 1.1")), 1, 1, null);
    }
    Cursor<R> cursor = new Cursor<>(xml, run, kind, settings.retain() ? text : null);
    Iterator<R> records = new Iterator<>() {
      private R next;
      private R ahead;
      private boolean started;
      private RuntimeException failure;

      /** Reads one record ahead, so that what the file says after its last record goes on that record. */
      @Override
      public boolean hasNext() {
        if (next != null) {
          return true;
        }
        if (failure != null) {
          RuntimeException thrown = failure;
          failure = null;
          throw thrown;
        }
        if (!started) {
          started = true;
          ahead = cursor.nextActivity();
        }
        if (ahead == null) {
          return false;
        }
        R current = ahead;
        try {
          ahead = cursor.nextActivity();
          if (ahead == null) {
            current = kind.withFileDiagnostics().apply(current, List.of(), cursor.trailing());
          }
        } catch (IatiException e) {
          ahead = null;
          failure = e;
        }
        next = current;
        return true;
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        R record = next;
        next = null;
        return record;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(cursor::close);
  }

  /**
   * A whole IATI file read into one dataset (see {@link IatiImport}).
   *
   * @param in the file's bytes
   * @return the programmes, organisations and diagnostics
   * @throws IatiException when the file cannot be read
   */
  public IatiImport readAll(InputStream in) {
    Dataset.Builder dataset = Dataset.builder();
    Set<OrganisationId> seen = new HashSet<>();
    List<IatiDiagnostic> diagnostics = new ArrayList<>();
    int[] activities = {0};
    try (Stream<IatiRecord> records = read(in)) {
      records.forEach(record -> {
        activities[0]++;
        record.programme().ifPresent(dataset::addProgramme);
        for (Organisation organisation : record.organisations()) {
          if (seen.add(organisation.id())) {
            dataset.addOrganisation(organisation);
          }
        }
        diagnostics.addAll(record.diagnostics());
      });
    }
    return new IatiImport(dataset.build(), diagnostics, activities[0]);
  }

  /** What differs between activity and organisation files, for the cursor. */
  private record Kind<R>(Structure structure, Read<R> read, Function<R, List<IatiDiagnostic>> diagnostics, UnaryOperator<R> skipped,
      Around<R> withFileDiagnostics) {
    static final Kind<IatiRecord> ACTIVITIES = new Kind<>(Structure.ACTIVITY, ActivityMapper::read, IatiRecord::diagnostics,
        IatiRecord::skipped, IatiRecord::withFileDiagnostics);
    static final Kind<IatiOrganisationRecord> ORGANISATIONS = new Kind<>(Structure.ORGANISATION, ActivityMapper::readOrganisation,
        IatiOrganisationRecord::diagnostics, IatiOrganisationRecord::skipped, IatiOrganisationRecord::withFileDiagnostics);
  }

  /** Reads one record with a mapper. */
  @FunctionalInterface
  private interface Read<R> {
    R read(ActivityMapper mapper) throws XMLStreamException;
  }

  /** A record with the file's diagnostics before and after its own. */
  @FunctionalInterface
  private interface Around<R> {
    R apply(R record, List<IatiDiagnostic> before, List<IatiDiagnostic> after);
  }

  /** The parser's position in the file, between records. */
  private static final class Cursor<R> {
    private final XMLStreamReader xml;
    private final Settings settings;
    private final Kind<R> kind;
    private final RawText raw;
    private final SchemaCheck schema;
    private final Map<String, Integer> identifiers = new HashMap<>();
    private final List<IatiDiagnostic> fileDiagnostics = new ArrayList<>();
    private final List<IatiDiagnostic> trailing = new ArrayList<>();
    private int activities;
    private int rootLine = -1;
    private int rootColumn = -1;
    private boolean rootSeen;
    private boolean done;

    Cursor(XMLStreamReader xml, Settings settings, Kind<R> kind, RawText raw) {
      this.xml = xml;
      this.raw = raw;
      this.settings = settings;
      this.kind = kind;
      Schema of = settings.schemas().get(kind.structure());
      this.schema = of == null ? null : new SchemaCheck(xml, of);
    }

    /** The next record, or null at the end of the file. */
    R nextActivity() {
      try {
        while (!done && ActivityMapper.hasNext(xml)) {
          int event = ActivityMapper.next(xml);
          if (schema != null) {
            schema.event(event);
          }
          if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw error(Phrase.of("no DTD and no entity reference (they are refused, never resolved)",
                "nessuna DTD e nessun riferimento a entità (sono rifiutati, mai risolti)",
                "ni DTD ni référence d'entité (elles sont refusées, jamais résolues)",
                "ninguna DTD ni referencia a entidad (se rechazan, nunca se resuelven)"), null);
          }
          if (event != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String name = xml.getLocalName();
          if (!rootSeen) {
            rootSeen = true;
            checkVersion(xml.getAttributeValue(null, "version"));
            if (name.equals(kind.structure().element())) {
              return activity();
            }
            if (!name.equals(kind.structure().root())) {
              throw error((kind == Kind.ACTIVITIES ? AN_ACTIVITY_FILE : AN_ORGANISATION_FILE)
                  .with(kind.structure().root(), kind.structure().element()), null);
            }
            int line = xml.getLocation().getLineNumber();
            int column = xml.getLocation().getColumnNumber();
            rootLine = line;
            rootColumn = column;
            if (xml.getAttributeValue(null, "version") == null) {
              fileDiagnostics.add(new IatiDiagnostic(IatiCheck.MISSING_ATTRIBUTE, "", line, column, name, "version"));
            }
            String generated = xml.getAttributeValue(null, "generated-datetime");
            if (generated != null && !ActivityChecks.isXsdDateTime(generated)) {
              fileDiagnostics.add(new IatiDiagnostic(IatiCheck.DATATYPE, "", line, column, "generated-datetime",
                  ActivityChecks.quoted(generated), "dateTime"));
            }
            continue;
          }
          boolean foreign = xml.getNamespaceURI() != null && !xml.getNamespaceURI().isEmpty();
          if (!foreign && name.equals(kind.structure().element())) {
            return activity();
          }
          if (!foreign) {
            throw error(ELEMENTS_IN.with(kind.structure().element(), kind.structure().root(), name), null);
          }
          skipForeign();
        }
        done = true;
        if (schema != null) {
          for (String[] error : schema.drain()) {
            trailing.add(new IatiDiagnostic(IatiCheck.SCHEMA, "", Integer.parseInt(error[1]), Integer.parseInt(error[2]), error[0]));
          }
        }
        if (activities == 0) {
          IatiException none = new IatiException(IatiException.EXPECTED.with(Phrase.template(
              "at least one {0} in the root, as the schema requires", "almeno un {0} nella radice, come vuole lo schema",
              "au moins un {0} dans la racine, comme le veut le schéma", "al menos un {0} en la raíz, como exige el esquema")
              .with(kind.structure().element())), rootLine, rootColumn, null);
          close();
          throw none;
        }
        close();
        if (!trailing.isEmpty() && settings.onError() == OnError.FAIL) {
          throw new IatiException(IatiException.EXPECTED_FOUND.with(Phrase.of(
              "a file the schema accepts after its last record", "un file che lo schema accetta dopo il suo ultimo record",
              "un fichier que le schéma accepte après son dernier enregistrement",
              "un archivo que el esquema acepta después de su último registro"), IatiException.phraseOf(trailing.get(0))),
              trailing.get(0).line(), trailing.get(0).column(), null);
        }
        return null;
      } catch (XMLStreamException e) {
        throw error(WELL_FORMED_XML_WITHIN_LIMITS, e);
      }
    }

    /** What the file says after its last record (the schema's errors there), known at its end. */
    List<IatiDiagnostic> trailing() {
      return List.copyOf(trailing);
    }

    /** An element of another namespace, which the schema allows after the activities: skipped whole. */
    private void skipForeign() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int event = ActivityMapper.next(xml);
        if (schema != null) {
          schema.event(event);
        }
        if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
          throw new XMLStreamException("elements nested deeper than " + MAX_DEPTH, xml.getLocation());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new XMLStreamException("a DTD or an entity reference (refused)", xml.getLocation());
        }
      }
    }

    private R activity() throws XMLStreamException {
      activities++;
      R record = kind.withFileDiagnostics().apply(kind.read().read(new ActivityMapper(xml, kind.structure(), settings, schema, identifiers, raw)),
          List.copyOf(fileDiagnostics), List.of());
      fileDiagnostics.clear();
      List<IatiDiagnostic> diagnostics = kind.diagnostics().apply(record);
      boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == IatiSeverity.ERROR);
      if (!failed || settings.onError() == OnError.REPORT) {
        return record;
      }
      IatiDiagnostic first = diagnostics.stream().filter(d -> d.severity() == IatiSeverity.ERROR).findFirst().orElseThrow();
      if (settings.onError() == OnError.FAIL) {
        throw new IatiException(Phrase.template("expected an activity without errors, found in {0}: {1} {2}",
            "attesa: un'attività senza errori; trovato in {0}: {1} {2}", "attendu : une activité sans erreur ; trouvé dans {0} : {1} {2}",
            "se esperaba: una actividad sin errores; se encontró en {0}: {1} {2}")
            .with(first.activity(), first.code(), IatiException.phraseOf(first)), first.line(), first.column(), null);
      }
      return kind.skipped().apply(record);
    }

    private void checkVersion(String version) {
      if (version != null && version.startsWith("1.")) {
        throw error(Phrase.template("IATI 2.01 to 2.03: IATI {0} is not supported",
            "IATI da 2.01 a 2.03: IATI {0} non è supportato", "IATI 2.01 à 2.03 : IATI {0} n'est pas pris en charge",
            "IATI 2.01 a 2.03: IATI {0} no se admite").with(version), null);
      }
    }

    private IatiException error(Phrase expected, Throwable cause) {
      int line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
      int column = xml.getLocation() == null ? -1 : xml.getLocation().getColumnNumber();
      return new IatiException(cause == null ? IatiException.EXPECTED.with(expected)
          : IatiException.EXPECTED_FOUND.with(expected, XmlReason.of(cause.getMessage())), line, column, cause);
    }

    void close() {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // nothing held but the parser's buffers
      }
    }
  }
}
