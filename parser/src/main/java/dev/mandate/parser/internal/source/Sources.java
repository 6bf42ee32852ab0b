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

import dev.mandate.parser.MandateException;
import dev.mandate.parser.formats.FormatReader;
import dev.mandate.parser.formats.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * Stage 1, reading the source: tells an input's format apart by its content (a ZIP of Word or Excel parts, a format
 * a {@link FormatReader} recognises, HTML, text), decodes it and reads it into {@link Input}, with every limit kept.
 * Failures are {@link MandateException}s whose message starts with the input's name. Immutable and thread-safe.
 */
public final class Sources {

  /** How much is read at a time. */
  private static final int SLICE = 65536;
  /** How many of an input's first bytes a format reader is shown to recognise it. */
  private static final int HEAD = 8192;

  private final int maxInput;
  private final long maxExpanded;
  private final int maxTableCells;
  private final long maxTableText;
  private final List<FormatReader> formats;

  public Sources(int maxInput, long maxExpanded, int maxTableCells, long maxTableText, List<FormatReader> formats) {
    this.maxInput = maxInput;
    this.maxExpanded = maxExpanded;
    this.maxTableCells = maxTableCells;
    this.maxTableText = maxTableText;
    this.formats = List.copyOf(formats);
  }

  /**
   * Reads a stream whole, refusing more than the input limit. {@code expected} (a file's size, or 0) sizes the
   * buffer so that a file is read without growing and copying it; a file that grew since is still read to its end.
   */
  public byte[] readAll(InputStream in, String label, int expected) throws IOException {
    byte[] first = new byte[expected];
    int got = 0;
    int r;
    // in slices: a file stream asked for 20 MB at once copies them through a native buffer of that size, which the
    // JDK keeps for the thread — as much memory again, touched page by page
    while (got < expected && (r = in.read(first, got, Math.min(SLICE, expected - got))) > 0) {
      got += r;
    }
    // asked even after a short read: a stream may hand out less than it holds, or have grown since it was sized
    int next = in.read();
    if (next < 0) {
      return got == expected ? first : Arrays.copyOf(first, got);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(expected + 65536L, Integer.MAX_VALUE - 16));
    out.write(first, 0, got);
    out.write(next);
    long total = got + 1L;
    byte[] buf = new byte[SLICE];
    // checked before each read, so an endless stream stops at the limit
    while (total <= maxInput && (r = in.read(buf)) > 0) {
      total += r;
      out.write(buf, 0, r);
    }
    if (total > maxInput) {
      throw new MandateException(MandateException.Kind.TOO_LARGE,
          label + ": more than the limit of " + maxInput + " bytes");
    }
    return out.toByteArray();
  }

  /** Text given as characters: HTML if it looks like a page, else text. */
  public Input text(String text, String label) {
    String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    List<String> pieces = new ArrayList<>(List.of(t));
    return HtmlReader.looksLikeHtml(t) ? Input.blocks(html(pieces, label), false) : Input.text(pieces, false);
  }

  /** An input's bytes, of any format the parser reads. */
  public Input bytes(byte[] bytes, String label) {
    if (SafeZip.isZip(bytes)) {
      return zip(bytes, label);
    }
    byte[] head = bytes.length <= HEAD ? bytes : Arrays.copyOf(bytes, HEAD);
    for (FormatReader f : formats) {
      if (f.recognizes(head)) {
        return format(f, bytes, label);
      }
    }
    refuseUnread(bytes, label);
    Decoded.Lazy lazy = Decoded.lazy(bytes, HtmlReader.declaredCharset(bytes));
    bytes = null; // held by the lazy text alone, which lets them go once a page is read to its end
    String sniffed = lazy.head(HtmlReader.SNIFF);
    if (sniffed != null && HtmlReader.looksLikeHtml(sniffed)) {
      // a page is decoded as jsoup reads it, never held whole as text
      List<Block> blocks = html(lazy, label);
      if (blocks != null) {
        return Input.blocks(blocks, false);
      }
    }
    Decoded d = lazy.decoded();
    lazy = null;
    boolean html = HtmlReader.looksLikeHtml(d.head(HtmlReader.SNIFF));
    boolean replaced = d.replaced();
    // the text is handed on in a list of its own and d let go: the readers drop each piece once they are done with it
    List<String> pieces = new ArrayList<>(d.pieces());
    d = null;
    return html ? Input.blocks(html(pieces, label), replaced) : Input.text(pieces, replaced);
  }

