package org.migov.core.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class M49TableTest {

  @Test
  void theTableIsLoadedOnce() {
    assertSame(M49Table.get(), M49Table.get());
  }

  @Test
  void aMissingResourceFailsNamingIt() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                M49Table.load(
                    name -> name.equals(M49Table.SPANISH) ? null : Country.class.getResourceAsStream(name)));
    assertTrue(e.getMessage().contains("org/migov/core/geography/UNSD-es.csv"), e.getMessage());
  }

  @Test
  void aMissingItalianRegionNameFailsNamingTheFile() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                M49Table.load(
                    name ->
                        name.equals(M49Table.ITALIAN_REGIONS)
                            ? new ByteArrayInputStream(
                                "Code,Name\n001,Mondo\n".getBytes(StandardCharsets.UTF_8))
                            : Country.class.getResourceAsStream(name)));
    assertTrue(e.getMessage().contains("M49-regions-it.csv"), e.getMessage());
  }

  @Test
  void aFreshLoadGivesTheSameData() {
    M49Table fresh = M49Table.load(Country.class::getResourceAsStream);
    assertEquals(Country.values(), fresh.countries());
    assertEquals(M49Region.values(), fresh.regions());
    assertEquals("Caraïbes", fresh.info(M49Region.of("029")).names().get("fr"));
  }

  @Test
  void namesWithCommasInsideQuotesAreRead() {
    assertEquals(
        "Bonaire, Sint Eustatius and Saba", Country.of("BQ").name(Locale.ENGLISH));
    assertTrue(Country.of("BQ").name(Locale.FRENCH).contains(","));
  }

  @Test
  void csvHandlesBomQuotesEscapesAndLineEndings() {
    String text = "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\n\n\"\",z,\"multi\nline\"";
    assertEquals(
        List.of(
            List.of("a", "b", "c"),
            List.of("x, y", "say \"hi\"", ""),
            List.of("", "z", "multi\nline")),
        Csv.parse(text));
  }

  @Test
  void csvRefusesAnUnclosedQuote() {
    assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,\"b\n"));
    assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,\"b\"c\n"));
  }
}
