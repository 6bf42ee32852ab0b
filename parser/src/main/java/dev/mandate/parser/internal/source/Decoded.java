/*
 * Copyright 2026 Mandate developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.mandate.parser.internal.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Text decoded from bytes, with the charset that was used and whether any bytes had to be replaced. Large UTF-8 and
 * GB18030 text is held as {@link #pieces()} that each end after a line break.
 *
 * <p>Order: a byte-order mark (UTF-8, UTF-16LE/BE) decides; else the bytes are UTF-8 if they are valid UTF-8; else
 * GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese government pages) if valid; else UTF-8 with
 * invalid bytes replaced by U+FFFD, so the rest of the document survives.
 */
public final class Decoded {

  private static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * Bytes per piece of decoded UTF-8 text, about. Decoding 20 MB at once goes through scratch arrays as large as the
   * input and twice that, which live only for the call; in a fresh JVM every page of them is touched for the first
   * time, which cost more than the decoding. Scratch space for a piece this size is small and reused.
   */
  private static final int PIECE = 1 << 18;

  private final List<String> pieces;
  private final Charset charset;
  private final boolean replaced;

  private Decoded(List<String> pieces, Charset charset, boolean replaced) {
    this.pieces = pieces;
    this.charset = charset;
    this.replaced = replaced;
  }

  private Decoded(String text, Charset charset, boolean replaced) {
    this(List.of(text), charset, replaced);
  }

  /** The whole text (joined from its pieces if there are several). */
  public String text() {
    return pieces.size() == 1 ? pieces.get(0) : String.join("", pieces);
  }

  /**
   * The text in pieces, in order; every piece but the last ends with {@code \n}, so no line is cut between two.
   * Never empty.
   */
  public List<String> pieces() {
    return pieces;
  }

  /** The first {@code n} chars of the text, or all of it if shorter. */
  public String head(int n) {
    String first = pieces.get(0);
    if (first.length() >= n || pieces.size() == 1) {
      return first.substring(0, Math.min(n, first.length()));
    }
    String t = text();
    return t.substring(0, Math.min(n, t.length()));
  }

  public Charset charset() {
    return charset;
  }

  /** Whether malformed bytes were replaced with U+FFFD. */
  public boolean replaced() {
    return replaced;
  }

