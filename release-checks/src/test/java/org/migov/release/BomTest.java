package org.migov.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * migov-bom manages exactly the published migov artifacts: it has no parent (whose management a
 * user importing it would get), every entry is an {@code org.migov} artifact, and every module
 * of the build that is deployed is there.
 */
class BomTest {
  private static final Path ROOT = Path.of(System.getProperty("migov.root", ".."));

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element child = child(parent, name);
    return child == null ? null : child.getTextContent().strip();
  }

  /** The artifactIds of the modules that the build deploys, from the root pom's modules down. */
  private static void deployed(Path dir, List<String> found) throws Exception {
    Element project = read(dir.resolve("pom.xml")).getDocumentElement();
    Element properties = child(project, "properties");
    boolean skipped = properties != null && "true".equals(text(properties, "maven.deploy.skip"));
    if (!"pom".equals(text(project, "packaging")) && !skipped) {
      found.add(text(project, "artifactId"));
    }
    Element modules = child(project, "modules");
    if (modules != null) {
      NodeList list = modules.getElementsByTagName("module");
      for (int i = 0; i < list.getLength(); i++) {
        deployed(dir.resolve(list.item(i).getTextContent().strip()), found);
      }
    }
  }

  @Test
  void theBomHasNoParentAndManagesEveryDeployedMigovArtifactAndNothingElse() throws Exception {
    Element bom = read(ROOT.resolve("bom/pom.xml")).getDocumentElement();
    assertNull(child(bom, "parent"), "a parent's management would reach every user who imports the BOM");
    Element management = child(child(bom, "dependencyManagement"), "dependencies");
    TreeSet<String> managed = new TreeSet<>();
    NodeList dependencies = management.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertEquals("org.migov", text(dependency, "groupId"), text(dependency, "artifactId"));
      assertTrue(managed.add(text(dependency, "artifactId")), "managed twice: " + text(dependency, "artifactId"));
    }
    assertNull(child(bom, "dependencies"));
    List<String> deployed = new ArrayList<>();
    deployed(ROOT, deployed);
    assertEquals(new TreeSet<>(deployed), managed, "the BOM lists each deployed module");
  }
}
