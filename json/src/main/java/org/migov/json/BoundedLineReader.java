package org.migov.json;

import java.io.IOException;
import java.io.Reader;

/**
 * A stream's lines, each read as a {@link Reader} of its own that ends at the line's end (a line
 * feed, a carriage return, or both) or at a length limit, so that no line is ever held whole: a
 * parser reads a line as it goes, and what it leaves of a line is skipped without being kept.
 * Memory is the buffer of 8,192 chars, whatever the length of a line. Not thread-safe.
 */
final class BoundedLineReader {
  private final Reader in;
  private final long maxLineLength;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private boolean endOfStream;
  private final Line line = new Line();

  /** How many chars of the current line were read, and whether its end was reached. */
  private long lineLength;
  private boolean lineEnded;
  private boolean tooLong;

  BoundedLineReader(Reader in, long maxLineLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
  }

  /**
   * Moves to the next line and skips its leading JSON white space (spaces and tabs: any other
   * character, even one Java calls white space, goes to the parser, which refuses it).
   *
   * @return the chars skipped, or -1 when the stream has ended (no further line), or -2 when the
   *     line holds only spaces and tabs (it has then been consumed whole)
   */
  long next() throws IOException {
    if (!fill()) {
      return -1;
    }
    lineLength = 0;
    lineEnded = false;
    tooLong = false;
    while (fill()) {
      char c = buffer[position];
      if (isTerminator(c)) {
        endLine();
        return -2;
      }
      if ((c != ' ' && c != '\t') || lineLength == maxLineLength) {
        return lineLength;
      }
      position++;
      lineLength++;
    }
    lineEnded = true;
    return -2;
  }

  /** The current line, from where {@link #next()} left it; closing it does nothing. */
  Reader line() {
    return line;
  }

  /** Whether the current line went past the limit (its reader then stopped there). */
  boolean tooLong() {
    return tooLong;
  }

  /** The limit of a line, in chars. */
  long maxLineLength() {
    return maxLineLength;
  }

  /** Skips what is left of the current line, keeping nothing of it. */
  void skipRest() throws IOException {
    while (!lineEnded && fill()) {
      char c = buffer[position];
      if (isTerminator(c)) {
        endLine();
        return;
      }
      position++;
    }
    lineEnded = true;
  }

  /** Closes the stream. */
  void close() throws IOException {
    in.close();
  }

  private static boolean isTerminator(char c) {
    return c == '\n' || c == '\r';
  }

  /** Consumes a line terminator at the position: LF, CR or CR LF. */
  private void endLine() throws IOException {
    char c = buffer[position++];
    lineEnded = true;
    if (c == '\r' && fill() && buffer[position] == '\n') {
      position++;
    }
  }

  /** Whether a char is available at the position, reading more if needed. */
  private boolean fill() throws IOException {
    while (position == limit) {
      if (endOfStream) {
        return false;
      }
      int read = in.read(buffer, 0, buffer.length);
      if (read < 0) {
        endOfStream = true;
        return false;
      }
      position = 0;
      limit = read;
    }
    return true;
  }

  /** The current line as a reader: ends at the terminator (left for {@link #skipRest()}) or the limit. */
  private final class Line extends Reader {
    @Override
    public int read(char[] into, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (lineEnded || !fill()) {
        return -1;
      }
      int n = 0;
      while (n < length && position < limit) {
        if (lineLength == maxLineLength) {
          tooLong = !isTerminator(buffer[position]);
          break;
        }
        char c = buffer[position];
        if (isTerminator(c)) {
          break;
        }
        into[offset + n++] = c;
        position++;
        lineLength++;
      }
      return n == 0 ? -1 : n;
    }

    @Override
    public void close() {
      // the stream stays open for the next line
    }
  }
}
