package org.migov.core.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.CodedEnum;
import org.migov.core.InvalidValueException;

class M49RegionTest {
  private static final Locale SPANISH = new Locale("es");

  @Test
  void theTableHasThirtyRegionsSortedByCode() {
    List<M49Region> values = M49Region.values();
    assertEquals(30, values.size());
    for (int i = 1; i < values.size(); i++) {
      assertTrue(values.get(i - 1).code().compareTo(values.get(i).code()) < 0);
    }
    assertSame(M49Region.WORLD, values.get(0));
    assertSame(M49Region.WORLD, M49Region.of("001"));
    assertThrows(UnsupportedOperationException.class, () -> values.remove(0));
  }

  @Test
  void levelsAndParentsFollowTheHierarchy() {
    assertEquals(RegionLevel.WORLD, M49Region.WORLD.level());
    assertEquals(Optional.empty(), M49Region.WORLD.parent());
    assertEquals(
        List.of("002", "009", "019", "142", "150"),
        M49Region.WORLD.children().stream().map(M49Region::code).toList());
    assertEquals(RegionLevel.REGION, M49Region.of("150").level());
    assertEquals(RegionLevel.SUB_REGION, M49Region.of("419").level());
    assertEquals(RegionLevel.INTERMEDIATE_REGION, M49Region.of("029").level());
    assertEquals(Optional.of(M49Region.of("419")), M49Region.of("029").parent());
    assertEquals(Optional.of(M49Region.of("002")), M49Region.of("202").parent());
    assertEquals(
        List.of("005", "013", "029"),
        M49Region.of("419").children().stream().map(M49Region::code).toList());
    assertEquals(List.of(), M49Region.of("039").children());
    for (M49Region region : M49Region.values()) {
      int depth = 0;
      for (Optional<M49Region> p = region.parent(); p.isPresent(); p = p.get().parent()) {
        depth++;
      }
      assertEquals(region.level().ordinal(), depth, region.code());
      for (M49Region child : region.children()) {
        assertEquals(Optional.of(region), child.parent());
      }
    }
  }

  @Test
  void everyRegionsCountriesAreItsChildrensPlusItsDirectMembers() {
    for (M49Region region : M49Region.values()) {
      Set<Country> expected = new HashSet<>();
      for (M49Region child : region.children()) {
        expected.addAll(child.countries());
      }
      for (Country country : Country.values()) {
        if (country.regions().get(0).equals(region)) {
          expected.add(country);
        }
      }
      assertEquals(expected, region.countries(), region.code());
      assertFalse(region.countries().isEmpty(), region.code());
      for (Country country : Country.values()) {
        assertEquals(region.countries().contains(country), region.contains(country));
        assertEquals(region.contains(country), country.isIn(region));
      }
    }
  }

  @Test
  void theWorldContainsEveryCountry() {
    assertEquals(Set.copyOf(Country.values()), M49Region.WORLD.countries());
    for (Country country : Country.values()) {
      assertTrue(M49Region.WORLD.contains(country), country.toString());
      assertEquals(M49Region.WORLD, country.regions().get(country.regions().size() - 1));
    }
  }

  @Test
  void countriesIterateInAlpha2Order() {
    List<Country> listed = List.copyOf(M49Region.of("015").countries());
    assertEquals(
        List.of("DZ", "EG", "EH", "LY", "MA", "SD", "TN"),
        listed.stream().map(Country::alpha2).toList());
    assertThrows(
        UnsupportedOperationException.class,
        () -> M49Region.of("015").countries().add(Country.of("IT")));
  }

  @Test
  void guyanaIsInSouthAmericaAndLatinAmericaButNotTheCaribbean() {
    Country guyana = Country.of("GY");
    assertFalse(M49Region.of("029").contains(guyana));
    assertTrue(M49Region.of("005").contains(guyana));
    assertTrue(M49Region.of("419").contains(guyana));
    assertTrue(M49Region.of("029").contains(Country.of("JM")));
  }

