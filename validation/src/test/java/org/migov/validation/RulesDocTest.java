package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the catalogue and the message bundles; this test fails
 * when they drift apart. Regenerate with
 * {@code mvn -pl validation test -Dtest=RulesDocTest -Dmigov.docs.write=true}.
 */
class RulesDocTest {
  private static final Path DOC = Path.of("..", "docs", "rules.md");

  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# The migov rule catalogue\n\n")
        .append("Generated from `org.migov.validation.Rule` and the message bundles by `RulesDocTest`;\n")
        .append("do not edit by hand. Codes are stable: a code is never reused or renumbered.\n\n")
        .append("Severity: an ERROR means the data cannot be relied on; a WARNING asks a person to look.\n")
        .append("A report is valid when it holds no ERROR. Scope: `entity` rules need one entity,\n")
        .append("`dataset` rules compare entities. Rules about dates fire only on certain violations\n")
        .append("(a date known to the year only is not \"after\" a day of that year). The reference date\n")
        .append("(\"today\") comes from the validator's clock.\n\n")
        .append("| code | severity | entity | scope | meaning | anchor |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Rule rule : Rule.values()) {
      out.append("| ").append(rule.code())
          .append(" | ").append(rule.severity())
          .append(" | ").append(rule.entityKind().map(k -> k.code()).orElse("any"))
          .append(" | ").append(rule.scope().name().toLowerCase(Locale.ROOT))
          .append(" | ").append(rule.summary().replace("|", "\\|"))
          .append(" | ").append(rule.anchor())
          .append(" |\n");
    }
    out.append("\n## Cost\n\n")
        .append("The work each rule does and the findings it can make, in the size of what it reads\n")
        .append("(`Rule.cost()`). Every rule is linear or n log n in its input, except AGR-008, whose\n")
        .append("bound is stated. A report keeps at most a configured number of findings and counts\n")
        .append("the rest (see docs/validation.md).\n\n")
        .append("| code | cost |\n")
        .append("|---|---|\n");
    for (Rule rule : Rule.values()) {
      out.append("| ").append(rule.code()).append(" | ").append(rule.cost()).append(" |\n");
    }
    out.append("\n## Messages\n\n")
        .append("Parameters in braces are filled in with the values concerned: texts and ids quoted and escaped, numbers and amounts as they are, coded values by their label in the message's language.\n");
    for (Rule rule : Rule.values()) {
      out.append("\n### ").append(rule.code()).append("\n\n");
      for (Locale language : Messages.LANGUAGES) {
        out.append("- ").append(language.getLanguage()).append(": ")
            .append(Messages.forLocale(language).template(rule)).append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void theDocumentMatchesTheCatalogue() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("migov.docs.write")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
        "docs/rules.md is out of date: regenerate it with -Dmigov.docs.write=true");
  }
}
