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
package dev.mandate.parser.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.model.Basis;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.parser.MandateException;
import dev.mandate.parser.MandateParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A format reader on the class path reads the inputs it recognises; formats no reader takes are named. */
class FormatReaderTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  private static Document parse(MandateParser p, String content, String name) {
    return p.parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name);
  }

  @Test
  void aDiscoveredReaderGivesParagraphsAndRowsWithTheirBold() {
    Document d = parse(PARSER, "FAKEFMT\nP 2024年重点任务分工\nR 序号|工作任务|责任单位\n"
        + "R 1|新建学校3所。|市财政局、*市教育局*\n", "plan.fake");
    assertEquals(1, d.measures().size());
    Measure m = d.measures().get(0);
    assertEquals("新建学校3所。", m.text());
    assertEquals("市教育局", m.leads().get(0).name());
    assertEquals(Basis.BOLD, m.responsibilities().get(1).basis().orElseThrow());
  }

  @Test
  void aReadersFailuresAreTypedAndNameTheFile() {
    MandateException damaged = assertThrows(MandateException.class, () -> parse(PARSER, "FAKEFMT\nFAIL\n", "a.fake"));
    assertEquals(MandateException.Kind.UNREADABLE, damaged.kind());
    assertTrue(damaged.getMessage().startsWith("a.fake: cannot be read as Fake: the file is damaged"),
        damaged.getMessage());
    MandateException bug = assertThrows(MandateException.class, () -> parse(PARSER, "FAKEFMT\nBUG\n", "b.fake"));
    assertEquals(MandateException.Kind.UNREADABLE, bug.kind());
    assertTrue(bug.getMessage().startsWith("b.fake: the Fake reader failed"), bug.getMessage());
    MandateException locked = assertThrows(MandateException.class, () -> parse(PARSER, "FAKEFMT\nLOCKED\n", "c.fake"));
    assertEquals("c.fake: is encrypted", locked.getMessage());
  }

  @Test
  void theTableLimitsHoldForAReadersRows() {
    MandateParser small = MandateParser.builder().maxTableCells(4).build();
    MandateException e = assertThrows(MandateException.class,
        () -> parse(small, "FAKEFMT\nR a|b|c\nR d|e|f\n", "big.fake"));
    assertEquals(MandateException.Kind.TOO_LARGE, e.kind());
  }

  @Test
  void withDiscoveryOffTheBytesAreReadAsTheTextTheyAre() {
    Document d = parse(MandateParser.builder().discoverFormats(false).build(), "FAKEFMT\nP x\n", "t.fake");
    assertEquals(0, d.measures().size());
  }

  @Test
  void aPdfOrAnOleFileWithNoReaderIsRefusedByName() {
    MandateException pdf = assertThrows(MandateException.class, () -> parse(PARSER, "%PDF-1.7\n%âãÏÓ\n", "x.pdf"));
    assertEquals(MandateException.Kind.NOT_TEXT, pdf.kind());
    assertTrue(pdf.getMessage().startsWith("x.pdf: is a PDF"), pdf.getMessage());
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    MandateException doc = assertThrows(MandateException.class,
        () -> PARSER.parse(new ByteArrayInputStream(ole), "x.wps"));
    assertEquals(MandateException.Kind.NOT_TEXT, doc.kind());
    assertTrue(doc.getMessage().contains(".doc, .xls, .wps"), doc.getMessage());
  }
}
