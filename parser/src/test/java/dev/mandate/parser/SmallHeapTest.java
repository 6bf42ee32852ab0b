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
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts of many short lines, parsed under a small heap: surefire runs this class alone in a JVM of {@code -Xmx96m}
 * (see the {@code small-heap} execution in this module's pom). Every line was once kept as a candidate measure, some
 * 250 bytes a line, so 5 MB of one-char lines needed some 900 MB; now only lines that can still matter are kept, and these
 * texts fit in less than half of this heap.
 */
class SmallHeapTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  /** The heap this class is meant to run under; checked so that running it elsewhere does not pass unseen. */
  @Test
  void runsUnderTheSmallHeapItIsMeantFor() {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(max <= 100L * 1024 * 1024, "expected -Xmx96m from the small-heap execution, got " + max);
  }

  @Test
  void fiveMegabytesOfOneCharLines() {
    Document d = PARSER.parse("a\n".repeat(2_500_000));
    assertTrue(d.measures().isEmpty());
    assertEquals(Diagnostic.Kind.NO_MEASURES, d.diagnostics().get(d.diagnostics().size() - 1).kind());
  }

  @Test
  void fiveMegabytesOfShortHanLinesBetweenTwoMeasures() {
    String text = "1.新建学校3所。（市教育局牵头）\n" + "教育\n".repeat(700_000) + "2.新建医院1所。（市卫健委牵头）\n";
    Document d = PARSER.parse(text);
    assertEquals(2, d.measures().size());
    assertEquals(700_002, d.measures().get(1).line().getAsInt());
  }

  @Test
  void aNumberedItemFollowedByFiveMegabytesOfOneCharLinesThatNeverCloseIt() {
    // each line may still be the wrapped rest of item 1 until the end; none is, so item 1 stays one line
    byte[] bytes = ("1.新建学校3所\n" + "a\n".repeat(2_500_000)).getBytes(StandardCharsets.UTF_8);
    Document d = PARSER.parse(new java.io.ByteArrayInputStream(bytes), "wrapped.txt");
    assertTrue(d.measures().isEmpty());
  }

  @Test
  void shortNumberedLinesThatMayEachStillBeAMeasure() {
    // a numbered line with no units is a measure if any line numbered alike has units, so each is kept to the end:
    // 1.5 MB of them needed some 105 MB of heap when every line was kept as objects, now about 30 MB
    Document d = PARSER.parse("1.a\n".repeat(375_000) + "(1)b\n");
    assertTrue(d.measures().isEmpty());
  }

  @Test
  void aThirtyMegabytePageOfOneTable(@TempDir Path dir) throws IOException {
    // the founding document's labelled rows repeated as one table, written row by row: decoded whole first and each
    // row held as objects, a page this size needed 105 MB of heap (the CLI, bisected); read as it is decoded and its
    // rows held compactly, 70 MB
    Path page = dir.resolve("big.html");
    List<String[]> rows = new ArrayList<>();
    for (String line : Resources.text(Resources.SEED).split("\n")) {
      int bar = line.indexOf('|');
      if (bar > 0) {
        rows.add(new String[] {line.substring(0, bar).strip(), line.substring(bar + 1).replaceAll("\\|\\s*$", "")
            .strip()});
      }
    }
    long written = 0;
    int measures = 0;
    try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      w.write("<html><head><meta charset=\"utf-8\"><title>民生实事</title></head><body>\n<table><tbody>\n");
      while (written < 30_000_000) {
        for (String[] r : rows) {
          String tr = "<tr style='height:20.0pt'><td valign=top><p class=MsoNormal>" + r[0] + "</p></td>"
              + "<td valign=top><p class=MsoNormal><span style='font-size:10.5pt'>" + r[1] + "&nbsp;<o:p></o:p>"
              + "</span></p></td></tr>\n";
          w.write(tr);
          written += tr.getBytes(StandardCharsets.UTF_8).length;
          measures += r[0].startsWith("具体措施") ? 1 : 0;
        }
      }
      w.write("</tbody></table>\n</body></html>\n");
    }
    Document d = PARSER.parse(page);
    assertEquals(measures, d.measures().size());
  }
}