  /** The formats no reader on the class path took, named: a PDF, an OLE file (.doc, .xls, .wps), other binary. */
  private static void refuseUnread(byte[] bytes, String label) {
    if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) { // %PDF
      throw new MandateException(MandateException.Kind.NOT_TEXT, label + ": is a PDF, which this parser does not "
          + "read without the mandate-office module on the class path; add it, or save the document as .docx or "
          + "as text");
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw new MandateException(MandateException.Kind.NOT_TEXT, label + ": is an old binary Word, Excel or WPS "
          + "file (.doc, .xls, .wps), which this parser does not read without the mandate-office module on the class "
          + "path; add it, or save the document as .docx, .xlsx or text");
    }
    if (looksBinary(bytes)) {
      throw new MandateException(MandateException.Kind.NOT_TEXT,
          label + ": is binary (NUL bytes or control characters); expected text, HTML, .docx or .xlsx");
    }
  }

  private static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private Input format(FormatReader f, byte[] bytes, String label) {
    FormatBlocks sink = new FormatBlocks(new CellBudget(maxTableCells, maxTableText));
    try {
      f.read(bytes, new ReadLimits(maxExpanded, maxTableCells, maxTableText), sink);
    } catch (MandateException e) {
      throw new MandateException(e.kind(), label + ": " + e.getMessage(), e);
    } catch (LimitExceeded e) {
      throw new MandateException(MandateException.Kind.TOO_LARGE, label + ": " + e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new MandateException(MandateException.Kind.UNREADABLE, label + ": cannot be read as " + f.name() + ": "
          + e.getMessage(), e);
    } catch (RuntimeException e) {
      // a reader's own bug on a hostile file: named, typed, never a stack trace from deep inside
      throw new MandateException(MandateException.Kind.UNREADABLE, label + ": the " + f.name() + " reader failed: "
          + e, e);
    }
    return Input.blocks(sink.blocks(), false);
  }

  /** A Word or Excel file, told apart by its parts, read with limits on what it inflates to. */
  private Input zip(byte[] bytes, String label) {
    try {
      Set<String> names = SafeZip.names(bytes);
      if (names.contains("word/document.xml")) {
        // the styles first (small, and needed to read bold), then the document as it inflates, never whole
        Map<String, byte[]> styles = SafeZip.read(bytes, n -> n.equals("word/styles.xml"), maxExpanded, maxExpanded);
        byte[] stylesXml = styles.get("word/styles.xml");
        long left = maxExpanded - (stylesXml == null ? 0 : stylesXml.length);
        try (InputStream document = SafeZip.entry(bytes, "word/document.xml", left)) {
          return Input.blocks(DocxReader.read(document, stylesXml, budget()), false);
        } catch (UncheckedIOException e) {
          throw new MandateException(MandateException.Kind.UNREADABLE, label + ": " + e.getMessage(), e);
        } catch (IOException e) {
          throw new MandateException(MandateException.Kind.UNREADABLE, label + ": cannot be read: " + e.getMessage(),
              e);
        }
      }
      if (names.contains("xl/workbook.xml")) {
        List<String> sheets = new ArrayList<>();
        for (String n : names) {
          if (n.startsWith("xl/worksheets/sheet") && n.endsWith(".xml")) {
            sheets.add(n);
          }
        }
        sheets.sort(java.util.Comparator.comparingInt(Sources::sheetNumber).thenComparing(n -> n));
        Map<String, byte[]> parts = SafeZip.read(bytes, n -> sheets.contains(n)
            || n.equals("xl/sharedStrings.xml") || n.equals("xl/styles.xml"), maxExpanded, maxExpanded);
        List<byte[]> sheetXml = new ArrayList<>();
        for (String n : sheets) {
          if (parts.containsKey(n)) {
            sheetXml.add(parts.get(n));
          }
        }
        return Input.blocks(XlsxReader.read(sheetXml, parts.get("xl/sharedStrings.xml"), parts.get("xl/styles.xml"),
            budget()), false);
      }
      throw new MandateException(MandateException.Kind.NOT_TEXT,
          label + ": is a ZIP archive but neither a Word (.docx) nor an Excel (.xlsx) file");
    } catch (SafeZip.ZipRefused e) {
      throw new MandateException(e.tooLarge() ? MandateException.Kind.TOO_LARGE : MandateException.Kind.UNREADABLE,
          label + ": " + e.getMessage(), e);
    } catch (LimitExceeded e) {
      throw new MandateException(MandateException.Kind.TOO_LARGE, label + ": " + e.getMessage(), e);
    } catch (XMLStreamException e) {
      throw new MandateException(MandateException.Kind.NOT_TEXT, label
          + ": its XML is not well-formed or declares a DTD, which is refused: "
          + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", "; "), e);
    }
  }

  private CellBudget budget() {
    return new CellBudget(maxTableCells, maxTableText);
  }

  /**
   * The blocks of a page read as it is decoded, or null where it turns out not to decode as the head did (a malformed
   * byte further on): it is then decoded whole, as {@link Decoded#of(byte[], String)} decodes it, and read again. A
   * failure is the page's only where the rest decodes too; otherwise the text read again decides.
   */
  private List<Block> html(Decoded.Lazy lazy, String label) {
    try {
      return HtmlReader.read(lazy.reader(), budget());
    } catch (RuntimeException e) {
      if (e instanceof Decoded.Malformed || e.getCause() instanceof Decoded.Malformed || !lazy.restDecodes()) {
        return null;
      }
      if (e instanceof LimitExceeded) {
        throw new MandateException(MandateException.Kind.TOO_LARGE, label + ": " + e.getMessage(), e);
      }
      throw e;
    }
  }

  private List<Block> html(List<String> pieces, String label) {
    try {
      return HtmlReader.read(pieces, budget());
    } catch (LimitExceeded e) {
      throw new MandateException(MandateException.Kind.TOO_LARGE, label + ": " + e.getMessage(), e);
    }
  }

  /** The number in a sheet part's name ({@code xl/worksheets/sheet12.xml} → 12), sheets in the workbook's order. */
  private static int sheetNumber(String name) {
    int n = 0;
    int digits = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > 6) {
          return Integer.MAX_VALUE;
        }
        n = n * 10 + (c - '0');
      }
    }
    return digits == 0 ? Integer.MAX_VALUE : n;
  }

  /** NUL or other C0 controls in the first 8 KiB, unless a UTF-16 byte-order mark explains the NULs. */
  static boolean looksBinary(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return false;
    }
    int n = Math.min(bytes.length, 8192);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    return n > 0 && controls * 20 > n;
  }
}
