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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML reader's streaming: rows read as they complete, layout tables found late, spans read as browsers do. */
class HtmlReaderTest {

  private static List<String> shown(List<Block> blocks) {
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Row) {
        List<String> cells = new ArrayList<>();
        for (Cell c : ((Row) b).cells()) {
          cells.add(c.text());
        }
        out.add(b.number() + " row " + String.join(" | ", cells));
      } else {
        out.add(b.number() + " line " + ((Line) b).text());
      }
    }
    return out;
  }

  @Test
  void spansAreReadAsBrowsersReadThem() {
    assertEquals(1, HtmlReader.span("", 100));
    assertEquals(3, HtmlReader.span(" 3 ", 100));
    assertEquals(2, HtmlReader.span("2px", 100));
    assertEquals(1, HtmlReader.span("0", 100));
    assertEquals(1, HtmlReader.span("-4", 100));
    assertEquals(1, HtmlReader.span("x", 100));
    assertEquals(100, HtmlReader.span("99999999999999999999", 100));
  }

  @Test
  void aTableFoundToHoldAnotherLateIsStillReadAsLayoutInReadingOrder() {
    // the outer table's first and last rows complete before (and after) the row holding the data table
    String html = "<p>前言</p><table>"
        + "<tr><td>标题一</td><td><p>说明甲</p><p>说明乙</p></td></tr>"
        + "<tr><td><table><tr><th>工作任务</th><th>责任单位</th></tr>"
        + "<tr><td rowspan=2>新建学校3所</td><td><b>市教育局</b></td></tr><tr><td>市财政局</td></tr></table></td></tr>"
        + "<tr><td>附注</td></tr></table><p>结语</p>";
    assertEquals(List.of("1 line 前言", "2 line 标题一", "3 line 说明甲", "4 line 说明乙",
        "5 row 工作任务 | 责任单位", "6 row 新建学校3所 | 市教育局", "7 row 新建学校3所 | 市财政局",
        "8 line 附注", "9 line 结语"), shown(HtmlReader.read(html)));
  }

  /** A page served inside one table cell, or in a row beside a column of links: its paragraphs are lines. */
  @Test
  void aTableThatFramesThePageIsReadAsItsLines() {
    String page = "<p>XX市2024年重点任务</p><p>1.新建学校3所。</p><p>牵头单位：市教育局</p><p>2.新建医院1所。</p>"
        + "<p>牵头单位：市卫健委</p><p>3.改造道路5条。</p><p>牵头单位：市交通局</p><p>网站标识码：1234</p>";
    List<String> lines = List.of("1 line XX市2024年重点任务", "2 line 1.新建学校3所。", "3 line 牵头单位：市教育局",
        "4 line 2.新建医院1所。", "5 line 牵头单位：市卫健委", "6 line 3.改造道路5条。", "7 line 牵头单位：市交通局",
        "8 line 网站标识码：1234");
    assertEquals(lines, shown(HtmlReader.read("<table width=1000><tr><td>" + page + "</td></tr></table>")));
    List<String> beside = new java.util.ArrayList<>(List.of("1 line 政务公开", "2 line 政策文件"));
    for (String l : lines) {
      int space = l.indexOf(' ');
      beside.add((Integer.parseInt(l.substring(0, space)) + 2) + l.substring(space));
    }
    assertEquals(beside, shown(HtmlReader.read("<table><tr><td><p>政务公开</p><p>政策文件</p></td><td>" + page
        + "</td></tr></table>")));
    // a table of two columns and rows of one line each is data, however few its rows
    assertEquals(List.of("1 row 工作任务 | 责任单位", "2 row 新建学校3所 | 市教育局"),
        shown(HtmlReader.read("<table><tr><td>工作任务</td><td>责任单位</td></tr><tr><td>新建学校3所</td><td>市教育局</td></tr></table>")));
  }

  @Test
  void dataTablesKeepTheirRowsAndBoldAfterTheTreeIsPruned() {
    String html = "<table><tbody><tr><td>工作任务</td><td>牵头单位</td></tr>"
        + "<tr><td colspan=1>任务</td><td>市财政局、<strong>市教育局</strong></td></tr></tbody></table>";
    List<Block> blocks = HtmlReader.read(html);
    assertEquals(List.of("1 row 工作任务 | 牵头单位", "2 row 任务 | 市财政局、市教育局"), shown(blocks));
    Cell units = ((Row) blocks.get(1)).cells().get(1);
    assertTrue(units.hasType());
    boolean[] bold = units.bold(0, units.text().length());
    assertEquals("市财政局、市教育局".indexOf('市', 1), 5);
    for (int i = 0; i < bold.length; i++) {
      assertEquals(i >= 5, bold[i], "char " + i);
    }
  }

  @Test
  void aMergedCellIsOneObjectInEveryColumnItCoversAndFillersAreCellsOfTheirOwn() {
    String html = "<table><tr><td colspan=2 rowspan=2>甲</td><td>乙</td><td>丙</td><td rowspan=3>己</td></tr>"
        + "<tr><td>丁</td></tr><tr><td>戊</td></tr></table>";
    List<Block> blocks = HtmlReader.read(html);
    assertEquals(List.of("1 row 甲 | 甲 | 乙 | 丙 | 己", "2 row 甲 | 甲 | 丁 |  | 己", "3 row 戊 |  |  |  | 己"),
        shown(blocks));
    List<Cell> first = ((Row) blocks.get(0)).cells();
    assertSame(first.get(0), first.get(1));
    assertNotSame(first.get(1), first.get(2));
    assertEquals(List.of(first.get(0), first.get(2), first.get(3), first.get(4)), Row.once(first));
    List<Cell> second = ((Row) blocks.get(1)).cells();
    assertSame(second.get(0), second.get(1), "carried down, still one cell across its columns");
    List<Cell> third = ((Row) blocks.get(2)).cells();
    assertNotSame(third.get(1), third.get(2), "each filler a cell of its own");
    assertEquals(5, Row.once(third).size());
    assertTrue(third.get(0).hasType());
    assertFalse(third.get(1).hasType(), "a filler has no type, as Cell.plain");
    assertTrue(third.get(4).hasType());
  }

  @Test
  void rowsAreMadeWhenAskedForAndReadTheSameEachTime() {
    StringBuilder html = new StringBuilder("<p>前言</p><table>");
    for (int i = 0; i < 5_000; i++) {
      html.append("<tr><td>").append(i).append("</td><td>市教育局").append(i % 7 == 0 ? "<b>牵头</b>" : "")
          .append("</td></tr>");
    }
    html.append("</table><p>结语</p>");
    List<Block> blocks = HtmlReader.read(html.toString());
    assertEquals(5_002, blocks.size());
    assertSame(blocks.get(0), blocks.get(0), "a line is held as it is");
    Row a = (Row) blocks.get(4_201);
    Row b = (Row) blocks.get(4_201);
    assertEquals(4_202, a.number());
    assertEquals(shown(List.of(a)), shown(List.of(b)));
    assertSame(a.cells(), a.cells(), "a row's cells are made once");
    Cell units = ((Row) blocks.get(4_201)).cells().get(1);
    assertEquals("市教育局牵头", units.text());
    boolean[] bold = units.bold(0, units.text().length());
    for (int i = 0; i < bold.length; i++) {
      assertEquals(i >= 4, bold[i], "char " + i);
    }
    assertEquals("5002 line 结语", shown(List.of(blocks.get(5_001))).get(0));
  }

  @Test
  void boldIsKeptInLongCellsAndCellsLongerThanAStoreArray() {
    String plain = "长".repeat(63);
    String huge = "大".repeat(70_000);
    String html = "<table><tr><td>" + plain + "<b>粗体</b>" + plain + "</td><td><p>" + huge + "</p><p><strong>尾"
        + "</strong></p></td></tr><tr><td>后</td><td><b>续</b></td></tr></table>";
    List<Block> blocks = HtmlReader.read(html);
    Cell first = ((Row) blocks.get(0)).cells().get(0);
    boolean[] bold = first.bold(0, first.text().length());
    for (int i = 0; i < bold.length; i++) {
      assertEquals(i == 63 || i == 64, bold[i], "char " + i);
    }
    Cell second = ((Row) blocks.get(0)).cells().get(1);
    assertEquals(huge + "\n尾", second.text());
    boolean[] tail = second.bold(70_000, 70_002);
    assertFalse(tail[0], "the paragraph break");
    assertTrue(tail[1]);
    assertFalse(second.bold(0, 70_000)[69_999]);
    Cell after = ((Row) blocks.get(1)).cells().get(1);
    assertTrue(after.bold(0, 1)[0]);
  }

  @Test
  void layoutTablesNestedAnywhereReadTheirCellsAsLinesAndTheDataTablesInsideAsRows() {
    // the table inside comes in the first row of one layout table, in the last of another around it
    String html = "<table><tr><td>页头</td></tr><tr><td>"
        + "<table><tr><td><table><tr><th>任务</th><th>单位</th></tr><tr><td>建校</td><td><b>市教育局</b></td></tr>"
        + "</table></td><td>旁注</td></tr><tr><td>其后</td></tr></table>"
        + "</td></tr></table>";
    List<Block> blocks = HtmlReader.read(html);
    assertEquals(List.of("1 line 页头", "2 row 任务 | 单位", "3 row 建校 | 市教育局", "4 line 旁注", "5 line 其后"),
        shown(blocks));
    assertTrue(((Row) blocks.get(2)).cells().get(1).bold(0, 1)[0]);
  }

  @Test
  void theCellBudgetStillCountsEveryRowAsItIsRead() {
    String html = "<table><tr><td colspan=3>一</td></tr><tr><td>二</td></tr></table>";
    assertEquals(2, HtmlReader.read(html, new CellBudget(4, 100)).size());
    assertThrows(LimitExceeded.class, () -> HtmlReader.read(html, new CellBudget(3, 100)));
    assertThrows(LimitExceeded.class, () -> HtmlReader.read(html, new CellBudget(100, 3)));
  }
}
