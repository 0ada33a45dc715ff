package org.migov.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * What an input holds: a dataset document, a JSON Lines stream or an IATI XML file, told apart
 * from its first characters without reading the rest.
 */
enum InputFormat {
  /** A migov dataset document: one JSON object with {@code format} and {@code version}. */
  DATASET("dataset"),
  /** A JSON Lines stream: one entity a line, tagged with {@code "entity"}. */
  JSON_LINES("jsonLines"),
  /** An IATI activity file: XML whose root is {@code iati-activities} or {@code iati-activity}. */
  IATI_ACTIVITIES("iatiActivities"),
  /** An IATI organisation file: XML whose root is {@code iati-organisations} or {@code iati-organisation}. */
  IATI_ORGANISATIONS("iatiOrganisations");

  /** How much of the input detection may look at. */
  static final int LOOKAHEAD = 1 << 16;

  final String code;

  InputFormat(String code) {
    this.code = code;
  }

  /**
   * The JSON shape a file's extension names: {@code .json} a dataset document, {@code .jsonl} or
   * {@code .ndjson} JSON Lines; null for any other name, whose content decides.
   */
  static InputFormat byExtension(String file) {
    String name = file.toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    return name.endsWith(".json") ? DATASET : null;
  }

  /**
   * Detects the format and leaves the reader where it was. A stream is JSON Lines when its first
   * object's first property is {@code "entity"}, or when its first line is a whole object followed
   * by a line that starts another; anything else is read as a dataset document, whose decoder then
   * says what is wrong. Returns null for an input that is empty or only white space.
   */
  static InputFormat detect(BufferedReader in) throws IOException {
    in.mark(LOOKAHEAD);
    char[] buffer = new char[LOOKAHEAD];
    int length = 0;
    for (int n; length < buffer.length && (n = in.read(buffer, length, buffer.length - length)) > 0; ) {
      length += n;
    }
    in.reset();
    String head = new String(buffer, 0, length);
    int start = skipSpace(head, head.startsWith("\uFEFF") ? 1 : 0);
    if (start >= head.length() && length < LOOKAHEAD) {
      return null;
    }
    if (start >= head.length() || head.charAt(start) != '{') {
      return DATASET;
    }
    int name = skipSpace(head, start + 1);
    if (head.startsWith("\"entity\"", name)) {
      return JSON_LINES;
    }
    int endOfLine = head.indexOf('\n', start);
    if (endOfLine < 0 || !head.substring(start, endOfLine).strip().endsWith("}")) {
      return DATASET;
    }
    int next = skipSpace(head, endOfLine);
    return next < head.length() && head.charAt(next) == '{' ? JSON_LINES : DATASET;
  }

  /**
   * Detects XML, an IATI file, from the first bytes and leaves the stream where it was: the first
   * character after a UTF-8 byte order mark and white space is {@code <}. Returns the kind of IATI
   * file (organisations when an {@code iati-organisation} element comes before any
   * {@code iati-activit...}), or null for anything else.
   */
  static InputFormat detectXml(InputStream in) throws IOException {
    in.mark(LOOKAHEAD);
    byte[] buffer = in.readNBytes(LOOKAHEAD);
    in.reset();
    int start = buffer.length >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF ? 3 : 0;
    String head = new String(buffer, start, buffer.length - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    int first = skipSpace(head, 0);
    if (first >= head.length() || head.charAt(first) != '<') {
      return null;
    }
    int organisation = head.indexOf("<iati-organisation");
    int activity = head.indexOf("<iati-activit");
    return organisation >= 0 && (activity < 0 || organisation < activity) ? IATI_ORGANISATIONS : IATI_ACTIVITIES;
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
      i++;
    }
    return i;
  }
}
