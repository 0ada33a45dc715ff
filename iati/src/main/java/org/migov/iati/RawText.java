package org.migov.iati;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import org.migov.core.text.Phrase;

/**
 * A file's bytes as the parser reads them, kept from the current record's start, and a scan of
 * their tags in step with the parser's events, so that an element is kept as the file wrote it:
 * sliced from its start tag's {@code <} to its end tag's {@code >}, instead of written again from
 * its events. The parser reads the file's own bytes through {@link #bytes()}; the scan reads a copy
 * of them, in an encoding where every ASCII character is its own byte (the file's, or UTF-8 for
 * UTF-16 files, which are decoded as they pass). The scan knows only tags: it skips comments,
 * CDATA sections, processing instructions and quoted attribute values, and counts depth, so it
 * relies on no parser's positions (the JDK's drift at its buffer boundaries). Bytes that are not
 * text of the file's encoding are an error, never replaced. Confined to the reading thread.
 */
final class RawText {
  private static final int START = 1;
  private static final int END = 2;
  private static final int EMPTY = 3;
  private static final int OTHER = 4;
  private static final byte[] COMMENT_START = {'<', '!', '-', '-'};
  private static final byte[] COMMENT_END = {'-', '-', '>'};
  private static final byte[] CDATA_END = {']', ']', '>'};
  private static final byte[] CDATA_START = "<![CDATA[".getBytes(StandardCharsets.US_ASCII);

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;

  private final InputStream in;
  private final boolean keeping;
  private final int limit;
  /** The encoding of the file's bytes. */
  private final Charset charset;
  /** The encoding of the kept bytes: the file's, or UTF-8 when the file's is not ASCII-compatible. */
  private final Charset keptCharset;
  /** Decodes a file that is not ASCII-compatible, to keep it as UTF-8; null when its bytes are kept as they are. */
  private final Transcoder transcoder;
  private byte[] kept = new byte[1 << 16];
  private int length;
  /** The position in the kept text of {@code kept[0]}. */
  private long base;
  private long scan;
  private int depth;
  private int recordDepth;
  private boolean prefixed;
  private int kind;
  /** The bytes that are no character of a single-byte encoding, or null when every byte is one (or the encoding is not single-byte). */
  private final boolean[] unassigned;
  /** Whether the end of the file was read. */
  private boolean ended;
  /** The bytes read so far. */
  private long read;
  /** The continuation bytes the UTF-8 character being read still needs, and the bounds of the next one. */
  private int utf8Needed;
  private int utf8Low = 0x80;
  private int utf8High = 0xBF;

  private RawText(InputStream in, Charset charset, boolean keeping, int limit) {
    this.in = in;
    this.charset = charset;
    this.keeping = keeping;
    this.limit = limit;
    this.unassigned = unassigned(charset);
    boolean asIs = isAsciiCompatible(charset);
    this.keptCharset = asIs ? charset : StandardCharsets.UTF_8;
    this.transcoder = keeping && !asIs ? new Transcoder(charset) : null;
  }

  /**
   * The text of a file's bytes: UTF-8 is checked as it passes; when kept, at most a number of
   * bytes from one record's start on.
   *
   * @param keeping whether the bytes are kept for slicing, or only checked
   * @throws IatiException for an encoding that Java does not know
   */
  static RawText of(InputStream bytes, boolean keeping, int limit) throws IOException {
    BufferedInputStream in = new BufferedInputStream(bytes, 1 << 16);
    in.mark(512);
    byte[] head = in.readNBytes(512);
    in.reset();
    return new RawText(in, encoding(head), keeping, limit);
  }