  @Test
  void libyaIsInNorthernAfricaAndAfricaButNotSubSaharanAfrica() {
    assertTrue(M49Region.of("015").contains(Country.of("LY")));
    assertTrue(M49Region.of("002").contains(Country.of("LY")));
    assertFalse(M49Region.of("202").contains(Country.of("LY")));
    assertTrue(M49Region.of("202").contains(Country.of("NE")));
  }

  @Test
  void antarcticaIsInNoRegionButTheWorld() {
    Country antarctica = Country.of("AQ");
    for (M49Region region : M49Region.values()) {
      assertEquals(region.equals(M49Region.WORLD), region.contains(antarctica), region.code());
    }
  }

  @Test
  void containsRegionIsTransitiveAndReflexive() {
    M49Region americas = M49Region.of("019");
    M49Region caribbean = M49Region.of("029");
    assertTrue(americas.contains(caribbean));
    assertTrue(M49Region.of("419").contains(caribbean));
    assertTrue(M49Region.WORLD.contains(caribbean));
    assertTrue(caribbean.contains(caribbean));
    assertFalse(caribbean.contains(americas));
    assertFalse(M49Region.of("150").contains(caribbean));
    for (M49Region outer : M49Region.values()) {
      for (M49Region inner : M49Region.values()) {
        if (outer.contains(inner)) {
          assertTrue(outer.countries().containsAll(inner.countries()));
        }
      }
    }
  }

  @Test
  void regionNamesInFourLanguages() {
    M49Region southernEurope = M49Region.of("039");
    assertEquals("Southern Europe", southernEurope.name(Locale.ENGLISH));
    assertEquals("Europe méridionale", southernEurope.name(Locale.FRENCH));
    assertEquals("Europa meridional", southernEurope.name(SPANISH));
    assertEquals("Europa meridionale", southernEurope.name(Locale.ITALIAN));
    M49Region caribbean = M49Region.of("029");
    assertEquals("Caribbean", caribbean.name(Locale.ENGLISH));
    assertEquals("Caraïbes", caribbean.name(Locale.FRENCH));
    assertEquals("El Caribe", caribbean.name(SPANISH));
    assertEquals("Caraibi", caribbean.name(Locale.ITALIAN));
    assertEquals("Caribbean", caribbean.name(Locale.GERMAN));
    assertEquals("America Latina e Caraibi", M49Region.of("419").name(Locale.ITALIAN));
    assertEquals("Africa subsahariana", M49Region.of("202").name(Locale.ITALIAN));
    assertEquals("Africa settentrionale", M49Region.of("015").name(Locale.ITALIAN));
    // The French table calls 030 "Asie de l'Est" in one row out of eight: the majority wins.
    assertEquals("Asie orientale", M49Region.of("030").name(Locale.FRENCH));
  }

  @Test
  void everyRegionHasANameInEachLanguage() {
    for (M49Region region : M49Region.values()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, SPANISH, Locale.ITALIAN)) {
        assertFalse(region.name(locale).isBlank(), region + " " + locale);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"29", "0029", "abc", "", "999", "XX"})
  void unknownOrMalformedCodesAreRefusedNamingTheValue(String code) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> M49Region.of(code));
    assertTrue(
        e.getMessage().startsWith(
            "expected a UN M49 region code such as \"029\", found "
                + InvalidValueException.quote(code)),
        e.getMessage());
  }

  @Test
  void aCountryCodeIsNotARegionCode() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> M49Region.of("380"));
    assertTrue(e.getMessage().contains("\"380\""), e.getMessage());
    assertTrue(e.getMessage().contains("Italy"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> M49Region.of(null));
  }

  @Test
  void equalityAndStringAreByCode() {
    assertEquals(M49Region.of("029"), M49Region.of("029"));
    assertEquals("029", M49Region.of("029").toString());
    assertEquals("029".hashCode(), M49Region.of("029").hashCode());
  }

  @Test
  void regionLevelsHaveStableCodes() {
    assertEquals("intermediateRegion", RegionLevel.INTERMEDIATE_REGION.code());
    assertEquals("subRegion", RegionLevel.SUB_REGION.code());
    assertEquals(RegionLevel.WORLD, CodedEnum.fromCode(RegionLevel.class, "world"));
  }
}
