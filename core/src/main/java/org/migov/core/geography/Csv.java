package org.migov.core.geography;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small reader for comma-separated values as the UN M49 tables use them (RFC 4180): fields
 * separated by commas, optionally between double quotes, a doubled quote inside quotes standing
 * for one quote, commas and line breaks allowed inside quotes, records ending with LF or CRLF.
 * A leading UTF-8 byte order mark is dropped; empty lines are skipped.
 */
final class Csv {
  private static final char BOM = '\uFEFF';

  private Csv() {}

  /**
   * Parses a whole text into records.
   *
   * @param text the text
   * @return the records, each a list of fields, unmodifiable
   * @throws IllegalArgumentException if a quoted field is not closed or a closing quote is
   *     followed by something other than a comma or the end of the record
   */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
    int line = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean recordStarted = false;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (quoted) {
        if (c == '"') {
          if (i < text.length() && text.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        recordStarted = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
          i++;
        }
        if (recordStarted || field.length() > 0 || afterQuote) {
          record.add(field.toString());
          records.add(Collections.unmodifiableList(record));
        }
        record = new ArrayList<>();
        field.setLength(0);
        afterQuote = false;
        recordStarted = false;
        line++;
      } else if (afterQuote) {
        throw new IllegalArgumentException(
            "line " + line + ": unexpected character after a closing quote: " + c);
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        recordStarted = true;
      } else {
        field.append(c);
        recordStarted = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("line " + line + ": quoted field not closed");
    }
    if (recordStarted || field.length() > 0 || afterQuote) {
      record.add(field.toString());
      records.add(Collections.unmodifiableList(record));
    }
    return Collections.unmodifiableList(records);
  }
}
