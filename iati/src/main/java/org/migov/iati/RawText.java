package org.migov.iati;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * The characters of a file as the parser reads them, and a scan of their tags in step with the
 * parser's events, so that an element is kept as the file wrote it: sliced from its start tag's
 * {@code <} to its end tag's {@code >}, instead of written again from its events. The scan knows
 * only tags: it skips comments, CDATA sections, processing instructions and quoted attribute
 * values, and counts depth, so it relies on no parser's positions (the JDK's drift at its buffer
 * boundaries). It decodes the bytes itself: a byte order mark, else the XML declaration's
 * encoding, else UTF-8; malformed bytes are an error, never replaced. Confined to the reading
 * thread.
 */
final class RawText extends Reader {
  private final Reader in;
  private final StringBuilder kept = new StringBuilder(1 << 16);
  private final int limit;
  private long base;
  private long scan;
  private int depth;
  private int recordDepth;
  private boolean prefixed;
  private static final int START = 1;
  private static final int END = 2;
  private static final int EMPTY = 3;
  private static final int OTHER = 4;
  private int kind;

  private final Charset charset;

  private RawText(Reader in, Charset charset, int limit) {
    this.in = in;
    this.charset = charset;
    this.limit = limit;
  }

  /**
   * The text of a file's bytes, keeping at most a number of chars from one record's start on.
   *
   * @throws IatiException for an encoding that Java does not know
   */
  static RawText of(InputStream bytes, int limit) throws IOException {
    BufferedInputStream in = new BufferedInputStream(bytes, 1 << 16);
    in.mark(512);
    byte[] head = in.readNBytes(512);
    in.reset();
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else {
      charset = declared(new String(head, StandardCharsets.ISO_8859_1));
    }
    in.skipNBytes(skip);
    return new RawText(new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), charset, limit);
  }

  /** The encoding an XML declaration names, UTF-8 when it names none. */
  private static Charset declared(String head) {
    if (!head.startsWith("<?xml")) {
      return StandardCharsets.UTF_8;
    }
    int end = head.indexOf("?>");
    String declaration = end < 0 ? head : head.substring(0, end);
    int at = declaration.indexOf("encoding");
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    int quote = at + 8;
    while (quote < declaration.length() && declaration.charAt(quote) != '"' && declaration.charAt(quote) != '\'') {
      quote++;
    }
    int close = quote + 1 < declaration.length() ? declaration.indexOf(declaration.charAt(quote), quote + 1) : -1;
    if (close < 0) {
      return StandardCharsets.UTF_8;
    }
    String name = declaration.substring(quote + 1, close);
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IatiException("expected an encoding Java knows, found " + IatiException.printable(name), 1, 1, null);
    }
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n;
    try {
      n = in.read(buffer, offset, length);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException("bytes that are not " + charset + " text", e);
    }
    if (n > 0) {
      if (kept.length() + n > limit) {
        throw new IOException("an activity longer than " + limit + " chars (read it with retainingUnmapped(false))");
      }
      kept.append(buffer, offset, n);
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Scans past the start tag of the next record, the element of that name at depth 0 (the root)
   * or 1, which the parser is on, and forgets the text before it.
   *
   * @return false when the text read has no such tag (a mismatch with the parser)
   */
  boolean record(String name) {
    while (true) {
      long tag = nextTag();
      if (tag < 0) {
        return false;
      }
      int before = kind == START ? depth - 1 : depth;
      if ((kind == START || kind == EMPTY) && before <= 1 && isNamed(tag, name)) {
        recordDepth = before;
        int drop = (int) (scan - base);
        kept.delete(0, drop);
        base = scan;
        return true;
      }
    }
  }

  /** The position of the next child's start tag of the record, -1 on a mismatch. */
  long childStart() {
    while (true) {
      long tag = nextTag();
      if (tag < 0) {
        return -1;
      }
      int before = kind == START ? depth - 1 : depth;
      if ((kind == START || kind == EMPTY) && before == recordDepth + 1) {
        return tag;
      }
    }
  }

  /** The position after the end of the child whose start tag was the last scanned, -1 on a mismatch. */
  long childEnd() {
    if (kind == EMPTY && depth == recordDepth + 1) {
      return scan;
    }
    while (true) {
      if (nextTag() < 0) {
        return -1;
      }
      if (kind == END && depth == recordDepth + 1) {
        return scan;
      }
    }
  }

  /** Whether a tag scanned since the last call has a prefix other than {@code xml}; resets. */
  boolean prefixedSinceLastAsked() {
    boolean was = prefixed;
    prefixed = false;
    return was;
  }

  /** The chars between two positions. */
  String slice(long from, long to) {
    return kept.substring((int) (from - base), (int) (to - base));
  }

  private boolean isNamed(long tag, String name) {
    int at = (int) (tag - base) + 1;
    if (!startsWith(at, name) || kept.length() <= at + name.length()) {
      return false;
    }
    char next = kept.charAt(at + name.length());
    return next == '>' || next == '/' || Character.isWhitespace(next);
  }

  /** Scans the next tag: its start, -1 when the text read has no whole one; sets the kind and the depth. */
  private long nextTag() {
    while (true) {
      int i = kept.indexOf("<", (int) (scan - base));
      if (i < 0) {
        return -1;
      }
      int close;
      char second = i + 1 < kept.length() ? kept.charAt(i + 1) : ' ';
      if (second != '!' && second != '?' && second != '/') {
        close = tagEnd(i + 1);
        kind = close > 1 && kept.charAt(close - 2) == '/' ? EMPTY : START;
      } else if (startsWith(i, "<!--")) {
        close = end(kept.indexOf("-->", i + 4), 3);
        kind = OTHER;
      } else if (startsWith(i, "<![CDATA[")) {
        close = end(kept.indexOf("]]>", i + 9), 3);
        kind = OTHER;
      } else if (second != '/') {
        close = end(kept.indexOf(">", i + 2), 1);
        kind = OTHER;
      } else {
        close = end(kept.indexOf(">", i + 2), 1);
        kind = END;
      }
      if (close < 0) {
        return -1;
      }
      scan = base + close;
      if (kind == START) {
        depth++;
      } else if (kind == END) {
        depth--;
      }
      if (kind != OTHER) {
        return base + i;
      }
    }
  }

  private boolean startsWith(int at, String prefix) {
    if (kept.length() < at + prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (kept.charAt(at + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int end(int found, int length) {
    return found < 0 ? -1 : found + length;
  }

  /** The index after a start tag's {@code >}, skipping quoted attribute values; -1 when not all read. */
  private int tagEnd(int from) {
    int n = kept.length();
    char quote = 0;
    for (int i = from; i < n; i++) {
      char c = kept.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '>') {
        return i + 1;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ':' && !(i >= 4 && kept.charAt(i - 1) == 'l' && kept.charAt(i - 2) == 'm' && kept.charAt(i - 3) == 'x'
          && (Character.isWhitespace(kept.charAt(i - 4)) || kept.charAt(i - 4) == '<'))) {
        prefixed = true;
      }
    }
    return -1;
  }
}
