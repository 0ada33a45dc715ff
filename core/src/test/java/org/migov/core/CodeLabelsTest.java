package org.migov.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.OrganisationKind;

/** Every code has a label in the four languages, and labels fall back to English. */
class CodeLabelsTest {
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.FRENCH, Locale.forLanguageTag("es"));

  /** Every codelist of core: the enums implementing CodedEnum, found on the class path. */
  static List<Class<?>> codelists() throws IOException, URISyntaxException {
    Path root = Path.of(CodedEnum.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$") && !f.toString().endsWith("module-info.class"))::iterator) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name);
          if (type.isEnum() && CodedEnum.class.isAssignableFrom(type)) {
            found.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError(name, e);
        }
      }
    }
    return found;
  }

  @Test
  void everyCodeHasALabelInEachLanguage() throws Exception {
    List<Class<?>> codelists = codelists();
    assertTrue(codelists.size() >= 25, codelists.toString());
    int labels = 0;
    for (Class<?> type : codelists) {
      for (Object constant : type.getEnumConstants()) {
        CodedEnum code = (CodedEnum) constant;
        for (Locale language : LANGUAGES) {
          String label = code.label(language);
          assertTrue(!label.isBlank() && label.equals(label.strip()), label);
          labels++;
        }
      }
    }
    assertTrue(labels >= 4 * 180, labels + " labels");
  }

  @Test
  void theResourcesHoldNoLabelOfACodeThatDoesNotExist() throws Exception {
    List<String> keys = new ArrayList<>();
    for (Class<?> type : codelists()) {
      for (Object constant : type.getEnumConstants()) {
        keys.add(type.getSimpleName() + "." + ((CodedEnum) constant).code());
      }
    }
    for (String resource : List.of("Labels.properties", "Labels_it.properties", "Labels_fr.properties", "Labels_es.properties")) {
      Properties properties = new Properties();
      try (InputStream in = CodedEnum.class.getResourceAsStream(resource)) {
        properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      assertEquals(new java.util.TreeSet<>(keys), new java.util.TreeSet<>(properties.stringPropertyNames()), resource);
    }
  }

  @Test
  void labelsReadAsThePeopleOfEachLanguageWriteThem() {
    assertEquals("regional office", OfficeKind.REGIONAL_OFFICE.label(Locale.UK));
    assertEquals("ufficio regionale", OfficeKind.REGIONAL_OFFICE.label(Locale.ITALY));
    assertEquals("bureau régional", OfficeKind.REGIONAL_OFFICE.label(Locale.CANADA_FRENCH));
    assertEquals("oficina regional", OfficeKind.REGIONAL_OFFICE.label(Locale.forLanguageTag("es-MX")));
    assertEquals("intergovernmental organisation", OrganisationKind.INTERGOVERNMENTAL_ORGANISATION.label(Locale.GERMAN),
        "other languages get English");
  }
}
