package org.migov.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.core.programme.ProgrammeStatus;

/** docs/iati.md: its code is the code IatiDocExample runs, its example file gives what it says, its catalogue is IatiCheck's. */
class IatiDocTest {
  private static final Path DOC = Path.of("..", "docs", "iati.md");
  private static final String CATALOGUE_START = "<!-- catalogue: generated from IatiCheck by IatiDocTest -->";
  private static final String CATALOGUE_END = "<!-- end of catalogue -->";

  @TempDir
  Path dir;

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  private static String block(String doc, String marker, String language) {
    Matcher m = Pattern.compile("<!-- " + marker + " -->\\s*```" + language + "\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc);
    assertTrue(m.find(), "docs/iati.md has no " + marker + " block");
    return m.group(1);
  }

  @Test
  void theCodeOnThePageIsTheCodeThatRuns() throws IOException {
    String source = Files.readString(Path.of("src", "test", "java", "org", "migov", "iati", "IatiDocExample.java"), StandardCharsets.UTF_8);
    for (String example : List.of("read", "write")) {
      String shown = block(doc(), "example: " + example, "java");
      String start = "    // example: " + example + "\n";
      int from = source.indexOf(start) + start.length();
      int to = source.indexOf("\n    // ", from);
      String code = source.substring(from, to).lines().map(line -> line.length() >= 4 ? line.substring(4) : line)
          .collect(Collectors.joining("\n"));
      assertEquals(code, shown, "docs/iati.md shows the code of IatiDocExample (" + example + ")");
    }
  }

  @Test
  void theExampleFileGivesWhatThePageSays() throws IOException {
    Path file = dir.resolve("activity.xml");
    Files.writeString(file, block(doc(), "example: activity", "xml"), StandardCharsets.UTF_8);
    List<String> report = IatiDocExample.run(file, dir.resolve("out.xml"));
    assertEquals(block(doc(), "example: report", "text"), String.join("\n", report));
    try (Stream<IatiRecord> again = IatiReader.create().read(Files.newInputStream(dir.resolve("out.xml")))) {
      IatiRecord record = again.findFirst().orElseThrow();
      assertEquals(ProgrammeStatus.CLOSED, record.programme().orElseThrow().status().orElseThrow());
      assertTrue(record.unmapped().stream().anyMatch(xml -> xml.startsWith("<location")), "the location came back: " + record.unmapped());
    }
  }

  /** The catalogue of checks, as IatiCheck declares them. */
  static String catalogue() {
    StringBuilder out = new StringBuilder(CATALOGUE_START).append("\n\n| code | check | severity | message (English; also it, fr, es) |\n|---|---|---|---|\n");
    for (IatiCheck check : IatiCheck.values()) {
      out.append("| `").append(check.code()).append("` | `").append(check.name()).append("` | ").append(check.severity().name().toLowerCase(Locale.ROOT))
          .append(" | ").append(check.template(Locale.ENGLISH).replace("|", "\\|")).append(" |\n");
    }
    return out.append('\n').append(CATALOGUE_END).toString();
  }

  /**
   * The catalogue on the page is IatiCheck's; regenerate it with
   * {@code mvn -pl iati test -Dtest=IatiDocTest -Dmigov.docs.write=true}.
   */
  @Test
  void thePageListsEveryCheck() throws IOException {
    String doc = doc();
    int start = doc.indexOf(CATALOGUE_START);
    int end = doc.indexOf(CATALOGUE_END);
    assertTrue(start >= 0 && end > start, "docs/iati.md has no catalogue markers");
    String expected = doc.substring(0, start) + catalogue() + doc.substring(end + CATALOGUE_END.length());
    if (Boolean.getBoolean("migov.docs.write")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, doc, "docs/iati.md's catalogue is out of date: regenerate it with -Dmigov.docs.write=true");
  }
}
