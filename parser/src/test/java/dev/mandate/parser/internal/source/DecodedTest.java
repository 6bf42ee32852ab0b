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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DecodedTest {

  /** Lines of Han text, CRLF and LF endings, and one line far longer than a piece: crosses every boundary. */
  private static String large() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      b.append(i).append(". 新建改扩建中小学48所,就业率90%以上").append(i % 3 == 0 ? "\r\n" : "\n");
      if (i == 12_345) {
        b.append("长".repeat(400_000)).append('\n');
      }
    }
    b.append("最后一行没有换行");
    return b.toString();
  }

  @Test
  void largeUtf8IsHeldInPiecesThatEndAfterALineBreakAndJoinBackWhole() {
    String text = large();
    Decoded d = Decoded.of(text.getBytes(StandardCharsets.UTF_8));
    List<String> pieces = d.pieces();
    assertTrue(pieces.size() > 3, "pieces: " + pieces.size());
    for (int i = 0; i < pieces.size() - 1; i++) {
      assertTrue(pieces.get(i).endsWith("\n"), "piece " + i + " ends inside a line");
    }
    assertEquals(text, String.join("", pieces));
    assertEquals(text, d.text());
    assertEquals(text.substring(0, 100), d.head(100));
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertFalse(d.replaced());
  }

  @Test
  void linesOfPiecesAreTheLinesOfTheWholeText() {
    String text = large();
    List<String> whole = Lines.of(text).stream().map(l -> l.number() + ":" + l.text()).collect(Collectors.toList());
    List<String> pieced = Lines.of(Decoded.of(text.getBytes(StandardCharsets.UTF_8)).pieces(), Integer.MAX_VALUE, null)
        .stream().map(l -> l.number() + ":" + l.text()).collect(Collectors.toList());
    assertEquals(whole, pieced);
  }

  @Test
  void aBadByteLateInTheTextStillDecidesForTheWholeText() {
    String text = large();
    byte[] gbk = text.getBytes(Charset.forName("GB18030"));
    Decoded g = Decoded.of(gbk);
    assertEquals(Charset.forName("GB18030"), g.charset(), "not UTF-8 in its first piece already");
    assertEquals(text, g.text());

    // valid UTF-8 except for one byte near the end: decoded as UTF-8 with that byte replaced, and said so
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    utf8[utf8.length - 10] = (byte) 0xFF;
    Decoded r = Decoded.of(utf8);
    assertTrue(r.replaced());
    assertTrue(r.text().indexOf('\uFFFD') > text.length() - 20, "replaced where the bad byte is");
    assertTrue(r.text().startsWith(text.substring(0, text.length() - 20)), "the rest survives");
  }

  @Test
  void largeGb18030IsHeldInPiecesToo_detectedOrDeclared() {
    // four-byte GB18030 sequences (a CJK Extension B char, a surrogate pair in Java) and two-byte ones around the cuts
    String text = large().replace("学", "𠀀学€");
    byte[] gb = text.getBytes(GB18030);
    for (Decoded d : List.of(Decoded.of(gb), Decoded.declared(gb, "gbk"), Decoded.declared(gb, "GB2312"))) {
      assertEquals(GB18030, d.charset());
      assertFalse(d.replaced());
      assertPieces(text, d);
    }
  }

  @Test
  void aBadByteLateInADeclaredGb18030PageIsReplacedAndTheRestSurvives() {
    String text = large();
    byte[] gb = text.getBytes(GB18030);
    gb[gb.length - 9] = (byte) 0xFF; // 0xFF never starts a GB18030 character
    Decoded d = Decoded.declared(gb, "gb2312");
    assertTrue(d.replaced());
    assertTrue(d.text().startsWith(text.substring(0, text.length() - 20)), "the rest survives");
    assertTrue(d.text().indexOf('\uFFFD') > text.length() - 20, "replaced where the bad byte is");
    assertTrue(d.pieces().size() > 3, "pieces: " + d.pieces().size());
  }

  private static final Charset GB18030 = Charset.forName("GB18030");

  private static void assertPieces(String text, Decoded d) {
    List<String> pieces = d.pieces();
    assertTrue(pieces.size() > 3, "pieces: " + pieces.size());
    for (int i = 0; i < pieces.size() - 1; i++) {
      assertTrue(pieces.get(i).endsWith("\n"), "piece " + i + " ends inside a line");
    }
    assertEquals(text, String.join("", pieces));
  }

  @Test
  void aReplacementCharWrittenInTheTextIsNotAnError() {
    String text = large() + "\n\uFFFD 是原文里的字符";
    Decoded d = Decoded.of(text.getBytes(StandardCharsets.UTF_8));
    assertFalse(d.replaced());
    assertEquals(text, d.text());
  }

  /** All a lazy text's reader gives, read in slices of {@code slice} chars. */
  private static String readAll(Decoded.Lazy lazy, int slice) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[slice];
    try (Reader r = lazy.reader()) {
      for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
        b.append(buf, 0, n);
      }
    }
    return b.toString();
  }

  @Test
  void aLazyTextReadsAsTheEagerPiecesDo_utf8Gb18030DeclaredAndWithAMark() throws IOException {
    String text = large().replace("学", "𠀀学€");
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[utf8.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, marked, 3, utf8.length);
    byte[] gb = text.getBytes(GB18030);
    for (Object[] c : new Object[][] {{utf8, null}, {utf8, "utf-8"}, {marked, null}, {gb, "gb2312"}}) {
      byte[] bytes = ((byte[]) c[0]).clone();
      Decoded.Lazy lazy = Decoded.lazy(bytes, (String) c[1]);
      assertEquals(text.substring(0, 100), lazy.head(100));
      assertEquals(text, readAll(lazy, 8192));
      // read to its end, it holds nothing: the bytes are let go, and the rest (none) decodes
      assertTrue(lazy.restDecodes());
      assertThrows(IllegalStateException.class, lazy::decoded);
    }
  }

  @Test
  void aLazyReaderHandsOutPiecesAsPiecesReaderDoes() throws IOException {
    // jsoup sees the same reads either way: never a read across two pieces
    byte[] bytes = large().getBytes(StandardCharsets.UTF_8);
    List<String> pieces = new ArrayList<>(Decoded.of(bytes).pieces());
    Decoded.Lazy lazy = Decoded.lazy(bytes, null);
    lazy.head(10);
    try (Reader eager = new PiecesReader(pieces); Reader r = lazy.reader()) {
      char[] a = new char[100_000];
      char[] b = new char[100_000];
      for (int n; ; ) {
        n = eager.read(a, 0, a.length);
        assertEquals(n, r.read(b, 0, b.length));
        if (n < 0) {
          break;
        }
        assertEquals(new String(a, 0, n), new String(b, 0, n));
      }
    }
  }

  @Test
  void aLazyTextMalformedAfterItsFirstPieceSaysSoAndDecodesWholeAsBefore() throws IOException {
    String text = large();
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    utf8[utf8.length - 10] = (byte) 0xFF;
    Decoded.Lazy lazy = Decoded.lazy(utf8, null);
    assertEquals(text.substring(0, 50), lazy.head(50), "the first piece is well-formed");
    assertFalse(lazy.restDecodes());
    Decoded.Lazy again = Decoded.lazy(utf8, null);
    again.head(50);
    assertThrows(Decoded.Malformed.class, () -> readAll(again, 65536));
    Decoded d = Decoded.lazy(utf8, null).decoded();
    assertTrue(d.replaced());
    assertEquals(Decoded.of(utf8).text(), d.text());
  }

  @Test
  void aLazyTextGivesNoHeadWhereTheEagerDecodingWouldNotStartInPieces() {
    byte[] gb = large().getBytes(GB18030);
    assertEquals(null, Decoded.lazy(gb, null).head(100), "not UTF-8 in its first piece");
    assertEquals(Decoded.of(gb).text(), Decoded.lazy(gb, null).decoded().text());
    byte[] utf16 = "\uFEFF<p>一</p>".getBytes(StandardCharsets.UTF_16LE);
    assertEquals(null, Decoded.lazy(utf16, null).head(100));
    assertEquals("<p>一</p>", Decoded.lazy(utf16, null).decoded().text());
    byte[] latin = "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(null, Decoded.lazy(latin, "iso-8859-1").head(100));
    assertEquals(Decoded.declared(latin, "iso-8859-1").text(), Decoded.lazy(latin, "iso-8859-1").decoded().text());
  }

  @Test
  void emptyAndSmallTextsAreOnePiece() {
    assertEquals(List.of(""), Decoded.of(new byte[0]).pieces());
    assertEquals(List.of("一行\n两行"), Decoded.of("一行\n两行".getBytes(StandardCharsets.UTF_8)).pieces());
  }
}
