package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.NamedArea;
import org.migov.core.geography.RegionLevel;

/** Laws of the M49 hierarchy and of containment for the three kinds of geographic area. */
class GeographyLawsTest {

  @Test
  void everyRegionHoldsItsChildrensCountriesAndTheCountriesInnermostInIt() {
    for (M49Region region : M49Region.values()) {
      Set<Country> expected = new TreeSet<>();
      for (M49Region child : region.children()) {
        expected.addAll(child.countries());
      }
      for (Country country : Country.values()) {
        if (country.regions().get(0).equals(region)) {
          expected.add(country);
        }
      }
      assertEquals(expected, region.countries(), "countries of " + region + " " + region.name(java.util.Locale.ENGLISH));
      assertFalse(region.countries().isEmpty(), region + " has countries");
    }
  }

  @Test
  void theHierarchyIsATree() {
    for (M49Region region : M49Region.values()) {
      assertTrue(region.contains(region), region + " contains itself");
      for (M49Region child : region.children()) {
        assertEquals(region, child.parent().orElseThrow(), "parent of " + child);
        assertTrue(child.level().compareTo(region.level()) > 0, child + " is deeper than " + region);
        assertTrue(region.contains(child));
        assertFalse(child.contains(region));
        assertTrue(region.countries().containsAll(child.countries()), region + " holds " + child + "'s countries");
        for (Country country : child.countries()) {
          assertTrue(region.contains(country), region + " contains " + country + " of " + child);
        }
      }
      region.parent().ifPresent(parent -> assertTrue(parent.children().contains(region)));
      assertEquals(region.parent().isEmpty(), region.equals(M49Region.WORLD));
      assertTrue(M49Region.WORLD.contains(region));
      assertEquals(region.level() == RegionLevel.WORLD, region.equals(M49Region.WORLD));
    }
    // Children of different parents are disjoint in countries.
    for (M49Region region : M49Region.values()) {
      List<M49Region> children = region.children();
      for (int i = 0; i < children.size(); i++) {
        for (int j = i + 1; j < children.size(); j++) {
          Set<Country> shared = new TreeSet<>(children.get(i).countries());
          shared.retainAll(children.get(j).countries());
          assertTrue(shared.isEmpty(), children.get(i) + " and " + children.get(j) + " share " + shared);
        }
      }
    }
  }

  @Test
  void worldContainsEveryCountry() {
    assertEquals(Set.copyOf(Country.values()), M49Region.WORLD.countries());
    for (Country country : Country.values()) {
      assertTrue(M49Region.WORLD.contains(country), country.toString());
      List<M49Region> chain = country.regions();
      assertEquals(M49Region.WORLD, chain.get(chain.size() - 1), country + " ends in World");
      for (int i = 0; i + 1 < chain.size(); i++) {
        assertEquals(chain.get(i + 1), chain.get(i).parent().orElseThrow(), country + ": chain " + chain);
      }
      assertTrue(chain.get(0).children().isEmpty() || chain.get(0).children().stream().noneMatch(r -> r.contains(country)),
          country + "'s innermost region " + chain.get(0) + " has a child holding it");
    }
  }

  @Test
  void regionContainmentAgreesWithTheCountrysRegions() {
    Property.forAll(ValueGens.countries(), ValueGens.regions())
        .withTries(2000)
        .check(
            (country, region) -> {
              boolean inChain = country.regions().contains(region);
              assertEquals(inChain, region.contains(country), region + " contains " + country);
              assertEquals(inChain, country.isIn(region));
              assertEquals(inChain, region.countries().contains(country));
              assertEquals(inChain, country.regions().stream().anyMatch(region::contains), "via the hierarchy");
            });
  }

  @Test
  void countryContainsOnlyItself() {
    Property.forAll(ValueGens.countries(), ValueGens.countries())
        .withTries(300)
        .check(
            (a, b) -> {
              assertEquals(a.equals(b), a.contains(b));
              assertEquals(Set.of(a), a.countries());
            });
  }

  @Test
  void namedAreaContainsExactlyItsMembers() {
    Property.forAll(ValueGens.namedAreas(), ValueGens.countries())
        .withTries(500)
        .check(
            (area, country) -> {
              assertEquals(area.members().contains(country), area.contains(country), area + " contains " + country);
              assertEquals(area.members(), area.countries());
              for (Country member : area.members()) {
                assertTrue(area.contains(member));
              }
              NamedArea withIt = NamedArea.of(area.name(), concat(area.members(), country));
              assertTrue(withIt.contains(country));
            });
  }

  @Test
  void everyAreaContainsExactlyItsCountries() {
    Property.forAll(ValueGens.geographicAreas(), ValueGens.countries())
        .withTries(1000)
        .check(
            (area, country) -> {
              assertEquals(area.countries().contains(country), area.contains(country), area + " contains " + country);
              assertFalse(area.countries().isEmpty());
              assertTrue(M49Region.WORLD.countries().containsAll(area.countries()));
              assertFalse(area.name(java.util.Locale.ENGLISH).isBlank());
            });
  }

  private static List<Country> concat(Set<Country> members, Country extra) {
    List<Country> all = new java.util.ArrayList<>(members);
    all.add(extra);
    return all;
  }
}
