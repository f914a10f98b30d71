package org.regdraft.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Characters to UTF-8 bytes into a zip entry (or any stream), in blocks. The StAX writer given an
 * OutputStream encodes character by character and hands over one byte at a time, which costs more
 * than writing the XML; given an OutputStreamWriter it checks every character against the charset.
 * This writer takes its buffered blocks and encodes them in one loop. Closing it leaves the
 * stream open (the zip goes on with the next part).
 */
final class Utf8Writer extends Writer {
  private final OutputStream out;
  private final byte[] buf = new byte[64 * 1024];
  private int n;
  /** A high surrogate waiting for its pair at the end of the last block. */
  private char high;
  /** Reused for strings the StAX writer hands over whole. */
  private char[] scratch = new char[256];
  private final char[] one = new char[1];

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    int end = off + len;
    for (int i = off; i < end; i++) {
      if (n > buf.length - 4) drain();
      char c = cbuf[i];
      if (c < 0x80) {
        buf[n++] = (byte) c;
      } else if (c < 0x800) {
        buf[n++] = (byte) (0xC0 | c >> 6);
        buf[n++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)) {
        high = c;
      } else if (Character.isLowSurrogate(c) && high != 0) {
        int cp = Character.toCodePoint(high, c);
        high = 0;
        buf[n++] = (byte) (0xF0 | cp >> 18);
        buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[n++] = (byte) (0x80 | cp & 0x3F);
      } else {
        // a lone surrogate cannot be encoded (WordXml.clean keeps them out of text and attributes)
        if (Character.isSurrogate(c)) c = '?';
        buf[n++] = (byte) (0xE0 | c >> 12);
        buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[n++] = (byte) (0x80 | c & 0x3F);
      }
    }
  }

  @Override
  public void write(int c) throws IOException {
    // the StAX writer hands over every '<', '=' and '"' alone
    if (c < 0x80 && high == 0) {
      if (n == buf.length) drain();
      buf[n++] = (byte) c;
    } else {
      one[0] = (char) c;
      write(one, 0, 1);
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    if (scratch.length < len) scratch = new char[Math.max(len, 2 * scratch.length)];
    s.getChars(off, off + len, scratch, 0);
    write(scratch, 0, len);
  }

  private void drain() throws IOException {
    out.write(buf, 0, n);
    n = 0;
  }

  /** Bytes already in UTF-8, after what was written so far (WordXml.replay). */
  void writeUtf8(byte[] bytes) throws IOException {
    if (n + bytes.length > buf.length) drain();
    if (bytes.length > buf.length) {
      out.write(bytes);
    } else {
      System.arraycopy(bytes, 0, buf, n, bytes.length);
      n += bytes.length;
    }
  }

  /**
   * Keeps the bytes: the StAX writer flushes into this writer before every replayed fragment,
   * and handing each few bytes on to the zip would deflate them in tiny pieces. {@link #close}
   * hands everything on.
   */
  @Override
  public void flush() {}

  @Override
  public void close() throws IOException {
    if (n > 0) drain();
  }
}
