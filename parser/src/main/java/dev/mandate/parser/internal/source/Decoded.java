package dev.mandate.parser.internal.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text decoded from bytes, with the charset that was used and whether any bytes had to be replaced.
 *
 * <p>Order: a byte-order mark (UTF-8, UTF-16LE/BE) decides; else the bytes are UTF-8 if they are valid UTF-8; else
 * GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese government pages) if valid; else UTF-8 with
 * invalid bytes replaced by U+FFFD, so the rest of the document survives.
 */
public final class Decoded {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private final String text;
  private final Charset charset;
  private final boolean replaced;

  private Decoded(String text, Charset charset, boolean replaced) {
    this.text = text;
    this.charset = charset;
    this.replaced = replaced;
  }

  public String text() {
    return text;
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
    // the JDK's intrinsic UTF-8 decoding is several times faster than a CharsetDecoder; it replaces bad bytes with
    // U+FFFD, so only a result holding U+FFFD needs the strict check (the text may hold U+FFFD itself)
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(fast, StandardCharsets.UTF_8, false);
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, false);
    }
    String gb = strict(bytes, GB18030);
    if (gb != null) {
      return new Decoded(gb, GB18030, false);
    }
    return lenient(bytes, 0, StandardCharsets.UTF_8);
  }

  private static String strict(byte[] bytes, Charset cs) {
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Decodes strictly if the bytes allow, else with replacement chars (and says so); one pass in the usual case. */
  private static Decoded lenient(byte[] bytes, int offset, Charset cs) {
    CharsetDecoder strict = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return new Decoded(strict.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString(), cs, false);
    } catch (CharacterCodingException e) {
      CharsetDecoder d = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
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
