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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test code that renders documents the way offices publish them: an HTML page pasted from Word (MsoNormal spans,
 * &amp;nbsp;, o:p, bold by {@code <b>}, {@code <strong>} or {@code font-weight}), a Word file, an Excel file. A
 * document is a title, notes, and rows of cells; a cell is a list of runs, each bold or not.
 */
public final class Render {

  /** A run of text, bold or not. */
  public record Run(String text, boolean bold) {}

  /**
   * A table row: cells of runs; {@code span} > 1 makes the row's last cell span that many columns (a section row is
   * a row of one such cell).
   */
  public record Row(List<List<Run>> cells, int span) {}

  /** A document: paragraphs before the table, then the table rows. */
  public record Doc(List<String> paragraphs, List<Row> rows) {}

  private Render() {}

  /** Labelled-row text ({@code 具体措施: | … |}) as a table of two-cell rows, no bold. */
  public static Doc labelledRows(String text) {
    List<Row> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      int bar = line.indexOf('|');
      if (bar > 0) {
        rows.add(new Row(List.of(plain(line.substring(0, bar).strip()),
            plain(line.substring(bar + 1).replaceAll("\\|\\s*$", "").strip())), 1));
      }
    }
    return new Doc(List.of(), rows);
  }

  /**
   * The founding document as a table of labelled rows (具体措施 | text, 责任单位 | units), the lead of measure i bolded at
   * a position that moves (added to {@code boldAt}), each content cell spanning {@code span} columns; without
   * {@code colons}, the label cells read 具体措施 and 责任单位.
   */
  public static Doc seed(List<Integer> boldAt, int span, boolean colons) {
    List<Row> rows = new ArrayList<>();
    int measure = 0;
    for (String line : dev.mandate.parser.Resources.text(dev.mandate.parser.Resources.SEED).split("\n")) {
      int bar = line.indexOf('|');
      if (bar < 0) {
        continue;
      }
      String label = line.substring(0, bar).strip();
      if (!colons) {
        label = label.replaceAll("[:：]$", "");
      }
      String content = line.substring(bar + 1).replaceAll("\\|\\s*$", "").strip();
      if (label.startsWith("具体措施")) {
        rows.add(new Row(List.of(plain(label), plain(content)), span));
        continue;
      }
      List<String> pieces = split(content);
      int k = (measure * 7 + 3) % pieces.size();
      boldAt.add(k);
      measure++;
      List<Run> runs = new ArrayList<>();
      int at = 0;
      int index = 0;
      for (String p : pieces) {
        int start = content.indexOf(p, at);
        if (start > at) {
          runs.add(new Run(content.substring(at, start), false));
        }
        runs.add(new Run(p, index++ == k));
        at = start + p.length();
      }
      if (at < content.length()) {
        runs.add(new Run(content.substring(at), false));
      }
      rows.add(new Row(List.of(plain(label), runs), span));
    }
    return new Doc(List.of("临沂市2021年民生实事"), rows);
  }

  /** A unit list's pieces between 、 and , outside brackets. */
  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '、';
      if (c == '(' || c == '（') {
        depth++;
      } else if (c == ')' || c == '）') {
        depth--;
      } else if (depth == 0 && (c == '、' || c == ',' || c == '，')) {
        if (i > start) {
          out.add(s.substring(start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** A dev-set document rendered from its gold as a 序号/工作任务/责任单位/完成时限 table, leads in bold. */
  @SuppressWarnings("unchecked")
  public static Doc fromGold(Map<String, Object> gold) {
    List<String> paragraphs = new ArrayList<>();
    if (gold.get("title") != null) {
      paragraphs.add((String) gold.get("title"));
    }
    paragraphs.add("(字体加粗者为牵头单位)");
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(List.of(plain("序号"), plain("工作任务"), plain("责任单位"),
        plain("完成时限")), 1));
    List<Object> section = List.of();
    for (Object o : (List<Object>) gold.get("measures")) {
      Map<String, Object> m = (Map<String, Object>) o;
      List<Object> s = (List<Object>) m.get("section");
      for (int level = 0; level < s.size(); level++) {
        if (level >= section.size() || !section.get(level).equals(s.get(level))) {
          String h = (String) s.get(level);
          rows.add(new Row(List.of(plain(h)), 4));
        }
      }
      section = s;
      List<Run> units = new ArrayList<>();
      for (Object r : (List<Object>) m.get("responsibilities")) {
        Map<String, Object> resp = (Map<String, Object>) r;
        if (!units.isEmpty()) {
          units.add(new Run("、", false));
        }
        units.add(new Run((String) resp.get("unit"), "LEAD".equals(resp.get("role"))));
      }
      String deadline = m.get("deadline") == null ? "" : (String) m.get("deadline");
      rows.add(new Row(List.of(plain(m.get("id").toString()), plain((String) m.get("text")),
          units.isEmpty() ? plain("") : units, plain(deadline)), 1));
    }
    return new Doc(paragraphs, rows);
  }

  /** One plain run. */
  public static List<Run> plain(String s) {
    return List.of(new Run(s, false));
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** An HTML page in GB18030 declaring gb2312, as a CMS shows a table pasted from Word. */
  public static byte[] html(Doc d) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html><head>\n")
        .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n")
        .append("<title>政府信息公开</title><style>.MsoNormal{font-size:12pt}</style></head>\n<body>\n")
        .append("<div class=\"nav\">首页 &gt; 政务公开</div>\n");
    for (String p : d.paragraphs()) {
      b.append("<p class=MsoNormal align=center><span style='font-family:宋体'>").append(esc(p))
          .append("<o:p></o:p></span></p>\n");
    }
    b.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>\n<tbody>\n");
    int k = 0;
    for (Row r : d.rows()) {
      b.append("<tr style='height:20.0pt'>\n");
      for (int c = 0; c < r.cells().size(); c++) {
        List<Run> cell = r.cells().get(c);
        boolean spans = r.span() > 1 && c == r.cells().size() - 1;
        b.append(spans ? "<td colspan=" + r.span() + " valign=top>" : "<td valign=top>")
            .append("<p class=MsoNormal><span style='font-size:10.5pt'>");
        for (Run run : cell) {
          String t = esc(run.text());
          if (run.bold()) {
            // three ways Word and CMS editors mark bold
            switch (k++ % 3) {
              case 0:
                b.append("<b>").append(t).append("</b>");
                break;
              case 1:
                b.append("<strong>").append(t).append("</strong>");
                break;
              default:
                b.append("<span style=\"font-weight: 700\">").append(t).append("</span>");
            }
          } else {
            b.append(t);
          }
        }
        b.append("&nbsp;<o:p></o:p></span></p></td>\n");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n<div class=\"share\">分享到:</div>\n</body></html>\n");
    return b.toString().getBytes(java.nio.charset.Charset.forName("GB18030"));
  }

  /** A Word file: paragraphs, then a table; bold by {@code w:b} or by a bold character style. */
  public static byte[] docx(Doc d) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    for (String p : d.paragraphs()) {
      x.append("<w:p><w:r><w:t>").append(esc(p)).append("</w:t></w:r></w:p>");
    }
    x.append("<w:tbl><w:tblPr/>");
    int k = 0;
    for (Row r : d.rows()) {
      x.append("<w:tr>");
      for (int c = 0; c < r.cells().size(); c++) {
        List<Run> cell = r.cells().get(c);
        x.append("<w:tc><w:tcPr>");
        if (r.span() > 1 && c == r.cells().size() - 1) {
          x.append("<w:gridSpan w:val=\"").append(r.span()).append("\"/>");
        }
        x.append("</w:tcPr><w:p>");
        for (Run run : cell) {
          x.append("<w:r>");
          if (run.bold()) {
            x.append(k++ % 2 == 0 ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "<w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr>");
          } else {
            x.append("<w:rPr><w:b w:val=\"0\"/></w:rPr>");
          }
          x.append("<w:t xml:space=\"preserve\">").append(esc(run.text())).append("</w:t></w:r>");
        }
        x.append("</w:p></w:tc>");
      }
      x.append("</w:tr>");
    }
    x.append("</w:tbl><w:sectPr/></w:body></w:document>");
    String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/"
        + "wordprocessingml/2006/main\"><w:style w:type=\"character\" w:styleId=\"Emphasis\"><w:rPr><w:b/></w:rPr>"
        + "</w:style><w:style w:type=\"character\" w:styleId=\"Strong\"><w:basedOn w:val=\"Emphasis\"/></w:style>"
        + "</w:styles>";
    // a whole package (content types and relationships), so that Word and LibreOffice open it too
    String rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    String officeRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    return zip(List.of(
        new String[] {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
            + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>"},
        new String[] {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" + rels + "\"><Relationship Id=\"rId1\" "
            + "Type=\"" + officeRels + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
        new String[] {"word/_rels/document.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" + rels + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + officeRels + "/styles\" Target=\"styles.xml\"/></Relationships>"},
        new String[] {"word/document.xml", x.toString()},
        new String[] {"word/styles.xml", styles}));
  }

  /** An Excel file: one sheet, the paragraphs in column A, then the table; bold by rich-text runs. */
  public static byte[] xlsx(Doc d) {
    List<String> strings = new ArrayList<>();
    StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://"
        + "schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    StringBuilder merges = new StringBuilder();
    int row = 1;
    for (String p : d.paragraphs()) {
      strings.add("<si><t>" + esc(p) + "</t></si>");
      sheet.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\" t=\"s\"><v>")
          .append(strings.size() - 1).append("</v></c></row>");
      row++;
    }
    for (Row r : d.rows()) {
      sheet.append("<row r=\"").append(row).append("\">");
      char col = 'A';
      for (int c = 0; c < r.cells().size(); c++) {
        List<Run> cell = r.cells().get(c);
        StringBuilder si = new StringBuilder("<si>");
        for (Run run : cell) {
          si.append("<r>").append(run.bold() ? "<rPr><b/></rPr>" : "<rPr/>").append("<t xml:space=\"preserve\">")
              .append(esc(run.text())).append("</t></r>");
        }
        strings.add(si.append("</si>").toString());
        sheet.append("<c r=\"").append(col).append(row).append("\" t=\"s\"><v>").append(strings.size() - 1)
            .append("</v></c>");
        if (r.span() > 1 && c == r.cells().size() - 1) {
          merges.append("<mergeCell ref=\"").append(col).append(row).append(":")
              .append((char) (col + r.span() - 1)).append(row).append("\"/>");
        }
        col++;
      }
      sheet.append("</row>");
      row++;
    }
    sheet.append("</sheetData>");
    if (merges.length() > 0) {
      sheet.append("<mergeCells>").append(merges).append("</mergeCells>");
    }
    sheet.append("</worksheet>");
    String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\">" + String.join("", strings) + "</sst>";
    return zip(List.of(
        new String[] {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
        new String[] {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook><sheets><sheet name=\"Sheet1\" sheetId=\"1\"/>"
            + "</sheets></workbook>"},
        new String[] {"xl/sharedStrings.xml", sst},
        new String[] {"xl/worksheets/sheet1.xml", sheet.toString()}));
  }

  static byte[] zip(List<String[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String[] e : entries) {
        z.putNextEntry(new ZipEntry(e[0]));
        z.write(e[1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
