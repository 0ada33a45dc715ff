package org.migov.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.migov.core.text.Phrase;

/**
 * The large IATI codelists that the reader checks values against when the caller points to a
 * folder of IATI's codelist files (DAC 5-digit sectors, languages, DAC regions, registration
 * agencies), and checks by form otherwise. Immutable.
 */
final class Codelists {
  /** No files: every check is by form. */
  static final Codelists BY_FORM = new Codelists(null, null, null, null);

  private final Set<String> sectors;
  private final Set<String> languages;
  private final Set<String> regions;
  private final Set<String> agencies;

  private Codelists(Set<String> sectors, Set<String> languages, Set<String> regions, Set<String> agencies) {
    this.sectors = sectors;
    this.languages = languages;
    this.regions = regions;
    this.agencies = agencies;
  }

  /**
   * The codelists of a folder laid out as IATI publishes them: {@code Sector.xml},
   * {@code Language.xml}, {@code Region.xml} and {@code OrganisationRegistrationAgency.xml},
   * directly in it or in its {@code non-embedded} folder. A list whose file is absent is checked by
   * form.
   *
   * @throws UncheckedIOException when a file cannot be read
   * @throws IatiException when a file is not a codelist
   */
  static Codelists of(Path folder, XMLInputFactory factory) {
    return new Codelists(codes(folder, "Sector.xml", factory), lowerCase(codes(folder, "Language.xml", factory)),
        codes(folder, "Region.xml", factory), codes(folder, "OrganisationRegistrationAgency.xml", factory));
  }

  /** A DAC 5-digit sector code: on the list, or five digits. */
  boolean isSector(String code) {
    return sectors != null ? sectors.contains(code) : code.length() == 5 && code.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** A language code (ISO 639-1): on the list, or two letters, whatever their case. */
  boolean isLanguage(String tag) {
    String lower = tag.strip().toLowerCase(Locale.ROOT);
    return languages != null ? languages.contains(lower) : lower.length() == 2 && lower.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  /** A DAC region code: on the list, or three digits. */
  boolean isDacRegion(String code) {
    return regions != null ? regions.contains(code) : code.length() == 3 && code.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * An organisation identifier that starts with a registration agency's prefix and a hyphen: an
   * agency on the list, or of the form {@code XX-ABC-}.
   */
  boolean isRegistrationAgencyPrefixed(String identifier) {
    if (agencies != null) {
      for (int i = identifier.indexOf('-'); i > 0; i = identifier.indexOf('-', i + 1)) {
        if (agencies.contains(identifier.substring(0, i))) {
          return true;
        }
      }
      return false;
    }
    int second = identifier.indexOf('-', 3);
    return identifier.length() > 3 && Character.isLetter(identifier.charAt(0)) && Character.isLetter(identifier.charAt(1))
        && identifier.charAt(2) == '-' && second > 3 && second < identifier.length() - 1;
  }

  private static Set<String> lowerCase(Set<String> codes) {
    if (codes == null) {
      return null;
    }
    Set<String> lower = new HashSet<>();
    codes.forEach(code -> lower.add(code.toLowerCase(Locale.ROOT)));
    return Set.copyOf(lower);
  }

  /** The codes of a codelist file, or null when the folder has none of that name. */
  private static Set<String> codes(Path folder, String name, XMLInputFactory factory) {
    Path file = Files.exists(folder.resolve(name)) ? folder.resolve(name) : folder.resolve("non-embedded").resolve(name);
    if (!Files.exists(file)) {
      return null;
    }
    Set<String> codes = new HashSet<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        int depthInItem = -1;
        int depth = 0;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new IatiException(IatiException.EXPECTED.with(Phrase.template("a codelist without DTD or entity in {0}",
                "una lista di codici senza DTD né entità in {0}", "une liste de codes sans DTD ni entité dans {0}",
                "una lista de códigos sin DTD ni entidad en {0}").with(file)), -1, -1, null);
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (xml.getLocalName().equals("codelist-item")) {
              depthInItem = depth;
            } else if (xml.getLocalName().equals("code") && depth == depthInItem + 1) {
              codes.add(xml.getElementText().strip());
              depth--;
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
        }
      } finally {
        xml.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the codelist " + file, e);
    } catch (XMLStreamException e) {
      throw new IatiException(IatiException.EXPECTED_FOUND.with(Phrase.template("a codelist file at {0}",
          "un file di lista di codici in {0}", "un fichier de liste de codes à {0}", "un archivo de lista de códigos en {0}")
          .with(file), XmlReason.of(e.getMessage())), -1, -1, e);
    }
    return Set.copyOf(codes);
  }
}
