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
package dev.mandate.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.parser.MandateException;
import dev.mandate.parser.MandateParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * How {@link PdfReader} lays out pages, on PDFs made here with PDFBox: a table without ruling lines, a ruled table
 * that runs across two pages with its header repeated, running heads and page numbers, bold from the face; and the
 * PDFs it refuses (a scan, one locked with a password).
 */
class PdfLayoutTest {

  private static final MandateParser PARSER = MandateParser.builder().build();
  /** The left edges of a task table's columns: 序号, task, units, deadline. */
  private static final float[] X = {50, 90, 330, 470};
  private static final float PITCH = 14;

  /** A table row (one line of it) at {@code top}: a cell per column, null for none, bold after a star. */
  private static void line(Pdfs.Page p, float top, String... cells) {
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] != null) {
        boolean bold = cells[c].startsWith("*");
        if (cells[c].startsWith("^")) {
          p.hei(X[c], top, cells[c].substring(1));
        } else {
          p.text(X[c], top, bold ? cells[c].substring(1) : cells[c], bold);
        }
      }
    }
  }

  @Test
  void aTableWithoutRulesIsReadFromColumnsThatLineUp() throws IOException {
    Pdfs.Page p = new Pdfs.Page().text(50, 60, "Tasks of the city for 2024");
    line(p, 100, "No", "Task", "Units", "Deadline");
    line(p, 100 + PITCH, "1", "Build 3 new schools in the", "Education Bureau", "2024");
    line(p, 100 + 2 * PITCH, null, "east district of the city.", "Finance Bureau", null);
    line(p, 100 + 3 * PITCH, "2", "Repair 20 km of roads.", "Transport Bureau", "2025");
    p.text(50, 200, "The bureaus report every month.");
    assertEquals(List.of(
        "P: Tasks of the city for 2024",
        "R: No | Task | Units | Deadline",
        "R: 1 | Build 3 new schools in the east district of the city. | Education Bureau Finance Bureau | 2024",
        "R: 2 | Repair 20 km of roads. | Transport Bureau | 2025",
        "P: The bureaus report every month."), Pdfs.read(Pdfs.pdf(List.of(p))));
  }

  /** A ruled table's page: a rule above and below each row and between the columns. */
  private static Pdfs.Page ruled(String[][] rows) {
    Pdfs.Page p = new Pdfs.Page();
    float top = 100;
    float right = 560;
    for (String[] r : rows) {
      p.rule(X[0] - 4, top - 11, right, top - 11);
      line(p, top, r);
      top += PITCH + 4;
    }
    p.rule(X[0] - 4, top - 11, right, top - 11);
    for (float x : new float[] {X[0] - 4, X[1] - 4, X[2] - 4, X[3] - 4, right}) {
      p.rule(x, 100 - 11, x, top - 11);
    }
    return p;
  }

  @Test
  void aRuledTableAcrossTwoPagesIsOneTableItsRepeatedHeaderDropped() throws IOException {
    String[] header = {"No", "Task", "Units", "Deadline"};
    Pdfs.Page one = ruled(new String[][] {header, {"1", "Build schools.", "*Education", "2024"},
        {"2", "Repair roads.", "*Transport", "2025"}});
    Pdfs.Page two = ruled(new String[][] {header, {"3", "Plant trees.", "*Forestry", "2024"},
        {"4", "Clean rivers.", "*Water", "2026"}});
    List<String> read = Pdfs.read(Pdfs.pdf(List.of(one, two)));
    assertEquals(List.of(
        "R: No | Task | Units | Deadline",
        "R: 1 | Build schools. | *Education* | 2024",
        "R: 2 | Repair roads. | *Transport* | 2025",
        "R: 3 | Plant trees. | *Forestry* | 2024",
        "R: 4 | Clean rivers. | *Water* | 2026"), read);
  }

  /** 黑体 (SimHei) marks the lead where the document is set in another face; set throughout, it marks nothing. */
  @Test
  void aHeiFaceMarksTheLeadWhereTheRestIsSetInAnother() throws IOException {
    String[] header = {"No", "Task", "Units", "Deadline"};
    Pdfs.Page page = ruled(new String[][] {header, {"1", "Build schools.", "^Education", "2024"},
        {"2", "Repair roads.", "^Transport", "2025"}});
    assertEquals(List.of(
        "R: No | Task | Units | Deadline",
        "R: 1 | Build schools. | *Education* | 2024",
        "R: 2 | Repair roads. | *Transport* | 2025"), Pdfs.read(Pdfs.pdf(List.of(page))));
    Pdfs.Page allHei = ruled(new String[][] {{"^No", "^Task", "^Units", "^Deadline"},
        {"^1", "^Build schools.", "^Education", "^2024"}});
    assertEquals(List.of("R: No | Task | Units | Deadline", "R: 1 | Build schools. | Education | 2024"),
        Pdfs.read(Pdfs.pdf(List.of(allHei))));
  }

  @Test
  void runningHeadsFootsAndPageNumbersAreLeftOut() throws IOException {
    List<Pdfs.Page> pages = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      pages.add(new Pdfs.Page()
          .text(200, 30, "City Government Work Plan 2024")
          .text(50, 100, "Paragraph " + n + " of the plan.")
          .text(280, 800, "- " + n + " -")
          .text(250, 820, "Page " + n + " of 3"));
    }
    assertEquals(List.of("P: Paragraph 1 of the plan.", "P: Paragraph 2 of the plan.",
        "P: Paragraph 3 of the plan."), Pdfs.read(Pdfs.pdf(pages)));
  }

  @Test
  void aScannedPdfIsRefusedByNameSayingItHasNoText() throws IOException {
    byte[] scan;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(x, 50, 500);
      }
      scan = Pdfs.bytes(doc);
    }
    MandateException e = assertThrows(MandateException.class,
        () -> PARSER.parse(new ByteArrayInputStream(scan), "scan.pdf"));
    assertEquals(MandateException.Kind.UNREADABLE, e.kind());
    assertTrue(e.getMessage().startsWith("scan.pdf: "), e.getMessage());
    assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void aPdfLockedWithAPasswordIsRefusedSayingSo() throws IOException {
    byte[] locked;
    try (PDDocument doc = Pdfs.document(List.of(new Pdfs.Page().text(50, 100, "Secret plan.")))) {
      doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      locked = Pdfs.bytes(doc);
    }
    MandateException e = assertThrows(MandateException.class,
        () -> PARSER.parse(new ByteArrayInputStream(locked), "locked.pdf"));
    assertEquals(MandateException.Kind.UNREADABLE, e.kind());
    assertTrue(e.getMessage().startsWith("locked.pdf: ") && e.getMessage().contains("password"), e.getMessage());
  }

  @Test
  void aPdfWithAnOwnerPasswordOnlyIsRead() throws IOException {
    byte[] restricted;
    try (PDDocument doc = Pdfs.document(List.of(new Pdfs.Page().text(50, 100, "Open plan.")))) {
      doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
      restricted = Pdfs.bytes(doc);
    }
    assertEquals(List.of("P: Open plan."), Pdfs.read(restricted));
  }
}
