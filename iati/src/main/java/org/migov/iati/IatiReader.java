package org.migov.iati;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
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
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.dataset.Dataset;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;

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
 * <p>Instances are immutable and thread-safe; each stream reads one input on one thread and closes
 * its parser when closed or read to the end (the input stream stays the caller's to close).
 */
public final class IatiReader {
  /** The deepest element nesting read. */
  public static final int MAX_DEPTH = 64;

  /** The longest text or attribute value read, in chars, as migov-json's longest string. */
  public static final int MAX_TEXT = 1_000_000;

  /** The longest activity kept for the writer, in chars of XML; a longer one is refused unless nothing is kept. */
  public static final int MAX_ACTIVITY = 4_000_000;

  private final XMLInputFactory factory;
  private final Map<String, Organisation> known;
  private final boolean retain;

  private IatiReader(XMLInputFactory factory, Map<String, Organisation> known, boolean retain) {
    this.factory = factory;
    this.known = known;
    this.retain = retain;
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
    return new IatiReader(factory, Map.copyOf(byIdentifier), retain);
  }

  /**
   * This reader, keeping each activity's elements for the writer or not.
   *
   * @param retain true (the default) to keep them, at most {@value #MAX_ACTIVITY} chars an activity
   * @return the reader
   */
  public IatiReader retainingUnmapped(boolean retain) {
    return new IatiReader(factory, known, retain);
  }

  /**
   * A reader on the JDK's StAX parser, hardened.
   *
   * @return the reader
   */
  public static IatiReader create() {
    return new IatiReader(hardened(XMLInputFactory.newDefaultFactory()), Map.of(), true);
  }

  /**
   * A reader on another StAX parser (such as Aalto or Woodstox), hardened the same way.
   *
   * @param factory the parser's factory; this reader sets its DTD and entity properties
   * @return the reader
   */
  public static IatiReader using(XMLInputFactory factory) {
    return new IatiReader(hardened(Objects.requireNonNull(factory, "factory")), Map.of(), true);
  }

  private static XMLInputFactory hardened(XMLInputFactory factory) {
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
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
   *     streaming)
   */
  public Stream<IatiRecord> read(InputStream in) {
    XMLStreamReader xml;
    try {
      xml = factory.createXMLStreamReader(Objects.requireNonNull(in, "in"));
    } catch (XMLStreamException e) {
      throw new IatiException("expected well-formed XML: " + e.getMessage(), -1, -1, e);
    }
    Cursor cursor = new Cursor(xml, known, retain ? MAX_ACTIVITY : 0);
    Iterator<IatiRecord> records = new Iterator<>() {
      private IatiRecord next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = cursor.nextActivity();
        }
        return next != null;
      }

      @Override
      public IatiRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        IatiRecord record = next;
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

  /** The parser's position in the file, between activities. */
  private static final class Cursor {
    private final XMLStreamReader xml;
    private final Map<String, Organisation> known;
    private final int maxActivity;
    private boolean rootSeen;
    private boolean done;

    Cursor(XMLStreamReader xml, Map<String, Organisation> known, int maxActivity) {
      this.xml = xml;
      this.known = known;
      this.maxActivity = maxActivity;
    }

    private IatiRecord activity() throws XMLStreamException {
      return new ActivityMapper(xml, MAX_DEPTH, MAX_TEXT, known, maxActivity).read();
    }

    /** The next activity, or null at the end of the file. */
    IatiRecord nextActivity() {
      try {
        while (!done && xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw error("no DTD and no entity reference (they are refused, never resolved)", null);
          }
          if (event != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String name = xml.getLocalName();
          if (!rootSeen) {
            rootSeen = true;
            checkVersion(xml.getAttributeValue(null, "version"));
            if (name.equals("iati-activity")) {
              return activity();
            }
            if (!name.equals("iati-activities")) {
              throw error("an IATI activity file (root iati-activities or iati-activity)", null);
            }
            continue;
          }
          if (name.equals("iati-activity")) {
            return activity();
          }
          throw error("iati-activity elements in iati-activities, found " + name, null);
        }
        done = true;
        close();
        return null;
      } catch (XMLStreamException e) {
        throw error("well-formed XML within migov's limits", e);
      }
    }

    private void checkVersion(String version) {
      if (version != null && version.startsWith("1.")) {
        throw error("IATI 2.01 to 2.03: IATI " + version + " is not supported", null);
      }
    }

    private IatiException error(String expected, Throwable cause) {
      int line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
      int column = xml.getLocation() == null ? -1 : xml.getLocation().getColumnNumber();
      String found = cause == null ? "" : ": " + cause.getMessage();
      return new IatiException("expected " + expected + found, line, column, cause);
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
