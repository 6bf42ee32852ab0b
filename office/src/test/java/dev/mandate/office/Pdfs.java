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

import dev.mandate.parser.formats.DocumentSink;
import dev.mandate.parser.formats.ReadLimits;
import dev.mandate.parser.formats.SourceCell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small PDFs made in the tests with PDFBox itself (no binary fixtures): pages of text placed at positions, in
 * Helvetica, Helvetica-Bold or a face named SimHei, and ruling lines; and a sink that records what a reader reports.
 */
final class Pdfs {
  /** A4's height in points: positions are given from the page's top, as one reads. */
  static final float HEIGHT = PDRectangle.A4.getHeight();

  private Pdfs() {}

  /** One page: text at (x, y from the top) and rules. */
  static final class Page {
    final List<Object[]> texts = new ArrayList<>();
    final List<float[]> rules = new ArrayList<>();

    Page text(float x, float top, String s) {
      return text(x, top, s, false);
    }

    Page text(float x, float top, String s, boolean bold) {
      texts.add(new Object[] {x, top, s, bold});
      return this;
    }

    /** Text set in a face named SimHei (黑体), which marks a lead where the rest is set in another face. */
    Page hei(float x, float top, String s) {
      texts.add(new Object[] {x, top, s, false, "hei"});
      return this;
    }

    Page rule(float x1, float top1, float x2, float top2) {
      rules.add(new float[] {x1, top1, x2, top2});
      return this;
    }
  }

  /** The pages as a PDF. */
  static byte[] pdf(List<Page> pages) {
    try (PDDocument doc = document(pages)) {
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PDDocument document(List<Page> pages) throws IOException {
    PDDocument doc = new PDDocument();
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    // a face named as the Chinese 黑体 is (SimHei), drawn with Helvetica's glyphs: what a reader sees is the name
    PDType1Font hei = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    hei.getCOSObject().setName(org.apache.pdfbox.cos.COSName.BASE_FONT, "SimHei");
    for (Page p : pages) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (float[] r : p.rules) {
          cs.setLineWidth(0.5f);
          cs.moveTo(r[0], HEIGHT - r[1]);
          cs.lineTo(r[2], HEIGHT - r[3]);
          cs.stroke();
        }
        for (Object[] t : p.texts) {
          cs.beginText();
          cs.setFont(t.length > 4 && "hei".equals(t[4]) ? hei : (Boolean) t[3] ? bold : regular, 10);
          cs.newLineAtOffset((Float) t[0], HEIGHT - (Float) t[1]);
          cs.showText((String) t[2]);
          cs.endText();
        }
      }
    }
    return doc;
  }

  static byte[] bytes(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** What a reader reports: "P: text" for a paragraph, "R: a | b | c" for a row, bold chars in *stars*. */
  static List<String> read(byte[] input) throws IOException {
    List<String> out = new ArrayList<>();
    new PdfReader().read(input, new ReadLimits(1L << 26, 1 << 20, 1L << 26), new DocumentSink() {
      @Override
      public void paragraph(String text) {
        out.add("P: " + text);
      }

      @Override
      public void row(List<SourceCell> cells) {
        StringBuilder b = new StringBuilder("R: ");
        for (int i = 0; i < cells.size(); i++) {
          b.append(i > 0 ? " | " : "").append(shown(cells.get(i)));
        }
        out.add(b.toString());
      }
    });
    return out;
  }

  /** A cell's text, its bold runs in stars. */
  static String shown(SourceCell c) {
    StringBuilder b = new StringBuilder();
    boolean in = false;
    String t = c.text();
    for (int i = 0; i < t.length(); i++) {
      boolean bold = c.isBold(i) && !Character.isWhitespace(t.charAt(i));
      if (bold != in) {
        b.append('*');
        in = bold;
      }
      b.append(t.charAt(i));
    }
    return b.append(in ? "*" : "").toString();
  }
}
