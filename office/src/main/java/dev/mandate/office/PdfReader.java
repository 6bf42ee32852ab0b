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
import dev.mandate.parser.formats.DocumentSink;
import dev.mandate.parser.formats.FormatReader;
import dev.mandate.parser.formats.ReadLimits;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF's text layer through Apache PDFBox: text in reading order, page by page; tables found by position
 * (ruling lines, else columns that line up), a cell wrapped over several lines joined, a table that runs across pages
 * joined with its repeated header rows dropped; bold from the font (a bold face, or a 黑体 face in a document set in
 * another) so that bold units lead; running headers, footers and page numbers left out. A PDF without a text layer (a
 * scan) and one locked with a password are refused with a message that says so; there is no OCR. Nothing is fetched:
 * fonts a PDF does not embed are not needed to read its text. Stateless and thread-safe.
 */
public final class PdfReader implements FormatReader {

  /** Where a PDF's header may stand: readers accept junk before it within the first KiB. */
  private static final int HEADER_WITHIN = 1024;

  /** Made by {@link java.util.ServiceLoader}; users need not make one. */
  public PdfReader() {}

  @Override
  public String name() {
    return "PDF";
  }

  @Override
  public boolean recognizes(byte[] head) {
    int n = Math.min(head.length, HEADER_WITHIN) - 5;
    for (int i = 0; i <= n; i++) {
      if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F' && head[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void read(byte[] input, ReadLimits limits, DocumentSink sink) throws IOException {
    PDDocument doc;
    try {
      doc = Loader.loadPDF(input);
    } catch (InvalidPasswordException e) {
      throw new MandateException(MandateException.Kind.UNREADABLE, "is encrypted with a password that is needed to "
          + "open it; save a copy without the password");
    } catch (StackOverflowError e) {
      throw new IOException("its objects are nested too deeply to be read");
    }
    try (doc) {
      if (doc.getNumberOfPages() == 0) {
        throw new IOException("it has no pages");
      }
      PdfPages pages = new PdfPages(limits);
      try {
        pages.read(doc);
      } catch (StackOverflowError e) {
        throw new IOException("its objects are nested too deeply to be read");
      }
      if (pages.glyphs() == 0) {
        throw new MandateException(MandateException.Kind.UNREADABLE, "has no text layer: its " + doc.getNumberOfPages()
            + (doc.getNumberOfPages() == 1 ? " page holds" : " pages hold") + " no text, only images or drawings (a "
            + "scanned document?); Mandate does not read images (no OCR): get the document as .docx, text or a PDF "
            + "with text, or run OCR on it first");
      }
      new PdfAssembly(pages.pages(), pages.heiIsBold()).emit(sink);
    }
  }
}
