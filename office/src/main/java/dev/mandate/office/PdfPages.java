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

import dev.mandate.parser.MandateException;
import dev.mandate.parser.formats.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a document's pages one after the other: each page's glyphs (with their faces) and rules, laid out into lines
 * and tables as the page ends, so that only what the page shows is kept, not its glyphs. What the pages' content
 * streams inflate to is counted against the limit before they are read. Not thread-safe; one per read.
 */
final class PdfPages extends PDFTextStripper {

  /** Glyphs one page may show; a page of text has a few thousand. */
  private static final int MAX_GLYPHS_PER_PAGE = 500_000;

  /** A page as read: its height and what it shows, top to bottom. */
  static final class Page {
    final float height;
    final List<PageLayout.Item> items;

    Page(float height, List<PageLayout.Item> items) {
      this.height = height;
      this.items = items;
    }
  }

  private final ReadLimits limits;
  private final List<Page> pages = new ArrayList<>();
  private final Map<PDFont, Byte> faces = new IdentityHashMap<>();
  private List<Glyph> glyphs = new ArrayList<>();
  private List<RuleFinder.Rule> rules = List.of();
  private long inflated;
  private long total;
  private long hei;

  PdfPages(ReadLimits limits) throws IOException {
    this.limits = limits;
  }

  void read(PDDocument doc) throws IOException {
    setSortByPosition(false);
    getText(doc);
  }

  List<Page> pages() {
    return pages;
  }

  long glyphs() {
    return total;
  }

  /** Whether 黑体 marks emphasis here: it does where it is not the face the document is set in. */
  boolean heiIsBold() {
    return hei * 2 < total;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    budget(page);
    glyphs = new ArrayList<>();
    RuleFinder finder = new RuleFinder(page);
    finder.processPage(page);
    rules = finder.rules();
  }

  @Override
  protected void endPage(PDPage page) {
    float height = page.getCropBox().getHeight();
    pages.add(new Page(height, PageLayout.read(glyphs, rules)));
    glyphs = new ArrayList<>();
    rules = List.of();
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    String u = t.getUnicode();
    if (u == null || u.isBlank()) {
      return;
    }
    float em = t.getFontSizeInPt();
    if (!(em >= 1)) {
      em = Math.max(1, Math.max(t.getWidthDirAdj(), t.getHeightDir()));
    }
    byte face = face(t.getFont());
    RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
    if (mode == RenderingMode.FILL_STROKE && getGraphicsState().getLineWidth() > 0) {
      face |= Styled.BOLD; // filled and outlined: how writers embolden a face that has no bold
    }
    if (glyphs.size() >= MAX_GLYPHS_PER_PAGE) {
      throw new MandateException(MandateException.Kind.TOO_LARGE, "a page shows more than " + MAX_GLYPHS_PER_PAGE
          + " characters");
    }
    float x = t.getXDirAdj();
    glyphs.add(new Glyph(x, x + Math.max(0, t.getWidthDirAdj()), t.getYDirAdj(), em, u, face));
    total++;
    if ((face & Styled.HEI) != 0) {
      hei++;
    }
  }

  /** Bold if the face says so (its name, its weight, forced bold); Hei if it is a 黑体 face. */
  private byte face(PDFont font) {
    if (font == null) {
      return 0;
    }
    Byte known = faces.get(font);
    if (known != null) {
      return known;
    }
    String name = font.getName() == null ? "" : font.getName();
    int plus = name.indexOf('+');
    if (plus == 6) {
      name = name.substring(7); // a subset's tag: ABCDEF+SimSun
    }
    String lower = name.toLowerCase(Locale.ROOT);
    boolean bold = lower.contains("bold") || lower.contains("heavy") || lower.contains("black")
        || lower.contains("demi") || lower.contains("semibold");
    PDFontDescriptor d = font.getFontDescriptor();
    if (d != null) {
      bold |= d.isForceBold() || d.getFontWeight() >= 600;
    }
    boolean isHei = lower.contains("hei") || name.contains("黑");
    byte face = (byte) ((bold ? Styled.BOLD : 0) | (isHei ? Styled.HEI : 0));
    faces.put(font, face);
    return face;
  }

  /** Counts what the page's content streams inflate to against the limit, before they are read. */
  private void budget(PDPage page) throws IOException {
    Iterator<PDStream> streams = page.getContentStreams();
    while (streams.hasNext()) {
      COSStream s = streams.next().getCOSObject();
      inflated += size(s, limits.maxExpanded() - inflated);
      if (inflated > limits.maxExpanded()) {
        throw new MandateException(MandateException.Kind.TOO_LARGE, "its pages' content inflates to more than "
            + limits.maxExpanded() + " bytes (raise the limit with MandateParser.builder().maxExpanded(n))");
      }
    }
  }

  /**
   * What a stream decodes to, counted up to {@code left} + 1 bytes: a Flate stream is inflated here into a small
   * buffer and dropped (a bomb never fills memory), any other is decoded by PDFBox.
   */
  private static long size(COSStream s, long left) throws IOException {
    COSBase filter = s.getFilters();
    byte[] buf = new byte[65536];
    long n = 0;
    if (COSName.FLATE_DECODE.equals(filter) || COSName.FLATE_DECODE_ABBREVIATION.equals(filter)) {
      Inflater inflater = new Inflater();
      try (InputStream raw = s.createRawInputStream()) {
        byte[] in = new byte[65536];
        int r;
        while (n <= left) {
          if (inflater.needsInput()) {
            r = raw.read(in);
            if (r <= 0) {
              break;
            }
            inflater.setInput(in, 0, r);
          }
          int got = inflater.inflate(buf);
          n += got;
          if (got == 0 && (inflater.finished() || inflater.needsDictionary())) {
            break;
          }
        }
      } catch (DataFormatException e) {
        return n; // damaged data: PDFBox reads what it can of it, no more than this
      } finally {
        inflater.end();
      }
      return n;
    }
    try (InputStream in = s.createInputStream()) {
      int r;
      while (n <= left && (r = in.read(buf)) > 0) {
        n += r;
      }
    }
    return n;
  }
}
