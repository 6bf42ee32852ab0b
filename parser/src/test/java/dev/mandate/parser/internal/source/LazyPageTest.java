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

import dev.mandate.parser.MandateException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page read as it is decoded ({@link Decoded#lazy}) gives what the page decoded whole gave before: the same blocks
 * and the same flag for replaced bytes, also where a malformed byte further on makes the whole page decode otherwise.
 */
class LazyPageTest {

  private static final Charset GB18030 = Charset.forName("GB18030");

  /** A page of some 1.4 MB: several decoding pieces, a data table and a layout table around another. */
  private static String page(String charsetMeta) {
    StringBuilder b = new StringBuilder("<html><head>" + charsetMeta + "<title>民生实事</title></head><body><p>前言</p>\n");
    b.append("<table><tr><td>栏目</td></tr><tr><td><table><tr><th>任务</th><th>单位</th></tr>\n");
    for (int i = 0; i < 15_000; i++) {
      b.append("<tr><td>").append(i).append(". 新建改扩建中小学48所</td><td>")
          .append(i % 5 == 0 ? "<b>市教育局</b>" : "市教育局").append("、市财政局</td></tr>\n");
    }
    b.append("</table></td></tr></table>\n<p>结语</p></body></html>\n");
    return b.toString();
  }

  private static List<String> shown(List<Block> blocks) {
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Row) {
        StringBuilder s = new StringBuilder(b.number() + " row");
        for (Cell c : ((Row) b).cells()) {
          s.append(" | ").append(c.text());
          boolean[] bold = c.bold(0, c.text().length());
          for (boolean x : bold == null ? new boolean[0] : bold) {
            s.append(x ? '1' : '0');
          }
        }
        out.add(s.toString());
      } else {
        out.add(b.number() + " line " + ((Line) b).text());
      }
    }
    return out;
  }

  private static Sources sources(long maxTableText) {
    return new Sources(Integer.MAX_VALUE, Long.MAX_VALUE, 1_000_000, maxTableText, List.of());
  }

  /** Asserts that the page reads as it did when decoded whole first. */
  private static void readsAsDecodedWhole(byte[] bytes, String declared) {
    Decoded whole = Decoded.of(bytes, declared);
    assertTrue(whole.pieces().size() > 2, "pieces: " + whole.pieces().size());
    List<Block> before = HtmlReader.read(new ArrayList<>(whole.pieces()), CellBudget.unlimited());
    Input now = sources(Long.MAX_VALUE).bytes(bytes.clone(), "p.html");
    assertFalse(now.isText());
    assertEquals(whole.replaced(), now.malformed());
    assertEquals(shown(before), shown(now.blocks()));
  }

  @Test
  void aPageReadAsItIsDecodedReadsAsDecodedWhole() {
    readsAsDecodedWhole(page("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8), "utf-8");
    readsAsDecodedWhole(page("").getBytes(StandardCharsets.UTF_8), null);
    readsAsDecodedWhole(page("<meta charset=\"gb2312\">").getBytes(GB18030), "gb2312");
    readsAsDecodedWhole(page("").getBytes(GB18030), null);
  }

  @Test
  void aMalformedByteFurtherOnDecidesAsBefore() {
    // valid UTF-8 but for one byte near the end: read again, decoded as before (UTF-8, that byte replaced)
    byte[] utf8 = page("").getBytes(StandardCharsets.UTF_8);
    utf8[utf8.length - 30] = (byte) 0xFF;
    readsAsDecodedWhole(utf8, null);
    // a page declared gb2312 with a byte no GB18030 character starts with: replaced, the rest read
    byte[] gb = page("<meta charset=\"gb2312\">").getBytes(GB18030);
    gb[gb.length - 30] = (byte) 0xFF;
    readsAsDecodedWhole(gb, "gb2312");
  }

  @Test
  void aPageOverTheBudgetFailsOnlyWhereItDecodesToTheEnd() {
    byte[] clean = page("").getBytes(StandardCharsets.UTF_8);
    MandateException e = assertThrows(MandateException.class, () -> sources(1_000).bytes(clean.clone(), "p.html"));
    assertEquals(MandateException.Kind.TOO_LARGE, e.kind());
    // over the budget well before a malformed byte near the end: decoded whole as before, and read again so
    byte[] bad = clean.clone();
    bad[bad.length - 30] = (byte) 0xFF;
    Decoded whole = Decoded.of(bad, null);
    assertThrows(LimitExceeded.class, () -> HtmlReader.read(new ArrayList<>(whole.pieces()), new CellBudget(
        1_000_000, 1_000)));
    MandateException again = assertThrows(MandateException.class, () -> sources(1_000).bytes(bad.clone(), "p.html"));
    assertEquals(MandateException.Kind.TOO_LARGE, again.kind());
  }
}
