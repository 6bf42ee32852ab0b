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
package dev.mandate.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Target;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parser never throws anything but its own typed exception, on arbitrary strings and on real layouts mutated
 * (cut, duplicated, shuffled, wrong bytes); every target it returns slices back to its text.
 */
class ParserFuzzProperties {

  private static final MandateParser PARSER = MandateParser.builder().build();
  private static final List<String> LAYOUTS = new ArrayList<>();

  static {
    LAYOUTS.add(Resources.text(Resources.SEED));
    for (String d : Resources.DEV) {
      LAYOUTS.add(Resources.text("dev/" + d + ".txt"));
    }
    for (String l : Resources.layouts()) {
      LAYOUTS.add(Resources.text(l));
    }
  }

  private static void check(Document d) {
    for (Measure m : d.measures()) {
      for (Target t : m.targets()) {
        assertEquals(t.text(), m.text().substring(t.span().start(), t.span().end()));
      }
    }
  }

  private static void parseSafely(String s) {
    try {
      check(PARSER.parse(s));
    } catch (MandateException e) {
      // the library's own typed error is allowed
    }
  }

  @Provide
  Arbitrary<String> documentish() {
    return Arbitraries.strings()
        .withChars("|:：,，、;；。()（）“”〔〕—-~至到\n\r\t 具体措施责任单位牵头配合主办协办一二三十百千万亿两%％0123456789.第年月日号级所个人元")
        .ofMaxLength(300);
  }

  @Property(tries = 10_000)
  void arbitraryDocumentishStringsNeverBreakTheParser(@ForAll("documentish") String s) {
    parseSafely(s);
  }

  @Property(tries = 5000)
  void arbitraryUnicodeNeverBreaksTheParser(@ForAll String s) {
    parseSafely(s);
  }

  @Property(tries = 3000)
  void mutatedRealLayoutsNeverBreakTheParser(@ForAll long seed) {
    Random r = new Random(seed);
    String base = LAYOUTS.get(r.nextInt(LAYOUTS.size()));
    List<String> lines = new ArrayList<>(Arrays.asList(base.split("\n", -1)));
    switch (r.nextInt(5)) {
      case 0: // cut anywhere
        parseSafely(base.substring(0, r.nextInt(base.length() + 1)));
        return;
      case 1: // duplicate a line
        int i = r.nextInt(lines.size());
        lines.add(i, lines.get(i));
        break;
      case 2:
        Collections.shuffle(lines, r);
        break;
      case 3: // drop a line
        lines.remove(r.nextInt(lines.size()));
        break;
      default: // wrong bytes
        byte[] b = base.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < 5; k++) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        try {
          check(PARSER.parse(new ByteArrayInputStream(b), "mutated"));
        } catch (MandateException e) {
          // allowed: binary-looking bytes
        }
        return;
    }
    parseSafely(String.join("\n", lines));
  }

  /** Limits low enough that a page whose merged cells repeat its text past them fails fast, as it should. */
  private static final MandateParser SMALL_LIMITS = MandateParser.builder().maxTableText(2_000_000).build();
  private static final String PAGE = new String(
      dev.mandate.parser.sources.Render.html(dev.mandate.parser.sources.Render.labelledRows(LAYOUTS.get(0))),
      java.nio.charset.Charset.forName("GB18030"));
  private static final String[] MARKUP = {"<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<tbody>",
      "<th colspan=3>", "<td rowspan=99999 colspan=1000>", "<td rowspan=2>", "<b>", "</b>", "<div>", "</div>",
      "<br>", "<p>", "<!--", "<script>"};

  /**
   * An HTML page with tags dropped in or cut out anywhere: unclosed tables, stray cells, cells spanning the page
   * (a fuzzer outside the build found such a page that kept the parser busy for 18 s; see regressions/).
   */
  @Property(tries = 500)
  void damagedHtmlPagesNeverBreakTheParser(@ForAll long seed) {
    Random r = new Random(seed);
    StringBuilder page = new StringBuilder(PAGE);
    int hits = 1 + r.nextInt(6);
    for (int k = 0; k < hits; k++) {
      int at = r.nextInt(page.length() + 1);
      if (r.nextInt(3) > 0) {
        page.insert(at, MARKUP[r.nextInt(MARKUP.length)]);
      } else {
        page.delete(at, Math.min(page.length(), at + 1 + r.nextInt(40)));
      }
    }
    try {
      check(SMALL_LIMITS.parse(page.toString()));
    } catch (MandateException e) {
      // the library's own typed error is allowed
    }
  }

  private static final byte[][] ARCHIVES = {
      dev.mandate.parser.sources.Render.docx(dev.mandate.parser.sources.Render.labelledRows(LAYOUTS.get(0))),
      dev.mandate.parser.sources.Render.xlsx(dev.mandate.parser.sources.Render.labelledRows(LAYOUTS.get(0)))};

  /** Word and Excel files with bytes overwritten anywhere: headers, central directory, compressed data, XML. */
  @Property(tries = 1500)
  void damagedWordAndExcelFilesNeverBreakTheParser(@ForAll long seed) {
    Random r = new Random(seed);
    byte[] b = ARCHIVES[r.nextInt(ARCHIVES.length)].clone();
    int hits = 1 + r.nextInt(8);
    for (int k = 0; k < hits; k++) {
      // half the hits near the end, where the central directory lies
      int at = r.nextBoolean() ? r.nextInt(b.length) : b.length - 1 - r.nextInt(Math.min(b.length, 2000));
      b[at] = (byte) r.nextInt(256);
    }
    try {
      check(PARSER.parse(new ByteArrayInputStream(b), "damaged"));
    } catch (MandateException e) {
      // the library's own typed error is allowed
    }
  }
}
