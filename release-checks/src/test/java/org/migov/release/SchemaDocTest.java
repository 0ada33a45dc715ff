package org.migov.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.migov.json.MigovJson;

/**
 * docs/schema holds the JSON Schema that migov-json ships ({@link MigovJson#datasetSchema()});
 * regenerate it with {@code mvn -pl release-checks -am test -Dtest=SchemaDocTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dmigov.docs.write=true}.
 */
class SchemaDocTest {
  private static final Path DOC = Path.of(System.getProperty("migov.root", "..")).resolve("docs/schema/migov-dataset.schema.json");

  @Test
  void theDocsShowTheSchemaTheJarShips() throws IOException {
    if (Boolean.getBoolean("migov.docs.write")) {
      Files.writeString(DOC, MigovJson.datasetSchema(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(DOC, StandardCharsets.UTF_8), MigovJson.datasetSchema(),
        "docs/schema is out of date: regenerate it as this class's Javadoc says");
  }
}
