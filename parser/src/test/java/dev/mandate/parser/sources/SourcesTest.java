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
package dev.mandate.parser.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.json.MandateJson;
import dev.mandate.model.Basis;
import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Unit;
import dev.mandate.parser.MandateException;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Resources;
import dev.mandate.parser.eval.GoldScore;
import dev.mandate.parser.eval.JsonTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML, Word and Excel input: the same documents as the text, with leads taken from bold type. */
class SourcesTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  /** The founding document as labelled rows, the lead of measure i bolded at a position that moves. */
  private static Render.Doc seed(List<Integer> boldAt) {
    return seed(boldAt, 1);
  }

  /** As {@link #seed(List)}, each row's content cell spanning {@code span} columns. */
  private static Render.Doc seed(List<Integer> boldAt, int span) {
    return seed(boldAt, span, true);
  }

  /** As {@link #seed(List, int)}; without {@code colons}, the label cells read 具体措施 and 责任单位. */
  private static Render.Doc seed(List<Integer> boldAt, int span, boolean colons) {
    return Render.seed(boldAt, span, colons);
  }

  private static void sameAsTextWithBoldLeads(Document text, Document rendered, List<Integer> boldAt, String what) {
    assertEquals(text.measures().size(), rendered.measures().size(), what);
    for (int i = 0; i < text.measures().size(); i++) {
      Measure t = text.measures().get(i);
      Measure r = rendered.measures().get(i);
      String tag = what + " measure " + (i + 1);
      assertEquals(t.text(), r.text(), tag);
      assertEquals(names(t), names(r), tag);
      assertEquals(t.targets(), r.targets(), tag);
      Unit expectedLead = t.responsibilities().get(boldAt.get(i)).unit();
      assertEquals(List.of(expectedLead.name()), r.leads().stream().map(Unit::name).collect(Collectors.toList()), tag);
      Responsibility lead = r.responsibilities().stream().filter(Responsibility::isLead).findFirst().orElseThrow();
      assertEquals(Basis.BOLD, lead.basis().orElseThrow(), tag);
    }
    assertEquals(text.notes(), rendered.notes(), what);
  }

  private static List<String> names(Measure m) {
    return m.responsibilities().stream().map(r -> r.unit().name()).collect(Collectors.toList());
  }

  @Test
  void foundingDocumentAsHtmlAndWordParsesLikeTheTextWithLeadsFollowingBold() {
    Document text = PARSER.parse(Resources.text(Resources.SEED));
    List<Integer> boldAt = new ArrayList<>();
    Render.Doc doc = seed(boldAt);
    assertTrue(boldAt.stream().anyMatch(k -> k > 0), "the bold unit is not always the first");
    Document html = PARSER.parse(new ByteArrayInputStream(Render.html(doc)), "linyi.html");
    sameAsTextWithBoldLeads(text, html, boldAt, "html");
    Document docx = PARSER.parse(new ByteArrayInputStream(Render.docx(doc)), "linyi.docx");
    sameAsTextWithBoldLeads(text, docx, boldAt, "docx");
    Document xlsx = PARSER.parse(new ByteArrayInputStream(Render.xlsx(doc)), "linyi.xlsx");
    sameAsTextWithBoldLeads(text, xlsx, boldAt, "xlsx");
    assertTrue(html.diagnostics().stream().noneMatch(d -> d.kind() == Diagnostic.Kind.NO_MARKED_LEAD));
  }

  @Test
  void labelCellsWithoutColonsAreLabelsInHtmlWordAndExcel() {
    // a table of label and content cells: 具体措施 | text, 责任单位 | units, the label with no colon of its own
    Document text = PARSER.parse(Resources.text(Resources.SEED));
    List<Integer> boldAt = new ArrayList<>();
    Render.Doc doc = seed(boldAt, 1, false);
    assertEquals("具体措施", doc.rows().get(0).cells().get(0).get(0).text());
    sameAsTextInHtmlWordAndExcel(text, doc, boldAt);
  }

  /** {@link #sameAsTextWithBoldLeads} for the document rendered as an HTML page, a Word file and an Excel file. */
  private static void sameAsTextInHtmlWordAndExcel(Document text, Render.Doc doc, List<Integer> boldAt) {
    sameAsTextWithBoldLeads(text, PARSER.parse(new ByteArrayInputStream(Render.html(doc)), "doc.html"), boldAt,
        "html");
    sameAsTextWithBoldLeads(text, PARSER.parse(new ByteArrayInputStream(Render.docx(doc)), "doc.docx"), boldAt,
        "docx");
    sameAsTextWithBoldLeads(text, PARSER.parse(new ByteArrayInputStream(Render.xlsx(doc)), "doc.xlsx"), boldAt,
        "xlsx");
  }

  @Test
  void aFormRowOfLabelsAndCellsKeepsItsBoldLead() {
    String html = "<html><body><table>"
        + "<tr><td>具体措施</td><td>新建学校3所。</td><td>责任单位</td><td>市教育局、<b>市财政局</b></td></tr>"
        + "<tr><td>具体措施：</td><td>新建医院2所。</td><td>责任单位：</td><td><b>市卫健委</b>、市医保局</td></tr>"
        + "</table></body></html>";
    Document d = PARSER.parse(html);
    assertEquals(2, d.measures().size());
    assertEquals("新建学校3所。", d.measures().get(0).text());
    assertEquals(List.of("市教育局", "市财政局"), names(d.measures().get(0)));
    assertEquals(List.of("市财政局"), d.measures().get(0).leads().stream().map(Unit::name).collect(Collectors.toList()));
    assertEquals("新建医院2所。", d.measures().get(1).text());
    assertEquals(List.of("市卫健委"), d.measures().get(1).leads().stream().map(Unit::name).collect(Collectors.toList()));
    assertEquals(Basis.BOLD, d.measures().get(1).responsibilities().get(0).basis().orElseThrow());
  }

  @Test
  void aCellMergedAcrossColumnsIsReadOnceInHtmlWordAndExcel() {
    // pasted from Word, a labelled row's content cell often spans the columns of the table's widest row; read once
    // per column it covered, its text, targets and units came three times
    Document text = PARSER.parse(Resources.text(Resources.SEED));
    List<Integer> boldAt = new ArrayList<>();
    Render.Doc doc = seed(boldAt, 3);
    sameAsTextInHtmlWordAndExcel(text, doc, boldAt);
  }

  @Test
  void aCellMergedAcrossHeaderColumnsCountsOnce() {
    String html = "<html><body><table>"
        + "<tr><td>序号</td><td>项目名称</td><td>主要内容</td><td>牵头单位</td><td>配合单位</td></tr>"
        + "<tr><td>1</td><td colspan=2>新建学校3所。</td><td colspan=2><b>市教育局</b></td></tr>"
        + "<tr><td>2</td><td>老旧小区改造</td><td>改造小区100个。</td><td><b>市住建局</b></td><td>市财政局</td></tr>"
        + "</table></body></html>";
    Document d = PARSER.parse(html);
    assertEquals(2, d.measures().size());
    assertEquals("新建学校3所。", d.measures().get(0).text());
    assertEquals(List.of("市教育局"), names(d.measures().get(0)));
    assertEquals(1, d.measures().get(0).targets().size());
    assertEquals("改造小区100个。", d.measures().get(1).text());
    assertEquals(List.of("老旧小区改造"), d.measures().get(1).section());
    assertEquals(List.of("市住建局", "市财政局"), names(d.measures().get(1)));
  }

  @Test
  void tableTextThatMergedCellsRepeatIsBoundedByMaxTableText() {
    // a 21 KB page whose 7,000-char cell spans 100 columns and the 20 rows below it: read in every place it covers,
    // that is 15 million chars of table text (a fuzzed page of this shape kept the parser busy for 18 s)
    String cell = "新建学校3所，".repeat(1000);
    StringBuilder html = new StringBuilder("<html><body><table><tr><td>具体措施:</td>"
        + "<td colspan=100 rowspan=1000>" + cell + "</td></tr>");
    for (int i = 0; i < 20; i++) {
      html.append("<tr><td>具体措施:</td></tr>");
    }
    html.append("</table></body></html>");
    byte[] page = html.toString().getBytes(StandardCharsets.UTF_8);
    MandateException e = assertThrows(MandateException.class,
        () -> MandateParser.builder().maxTableText(1_000_000).build().parse(new ByteArrayInputStream(page), "p.html"));
    assertEquals(MandateException.Kind.TOO_LARGE, e.kind());
    assertTrue(e.getMessage().contains("maxTableText"), e.getMessage());
    // within the default limit it parses, the merged cell read once in each row it spans down to
    Document d = PARSER.parse(new ByteArrayInputStream(page), "p.html");
    assertEquals(21, d.measures().size());
    for (Measure m : d.measures()) {
      // compared without printing: a failure message of 21,000 chars helps nobody
      assertTrue(cell.equals(m.text()), "measure " + m.id() + " holds the merged cell once, " + m.text().length()
          + " chars");
    }
  }

  @Test
  void aLargeUtf8PageIsReadInPiecesAsOneText() {
    Render.Doc doc = seed(new ArrayList<>());
    String page = new String(Render.html(doc), java.nio.charset.Charset.forName("GB18030"))
        .replace("charset=gb2312", "charset=utf-8");
    StringBuilder big = new StringBuilder(page.substring(0, page.indexOf("<tr")));
    String rows = page.substring(page.indexOf("<tr"), page.lastIndexOf("</tbody>"));
    for (int i = 0; i < 20; i++) {
      big.append(rows);
    }
    big.append(page.substring(page.lastIndexOf("</tbody>")));
    byte[] utf8 = big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(utf8.length > 3 * 262_144, "decoded in several pieces: " + utf8.length);
    Document fromBytes = PARSER.parse(new ByteArrayInputStream(utf8), "big.html");
    assertEquals(59 * 20, fromBytes.measures().size());
    assertEquals(PARSER.parse(big.toString(), "big.html"), fromBytes);
  }

  private static Render.Doc fromGold(Map<String, Object> gold) {
    return Render.fromGold(gold);
  }

  @Test
  @SuppressWarnings("unchecked")
  void devSetAsHtmlWordAndExcelScoresAtLeast098() {
    for (String kind : List.of("html", "docx", "xlsx")) {
      GoldScore all = new GoldScore();
      for (String d : Resources.DEV) {
        Object gold = JsonTree.parse(Resources.text("dev/" + d + ".gold.json"));
        Render.Doc doc = fromGold((Map<String, Object>) gold);
        byte[] bytes = kind.equals("html") ? Render.html(doc) : kind.equals("docx") ? Render.docx(doc)
            : Render.xlsx(doc);
        Document parsed = PARSER.parse(new ByteArrayInputStream(bytes), d + "." + kind);
        all.add(d, gold, JsonTree.parse(MandateJson.toJson(parsed)));
      }
      System.out.println("dev set as " + kind + ": " + all);
      all.diffs.forEach(x -> System.out.println("  " + x));
      assertTrue(all.measuresF1() >= 0.98, kind + " measures " + all.measuresF1());
      assertTrue(all.unitsF1() >= 0.98, kind + " units " + all.unitsF1());
      assertTrue(all.leadAccuracy() >= 0.98, kind + " lead " + all.leadAccuracy());
    }
  }

  @Test
  void aTextFileNamedDocxIsReadAsText(@TempDir Path dir) throws Exception {
    Path f = Files.write(dir.resolve("really-text.docx"), Resources.bytes(Resources.SEED));
    assertEquals(59, PARSER.parse(f).measures().size());
  }

  @Test
  void boldConventionWithoutABoldUnitFallsBackToTheFirstWithADiagnostic() {
    String html = "<html><body><p>(字体加粗者为牵头单位)</p><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
        + "<tr><td>1</td><td>新建学校3所。</td><td>市教育局、市财政局</td></tr></table></body></html>";
    Document d = PARSER.parse(html);
    assertEquals("市教育局", d.measures().get(0).leads().get(0).name());
    assertEquals(Basis.FIRST_LISTED, d.measures().get(0).responsibilities().get(0).basis().orElseThrow());
    assertTrue(d.diagnostics().stream().anyMatch(x -> x.kind() == Diagnostic.Kind.NO_MARKED_LEAD));
  }

  @Test
  void rowspanCarriesUnitsDownAndWordCruftIsNoise() {
    String html = "<html><head><meta charset=utf-8></head><body><table>"
        + "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
        + "<tr><td rowspan=2>1</td><td><p class=MsoNormal><span>新建</span><span>幼儿园&nbsp;8所</span><o:p></o:p>"
        + "</p></td><td rowspan=2><b>市教育局</b></td><td rowspan=2><p>市财政局</p><p>市住建局</p></td></tr>"
        + "<tr><td>新增学位2400个。</td></tr></table></body></html>";
    Document d = PARSER.parse(html);
    assertEquals(2, d.measures().size());
    assertEquals("新建幼儿园 8所", d.measures().get(0).text());
    assertEquals("新增学位2400个。", d.measures().get(1).text());
    for (Measure m : d.measures()) {
      assertEquals(List.of("市教育局", "市财政局", "市住建局"), names(m));
      assertEquals("市教育局", m.leads().get(0).name());
    }
  }

  @Test
  void aRowWithNoTextOfItsOwnDoesNotRepeatTheRowAbove() {
    // Word leaves rows whose cells are all merged from the row above: in HTML an empty <tr> under cells spanning
    // two rows, in a .docx a row of vMerge continuations; each used to give the task above a second time
    String html = "<html><body><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
        + "<tr><td rowspan=2>1</td><td rowspan=2>新建学校3所。</td><td rowspan=2>市教育局</td></tr><tr></tr>"
        + "<tr><td>2</td><td>改造小区100个。</td><td>市住建局</td></tr></table></body></html>";
    Document fromHtml = PARSER.parse(html);
    assertEquals(List.of("新建学校3所。", "改造小区100个。"),
        fromHtml.measures().stream().map(Measure::text).collect(Collectors.toList()));
    String w = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:tbl>" + row(cell("序号", null), cell("工作任务", null), cell("责任单位", null))
        + row(cell("1", "restart"), cell("新建学校3所。", "restart"), cell("市教育局", "restart"))
        + row(cell("", "continue"), cell("", "continue"), cell("", "continue"))
        + row(cell("2", null), cell("改造小区100个。", null), cell("市住建局", null))
        + "</w:tbl></w:body></w:document>";
    Document fromWord = PARSER.parse(new ByteArrayInputStream(
        Render.zip(List.<String[]>of(new String[] {"word/document.xml", w}))), "rows.docx");
    assertEquals(List.of("新建学校3所。", "改造小区100个。"),
        fromWord.measures().stream().map(Measure::text).collect(Collectors.toList()));
    assertEquals(List.of("市住建局"), names(fromWord.measures().get(1)));
  }

  @Test
  void wordVerticalMergesCarryUnitsAndDeadlineDown() {
    String w = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:tbl>"
        + row(cell("序号", null), cell("工作任务", null), cell("责任单位", null), cell("完成时限", null))
        + row(cell("1", "restart"), cell("新建幼儿园8所。", null), cell("<b>区教育局</b>、区财政局", "restart"),
            cell("12月底前", "restart"))
        + row(cell("", "continue"), cell("新增学位2400个。", null), cell("", "continue"), cell("", "continue"))
        // a third row still under the same merge: it resolves through the row above, the only one the reader keeps
        + row(cell("", "continue"), cell("改扩建小学3所。", null), cell("", "continue"), cell("", "continue"))
        + "</w:tbl></w:body></w:document>";
    byte[] docx = Render.zip(List.<String[]>of(new String[] {"word/document.xml", w}));
    Document d = PARSER.parse(new ByteArrayInputStream(docx), "merged.docx");
    assertEquals(3, d.measures().size());
    for (Measure m : d.measures()) {
      assertEquals(List.of("区教育局", "区财政局"), names(m), m.text());
      assertEquals("区教育局", m.leads().get(0).name());
      assertEquals(Basis.BOLD, m.responsibilities().get(0).basis().orElseThrow());
      assertEquals("12月底前", m.deadline().orElseThrow());
    }
  }

  @Test
  void wordVerticalMergesCountTheirTextInEveryRowTheyCover() {
    // 50 rows under one merged unit cell of 3,000 chars: 150,000 chars of table text from 3,000 written
    StringBuilder w = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
        + "2006/main\"><w:body><w:tbl>" + row(cell("序号", null), cell("工作任务", null), cell("责任单位", null))
        + row(cell("1", null), cell("新建幼儿园8所。", null), cell("区教育局、区财政局、".repeat(300), "restart")));
    for (int i = 2; i <= 50; i++) {
      w.append(row(cell(String.valueOf(i), null), cell("改造小区" + i + "个。", null), cell("", "continue")));
    }
    w.append("</w:tbl></w:body></w:document>");
    byte[] docx = Render.zip(List.<String[]>of(new String[] {"word/document.xml", w.toString()}));
    MandateException e = assertThrows(MandateException.class,
        () -> MandateParser.builder().maxTableText(100_000).build().parse(new ByteArrayInputStream(docx), "m.docx"));
    assertEquals(MandateException.Kind.TOO_LARGE, e.kind());
    assertTrue(e.getMessage().contains("maxTableText"), e.getMessage());
    Document d = MandateParser.builder().maxTableText(200_000).build().parse(new ByteArrayInputStream(docx), "m.docx");
    assertEquals(50, d.measures().size());
    // the last row's units are the merged cell's, as the first row's; a unit listed again is one unit
    assertEquals(List.of("区教育局", "区财政局"), names(d.measures().get(0)));
    assertEquals(names(d.measures().get(0)), names(d.measures().get(49)));
  }

  /** A Word table cell; {@code <b>…</b>} in the text marks bold runs; vMerge "restart", "continue" or null. */
  private static String cell(String text, String vMerge) {
    StringBuilder runs = new StringBuilder();
    for (String part : text.split("(?=<b>)|(?<=</b>)")) {
      boolean bold = part.startsWith("<b>");
      String t = part.replace("<b>", "").replace("</b>", "");
      if (!t.isEmpty()) {
        runs.append("<w:r>").append(bold ? "<w:rPr><w:b/></w:rPr>" : "").append("<w:t>").append(t)
            .append("</w:t></w:r>");
      }
    }
    String merge = vMerge == null ? "" : vMerge.equals("restart") ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>";
    return "<w:tc><w:tcPr>" + merge + "</w:tcPr><w:p>" + runs + "</w:p></w:tc>";
  }

  private static String row(String... cells) {
    return "<w:tr>" + String.join("", cells) + "</w:tr>";
  }

  @Test
  void excelMergedRegionsAndBoldFontsCarryDown() {
    String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>工作任务</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>牵头单位</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>配合单位</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>新建幼儿园8所。</t></is></c>"
        + "<c r=\"B2\" s=\"1\" t=\"inlineStr\"><is><t>区教育局</t></is></c>"
        + "<c r=\"C2\" t=\"inlineStr\"><is><t>区财政局</t></is></c></row>"
        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>新增学位2400个。</t></is></c></row>"
        + "</sheetData><mergeCells><mergeCell ref=\"B2:B3\"/><mergeCell ref=\"C2:C3\"/></mergeCells></worksheet>";
    String styles = "<styleSheet><fonts><font/><font><b/></font></fonts><cellXfs><xf fontId=\"0\"/><xf fontId=\"1\"/>"
        + "</cellXfs></styleSheet>";
    byte[] xlsx = Render.zip(List.<String[]>of(new String[] {"xl/workbook.xml", "<workbook/>"},
        new String[] {"xl/styles.xml", styles}, new String[] {"xl/worksheets/sheet1.xml", sheet}));
    Document d = PARSER.parse(new ByteArrayInputStream(xlsx), "merged.xlsx");
    assertEquals(2, d.measures().size());
    for (Measure m : d.measures()) {
      assertEquals(List.of("区教育局", "区财政局"), names(m), m.text());
      assertEquals("区教育局", m.leads().get(0).name());
    }
  }

  /** An Excel sheet: the header, then rows of a task and a unit (an empty unit writes no cell), then the merges. */
  private static byte[] sheet(List<String[]> rows, String... merges) {
    StringBuilder x = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
        + "2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>工作任务</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>责任单位</t></is></c></row>");
    for (int i = 0; i < rows.size(); i++) {
      int r = i + 2;
      x.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>")
          .append(rows.get(i)[0]).append("</t></is></c>");
      if (!rows.get(i)[1].isEmpty()) {
        x.append("<c r=\"B").append(r).append("\" t=\"inlineStr\"><is><t>").append(rows.get(i)[1])
            .append("</t></is></c>");
      }
      x.append("</row>");
    }
    x.append("</sheetData><mergeCells>");
    for (String m : merges) {
      x.append("<mergeCell ref=\"").append(m).append("\"/>");
    }
    x.append("</mergeCells></worksheet>");
    return Render.zip(List.<String[]>of(new String[] {"xl/workbook.xml", "<workbook/>"},
        new String[] {"xl/worksheets/sheet1.xml", x.toString()}));
  }

  @Test
  void anExcelMergedRegionReachesOnlyTheRowsTheSheetHas() {
    // a unit cell merged down the whole column and across to the last one: it reaches the second task's row, not
    // the million rows below it that the sheet does not have (an 800-byte file of this shape took 16 s and 2.3 GB)
    byte[] xlsx = sheet(List.of(new String[] {"新建学校3所。", "市教育局"}, new String[] {"改造小区100个。", ""}),
        "B2:B1048576", "B2:XFD2");
    Document d = MandateParser.builder().maxTableCells(10_000).build().parse(new ByteArrayInputStream(xlsx), "m.xlsx");
    assertEquals(2, d.measures().size());
    for (Measure m : d.measures()) {
      assertEquals(List.of("市教育局"), names(m), m.text());
    }
  }

  @Test
  void excelMergesCountAgainstTheTableLimitsBeforeTheyFillMemory() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"新建学校3所。", "市教育局、市财政局、".repeat(3000)});
    for (int i = 1; i < 200; i++) {
      rows.add(new String[] {"改造小区" + i + "个。", ""});
    }
    // the 30,000-char unit cell merged down 200 rows: 6 million chars of table text
    MandateException text = assertThrows(MandateException.class, () -> MandateParser.builder()
        .maxTableText(1_000_000).build().parse(new ByteArrayInputStream(sheet(rows, "B2:B201")), "t.xlsx"));
    assertEquals(MandateException.Kind.TOO_LARGE, text.kind());
    assertTrue(text.getMessage().contains("maxTableText"), text.getMessage());
    // the first task merged across the 1,000 columns a row is read in, down all 200 rows: 200,000 cells
    MandateException cells = assertThrows(MandateException.class, () -> MandateParser.builder()
        .maxTableCells(10_000).build().parse(new ByteArrayInputStream(sheet(rows, "A2:XFD201")), "c.xlsx"));
    assertEquals(MandateException.Kind.TOO_LARGE, cells.kind());
    assertTrue(cells.getMessage().contains("maxTableCells"), cells.getMessage());
  }

  @Test
  void aLayoutTableAroundTheContentIsReadIntoNotAsData() {
    String html = "<html><body><table width=100%><tr><td>首页 &gt; 政务公开</td></tr><tr><td>"
        + "<p>关于印发2022年民生实事分工方案的通知</p>"
        + "<table border=1><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
        + "<tr><td>1</td><td>新建学校3所。</td><td><b>市教育局</b>、市财政局</td></tr>"
        + "<tr><td>2</td><td>改造道路5公里。</td><td>市交通局</td></tr></table>"
        + "</td></tr><tr><td>分享到:</td></tr></table></body></html>";
    Document d = PARSER.parse(html);
    assertEquals(2, d.measures().size());
    assertEquals("新建学校3所。", d.measures().get(0).text());
    assertEquals("市教育局", d.measures().get(0).leads().get(0).name());
    assertEquals(List.of("市交通局"), names(d.measures().get(1)));
    assertEquals("关于印发2022年民生实事分工方案的通知", d.title().orElseThrow());
  }

  @Test
  void deeplyNestedHtmlDoesNotExhaustTheStack() {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
      String html = "<html><body>" + "<div>".repeat(100_000) + "具体措施: 新建学校3所" + "</div>".repeat(100_000)
          + "</body></html>";
      PARSER.parse(html);
      String tables = "<html><body>" + "<table><tr><td>".repeat(20_000) + "具体措施: 新建学校3所"
          + "</td></tr></table>".repeat(20_000) + "</body></html>";
      PARSER.parse(tables);
    });
  }

  // ---- hostile Word files -----------------------------------------------------------------------------------

  @Test
  void anExternalEntityIsRefusedNeverRead(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:p><w:r><w:t>具体措施:&xxe;</w:t></w:r></w:p></w:body></w:document>";
    byte[] docx = Render.zip(List.<String[]>of(new String[] {"word/document.xml", xml}));
    try {
      Document d = PARSER.parse(new ByteArrayInputStream(docx), "xxe.docx");
      assertFalse(MandateJson.toJson(d).contains("TOP-SECRET"), "never the file's content");
    } catch (MandateException e) {
      assertFalse(e.getMessage().contains("TOP-SECRET"));
      assertTrue(e.getMessage().contains("xxe.docx"), e.getMessage());
    }
  }

  @Test
  void aZipBombIsRefusedNotSwallowed() throws Exception {
    // well-formed XML that inflates to 200 MB: read as it inflates, refused at the limit (100 MB by default)
    byte[] bomb = zipOf("word/document.xml", "<w:document xmlns:w=\"urn:w\"><w:body>".getBytes(
        StandardCharsets.UTF_8), (byte) ' ', 200);
    assertTrue(bomb.length < 2_000_000, "a small file that inflates to 200 MB");
    MandateException e = org.junit.jupiter.api.Assertions.assertThrows(MandateException.class,
        () -> PARSER.parse(new ByteArrayInputStream(bomb), "bomb.docx"));
    assertEquals(MandateException.Kind.TOO_LARGE, e.kind());
    assertTrue(e.getMessage().contains("bomb.docx"), e.getMessage());
    // zeros are not XML: refused at the first bytes, before anything is inflated to the limit
    byte[] zeros = zipOf("word/document.xml", new byte[0], (byte) 0, 200);
    MandateException z = org.junit.jupiter.api.Assertions.assertThrows(MandateException.class,
        () -> PARSER.parse(new ByteArrayInputStream(zeros), "zeros.docx"));
    assertTrue(z.kind() == MandateException.Kind.NOT_TEXT || z.kind() == MandateException.Kind.TOO_LARGE, z.kind()
        + ": " + z.getMessage());
    assertTrue(z.getMessage().contains("zeros.docx"), z.getMessage());
  }

  @Test
  void entriesThatAreNotReadAreNeverInflated() throws Exception {
    // a media entry whose deflated data is damaged, before a good document: reading the archive front to back
    // would inflate (and trip over) it; through the central directory it is never touched
    String xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:p><w:r><w:t>具体措施:新建学校3所。</w:t></w:r></w:p><w:p><w:r><w:t>责任单位:市教育局</w:t></w:r></w:p>"
        + "</w:body></w:document>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("word/media/image1.bin"));
      byte[] noise = new byte[100_000];
      new java.util.Random(7).nextBytes(noise);
      z.write(noise);
      z.closeEntry();
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(xml.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    byte[] docx = out.toByteArray();
    int data = 30 + "word/media/image1.bin".length();
    for (int i = data + 10; i < data + 5000; i++) {
      docx[i] = (byte) 0xFF;
    }
    Document d = PARSER.parse(new ByteArrayInputStream(docx), "media.docx");
    assertEquals(1, d.measures().size());
    assertEquals("市教育局", d.measures().get(0).responsibilities().get(0).unit().name());
    // the same damage in the document itself is a clear error naming the file
    byte[] bad = zipOf("word/document.xml", xml.getBytes(StandardCharsets.UTF_8), (byte) 'x', 1);
    int at = 30 + "word/document.xml".length();
    for (int i = at + 5; i < at + 200; i++) {
      bad[i] = (byte) 0xFF;
    }
    MandateException e = org.junit.jupiter.api.Assertions.assertThrows(MandateException.class,
        () -> PARSER.parse(new ByteArrayInputStream(bad), "bad.docx"));
    assertTrue(e.getMessage().contains("bad.docx"), e.getMessage());
  }

  /** A ZIP with one entry: head, then megabytes MiB of fill. */
  private static byte[] zipOf(String entry, byte[] head, byte fill, int megabytes) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(head);
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, fill);
      for (int i = 0; i < megabytes; i++) {
        z.write(block);
      }
      z.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void aTruncatedZipIsAClearError() {
    byte[] docx = Render.docx(seed(new ArrayList<>()));
    byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
    try {
      PARSER.parse(new ByteArrayInputStream(cut), "cut.docx");
    } catch (MandateException e) {
      assertTrue(e.getMessage().contains("cut.docx"), e.getMessage());
    }
  }

  @Test
  void aZipThatIsNeitherWordNorExcelIsNamedInTheError() {
    byte[] zip = Render.zip(List.<String[]>of(new String[] {"readme.txt", "hello"}));
    MandateException e = org.junit.jupiter.api.Assertions.assertThrows(MandateException.class,
        () -> PARSER.parse(new ByteArrayInputStream(zip), "x.zip"));
    assertEquals(MandateException.Kind.NOT_TEXT, e.kind());
    assertTrue(e.getMessage().contains("x.zip") && e.getMessage().contains("neither"), e.getMessage());
  }

  @Test
  void htmlDeclaredGb2312IsReadAsGb18030() {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
        + "<p>具体措施: 新建学校3所。</p><p>责任单位: 市教育局</p></body></html>";
    Document d = PARSER.parse(new ByteArrayInputStream(page.getBytes(java.nio.charset.Charset.forName("GB18030"))));
    assertEquals("新建学校3所。", d.measures().get(0).text());
    assertEquals("市教育局", d.measures().get(0).leads().get(0).name());
    assertEquals(StandardCharsets.UTF_8.name(), "UTF-8");
  }
}
