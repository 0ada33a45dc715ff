package org.migov.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
 * of the build that is deployed is there. The version is stated once, as the BOM's revision.
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

  /**
   * Walks the modules from the root pom down: the artifactIds of the jar modules that the build
   * deploys go to {@code deployed}, those of the modules that set maven.deploy.skip to
   * {@code skipped}.
   */
  private static void modules(Path dir, List<String> deployed, List<String> skipped) throws Exception {
    Element project = read(dir.resolve("pom.xml")).getDocumentElement();
    Element properties = child(project, "properties");
    boolean skip = properties != null && "true".equals(text(properties, "maven.deploy.skip"));
    if (skip) {
      skipped.add(text(project, "artifactId"));
    } else if (!"pom".equals(text(project, "packaging"))) {
      deployed.add(text(project, "artifactId"));
    }
    Element modules = child(project, "modules");
    if (modules != null) {
      NodeList list = modules.getElementsByTagName("module");
      for (int i = 0; i < list.getLength(); i++) {
        modules(dir.resolve(list.item(i).getTextContent().strip()), deployed, skipped);
      }
    }
  }

  private static Element profile(Element project, String id) {
    NodeList profiles = child(project, "profiles").getElementsByTagName("profile");
    for (int i = 0; i < profiles.getLength(); i++) {
      Element profile = (Element) profiles.item(i);
      if (id.equals(text(profile, "id"))) {
        return profile;
      }
    }
    throw new AssertionError("no profile " + id);
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
    modules(ROOT, deployed, new ArrayList<>());
    assertEquals(new TreeSet<>(deployed), managed, "the BOM lists each deployed module");
  }

  @Test
  void theCentralProfileLeavesOutExactlyTheModulesThatAreNotDeployed() throws Exception {
    Element bom = read(ROOT.resolve("bom/pom.xml")).getDocumentElement();
    NodeList excluded = profile(bom, "central").getElementsByTagName("excludeArtifact");
    TreeSet<String> left = new TreeSet<>();
    for (int i = 0; i < excluded.getLength(); i++) {
      left.add(excluded.item(i).getTextContent().strip());
    }
    List<String> skipped = new ArrayList<>();
    modules(ROOT, new ArrayList<>(), skipped);
    assertEquals(new TreeSet<>(skipped), left);
  }

  @Test
  void everyModuleTakesItsVersionFromTheOneRevisionProperty() throws Exception {
    Element bom = read(ROOT.resolve("bom/pom.xml")).getDocumentElement();
    assertEquals("${revision}", text(bom, "version"));
    String revision = text(child(bom, "properties"), "revision");
    assertEquals(System.getProperty("migov.version"), revision, "the build's version is the BOM's revision");
    List<Path> poms = new ArrayList<>();
    try (var walk = Files.walk(ROOT)) {
      walk.filter(path -> path.getFileName().toString().equals("pom.xml"))
          .filter(path -> !path.toString().contains("/target/"))
          .forEach(poms::add);
    }
    for (Path pom : poms) {
      Element project = read(pom).getDocumentElement();
      Element parent = child(project, "parent");
      if (parent != null) {
        assertEquals("${revision}", text(parent, "version"), pom.toString());
        assertNull(text(project, "version"), pom + " inherits its version");
      }
    }
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertTrue(readme.contains("<version>" + revision + "</version>"), "README's coordinates give " + revision);
  }
}
