package org.migov.core.geography;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of the English UN table, read independently of {@link Csv} for cross-checking. */
final class UnTableRows {
  private UnTableRows() {}

  /** A data row: M49 code, alpha-2, alpha-3, English name, innermost region code. */
  record Row(String m49, String alpha2, String alpha3, String name, String innermostRegion) {}

  static List<Row> english() throws IOException {
    String text;
    try (InputStream in = Country.class.getResourceAsStream("UNSD-en.csv")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Row> rows = new ArrayList<>();
    String[] lines = text.replace("\uFEFF", "").split("\r?\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      for (int j = 0; j < f.length; j++) {
        f[j] = f[j].replaceAll("^\"|\"$", "");
      }
      String innermost = !f[6].isEmpty() ? f[6] : !f[4].isEmpty() ? f[4] : !f[2].isEmpty() ? f[2] : f[0];
      rows.add(new Row(f[9], f[10], f[11], f[8], innermost));
    }
    return rows;
  }
}