  /**
   * The encoding a file's first bytes give, as XML's appendix F has a parser find it: a byte order
   * mark, the layout of {@code <?} (UTF-32, UTF-16, EBCDIC), then the XML declaration's.
   *
   * @throws IatiException for an encoding Java does not know, or a UTF-8 byte order mark before a
   *     declaration of another encoding (parsers disagree on which wins)
   */
  private static Charset encoding(byte[] head) {
    int b0 = head.length > 0 ? head[0] & 0xFF : -1;
    int b1 = head.length > 1 ? head[1] & 0xFF : -1;
    int b2 = head.length > 2 ? head[2] & 0xFF : -1;
    int b3 = head.length > 3 ? head[3] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      Charset declared = declared(new String(head, 3, head.length - 3, StandardCharsets.ISO_8859_1));
      if (!declared.equals(StandardCharsets.UTF_8)) {
        throw new IatiException(Phrase.template(
            "expected the encoding of the byte order mark, UTF-8, in the XML declaration, found {0}",
            "attesa: la codifica del byte order mark, UTF-8, nella dichiarazione XML; trovato: {0}",
            "attendu : l'encodage de la marque d'ordre des octets, UTF-8, dans la déclaration XML ; trouvé : {0}",
            "se esperaba: la codificación de la marca de orden de bytes, UTF-8, en la declaración XML; se encontró: {0}")
            .with(declared.name()), 1, 1, null);
      }
      return StandardCharsets.UTF_8;
    }
    if (b0 == 0x00 && b1 == 0x00 && (b2 == 0xFE && b3 == 0xFF || b2 == 0x00 && b3 == 0x3C)) {
      return Charset.forName("UTF-32BE");
    }
    if (b2 == 0x00 && b3 == 0x00 && (b0 == 0xFF && b1 == 0xFE || b0 == 0x3C && b1 == 0x00)) {
      return Charset.forName("UTF-32LE");
    }
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0x00 && b1 == 0x3C && b2 == 0x00) {
      return StandardCharsets.UTF_16BE;
    }
    if (b0 == 0xFF && b1 == 0xFE || b0 == 0x3C && b1 == 0x00 && b2 == 0x3F) {
      return StandardCharsets.UTF_16LE;
    }
    if (b0 == 0x4C && b1 == 0x6F && b2 == 0xA7 && b3 == 0x94) {
      Charset ebcdic = known("IBM037");
      Charset declared = declared(new String(head, ebcdic));
      return declared.equals(StandardCharsets.UTF_8) ? ebcdic : declared;
    }
    return declared(new String(head, StandardCharsets.ISO_8859_1));
  }

  private static Charset known(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IatiException(Phrase.template("expected an encoding Java knows, found {0}",
          "attesa: una codifica che Java conosce; trovato: {0}", "attendu : un encodage que Java connaît ; trouvé : {0}",
          "se esperaba: una codificación que Java conoce; se encontró: {0}").with(IatiException.printable(name)), 1, 1, null);
    }
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
    return known(declaration.substring(quote + 1, close));
  }

  /** The bytes that decode to no character in a single-byte encoding (such as 0x81 in windows-1252), null when there are none. */
  private static boolean[] unassigned(Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) || !charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1.0f) {
      return null;
    }
    boolean[] bad = new boolean[256];
    boolean any = false;
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int b = 0; b < 256; b++) {
      try {
        decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
      } catch (CharacterCodingException e) {
        bad[b] = true;
        any = true;
      }
    }
    return any ? bad : null;
  }

  /** Whether every ASCII character is its own single byte in an encoding, so that its bytes can be scanned for tags. */
  private static boolean isAsciiCompatible(Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)) {
      return true;
    }
    if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1.0f) {
      return false;
    }
    byte[] ascii = new byte[128];
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] = (byte) i;
    }
    return Arrays.equals(new String(ascii, StandardCharsets.US_ASCII).getBytes(charset), ascii);
  }

  /** The file's bytes for the parser, each checked and kept as it passes. */
  InputStream bytes() {
    return new InputStream() {
      private final byte[] one = new byte[1];

      @Override
      public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = in.read(buffer, offset, count);
        if (charset.equals(StandardCharsets.UTF_8)) {
          checkUtf8(buffer, offset, n);
        } else if (unassigned != null) {
          checkAssigned(buffer, offset, n);
        }
        if (!keeping) {
          return n;
        }
        if (n > 0) {
          if (transcoder == null) {
            keep(buffer, offset, n);
          } else {
            transcoder.decode(buffer, offset, n, false);
          }
        } else if (n < 0 && transcoder != null && !ended) {
          ended = true;
          transcoder.decode(buffer, offset, 0, true);
        }
        return n;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  /**
   * Checks that bytes continue well-formed UTF-8 (no overlong form, no surrogate, nothing past
   * U+10FFFF), a character split between reads included; a count of -1 is the end of the file.
   */
  private void checkUtf8(byte[] bytes, int offset, int count) throws IOException {
    if (count < 0) {
      if (utf8Needed > 0) {
        throw new IOException("bytes that are not UTF-8 text: the file ends inside a character");
      }
      return;
    }
    int i = offset;
    int end = offset + count;
    while (i < end) {
      if (utf8Needed == 0) {
        while (i + 8 <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
          i += 8;
        }
        if (i >= end) {
          break;
        }
      }
      int b = bytes[i] & 0xFF;
      if (utf8Needed > 0) {
        if (b < utf8Low || b > utf8High) {
          throw notUtf8(i - offset);
        }
        utf8Low = 0x80;
        utf8High = 0xBF;
        utf8Needed--;
      } else if (b >= 0x80) {
        if (b >= 0xC2 && b <= 0xDF) {
          utf8Needed = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          utf8Needed = 2;
          utf8Low = b == 0xE0 ? 0xA0 : 0x80;
          utf8High = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          utf8Needed = 3;
          utf8Low = b == 0xF0 ? 0x90 : 0x80;
          utf8High = b == 0xF4 ? 0x8F : 0xBF;
        } else {
          throw notUtf8(i - offset);
        }
      }
      i++;
    }
    read += count;
  }

  /** Checks that bytes of a single-byte encoding are each a character of it. */
  private void checkAssigned(byte[] bytes, int offset, int count) throws IOException {
    for (int i = offset; i < offset + count; i++) {
      if (unassigned[bytes[i] & 0xFF]) {
        throw new IOException("bytes that are not " + charset + " text, at byte " + (read + i - offset + 1) + " of the file");
      }
    }
    read += Math.max(0, count);
  }

  private IOException notUtf8(int at) {
    return new IOException("bytes that are not UTF-8 text, at byte " + (read + at + 1) + " of the file");
  }

  private void keep(byte[] bytes, int offset, int count) throws IOException {
    if (length + count > kept.length) {
      if (length + count > limit) {
        throw new IOException("an activity of more than " + limit + " bytes of XML (read it with retainingUnmapped(false))");
      }
      kept = Arrays.copyOf(kept, Math.min(limit, Math.max(length + count, 2 * kept.length)));
    }
    System.arraycopy(bytes, offset, kept, length, count);
    length += count;
  }

  /**
   * Scans past the start tag of the next record, the element of that name at depth 0 (the root)
   * or 1, which the parser is on, and forgets the text before it.
   *
   * @return false when the text read has no such tag (a mismatch with the parser)
   */
  boolean record(String name) {
    byte[] encoded = name.getBytes(keptCharset);
    while (true) {
      long tag = nextTag();
      if (tag < 0) {
        return false;
      }
      int before = kind == START ? depth - 1 : depth;
      if ((kind == START || kind == EMPTY) && before <= 1 && isNamed(tag, encoded)) {
        recordDepth = before;
        int drop = (int) (scan - base);
        System.arraycopy(kept, drop, kept, 0, length - drop);
        length -= drop;
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

  /**
   * The text between two positions (UTF-8 was checked as it passed; other encodings are checked here).
   *
   * @throws IatiException when its bytes are not text of the file's encoding
   */
  String slice(long from, long to, int line, int column) {
    int at = (int) (from - base);
    int count = (int) (to - from);
    if (keptCharset.equals(StandardCharsets.UTF_8)) {
      return new String(kept, at, count, StandardCharsets.UTF_8);
    }
    try {
      return keptCharset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(kept, at, count)).toString();
    } catch (CharacterCodingException e) {
      throw new IatiException(Phrase.template("expected text of the file's encoding, {0}, found bytes that are not",
          "atteso: testo nella codifica del file, {0}; trovati byte che non lo sono",
          "attendu : du texte dans l'encodage du fichier, {0} ; trouvé des octets qui n'en sont pas",
          "se esperaba: texto en la codificación del archivo, {0}; se encontraron bytes que no lo son").with(charset), line, column, e);
    }
  }

  private boolean isNamed(long tag, byte[] name) {
    int at = (int) (tag - base) + 1;
    if (!startsWith(at, name) || length <= at + name.length) {
      return false;
    }
    byte next = kept[at + name.length];
    return next == '>' || next == '/' || isSpace(next);
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  /** Scans the next tag: its start, -1 when the text read has no whole one; sets the kind and the depth. */
  private long nextTag() {
    byte[] text = kept;
    while (true) {
      int i = indexOf('<', (int) (scan - base));
      if (i < 0) {
        return -1;
      }
      int close;
      byte second = i + 1 < length ? text[i + 1] : (byte) ' ';
      if (second != '!' && second != '?' && second != '/') {
        close = tagEnd(i + 1);
        kind = close > 1 && text[close - 2] == '/' ? EMPTY : START;
      } else if (second == '/') {
        close = after(i + 2, '>');
        kind = END;
      } else if (startsWith(i, COMMENT_START)) {
        close = after(i + 4, COMMENT_END);
        kind = OTHER;
      } else if (startsWith(i, CDATA_START)) {
        close = after(i + 9, CDATA_END);
        kind = OTHER;
      } else {
        close = after(i + 2, '>');
        kind = OTHER;
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

  private boolean startsWith(int at, byte[] prefix) {
    if (length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (kept[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The index after the first of a byte from an index on, -1 when not read yet. */
  private int after(int from, char end) {
    int at = indexOf(end, from);
    return at < 0 ? -1 : at + 1;
  }

  /** The index of the first of a byte from an index on, -1 when not read yet; eight bytes at a time. */
  private int indexOf(char wanted, int from) {
    byte[] text = kept;
    long pattern = ONES * wanted;
    int i = from;
    for (; i + 8 <= length; i += 8) {
      long found = equal((long) LONGS.get(text, i), pattern);
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < length; i++) {
      if (text[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The high bit of each byte of a word that equals the pattern's; exact up to the first (a borrow
   * may mark bytes after it), which is all that is read of it.
   */
  private static long equal(long word, long pattern) {
    long x = word ^ pattern;
    return (x - ONES) & ~x & HIGH_BITS;
  }

  /** The index after the first of three bytes from an index on, -1 when not read yet. */
  private int after(int from, byte[] end) {
    for (int i = from; i + end.length <= length; i++) {
      if (startsWith(i, end)) {
        return i + end.length;
      }
    }
    return -1;
  }

  /** The index after a start tag's {@code >}, skipping quoted attribute values; -1 when not all read. */
  private int tagEnd(int from) {
    byte[] text = kept;
    int i = from;
    while (true) {
      i = special(i);
      if (i < 0) {
        return -1;
      }
      byte c = text[i];
      if (c == '>') {
        return i + 1;
      } else if (c == ':') {
        if (!(i >= 4 && text[i - 1] == 'l' && text[i - 2] == 'm' && text[i - 3] == 'x' && (isSpace(text[i - 4]) || text[i - 4] == '<'))) {
          prefixed = true;
        }
        i++;
      } else {
        i = indexOf((char) c, i + 1);
        if (i < 0) {
          return -1;
        }
        i++;
      }
    }
  }

  /** The index of the first {@code >}, quote or colon from an index on, -1 when not read yet; eight bytes at a time. */
  private int special(int from) {
    byte[] text = kept;
    int i = from;
    for (; i + 8 <= length; i += 8) {
      long word = (long) LONGS.get(text, i);
      long found = equal(word, ONES * '>') | equal(word, ONES * '"') | equal(word, ONES * '\'') | equal(word, ONES * ':');
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < length; i++) {
      byte c = text[i];
      if (c == '>' || c == '"' || c == '\'' || c == ':') {
        return i;
      }
    }
    return -1;
  }

  /** Decodes the bytes of a file that is not ASCII-compatible as they pass, keeping them as UTF-8. */
  private final class Transcoder {
    private final CharsetDecoder decoder;
    private final CharBuffer chars = CharBuffer.allocate(1 << 13);
    private byte[] carry = new byte[0];
    private char high;

    Transcoder(Charset charset) {
      this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    void decode(byte[] bytes, int offset, int count, boolean last) throws IOException {
      ByteBuffer input;
      if (carry.length == 0) {
        input = ByteBuffer.wrap(bytes, offset, count);
      } else {
        byte[] both = Arrays.copyOf(carry, carry.length + count);
        System.arraycopy(bytes, offset, both, carry.length, count);
        input = ByteBuffer.wrap(both);
      }
      while (true) {
        CoderResult result = decoder.decode(input, chars, last);
        if (result.isError()) {
          throw new IOException("bytes that are not " + charset + " text");
        }
        encode();
        if (result.isUnderflow()) {
          break;
        }
      }
      if (last) {
        if (decoder.flush(chars).isError() || input.hasRemaining()) {
          throw new IOException("bytes that are not " + charset + " text");
        }
        encode();
      }
      carry = new byte[input.remaining()];
      input.get(carry);
    }

    /** Appends the decoded chars as UTF-8, holding a high surrogate back until its low one comes. */
    private void encode() throws IOException {
      chars.flip();
      byte[] out = new byte[4 * chars.remaining() + 4];
      int n = 0;
      while (chars.hasRemaining()) {
        char c = chars.get();
        if (high != 0) {
          int point = Character.toCodePoint(high, c);
          high = 0;
          out[n++] = (byte) (0xF0 | point >> 18);
          out[n++] = (byte) (0x80 | point >> 12 & 0x3F);
          out[n++] = (byte) (0x80 | point >> 6 & 0x3F);
          out[n++] = (byte) (0x80 | point & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
          high = c;
        } else if (c < 0x80) {
          out[n++] = (byte) c;
        } else if (c < 0x800) {
          out[n++] = (byte) (0xC0 | c >> 6);
          out[n++] = (byte) (0x80 | c & 0x3F);
        } else {
          out[n++] = (byte) (0xE0 | c >> 12);
          out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
          out[n++] = (byte) (0x80 | c & 0x3F);
        }
      }
      chars.clear();
      keep(out, 0, n);
    }
  }
}
