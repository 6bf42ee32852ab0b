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
package dev.mandate.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it: output, messages and exit codes. */
class MandateCliTest {

  private static final String SEED = "../seeds/linyi-2021-livelihood.txt";
  private static final String ITEM = "具体措施: | 新建学校3所。 |\n责任单位: | 市教育局 |\n";

  private static final class Run {
    int code;
    String out;
    String err;
  }

  private static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Run r = new Run();
    r.code = MandateCli.run(stdin == null ? new ByteArrayInputStream(new byte[0]) : stdin, out,
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    r.out = out.toString(StandardCharsets.UTF_8);
    r.err = err.toString(StandardCharsets.UTF_8);
    return r;
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void noArgumentsSummarisesTheFoundingDocument() {
    Run r = run(null);
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.startsWith("linyi-2021-livelihood.txt: 59 measures, "), r.out);
    assertTrue(r.out.contains("Units that lead most:"));
    assertTrue(r.out.contains("市卫生健康委"), r.out);
    assertTrue(r.out.contains("1. 根据省统一部署"), r.out);
    assertTrue(r.out.contains("lead: 市民政局"), r.out);
  }

  @Test
  void parseWritesMandateJsonWithTheSourceAsGiven() {
    Run r = run(null, "parse", SEED, "--format", "json");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("\"format\": \"mandate/1\""), r.out.substring(0, 200));
    assertTrue(r.out.contains("\"source\": \"" + SEED + "\""), r.out.substring(0, 200));
    assertEquals("", r.err);
  }

  @Test
  void standardInputIsReadForADashAndNamedTheSameEverywhere() {
    Run r = run(text(ITEM), "parse", "-", "--format", "json");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("\"unit\": \"市教育局\""), r.out);
    assertTrue(r.out.contains("\"source\": \"<stdin>\""), r.out);
    Run none = run(text("你好\n"), "parse", "-");
    assertEquals(MandateCli.NO_MEASURES, none.code);
    assertEquals("mandate: <stdin>: no measures found", none.err.strip());
  }

  @Test
  void aMissingFileIsExitOneWithOneLineNamingIt() {
    Run r = run(null, "parse", "no/such/file.txt");
    assertEquals(1, r.code);
    assertEquals(List.of("mandate: no/such/file.txt: no such file"), r.err.lines().collect(Collectors.toList()));
  }

  @Test
  void anEmptyOrBlankFileIsReadButHasNoMeasuresWhileABinaryOneFails(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Run e = run(null, "parse", empty.toString());
    assertEquals(MandateCli.NO_MEASURES, e.code, "read, but nothing in it: not a failure to read");
    assertTrue(e.err.contains("no measures"), e.err);
    Path bin = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    Run b = run(null, "parse", bin.toString());
    assertEquals(MandateCli.INPUT, b.code);
    assertTrue(b.err.contains("x.bin") && b.err.contains("binary"), b.err);
  }

  @Test
  void htmlFilesAreReadToo(@TempDir Path dir) throws Exception {
    Path page = Files.write(dir.resolve("page.html"), ("<html><head><meta charset=gbk></head><body><table>"
        + "<tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
        + "<tr><td>1</td><td>新建学校3所。</td><td>市财政局、<b>市教育局</b></td></tr></table></body></html>")
        .getBytes(java.nio.charset.Charset.forName("GBK")));
    Run r = run(null, "parse", page.toString(), "--format", "json");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("\"basis\": \"BOLD\""), r.out);
  }

  @Test
  void oldExcelWorkbooksAndPdfsAreReadThroughTheOfficeModule(@TempDir Path dir) throws Exception {
    Path xls = dir.resolve("tasks.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
      HSSFSheet sheet = wb.createSheet();
      HSSFRow header = sheet.createRow(0);
      header.createCell(0).setCellValue("工作任务");
      header.createCell(1).setCellValue("责任单位");
      HSSFRow row = sheet.createRow(1);
      row.createCell(0).setCellValue("新建学校3所。");
      row.createCell(1).setCellValue("市教育局");
      wb.write(out);
    }
    Run r = run(null, "parse", xls.toString(), "--format", "json");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("市教育局"), r.out);
    assertEquals("", r.err, "the office libraries log nothing");
    // a PDF with text but no tasks: read (no measures found), not refused as a PDF
    Path pdf = dir.resolve("report.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Annual report");
        cs.endText();
      }
      doc.save(pdf.toFile());
    }
    Run p = run(null, "parse", pdf.toString());
    assertEquals(MandateCli.NO_MEASURES, p.code, p.err);
    assertFalse(p.err.contains("mandate-office"), p.err);
    Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.4\nnothing more".getBytes(StandardCharsets.US_ASCII));
    Run b = run(null, "parse", broken.toString());
    assertEquals(MandateCli.INPUT, b.code);
    assertTrue(b.err.contains("broken.pdf") && b.err.contains("PDF"), b.err);
    assertEquals(1, b.err.strip().lines().count(), "one line for the file: " + b.err);
    // objects nested past PDFBox's limit: PDFBox logs a stack trace, the CLI shows none of it
    String deep = "[".repeat(2000) + "]".repeat(2000);
    Path nested = Files.write(dir.resolve("nested.pdf"), ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Deep " + deep
        + " >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    Run n = run(null, "parse", nested.toString());
    assertEquals(MandateCli.INPUT, n.code);
    assertEquals(1, n.err.strip().lines().count(), "one line for the file: " + n.err);
  }

  @Test
  void aFolderIsWalkedInNameOrderAndIncludeGlobsChooseItsFiles(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a.txt"), ITEM);
    Files.writeString(dir.resolve("b/c.txt"), ITEM.replace("3所", "4所"));
    Files.writeString(dir.resolve("b/skip.md"), "# not a document");
    Run r = run(null, "parse", dir.toString(), "--format", "jsonl", "--include", "*.txt");
    assertEquals(0, r.code, r.err);
    List<String> lines = r.out.lines().collect(Collectors.toList());
    assertEquals(2, lines.size(), r.out);
    assertTrue(lines.get(0).contains("\"source\":\"a.txt\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"source\":\"b" + File.separator + "c.txt\""), lines.get(1));
    assertTrue(lines.get(1).contains("4所"));
    assertEquals("mandate: 2 parsed, 0 failed", r.err.strip());
    Run none = run(null, "parse", dir.toString(), "--include", "*.docx");
    assertEquals(1, none.code);
    assertTrue(none.err.startsWith("mandate: no files found in "), none.err);
  }

  @Test
  void inABatchAFailedFileIsReportedTheRestGoOnAndTheFailuresAreListed(@TempDir Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("1.txt"), ITEM);
    Files.write(docs.resolve("2.bin"), new byte[] {0, 0, 0, 1, 2});
    Files.writeString(docs.resolve("3.txt"), ITEM);
    Path errors = dir.resolve("errors.jsonl");
    Run r = run(null, "parse", docs.toString(), "--format", "jsonl", "--errors", errors.toString(), "--jobs", "2");
    assertEquals(MandateCli.INPUT, r.code);
    assertEquals(2, r.out.lines().count(), "the good files are written: " + r.out);
    List<String> err = r.err.lines().collect(Collectors.toList());
    assertTrue(err.get(0).startsWith("mandate: 2.bin: is binary"), r.err);
    assertEquals("mandate: 2 parsed, 1 failed", err.get(err.size() - 1));
    String listed = Files.readString(errors, StandardCharsets.UTF_8);
    assertEquals(1, listed.lines().count(), listed);
    assertTrue(listed.startsWith("{\"file\":\"2.bin\",\"kind\":\"NOT_TEXT\",\"message\":\"2.bin: is binary"), listed);
  }

  @Test
  void jsonLinesComeInInputOrderWhateverTheJobs(@TempDir Path dir) throws Exception {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      big.append(ITEM);
    }
    for (int i = 0; i < 24; i++) {
      // files of very different sizes, so that with several jobs they finish out of order
      Files.writeString(dir.resolve(String.format("%02d.txt", i)), i % 3 == 0 ? big.toString() : ITEM);
    }
    Run one = run(null, "parse", dir.toString(), "--format", "jsonl", "--jobs", "1");
    Run four = run(null, "parse", dir.toString(), "--format", "jsonl", "--jobs", "4");
    assertEquals(0, four.code, four.err);
    assertEquals(one.out, four.out);
    List<String> sources = four.out.lines().map(l -> l.substring(l.indexOf("\"source\":") + 10, l.indexOf(".txt")))
        .collect(Collectors.toList());
    assertEquals(List.of("00", "01", "02", "03", "04", "05"), sources.subList(0, 6));
  }

  @Test
  void outWritesOneJsonFilePerInputMirroringTheFolders(@TempDir Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs/sub"));
    Files.writeString(dir.resolve("docs/a.txt"), ITEM);
    Files.writeString(docs.resolve("b.txt"), ITEM);
    Path out = dir.resolve("out");
    Run r = run(null, "parse", dir.resolve("docs").toString(), "--out", out.toString());
    assertEquals(0, r.code, r.err);
    assertEquals("", r.out);
    assertTrue(Files.readString(out.resolve("a.txt.json")).contains("\"source\": \"a.txt\""));
    assertTrue(Files.readString(out.resolve("sub/b.txt.json")).contains("\"unit\": \"市教育局\""));
  }

  @Test
  void aWriteFailureIsAFailureWithAMessage() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "needs /dev/full (Linux)");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), MandateCli.class.getName(),
        "parse", SEED, "--format", "json").redirectOutput(full).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(MandateCli.INPUT, p.waitFor(), err);
    assertTrue(err.startsWith("mandate: cannot write the output: "), err);
  }

  @Test
  void noProgressBarWhenStandardErrorIsNoTerminalUnlessAskedFor(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 3; i++) {
      Files.writeString(dir.resolve(i + ".txt"), ITEM);
    }
    Run auto = run(null, "parse", dir.toString(), "--format", "jsonl");
    assertEquals("mandate: 3 parsed, 0 failed", auto.err.strip(), "standard error is no terminal here");
    Run always = run(null, "parse", dir.toString(), "--format", "jsonl", "--progress", "always");
    assertTrue(always.err.contains("parse") && always.err.contains("3/3"), always.err);
  }

  @Test
  void badUsageIsExitTwoWithAMessageAndTheUsage(@TempDir Path dir) throws Exception {
    assertEquals(2, run(null, "parse").code);
    assertEquals(2, run(null, "parse", "x", "--format", "xml").code);
    assertEquals(2, run(null, "--no-such-option").code);
    assertEquals(2, run(null, "parse", "x", "--format").code);
    assertEquals(2, run(null, "parse", "a.txt", "--fromat", "json").code);
    Files.writeString(dir.resolve("a.txt"), ITEM);
    Files.writeString(dir.resolve("b.txt"), ITEM);
    Run json = run(null, "parse", dir.toString(), "--format", "json");
    assertEquals(2, json.code);
    assertTrue(json.err.contains("--format jsonl or --out DIR"), json.err);
    Run r = run(null, "frobnicate");
    assertEquals(2, r.code);
    assertTrue(r.err.startsWith("mandate: Unmatched argument at index 0: 'frobnicate'"), r.err);
    assertTrue(r.err.contains("usage: mandate"), r.err);
  }

  @Test
  void optionsMayComeBeforeTheFileAndInEitherSpelling() {
    Run a = run(null, "parse", "--format=json", SEED);
    assertEquals(0, a.code, a.err);
    Run b = run(null, "parse", "--format", "JSON", SEED);
    assertEquals(a.out, b.out);
  }

  @Test
  void helpVersionAndCompletionAreExitZero() {
    Run h = run(null, "--help");
    assertEquals(0, h.code);
    assertTrue(h.out.contains("parse") && h.out.contains("Exit codes"), h.out);
    Run p = run(null, "parse", "--help");
    assertEquals(0, p.code);
    assertTrue(p.out.contains("--jobs") && p.out.contains("--include") && p.out.contains("jsonl"), p.out);
    Run c = run(null, "generate-completion");
    assertEquals(0, c.code);
    assertTrue(c.out.contains("complete -F") && c.out.contains("mandate"), c.out.substring(0, 300));
  }

  /** The version printed is the POM's, which surefire passes in as mandate.pomVersion (see examples/pom.xml). */
  @Test
  void versionIsThePomsVersion() {
    String pom = System.getProperty("mandate.pomVersion");
    assertNotNull(pom, "mandate.pomVersion is not set: run the test through Maven (surefire sets it)");
    for (String option : new String[] {"-V", "--version"}) {
      Run v = run(null, option);
      assertEquals(0, v.code, v.err);
      assertEquals("mandate " + pom, v.out.strip(), option);
    }
  }

  @Test
  void debugPrintsTheTraceOnlyWhenAsked() {
    Run plain = run(null, "parse", "no/such/file.txt");
    Run debug = run(null, "parse", "no/such/file.txt", "--debug");
    assertEquals(1, debug.code);
    assertFalse(plain.err.contains("\tat "), plain.err);
    assertTrue(debug.err.contains("\tat "), debug.err);
  }

  @Test
  void summaryColumnsLineUpByDisplayWidth() {
    assertEquals(8, Summary.displayWidth("市教育局"));
    assertEquals(3, Summary.displayWidth("a1%"));
    assertEquals(10, Summary.displayWidth(Summary.pad("市教育局", 10)));
    Run r = run(null);
    List<String> rows = r.out.lines().dropWhile(l -> !l.startsWith("Units that lead most:")).skip(1)
        .takeWhile(l -> !l.isBlank()).collect(Collectors.toList());
    assertTrue(rows.size() >= 2, r.out);
    int column = Summary.displayWidth(rows.get(0).substring(0, rows.get(0).indexOf("leads")));
    for (String row : rows) {
      assertEquals(column, Summary.displayWidth(row.substring(0, row.indexOf("leads"))), row);
    }
  }

  /** Regression: a heap too small for the input ended in the JVM's stack trace from deep inside the parser. */
  @Test
  void tooLittleMemoryIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
    String seed = Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
    Path big = dir.resolve("big.txt");
    Files.writeString(big, (seed + "\n").repeat(8_000_000 / seed.getBytes(StandardCharsets.UTF_8).length + 1));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx16m", "-cp", System.getProperty("java.class.path"),
        MandateCli.class.getName(), "parse", big.toString(), "--format", "json")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(MandateCli.INPUT, p.waitFor(), err);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("mandate: " + big + ": not enough memory to parse it (the heap may grow to "), err);
    assertTrue(err.contains("-Xmx"), err);
  }
}
