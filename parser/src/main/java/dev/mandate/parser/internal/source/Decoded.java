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
    CharsetDecoder decoder = decoder(cs, onError);
    int n = bytes.length;
    List<String> out = new ArrayList<>((n - offset) / PIECE + 1);
    CharBuffer chars = CharBuffer.allocate(Math.min(n - offset, PIECE));
    int start = offset;
    do {
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
        return null;
      }
      if (r.isOverflow()) {
        throw new IllegalStateException("a " + cs + " byte decodes to at most one char");
      }
      chars.flip();
      out.add(chars.toString());
      start = end;
    } while (start < n);
    return out;
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
