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
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.model.Document;
import dev.mandate.parser.MandateException;
import dev.mandate.parser.MandateParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and broken PDFs and OLE files, made here: each is read or refused with one line that names the file, in
 * seconds, within the heap (the small-heap run, {@code OfficeSmallHeapTest}, repeats the heaviest under 96 MB).
 */
class OfficeRobustnessTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  /** Parses, and if the parser refuses, checks that it says so in one line naming the file; returns the refusal. */
  static MandateException refusal(byte[] input, String name) {
    try {
      PARSER.parse(new ByteArrayInputStream(input), name); // read as far as it goes: a result is fine too
      return null;
    } catch (MandateException e) {
      assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      assertTrue(e.getMessage().length() < 400, e.getMessage());
      return e;
    }
  }

  static MandateException refused(byte[] input, String name) {
    MandateException e = refusal(input, name);
    assertTrue(e != null, name + " was read");
    return e;
  }

  /** A PDF whose catalog holds arrays nested {@code depth} deep. */
  static byte[] nested(int depth) {
    String open = "[".repeat(depth);
    String close = "]".repeat(depth);
    String body = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep " + open + close + " >>\nendobj\n"
        + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /X " + open + close
        + " >>\nendobj\n4 0 obj\n<< /Length 0 >>\nstream\n\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    return body.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A PDF of {@code n} empty pages. */
  static byte[] emptyPages(int n) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < n; i++) {
        doc.addPage(new PDPage());
      }
      return Pdfs.bytes(doc);
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aPdfWithDeeplyNestedObjectsIsRefusedOrRead() {
    refusal(nested(100_000), "nested.pdf");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void thousandsOfEmptyPagesAreRefusedAsHavingNoText() throws IOException {
    MandateException e = refused(emptyPages(5000), "empty.pdf");
    assertEquals(MandateException.Kind.UNREADABLE, e.kind());
    assertTrue(e.getMessage().contains("5000 pages"), e.getMessage());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void truncatedPdfsAreReadAsFarAsTheyGoOrRefused() {
    byte[] whole = Pdfs.pdf(List.of(new Pdfs.Page().text(50, 100, "First page."),
        new Pdfs.Page().text(50, 100, "Second page.")));
    for (int cut : new int[] {9, whole.length / 4, whole.length / 2, whole.length - 40}) {
      refusal(Arrays.copyOf(whole, cut), "cut-" + cut + ".pdf");
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aPdfHeaderBeforeNoiseIsRefused() {
    byte[] noise = new byte[200_000];
    new Random(19).nextBytes(noise);
    byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(head, 0, noise, 0, head.length);
    refused(noise, "noise.pdf");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aPdfThatInflatesPastTheLimitIsRefusedAsTooLarge() throws IOException {
    // one page whose content stream is 40 MB of spaces compressed to a few KB
    byte[] bomb;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDStream s = new PDStream(doc);
      try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < 40; i++) {
          out.write(spaces);
        }
      }
      page.setContents(s);
      bomb = Pdfs.bytes(doc);
    }
    assertTrue(bomb.length < 1_000_000, "compressed to " + bomb.length);
    MandateParser small = MandateParser.builder().maxExpanded(10_000_000).build();
    try {
      small.parse(new ByteArrayInputStream(bomb), "bomb.pdf");
      throw new AssertionError("read");
    } catch (MandateException e) {
      assertEquals(MandateException.Kind.TOO_LARGE, e.kind(), e.getMessage());
      assertTrue(e.getMessage().startsWith("bomb.pdf: "), e.getMessage());
    }
  }

  /** A small Excel 97–2003 workbook, encrypted with {@code password} if not null. */
  static byte[] xls(String password) throws IOException {
    Biff8EncryptionKey.setCurrentUserPassword(password);
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      var sheet = wb.createSheet();
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("工作任务");
      header.createCell(1).setCellValue("责任单位");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("新建学校3所。");
      row.createCell(1).setCellValue("市教育局");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void anExcel97WorkbookIsRead() throws IOException {
    Document d = PARSER.parse(new ByteArrayInputStream(xls(null)), "tasks.xls");
    assertEquals(1, d.measures().size());
    assertEquals("市教育局", d.measures().get(0).responsibilities().get(0).unit().name());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void anEncryptedWorkbookIsRefusedSayingSo() throws IOException {
    MandateException e = refused(xls("secret"), "locked.xls");
    assertEquals(MandateException.Kind.UNREADABLE, e.kind());
    assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void truncatedAndDamagedOleFilesAreRefused() throws IOException {
    byte[] whole = xls(null);
    for (int cut : new int[] {8, 600, whole.length / 2, whole.length - 100}) {
      refusal(Arrays.copyOf(whole, cut), "cut-" + cut + ".xls");
    }
    byte[] noise = new byte[100_000];
    new Random(97).nextBytes(noise);
    System.arraycopy(whole, 0, noise, 0, 512); // a compound file's header, then noise
    refused(noise, "noise.doc");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void anOleFileOfAnotherKindIsRefusedSayingWhatToDo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[100]), "Contents");
      fs.writeFilesystem(out);
    }
    MandateException e = refused(out.toByteArray(), "old.wps");
    assertTrue(e.getMessage().contains(".docx"), e.getMessage());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aWordStreamThatHwpfCannotReadIsRefusedSayingToSaveAsDocx() throws IOException {
    // a WordDocument stream of noise: a WPS file of Kingsoft's own variant fails in HWPF like this
    byte[] noise = new byte[4096];
    new Random(5).nextBytes(noise);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(noise), "WordDocument");
      fs.writeFilesystem(out);
    }
    MandateException e = refused(out.toByteArray(), "kingsoft.wps");
    assertTrue(e.getMessage().contains(".docx"), e.getMessage());
  }
}