  /**
   * Decodes bytes whose source declares a charset (an HTML meta tag): a byte-order mark still wins; GB2312, GBK and
   * GB18030 all read as GB18030; an unknown name falls back to {@link #of(byte[])}.
   */
  public static Decoded declared(byte[] bytes, String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFE);
    if (bom) {
      return of(bytes);
    }
    Charset cs;
    if (n.equals("gb2312") || n.equals("gbk") || n.equals("gb18030") || n.equals("x-gbk") || n.equals("cp936")) {
      cs = GB18030;
    } else {
      try {
        cs = Charset.forName(n);
      } catch (IllegalArgumentException e) {
        return of(bytes);
      }
    }
    return lenient(bytes, 0, cs);
  }

  /** Decodes bytes as described in the class comment. */
  public static Decoded of(byte[] bytes) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return lenient(bytes, 3, StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return lenient(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return lenient(bytes, 2, StandardCharsets.UTF_16BE);
    }
    List<String> utf8 = pieces(bytes, 0, StandardCharsets.UTF_8, CodingErrorAction.REPORT);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, false);
    }
    List<String> gb = pieces(bytes, 0, GB18030, CodingErrorAction.REPORT);
    if (gb != null) {
      return new Decoded(gb, GB18030, false);
    }
    // neither decodes strictly (already tried above): UTF-8 with the bad bytes replaced
    return new Decoded(pieces(bytes, 0, StandardCharsets.UTF_8, CodingErrorAction.REPLACE), StandardCharsets.UTF_8,
        true);
  }

  /**
   * Decodes bytes as {@link #declared} does where the page declares a charset ({@code declared} not null), else as
   * {@link #of(byte[])}.
   */
  public static Decoded of(byte[] bytes, String declared) {
    return declared != null ? declared(bytes, declared) : of(bytes);
  }

  /**
   * Bytes to be decoded as {@link #of(byte[], String)} decodes them, a piece at a time as they are read: a large page
   * then never stands in memory as text as well as bytes (a 44 MB page is 61 MB of chars). {@code bytes} is held until
   * the last piece is read, so pass an array that nothing else keeps.
   */
  public static Lazy lazy(byte[] bytes, String declared) {
    // the first decoding that of(bytes, declared) tries: strictly, in pieces, in this charset from this offset
    if (declared != null) {
      String n = declared.toLowerCase(java.util.Locale.ROOT);
      boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF
          || (bytes[0] & 0xFF) == 0xFE);
      if (!bom) {
        Charset cs;
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("gb18030") || n.equals("x-gbk") || n.equals("cp936")) {
          cs = GB18030;
        } else {
          try {
            cs = Charset.forName(n);
          } catch (IllegalArgumentException e) {
            cs = null; // an unknown name: as of(bytes)
          }
        }
        if (cs != null) {
          return new Lazy(bytes, declared, cutsAtLineBreaks(cs) ? cs : null, 0);
        }
      }
    }
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Lazy(bytes, declared, StandardCharsets.UTF_8, 3);
    }
    if (n >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return new Lazy(bytes, declared, null, 0);
    }
    return new Lazy(bytes, declared, StandardCharsets.UTF_8, 0);
  }

  /**
   * Bytes decoded as they are read (see {@link #lazy}). Where the first decoding {@link #of(byte[], String)} tries
   * — strictly, in pieces — takes the whole input, the text {@link #reader() read} is the same as that of the pieces
   * it would make, piece by piece. Where it does not (a malformed byte further on), the reader throws and the caller
   * starts again from {@link #decoded()}, which decodes as {@code of} does.
   */
  public static final class Lazy {
    private final String declared;
    /** Null once the last piece is read: nothing needs the bytes then. */
    private byte[] bytes;
    /** Null where {@code of} would not decode in pieces first (UTF-16, other charsets). */
    private final PieceDecoder pieces;
    /** 0 before the first piece is decoded, 1 while it is decoded and not yet read, 2 after (-1: malformed). */
    private int first;

    Lazy(byte[] bytes, String declared, Charset cs, int offset) {
      this.bytes = bytes;
      this.declared = declared;
      this.pieces = cs == null ? null : new PieceDecoder(bytes, offset, cs, CodingErrorAction.REPORT);
    }

    /**
     * The first {@code n} chars of the text, as {@link Decoded#head} would give them, or null if it cannot tell
     * without decoding it whole (the first piece is malformed, or shorter than n with more to come).
     */
    public String head(int n) {
      if (pieces == null || first < 0 || first > 1) {
        return null;
      }
      if (first == 0) {
        first = pieces.next() ? 1 : -1;
        if (first < 0) {
          return null;
        }
      }
      CharBuffer c = pieces.chars();
      if (c.remaining() < n && pieces.hasNext()) {
        return null;
      }
      return c.subSequence(0, Math.min(n, c.remaining())).toString();
    }

    /**
     * The text as a reader, decoded a piece at a time as it is read: only after {@link #head} gave a head. Throws
     * {@link Malformed} from {@code read} at the first piece that is malformed.
     */
    public java.io.Reader reader() {
      if (first != 1) {
        throw new IllegalStateException("the head was not read, or the reader was already made");
      }
      first = 2;
      return new java.io.Reader() {
        private CharBuffer piece = pieces.chars();

        @Override
        public int read(char[] buf, int off, int len) {
          java.util.Objects.checkFromIndexSize(off, len, buf.length);
          if (len == 0) {
            return 0;
          }
          // as PiecesReader reads pieces: as much of the piece as asked for, never across two
          while (!piece.hasRemaining()) {
            if (!pieces.hasNext()) {
              release();
              return -1;
            }
            if (!pieces.next()) {
              throw new Malformed();
            }
            piece = pieces.chars();
          }
          int n = Math.min(len, piece.remaining());
          piece.get(buf, off, n);
          return n;
        }

        @Override
        public void close() {
          // nothing to release but the bytes, let go once read to their end
        }
      };
    }

    /** Whether the pieces not yet read all decode; decodes them, keeping nothing. */
    public boolean restDecodes() {
      return pieces == null || bytes == null || pieces.restDecodes();
    }

    /** The text decoded whole, as {@link Decoded#of(byte[], String)} decodes it; only before the reader is made. */
    public Decoded decoded() {
      if (first == 1 && bytes != null) {
        // the first piece decoded strictly: the rest as of would go on, that piece not decoded again
        List<String> out = new ArrayList<>();
        out.add(pieces.chars().toString());
        if (pieces.rest(out) != null) {
          return new Decoded(out, pieces.cs, false);
        }
      }
      if (bytes == null) {
        throw new IllegalStateException("the bytes were let go once read");
      }
      return of(bytes, declared);
    }

    private void release() {
      bytes = null;
      pieces.release();
    }
  }

  /** Thrown by a {@link Lazy} reader at the first malformed piece: the text is to be decoded otherwise. */
  public static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super("malformed bytes for the charset tried first", null, false, false);
    }
  }

  /** Charsets in which a {@code \n} byte is always a line break, never part of a multi-byte character. */
  private static boolean cutsAtLineBreaks(Charset cs) {
    return cs.equals(StandardCharsets.UTF_8) || cs.equals(GB18030);
  }

  /**
   * The bytes from {@code offset} decoded in pieces cut after a {@code \n} byte, or null if {@code onError} is REPORT
   * and they are malformed. Only for charsets that {@link #cutsAtLineBreaks cut at line breaks}: in UTF-8 no byte of
   * a multi-byte character is below 0x80, and in GB18030 no byte after a character's first is 0x0A, so a cut never
   * falls inside a character. One decoder and one char buffer serve every piece: {@code new String(bytes, UTF_8)}
   * made three arrays per piece (a Latin-1 attempt, a UTF-16 array as long as the bytes, the trimmed copy), three
   * times the memory for the same speed; and a large page in one string stays whole until the last of it is read.
   */
  private static List<String> pieces(byte[] bytes, int offset, Charset cs, CodingErrorAction onError) {
    return new PieceDecoder(bytes, offset, cs, onError).rest(new ArrayList<>((bytes.length - offset) / PIECE + 1));
  }

  /**
   * Decodes bytes piece by piece, each piece cut as {@link #pieces} cuts them, into one reused char buffer: what
   * {@link #pieces} makes strings of, and what a {@link Lazy} page hands its reader a piece at a time.
   */
  private static final class PieceDecoder {
    private byte[] bytes;
    private final CharsetDecoder decoder;
    final Charset cs;
    private CharBuffer chars;
    private int start;
    private boolean started;

    PieceDecoder(byte[] bytes, int offset, Charset cs, CodingErrorAction onError) {
      this.bytes = bytes;
      this.cs = cs;
      this.decoder = decoder(cs, onError);
      this.chars = CharBuffer.allocate(Math.min(bytes.length - offset, PIECE));
      this.start = offset;
    }

    /** Whether a piece is left: every text has at least one, the empty text one empty piece. */
    boolean hasNext() {
      return bytes != null && (!started || start < bytes.length);
    }

    /** Decodes the next piece into {@link #chars()}; false if it is malformed (REPORT only). */
    boolean next() {
      started = true;
      int n = bytes.length;
      int end = start + PIECE;
      if (end >= n) {
        end = n;
      } else {
        while (end < n && bytes[end - 1] != '\n') {
          end++;
        }
      }
      if (chars.capacity() < end - start) {
        chars = CharBuffer.allocate(end - start); // in both charsets a byte is at most one char
      }
      decoder.reset();
      chars.clear();
      CoderResult r = decoder.decode(ByteBuffer.wrap(bytes, start, end - start), chars, true);
      if (r.isUnderflow()) {
        r = decoder.flush(chars);
      }
      if (r.isError()) {
        return false;
      }
      if (r.isOverflow()) {
        throw new IllegalStateException("a " + cs + " byte decodes to at most one char");
      }
      chars.flip();
      start = end;
      return true;
    }

    /** The piece last decoded, from its start to its end. */
    CharBuffer chars() {
      return chars;
    }

    /** The pieces left, added to {@code out} as strings; null if one is malformed. */
    List<String> rest(List<String> out) {
      while (hasNext()) {
        if (!next()) {
          return null;
        }
        out.add(chars.toString());
      }
      return out;
    }

    /** Lets go of the bytes, all read. */
    void release() {
      bytes = null;
    }

    /** Whether the pieces left all decode (REPORT: whether they are well-formed); decodes them and keeps nothing. */
    boolean restDecodes() {
      while (hasNext()) {
        if (!next()) {
          return false;
        }
      }
      return true;
    }
  }

  /** A decoder that reports (strict) or replaces malformed and unmappable bytes alike. */
  private static CharsetDecoder decoder(Charset cs, CodingErrorAction onError) {
    return cs.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
  }

  /** Decodes strictly if the bytes allow, else with replacement chars (and says so); one pass in the usual case. */
  private static Decoded lenient(byte[] bytes, int offset, Charset cs) {
    if (cutsAtLineBreaks(cs)) {
      List<String> strict = pieces(bytes, offset, cs, CodingErrorAction.REPORT);
      return strict != null ? new Decoded(strict, cs, false)
          : new Decoded(pieces(bytes, offset, cs, CodingErrorAction.REPLACE), cs, true);
    }
    CharsetDecoder strict = decoder(cs, CodingErrorAction.REPORT);
    try {
      return new Decoded(strict.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString(), cs, false);
    } catch (CharacterCodingException e) {
      CharsetDecoder d = decoder(cs, CodingErrorAction.REPLACE);
      try {
        CharBuffer out = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return new Decoded(out.toString(), cs, true);
      } catch (CharacterCodingException never) {
        // REPLACE never throws; keep the compiler satisfied without hiding a real failure.
        throw new IllegalStateException(never);
      }
    }
  }
}
