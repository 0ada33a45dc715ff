package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migov.core.CodedEnum;
import org.migov.core.Entity;
import org.migov.core.EntityKind;

/** Every example of docs/wire-format.md decodes, and encodes back to the same value. */
class WireFormatDocTest {
  private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\w+) -->\\s*```json\\n(.*?)\\n```", Pattern.DOTALL);

  static List<Map.Entry<String, String>> examples() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "wire-format.md"), StandardCharsets.UTF_8);
    Matcher m = EXAMPLE.matcher(doc);
    List<Map.Entry<String, String>> found = new ArrayList<>();
    while (m.find()) {
      found.add(Map.entry(m.group(1), m.group(2)));
    }
    return found;
  }

  @Test
  void everyExampleDecodesAndRoundTrips() throws IOException {
    MigovJson json = MigovJson.create();
    List<Map.Entry<String, String>> examples = examples();
    assertEquals(List.of("organisation", "organisation", "organisation", "office", "office", "agreement", "agreement", "programme", "programme", "event", "event", "dataset"),
        examples.stream().map(Map.Entry::getKey).collect(java.util.stream.Collectors.toList()));
    for (Map.Entry<String, String> example : examples) {
      if (example.getKey().equals("dataset")) {
        var dataset = json.readDataset(example.getValue());
        assertFalse(dataset.organisations().isEmpty());
        assertEquals(dataset, json.readDataset(json.writeDataset(dataset)));
      } else {
        Class<? extends Entity> type = CodedEnum.fromCode(EntityKind.class, example.getKey()).type();
        Entity entity = json.read(example.getValue(), type);
        assertEquals(entity, json.read(json.write(entity), type));
      }
    }
  }

  private static final String PROPERTIES_START = "<!-- properties: generated from migov-json's declarations by WireFormatDocTest -->";
  private static final String PROPERTIES_END = "<!-- end of properties -->";

  /** The table of every object's properties, as the declarations give them. */
  static String propertiesTable() {
    StringBuilder out = new StringBuilder(PROPERTIES_START).append("\n\n")
        .append("| object | properties, in written order (`*` required, `[]` a list) |\n|---|---|\n");
    for (WireType<?> type : WireFormat.CURRENT.types) {
      if (type instanceof WireObject) {
        WireObject<?> object = (WireObject<?>) type;
        out.append("| ").append(object.description()).append(" | ").append(object.propertySummary()).append(" |\n");
      }
    }
    return out.append("\n").append(PROPERTIES_END).toString();
  }

  /**
   * The docs' table of properties is the declarations'; regenerate it with
   * {@code mvn -pl json test -Dtest=WireFormatDocTest -Dmigov.docs.write=true}.
   */
  @Test
  void theDocsListTheDeclaredProperties() throws IOException {
    Path doc = Path.of("..", "docs", "wire-format.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int start = text.indexOf(PROPERTIES_START);
    int end = text.indexOf(PROPERTIES_END);
    org.junit.jupiter.api.Assertions.assertTrue(start >= 0 && end > start, "docs/wire-format.md has no table of properties");
    String expected = text.substring(0, start) + propertiesTable() + text.substring(end + PROPERTIES_END.length());
    if (Boolean.getBoolean("migov.docs.write")) {
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(doc, StandardCharsets.UTF_8),
        "docs/wire-format.md's table of properties is out of date: regenerate it with -Dmigov.docs.write=true");
  }
}
