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
package dev.mandate.parser.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Resources;
import dev.mandate.parser.Shown;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One small document per layout family; each line of expectation is what a careful reader would write down. */
class LayoutFamiliesTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  private static Document parse(String name) {
    return PARSER.parse(Resources.text("layouts/" + name), name);
  }

  /** "text | 市X局/LM 市Y局/S | 10所 3000个 | deadline" for one measure. */
  private static String show(Measure m) {
    return m.text() + " | " + m.responsibilities().stream().map(dev.mandate.parser.Shown::of)
        .collect(Collectors.joining(" ")) + " | "
        + m.targets().stream().map(t -> t.text()).collect(Collectors.joining(" ")) + " | "
        + m.deadline().orElse("-");
  }


  private static List<String> shown(Document d) {
    return d.measures().stream().map(LayoutFamiliesTest::show).collect(Collectors.toList());
  }

  @Test
  void pipeTableWithLeadAndSupportColumnsAndAMergedContinuationRow() {
    Document d = parse("pipe-table-lead-support-columns.txt");
    assertEquals(List.of(
        "新建幼儿园10所，新增学位3000个。 | 市教育局/LM 市财政局/S 市自然资源和规划局/S | 10所 3000个 | 2022年12月底",
        "实施老旧小区改造120个。 | 市住建局/LM 各区人民政府/S | 120个 | 2022年11月",
        "改造燃气管网50公里。 | 市住建局/LM 各区人民政府/S | 50公里 | 2022年11月",
        "开展“两癌”筛查2万人。 | 市卫健委/LM 市妇联/S | 2万人 | 长期坚持"), shown(d));
    assertEquals("2022年重点工作任务分解表", d.title().orElseThrow());
  }

  @Test
  void labelLineVariantsAndHeadingsAtTwoDepths() {
    Document d = parse("label-lines-variants.txt");
    assertEquals(List.of(
        "全年完成固定资产投资增长8%。 | 市发改委/LM 市统计局/S 各县（市、区）人民政府/S | 8% | -",
        "新开工重大项目50个以上。 | 市发改委/LM 市自然资源局/S 市生态环境局/S | 50个以上 | -",
        "社会消费品零售总额增长7%左右。 | 市商务局/LM 市统计局/S | 7%左右 | -",
        "举办消费促进活动100场。 | 市商务局/LF 市文旅局/S | 100场 | -"), shown(d));
    assertEquals(List.of("一、稳定经济增长", "（一）扩大有效投资"), d.measures().get(0).section());
    assertEquals(List.of("一、稳定经济增长", "（二）促进消费"), d.measures().get(3).section());
  }

  @Test
  void oneClauseAfterSubItemsCoversEachAndTheParentIsAHeading() {
    Document d = parse("inline-clauses-subitems.txt");
    assertEquals(List.of(
        "新建中小学5所； | 市教育局/LM 市财政局/S 市人社局/S | 5所 | -",
        "新增学位1万个； | 市教育局/LM 市财政局/S 市人社局/S | 1万个 | -",
        "培训教师2000人次。 | 市教育局/LM 市财政局/S 市人社局/S | 2000人次 | -",
        "加强医疗卫生服务，建设社区卫生服务中心3个 | 市卫健委/LM 各区政府/S | 3个 | -",
        "推进养老服务，新增养老床位500张 | 市民政局/LM 各有关部门/S | 500张 | -"), shown(d));
    assertEquals(List.of("三、民生保障", "1.提升教育质量。"), d.measures().get(0).section());
    assertEquals(List.of("三、民生保障"), d.measures().get(3).section());
  }

  @Test
  void flattenedTableKeepsLeaderAndProgressColumnsOutOfUnitsAndTargets() {
    Document d = parse("flattened-table-other-columns.txt");
    assertEquals(List.of(
        "改造道路10公里 | 县住建局/LF 县交通局/S | 10公里 | -",
        "新建水厂2座 | 县水利局/LF | 2座 | -"), shown(d));
    // a project's name before its content is the measure's section, the content its text
    assertEquals(List.of("城区道路改造"), d.measures().get(0).section());
    assertEquals(List.of("列第一位的为牵头单位"), d.notes());
  }

  @Test
  void inlineLabelsWithoutBracketsAndAStatedConvention() {
    Document d = parse("inline-labels-conventions.txt");
    assertEquals(List.of(
        "完善城市更新机制，改造老旧小区200个。 | 市住建局/LM 市发改委/S 市财政局/S | 200个 | -",
        "推进垃圾分类，城市生活垃圾回收利用率达到35%以上。 | 市城管局/LM 市生态环境局/LM | 35%以上 | 2021年12月底前",
        "加快5G基站建设，新建5G基站1500个。 | 市工信局/LM 市通信管理办/S | 1500个 | -"), shown(d));
    assertEquals(List.of("无牵头单位的，责任单位即为牵头单位。"), d.notes());
    assertEquals("关于印发2021年市政府重点工作任务分工方案的通知", d.title().orElseThrow());
  }

  @Test
  void labelledTaskLinesWithDeadlineLabels() {
    Document d = parse("labelled-task-lines.txt");
    assertEquals(List.of(
        "新建公办幼儿园8所。 | 区教育局/LF | 8所 | 2021年9月",
        "新增停车泊位3000个。 | 区住建局/LF 区交警大队/S | 3000个 | 2021年12月"), shown(d));
  }

  @Test
  void squareBracketClausesMoreLabelsAndAFlattenedCellBrokenOverLines() {
    Document d = parse("bracket-clauses-and-wrapped-cells.txt");
    assertEquals(List.of(
        "新建公办幼儿园5所。 | 区教育局/LF | 5所 | 2022年12月",
        "改造薄弱学校10所。 | 区教育局/LM 区财政局/S | 10所 | -",
        "实施城区道路改造工程，改造主次干道15条。 | 区住建局/LF 区交通局/S | 15条 | 2022-12-31",
        "建设社区养老服务中心8个。 | 区民政局/LF 区就业和农民工工作领导小组成员单位/S | 8个 | 长期"), shown(d));
    assertEquals(List.of("二、重点任务", "（一）教育"), d.measures().get(0).section());
  }

  @Test
  void numberedItemsWrappedOverLinesAndAClauseOnItsOwnLine() {
    Document d = parse("wrapped-items.txt");
    assertEquals(List.of(
        "实施就业优先政策，开展职业技能培训2万人次，城镇新增就业5000人。 | 区人社局/LM 各街道/S | 2万人次 5000人 | -",
        "建设标准化菜市场3个，改造农贸市场5个。 | 区商务局/LF 区市场监管局/S | 3个 5个 | -",
        "新增停车位2000个。 | 区住建局/LF | 2000个 | -"), shown(d));
  }

  @Test
  void aLabelledTaskAfterAWrappedItemTakesTheUnitLineBelowIt() {
    // regression: the unit line went to the numbered item above, whose wrapped line was still waiting for its end
    Document d = PARSER.parse("1.新建学校5所，\n新增学位800个。\n具体措施：改造道路10公里\n责任单位：市交通局\n"
        + "2.建设公园3个，\n提升绿化。\n（牵头单位：市园林局）\n");
    // the first item keeps no unit (and the result says so): its wrapped line is closed by no list of its own
    assertEquals(List.of(
        "新建学校5所， |  | 5所 | -",
        "改造道路10公里 | 市交通局/LF | 10公里 | -",
        "建设公园3个，提升绿化。 | 市园林局/LM | 3个 | -"), shown(d));
    assertEquals(Diagnostic.Kind.MISSING_RESPONSIBILITY, d.diagnostics().get(0).kind());
  }

  @Test
  void labelledProjectLinesJoinNameAndContent() {
    Document d = parse("labelled-project-lines.txt");
    assertEquals(List.of(
        "城区学校建设：新建小学2所，新增学位2700个。 | 区教育局/LF 区住建局/S | 2所 2700个 | 2023年12月底",
        "环境治理：PM2.5平均浓度控制在35微克/立方米以内，开展执法检查500家次。 | 市生态环境局/LF "
            + "| 控制在35微克/立方米以内 500家次 | -"), shown(d));
    assertEquals("2023年十大民生实事项目", d.title().orElseThrow());
  }

  @Test
  void aTableCopiedFromABrowserWithTabsAndANumberedLineWithATab() {
    Document d = parse("tab-separated-table.txt");
    assertEquals(List.of(
        "新建幼儿园3所。 | 县教育局/LF 县住建局/S | 3所 | 12月底前",
        "改扩建学校2所。 | 县教育局/LF 县住建局/S | 2所 | 12月底前",
        "改造道路5公里。 | 县交通局/LF | 5公里 | 9月底前"), shown(d).subList(0, 3));
    assertEquals(4, d.measures().size(), "the last row reads as a row of the table it follows");
  }

  @Test
  void aClosingBracketOfAgencyNamesIsAClauseButARemarkIsNot() {
    Document d = PARSER.parse("一、文化\n1.完善提升1000个行政村(社区)综合性文化服务中心。(市文化和旅游局、各县区政府)\n"
        + "2.建设城市书房10个(含)。(市文化和旅游局)\n3.新建农家书屋50个(社区)\n");
    assertEquals(List.of(
        "完善提升1000个行政村(社区)综合性文化服务中心。 | 市文化和旅游局/LF 各县区政府/S | 1000个 | -",
        "建设城市书房10个(含)。 | 市文化和旅游局/LF | 10个 | -",
        "新建农家书屋50个(社区) |  | 50个 | -"), shown(d), "(社区) is a remark, not a unit");
  }

  @Test
  void numberedLinesWithATabAreNotTableRowsOutsideATable() {
    Document d = PARSER.parse("一、供水\n1.\t推进城乡供水一体化。（牵头单位：县水务局）\n2.\t新建水厂2座。（牵头单位：县水务局）\n");
    assertEquals(List.of("推进城乡供水一体化。 | 县水务局/LM |  | -", "新建水厂2座。 | 县水务局/LM | 2座 | -"), shown(d));
  }

  @Test
  void aRowThatLostTwoMergedLeadingCellsIsShiftedAndKeepsItsCategory() {
    Document d = parse("pipe-table-merged-category.txt");
    assertEquals(List.of(
        "推行“一网通办”，办理时限压缩50%以上。 | 市政务服务局/LM 市大数据局/S | 50%以上 | 2022年12月",
        "推进工程建设项目审批改革，审批时间控制在60个工作日以内。 | 市住建局/LM 市自然资源局/S |  | 2022年6月",
        "新开工重大项目50个。 | 市发改委/LM 各区政府/S | 50个 | 2022年12月"), shown(d));
    assertEquals("DECREASE_BY", d.measures().get(0).targets().get(0).change().orElseThrow().name());
    // the category (重点任务) is the section of every row it covers, as the gold files annotate a category cell
    assertEquals(List.of("优化营商环境"), d.measures().get(1).section());
    assertEquals(List.of("扩大有效投资"), d.measures().get(2).section());
  }

  @Test
  void fullWidthPunctuationAndDigitsReadLikeAsciiAndTextKeepsThem() {
    String ascii = Resources.text(Resources.SEED);
    StringBuilder fw = new StringBuilder();
    for (char c : ascii.toCharArray()) {
      fw.append(c == ':' || c == ',' || c == ';' || c == '(' || c == ')' || c == '%' || (c >= '0' && c <= '9')
          ? (char) (c + 0xFEE0) : c);
    }
    Document a = PARSER.parse(ascii);
    Document f = PARSER.parse(fw.toString());
    assertEquals(a.measures().size(), f.measures().size());
    for (int i = 0; i < a.measures().size(); i++) {
      Measure x = a.measures().get(i);
      Measure y = f.measures().get(i);
      assertEquals(x.responsibilities().size(), y.responsibilities().size(), "measure " + (i + 1));
      assertEquals(x.leads().size(), y.leads().size());
      assertEquals(x.targets().size(), y.targets().size(), "measure " + (i + 1));
      for (int k = 0; k < x.targets().size(); k++) {
        assertEquals(x.targets().get(k).value(), y.targets().get(k).value());
        assertEquals(x.targets().get(k).unit(), y.targets().get(k).unit());
        assertEquals(x.targets().get(k).comparator(), y.targets().get(k).comparator());
        assertEquals(x.targets().get(k).span(), y.targets().get(k).span());
      }
    }
    assertEquals("１０％", f.measures().get(0).targets().get(0).text(), "text keeps the characters as written");
    assertEquals("字体加粗者为牵头部门，下同", f.notes().get(0));
  }

  @Test
  void traditionalCharactersFollowTheSameRules() {
    Document d = PARSER.parse(Resources.text("dev/doc17.txt"));
    Measure first = d.measures().get(0);
    assertEquals("市發改委/LM 經貿委/LM 市科技局/S", first.responsibilities().stream().map(dev.mandate.parser.Shown::of)
        .collect(Collectors.joining(" ")));
    assertEquals("市經貿委", first.responsibilities().get(1).unit().restoredName().orElseThrow());
    assertEquals(List.of("一、把握結構調整和增長方式轉變這條主線,促進經濟又好又快發展"), first.section());
  }

  /**
   * The usual labelled task row is read off the line without cutting it into cells; every other shape goes through
   * the cells. Both must read the same: these shapes cover where the two could part (a leading pipe or two, a full-width
   * colon, spaces before the colon, text after the label in its cell, a third cell, an empty task, no closing pipe,
   * traditional characters, a task that also occurs in the label). The column is where the task starts — regression:
   * it was where the task's text first occurred in the line, inside the label for {@code 施}, and 1 for a task
   * joined from several cells.
   */
  @Test
  void labelledTaskRowsReadTheSameWhateverTheirShape() {
    String[] rows = {
        "具体措施: | 新建学校48所 |",
        "| 具体措施: | 新建学校48所 |",
        "|| 具体措施: | 新建学校48所 |",
        "具体措施：| 新建学校48所 |",
        "  具体措施 : | 新建学校48所 ||  |",
        "具体措施: | 新建学校48所 | 年底前 |",
        "具体措施: 新建 | 学校48所 |",
        "具体措施: | |",
        "具体措施: |  新建学校48所",
        "具體措施: | 新建学校48所 |",
        "具体措施:| 施 |",
        "具体措施: | a|b |"};
    StringBuilder text = new StringBuilder();
    for (String r : rows) {
      text.append(r).append('\n');
    }
    Document d = PARSER.parse(text.toString());
    assertEquals(List.of(
        "1:9 新建学校48所",
        "2:11 新建学校48所",
        "4:8 新建学校48所",
        "5:12 新建学校48所",
        "6:9 新建学校48所 年底前",
        "7:7 新建 学校48所",
        "9:10 新建学校48所",
        "10:9 新建学校48所",
        "11:8 施",
        "12:9 a b"),
        d.diagnostics().stream()
            .filter(x -> x.kind() == dev.mandate.model.Diagnostic.Kind.MISSING_RESPONSIBILITY)
            .map(x -> x.line().getAsInt() + ":" + x.column().getAsInt() + " " + d.measures().stream()
                .filter(m -> m.line().equals(x.line())).findFirst().orElseThrow().text())
            .collect(Collectors.toList()));
  }

  @Test
  void aMarkdownDelimiterRowIsARuleNotAHeading() {
    // |---|---|---| has the same text in every cell, as a heading row spanning the table has: it became the section
    // of every measure below it
    for (String rule : List.of("|---|---|---|", "| :--- | :---: | ---: |", "|-|-|-|")) {
      Document d = PARSER.parse("| 序号 | 工作任务 | 责任单位 |\n" + rule + "\n| 1 | 新建学校3所 | 市教育局、市财政局 |\n"
          + "| 2 | 改造小区100个 | 市住建局 |\n");
      assertEquals(2, d.measures().size(), rule);
      for (Measure m : d.measures()) {
        assertEquals(List.of(), m.section(), rule);
      }
      assertEquals("市住建局", d.measures().get(1).leads().get(0).name(), rule);
    }
  }

  @Test
  void aRunOfPlainLinesGivesItsFirstTitleAndItsLastHeading() {
    // plain lines are kept only as far as they can matter: these runs of thousands must read as the short ones do
    String remark = "这一段是较长的说明文字，介绍了工作背景和总体要求，不是标题也不是任务\n";
    String text = "首页 > 政务公开 > 通知公告\n某市人民政府办公室关于印发2023年民生实事任务分工方案的通知\n发布时间：2023-03-01\n"
        + remark.repeat(2000) + "2023年民生实事任务分工方案\n现将有关事项通知如下。\n"
        + "新建学校3所。\n牵头单位：市教育局\n"
        + "教育\n" + remark.repeat(2000) + "医疗卫生\n第3页\n"
        + "新建医院1所。\n牵头单位：市卫健委\n";
    Document d = PARSER.parse(text);
    assertEquals("某市人民政府办公室关于印发2023年民生实事任务分工方案的通知", d.title().orElseThrow());
    assertEquals(List.of("新建学校3所。 | 市教育局/LM | 3所 | -", "新建医院1所。 | 市卫健委/LM | 1所 | -"), shown(d));
    assertEquals(List.of(), d.measures().get(0).section());
    assertEquals(List.of("医疗卫生"), d.measures().get(1).section());
  }

  @Test
  void aNumberedItemWrappedOverThousandsOfLinesKeepsEveryOne() {
    String text = "1.新建\n" + "学校\n".repeat(3000) + "（市教育局牵头）\n2.新建医院1所。（市卫健委牵头）\n";
    Document d = PARSER.parse(text);
    assertEquals(2, d.measures().size());
    // compared as a whole, not shown: a failure must not print 6,000 chars
    assertTrue(d.measures().get(0).text().equals("新建" + "学校".repeat(3000)), "the wrapped lines were not all joined");
    assertEquals("市教育局/LM", Shown.of(d.measures().get(0).responsibilities().get(0)));
    assertEquals("新建医院1所。 | 市卫健委/LM | 1所 | -", show(d.measures().get(1)));
  }

  // ---- labelled rows whose label stands alone: no colon, or its cell on the next line ------------------------

  /** The founding document's labelled rows ({@code 具体措施: | X |}) rewritten by {@code row(label, content)}. */
  private static String seedRows(java.util.function.BiFunction<String, String, String> row) {
    StringBuilder b = new StringBuilder();
    for (String line : Resources.text(Resources.SEED).split("\n")) {
      int bar = line.indexOf('|');
      if (bar < 0) {
        b.append(line).append('\n');
        continue;
      }
      String label = line.substring(0, bar).strip().replaceAll("[:：]$", "");
      String content = line.substring(bar + 1).replaceAll("\\|\\s*$", "").strip();
      b.append(row.apply(label, content));
    }
    return b.toString();
  }

  private static void readsLikeTheSeed(String text, String what) {
    List<String> expected = shown(PARSER.parse(Resources.text(Resources.SEED)));
    assertEquals(59, expected.size());
    assertEquals(expected, shown(PARSER.parse(text)), what);
  }

  @Test
  void theFoundingDocumentFlattenedOneCellALineReadsLikeItsText() {
    // a web table copied out one cell a line: the label on a line of its own, with or without its colon, its cell
    // on the next; blank lines between cells, as some browsers copy them
    readsLikeTheSeed(seedRows((label, content) -> label + "\n" + content + "\n"), "no colons");
    readsLikeTheSeed(seedRows((label, content) -> label + "：\n\n" + content + "\n\n"), "colons, blank lines");
  }

  @Test
  void labelCellsWithoutColonsInPipeAndTabRowsReadLikeTheText() {
    readsLikeTheSeed(seedRows((label, content) -> label + " | " + content + " |\n"), "pipes");
    readsLikeTheSeed(seedRows((label, content) -> label + "\t" + content + "\n"), "tabs");
  }

  @Test
  void flattenedLabelledRowsKeepTheirSerialsDeadlinesAndSpacedLabelsOutOfTheText() {
    Document d = parse("flattened-labelled-rows.txt");
    assertEquals(List.of(
        "新建公办幼儿园8所，新增学位2400个。 | 市教育局/LF 市财政局/S 市自然资源和规划局/S | 8所 2400个 | 2022年12月底",
        "实施城镇老旧小区改造120个，惠及居民1.5万户。 | 市住建局/LM 各区人民政府/S | 120个 1.5万户 | -",
        "开展“两癌”免费筛查2万人。 | 市卫健委/LF 市妇联/S | 2万人 | 长期坚持"), shown(d));
    for (Measure m : d.measures()) {
      assertEquals(List.of(), m.section(), "序号 is a column's name, not a heading");
    }
    assertEquals("2022年民生实事项目清单", d.title().orElseThrow());
    assertEquals(List.of(), d.diagnostics());
  }

  @Test
  void aHeadingThatNamesTheTaskColumnIsNoLabel() {
    // 主要任务 over items, each with its own units: not a flattened row whose cell runs on to the next label
    Document labelLines = PARSER.parse("主要任务\n1.新建学校3所。\n牵头单位：市教育局\n2.新建医院2所。\n牵头单位：市卫健委\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LM | 3所 | -", "新建医院2所。 | 市卫健委/LM | 2所 | -"),
        shown(labelLines));
    Document items = PARSER.parse("主要任务\n1.新建学校3所（市教育局牵头）\n2.新建医院2所（市卫健委牵头）\n责任单位\n市财政局\n");
    assertEquals(2, items.measures().size());
    assertEquals("新建学校3所 | 市教育局/LM | 3所 | -", show(items.measures().get(0)));
    assertEquals("新建医院2所", items.measures().get(1).text());
  }

  @Test
  void aHeaderCutOverTwoLinesIsNoLabelledRow() {
    // found by differential fuzzing: 责任单位 | 完成时限, the second half of a header, read as units 完成时限
    Document d = PARSER.parse("序号 | 工作任务\n责任单位 | 完成时限\n1 | 新建学校3所。 | 市教育局 | 2021年底\n");
    assertTrue(d.measures().stream().flatMap(m -> m.responsibilities().stream())
        .noneMatch(r -> r.unit().name().contains("完成时限")), shown(d).toString());
    assertTrue(d.diagnostics().stream().noneMatch(x -> x.message().contains("完成时限")), d.diagnostics().toString());
  }

  @Test
  void aHeaderCutInsideAWordIsNoLabelledRow() {
    // found by differential fuzzing: each line of these headers began with a label and was read as a row of it
    Document pipes = PARSER.parse("序号 |\n 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完\n成时限 |\n"
        + "1 | 优化营商环境 | 推行“一网通办”。 | 市政务服务局 | 市大数据局 | 2022年12月 |\n");
    assertTrue(pipes.measures().stream().noneMatch(m -> m.text().equals("具体措施")), shown(pipes).toString());
    Document tabs = PARSER.parse("序号\t民生实事\t\n责任单位\t完\n成时限\n1\t新建幼儿园3所。\t县教育局\t12月底前\n");
    assertTrue(tabs.measures().stream().flatMap(m -> m.responsibilities().stream())
        .noneMatch(r -> r.unit().name().equals("完")), shown(tabs).toString());
  }

  @Test
  void aLabelLineCutBeforeItsUnitsKeepsThem() {
    Document d = PARSER.parse("1.新建学校3所。\n责任单位：\n市教育局、市财政局\n2.新建医院2所。\n责任单位\n：市卫健委\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LF 市财政局/S | 3所 | -", "新建医院2所。 | 市卫健委/LF | 2所 | -"), shown(d));
  }

  @Test
  void aLabelAloneOverATableRowOrANumberedItemTakesNeither() {
    // found by differential fuzzing: the row under a lone 责任单位 was read as its units, and the table was lost
    Document table = PARSER.parse("项目名称\n第3页\n责任单位\n序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        + "1 | 新建幼儿园10所。 | 市教育局 | 市财政局 | 2022年12月底 |\n");
    assertEquals(List.of("新建幼儿园10所。 | 市教育局/LM 市财政局/S | 10所 | 2022年12月底"), shown(table));
    Document items = PARSER.parse("工作任务\n加快建设健康城市\n责任单位\n1.新建医院2所。（市卫健委牵头）\n");
    assertEquals(List.of("新建医院2所。 | 市卫健委/LM | 2所 | -"), shown(items));
  }

  @Test
  void aRowOfLabelAndCellPairsEndsTheTaskAtTheNextLabel() {
    // a form's row: 具体措施 | X | 责任单位 | Y — the units were read as part of the task's text
    Document colons = PARSER.parse("具体措施: | 新建学校3所。 | 责任单位: | 市教育局、市财政局 |\n"
        + "具体措施: | 新建医院2所。 | 责任单位: | 市卫健委 |\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LF 市财政局/S | 3所 | -", "新建医院2所。 | 市卫健委/LF | 2所 | -"),
        shown(colons));
    Document bare = PARSER.parse("工作任务 | 新建学校3所。 | 完成时限 | 2021年底 |\n责任单位 | 市教育局、市财政局 |\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LF 市财政局/S | 3所 | 2021年底"), shown(bare));
    Document inCells = PARSER.parse("具体措施：新建学校3所。 | 牵头单位：市教育局 | 配合单位：市财政局\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LM 市财政局/S | 3所 | -"), shown(inCells));
    Document remark = PARSER.parse("项目名称\t城区学校建设，新建小学2所\t备注\t无\t责任单位\t区教育局\n");
    assertEquals(List.of("城区学校建设，新建小学2所 | 区教育局/LF | 2所 | -"), shown(remark));
  }

  @Test
  void aTableCopiedOutOfAPdfWithItsLayoutIsReadAsItsRows() {
    // pdftotext -layout: cells side by side, each wrapped over lines at its column, a task and its units joined by
    // one space where the task fills its cell, numbers spaced off, rows cut by page breaks (a page number, a form
    // feed, the next page's positions; a last page with the rest of one cell only, at that page's margin)
    Document d = parse("pdf-layout-copy.txt");
    List<String> s = shown(d);
    assertEquals(11, s.size(), String.join("\n", s));
    assertEquals("启动建设东柳河城区段综合治理工程和东湖湿地公园。 | 县水务局/LF 县住建局/S 县护城河指挥部/S |  | 12月底前",
        s.get(0));
    assertEquals("迁建县政务服务中心。 | 县政务服务中心/LF 县代建中心/S |  | 12月底前", s.get(6));
    assertEquals("加快推进土地滩水库建设。 | 县水务局/LF |  | 12月底前", s.get(7));
    assertEquals("启动大竹县第十二小学建设,新建中心幼儿园2所。 | 县教科局/LF 县代建中心/S | 2所 | 12月底前", s.get(8));
    assertEquals("完成棚户区改造2836户。 | 县住建局/LF | 2836户 | 12月底前", s.get(9));
    // the last page holds only the rest of a task cell, set from that page's own margin
    assertEquals("城区再新建1个农贸市场,并配套建设停车场所。 | 县商务局/LF | 1个 | 12月底前", s.get(10));
  }

  @Test
  void aTableWhoseCellsAreApartBySpacesIsReadUnderItsHeader() {
    Document d = parse("spaced-table.txt");
    // a task cell wrapped onto an indented line joins its task; a units cell wrapped so joins its units
    assertEquals(List.of(
        "新建公办幼儿园5所，新增学位1500个。 | 县教育局/LF 县财政局/S | 5所 1500个 | 2023年12月底",
        "改造城镇老旧小区20个。 | 县住建局/LF 县财政局/S 各乡镇人民政府/S | 20个 | 2023年11月",
        "开展“两癌”免费筛查1万人。 | 县卫健委/LF | 1万人 | 长期坚持"), shown(d));
    assertEquals("2023年重点民生实事任务分解表", d.title().orElseThrow());
    // one ideographic space between cells, as Word gives a table saved as text
    Document ideographic = PARSER.parse("序号\u3000工作任务\u3000责任单位\u3000完成时限\n"
        + "1\u3000新建学校3所。\u3000市教育局、市财政局\u30002021年底\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LF 市财政局/S | 3所 | 2021年底"), shown(ideographic));
  }

  @Test
  void aGapInALineIsNoTableWithoutAHeader() {
    // a line that starts with a column's name and has a run of spaces is prose unless the line splits into a header
    Document d = PARSER.parse("1.新建学校3所。\n责任单位：市教育局\n责任单位  要高度重视，认真落实。\n序号  说明\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LF | 3所 | -"), shown(d));
  }

  @Test
  void spacedCellsCutAtRunsOfSpacesAndAtOneIdeographicSpace() {
    String s = "  序号  工作 任务\u3000责任单位\u00a0\u00a0完成时限  ";
    assertEquals(List.of("序号", "工作 任务", "责任单位", "完成时限"), TextCells.spacedCells(s, 0, s.length()));
    assertEquals(List.of("一行"), TextCells.spacedCells("一行", 0, 2));
    assertEquals(List.of(), TextCells.spacedCells("   ", 0, 3));
  }

  @Test
  void aRoleSentenceWithNoBracketIsTheItemsClause() {
    Document sameLine = PARSER.parse("（一）新建学校3所。由市教育局牵头，市财政局配合。\n（二）新建医院2所。由市卫健委负责。\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LM 市财政局/S | 3所 | -", "新建医院2所。 | 市卫健委/LF | 2所 | -"),
        shown(sameLine));
    Document ownLine = PARSER.parse("1.新建学校3所。\n市教育局牵头，市财政局、市人社局配合。\n2.新建医院2所。\n市卫健委牵头。\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LM 市财政局/S 市人社局/S | 3所 | -",
        "新建医院2所。 | 市卫健委/LM | 2所 | -"), shown(ownLine));
  }

  @Test
  void aSentenceThatOnlyNamesAnAgencyIsNoRoleSentence() {
    // every part must be agency names and a role word: 各地 is no agency, 合作 no role, 组织实施 follows 负责
    // (the items are tasks still, read without units)
    Document d = PARSER.parse("1.加强与市教育局的合作，新建学校3所。\n2.由各地负责组织实施。\n3.新建医院2所，市卫健委负责。\n");
    assertTrue(d.measures().stream().allMatch(m -> m.responsibilities().isEmpty()), shown(d).toString());
    assertEquals(-1, InlineClauses.roleSentenceStart("新建学校3所。市教育局牵头组织实施。", 0));
    assertEquals(7, InlineClauses.roleSentenceStart("新建学校3所。市教育局牵头。", 0));
  }

  @Test
  void aLineOfSeveralTasksEachClosedByItsClauseIsOneMeasureEach() {
    Document d = PARSER.parse("（一）加快教育发展\n1.新建学校3所（责任单位：市教育局）；新增学位5000个（责任单位：市教育局、市财政局）。\n"
        + "2.新建医院2所（市卫健委负责），改造卫生院10所（市卫健委、市财政局负责）。\n"
        + "3.新建养老院1所（2021年底前）。（市民政局牵头）\n");
    assertEquals(List.of(
        "新建学校3所 | 市教育局/LF | 3所 | -",
        "新增学位5000个 | 市教育局/LF 市财政局/S | 5000个 | -",
        "新建医院2所 | 市卫健委/LF | 2所 | -",
        "改造卫生院10所 | 市卫健委/LF 市财政局/S | 10所 | -",
        "新建养老院1所（2021年底前）。 | 市民政局/LM | 1所 | 2021年底前"), shown(d));
    for (Measure m : d.measures()) {
      assertEquals(List.of("（一）加快教育发展"), m.section(), m.text());
    }
  }

  @Test
  void aFlattenedTableWithLeadAndSupportColumnsGivesEachItsLine() {
    // each support unit had been read into the lead column with the lead: every unit led
    Document d = PARSER.parse("序号\n工作内容及目标\n牵头单位\n配合单位\n完成时间\n"
        + "1\n新建学校3所。\n市教育局\n市财政局\n2021年底\n"
        + "2\n新建医院2所。\n市卫健委、\n市医保局\n市财政局\n市人社局\n2022年底\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LM 市财政局/S | 3所 | 2021年底",
        "新建医院2所。 | 市卫健委/LM 市医保局/LM 市财政局/S 市人社局/S | 2所 | 2022年底"), shown(d));
  }

  @Test
  void aHeaderThatNamesASecondThingAfterItsFirstIsTheFirstsColumn() {
    assertEquals(Columns.Kind.TASK, Columns.kind("工作内容及目标"));
    assertEquals(Columns.Kind.DEADLINE, Columns.kind("完成时限和要求"));
    assertEquals(null, Columns.kind("及时完成"));
  }
}

