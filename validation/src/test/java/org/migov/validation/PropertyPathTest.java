package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A path is built from parts, written two ways, and compared by value. */
class PropertyPathTest {
  @Test
  void aPathIsWrittenAsTextAndAsAPointer() {
    PropertyPath path = PropertyPath.of("budgetLines").index(2).property("amount");
    assertEquals("budgetLines[2].amount", path.toString());
    assertEquals("/budgetLines/2/amount", path.toPointer());
    assertEquals("posts[0].tenures[1]", PropertyPath.of("posts").index(0).property("tenures").index(1).toString());
    assertEquals("acronym[fr]", PropertyPath.of("acronym").key("fr").toString());
    assertEquals("", PropertyPath.ROOT.toString());
    assertEquals("", PropertyPath.ROOT.toPointer());
    assertTrue(PropertyPath.ROOT.isRoot());
  }

  @Test
  void aKeyStaysOneKeyWhateverItsCharacters() {
    PropertyPath path = PropertyPath.of("acronym").key("a.b/c~d");
    assertEquals("/acronym/a.b~1c~0d", path.toPointer());
    assertNotEquals(PropertyPath.of("acronym").property("a").property("b"), PropertyPath.of("acronym").key("a.b"));
  }

  @Test
  void equalPartsMakeEqualPaths() {
    assertEquals(PropertyPath.of("links").index(3).property("target"), PropertyPath.of("links").index(3).property("target"));
    assertEquals(PropertyPath.of("links").index(3).hashCode(), PropertyPath.of("links").index(3).hashCode());
    assertNotEquals(PropertyPath.of("links").index(3), PropertyPath.of("links").index(4));
    assertNotEquals(PropertyPath.of("links").index(3), PropertyPath.of("links").key("3"));
    assertTrue(PropertyPath.of("a").compareTo(PropertyPath.of("b")) < 0);
  }

  @Test
  void aBadPartIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PropertyPath.of(""));
    assertThrows(IllegalArgumentException.class, () -> PropertyPath.of("links").index(-1));
    assertThrows(NullPointerException.class, () -> PropertyPath.of("acronym").key(null));
  }
}
