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

import dev.mandate.model.Comparison;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Shown;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Layouts a new user met that word lists could not read: every one must be read from its shape and its neighbours.
 * Each test is one such document, written small.
 */
class UnseenLayoutsTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  private static List<String> shown(Document d) {
    return Shown.measures(d);
  }

  private static String show(Measure m) {
    return Shown.measure(m);
  }

  @Test
  void aFlattenedTableWhoseHeaderHasNamesNoListHas() {
    Document d = PARSER.parse("序号\n项目内容\n当前进度\n牵头单位\n备注\n1\n新建学校3所。\n80%\n县教育局\n市民生实事\n"
        + "2\n新建医院1所。\n已完成\n县卫健局\n\n");
    assertEquals(List.of("新建学校3所。 | 县教育局/LM | 3所 | -", "新建医院1所。 | 县卫健局/LM | 1所 | -"), shown(d));
  }

  /** wild/w62: header cells broken over lines, two halves each a name of its own (攻坚目标 / 任务). */
  @Test
  void aFlattenedHeaderWhoseNamesBreakOverLinesHasAsManyColumnsAsItsRows() {
    Document d = PARSER.parse("序号\n重点工作\n责任\n领导\n责任\n科室\n攻坚目标\n任务\n工作任务安排\n第二季度\n完成情况\n"
        + "1\n水库工程政策处理\n王某某\n水库工程指挥部\n完成政策处理工作。\n推进坟墓迁移工作。\n迁移进度达60%。\n"
        + "2\n美丽城镇建设\n李某某\n乡村振兴办\n创建省美丽城镇。\n按照节点开展项目建设。\n完成投资3000万元。\n");
    assertEquals(List.of("水库工程政策处理 | 水库工程指挥部/LF |  | -", "美丽城镇建设 | 乡村振兴办/LF |  | -"), shown(d));
  }

  /**
   * wild round 3 (嵊泗 2021): a merged category cell only in its first row, a 单位 column of quantities' units beside
   * the 责任部门 column, and a 评分部门 column of the units that grade the task.
   */
  @Test
  void aFlattenedTableWithMergedCategoryAQuantitysUnitColumnAndItsGraders() {
    Document d = PARSER.parse("考核项目\n序号\n考核指标\n考核内容\n单位\n年度目标\n责任部门\n评分部门\n农业高质高效\n"
        + "1\n确保粮食有效供给\n农林牧渔业增加值增幅\n%\n≥2%\n县海洋与渔业局\n县农业农村局\n市农业农村局\n"
        + "2\n粮食播种面积\n万亩\n0.07\n县农业农村局\n市农业农村局\n"
        + "3\n粮食安全责任制\n-\n良好以上\n县经济和信息化局\n市商务局\n");
    assertEquals(List.of("农业高质高效 / 农林牧渔业增加值增幅 | 县海洋与渔业局/LF 县农业农村局/S |  | -",
        "农业高质高效 / 粮食播种面积 | 县农业农村局/LF |  | -", "农业高质高效 / 粮食安全责任制 | 县经济和信息化局/LF |  | -"),
        shown(d));
  }

  /** wild/w82, w13: text copied out of a PDF, every paragraph broken at the page's width, mid-word and mid-bracket. */
  @Test
  void paragraphsWrappedAtThePagesWidthAreReadWhole() {
    String[] paragraphs = {"一、教育",
        "1.新建改扩建中小学校48所，新增学位两万个，加快推进城乡义务教育一体化发展，缓解大班额问题。（责任单位：市教育局、市财政局）",
        "2.实施学前教育行动计划，新建公办幼儿园20所，新增学位6000个，普惠性幼儿园覆盖率达到85%以上。（责任单位：市教育局）",
        "二、卫生", "3.建设县级医院综合能力提升工程，完成10家乡镇卫生院标准化建设，提升基层医疗服务能力。（责任单位：市卫生健康委、市财政局）",
        "4.开展城乡居民免费健康体检，全年体检人数达到50万人以上，建立健全电子健康档案。（责任单位：市卫生健康委）"};
    // broken as a page 48 columns wide breaks them: a Han character takes two columns, a digit one
    StringBuilder page = new StringBuilder();
    for (String p : paragraphs) {
      int columns = 0;
      for (char c : p.toCharArray()) {
        int w = c < 0x1100 ? 1 : 2;
        if (columns + w > 48) {
          page.append('\n');
          columns = 0;
        }
        page.append(c);
        columns += w;
      }
      page.append('\n');
    }
    Document d = PARSER.parse(page.toString());
    assertEquals(List.of(
        "一、教育 / 新建改扩建中小学校48所，新增学位两万个，加快推进城乡义务教育一体化发展，缓解大班额问题。 | 市教育局/LF 市财政局/S | 48所 两万个 | -",
        "一、教育 / 实施学前教育行动计划，新建公办幼儿园20所，新增学位6000个，普惠性幼儿园覆盖率达到85%以上。 | 市教育局/LF | 20所 6000个 85%以上 | -",
        "二、卫生 / 建设县级医院综合能力提升工程，完成10家乡镇卫生院标准化建设，提升基层医疗服务能力。 | 市卫生健康委/LF 市财政局/S | 10家 | -",
        "二、卫生 / 开展城乡居民免费健康体检，全年体检人数达到50万人以上，建立健全电子健康档案。 | 市卫生健康委/LF | 50万人以上 | -"),
        shown(d));
  }

  /** wild/w106: a units label after a comma, then a sentence of progress that names no unit. */
  @Test
  void aUnitsLabelAfterACommaAndProgressAfterIt() {
    Document d = PARSER.parse("二、部分项目进展情况\n1、农村道路畅通工程，牵头部门：市交通局。建设进度相对较慢的县区为舒城县。\n"
        + "2、棚户区改造，牵头部门：市住建委。配合部门：市财政局。\n");
    assertEquals(List.of("二、部分项目进展情况 / 农村道路畅通工程 | 市交通局/LM |  | -",
        "二、部分项目进展情况 / 棚户区改造 | 市住建委/LM 市财政局/S |  | -"), shown(d));
  }

  /** wild/w112: tasks in one sentence, each assigned by 由X牵头,Y配合, after a comma or a semicolon. */
  @Test
  void tasksAssignedByLeadAndSupportClausesInsideOneSentence() {
    Document d = PARSER.parse("会议要求，由县发展和改革局牵头，县委党校、县自然资源局配合，在9月底前完成供地60.58亩；"
        + "由丹凤街道牵头，县自然资源局配合，在12月底前完成土地处置50.06亩。其他部门要积极配合。\n");
    assertEquals(List.of("在9月底前完成供地60.58亩； | 县发展和改革局/LM 县委党校/S 县自然资源局/S | 60.58亩 | 9月底前",
        "在12月底前完成土地处置50.06亩。 | 丹凤街道/LM 县自然资源局/S | 50.06亩 | 12月底前"), shown(d));
  }

  /** wild/w108: the convention closes the first list, and a name keeps its levels in angle brackets. */
  @Test
  void aConventionAtTheEndOfAUnitListAndLevelsInAngleBrackets() {
    Document d = PARSER.parse("一、落实政府职责\n(一)健全管理体制。建立完善学前教育管理体制。(市教育局,市委农办,各县<市、区>人民政府,"
        + "排名第一位为牵头单位,下同)\n");
    assertEquals(List.of("一、落实政府职责 / 健全管理体制。建立完善学前教育管理体制。 | 市教育局/LF 市委农办/S 各县<市、区>人民政府/S |  | -"),
        shown(d));
    assertEquals(List.of("排名第一位为牵头单位,下同"), d.notes());
  }

  /** wild round 4 (灵璧 2021): 主要 ranks the supporters of 主要协作单位; it does not make them leads. */
  @Test
  void aSupportersLabelWithAnAdjectiveOfRank() {
    Document d = PARSER.parse("1.加强公益性服务业供给。\n牵头责任单位：县卫健委、县民政局\n主要协作单位：各乡镇人民政府、县财政局\n");
    assertEquals(List.of("加强公益性服务业供给。 | 县卫健委/LM 县民政局/LM 各乡镇人民政府/S 县财政局/S |  | -"), shown(d));
  }

  /** wild round 4 (平阳): rows written with pipes and no header, their columns known by their cells. */
  @Test
  void pipeRowsWithNoHeaderAreReadByTheirCells() {
    Document d = PARSER.parse("1 | 完成27所学校基础设施改造提升。 | 县教育局 | 已完成设计。 | 按时序推进 |\n|\n"
        + "2 | 新增托位180个。 | 县卫生健康局、县财政局 | 施工中。 | 按时序推进 |\n");
    assertEquals(List.of("完成27所学校基础设施改造提升。 | 县教育局/LF | 27所 | -",
        "新增托位180个。 | 县卫生健康局/LF 县财政局/S | 180个 | -"), shown(d));
  }

  /** wild round 4 (海门 2020): a unit's own list, its name in the title and in no item. */
  @Test
  void aTitleThatStartsWithAUnitsNameGivesItToItemsThatNameNone() {
    Document d = PARSER.parse("教育体育局2020年为民办实事\n来源: 教育体育局\n1.完成加固校舍3.03万平方米。\n2.新建成3所幼儿园。\n");
    assertEquals(List.of("完成加固校舍3.03万平方米。 | 教育体育局/LF | 3.03万平方米 | -", "新建成3所幼儿园。 | 教育体育局/LF | 3所 | -"),
        shown(d));
    Document named = PARSER.parse("教育体育局2020年为民办实事\n1.完成加固校舍3.03万平方米。（责任单位：县住建局）\n"
        + "2.新建成3所幼儿园。\n");
    assertEquals("完成加固校舍3.03万平方米。 | 县住建局/LF | 3.03万平方米 | -", shown(named).get(0));
  }

  /** wild round 4 (a 河南 city): a closing sentence 由…负责落实 whose groups before the last share its role word. */
  @Test
  void aClosingRoleSentenceWithGroupsSharingTheRoleWord() {
    Document d = PARSER.parse("二、为民办好实事\n（一）继续实施种粮直补，确保补贴总金额高于上年。由市财政局、农业局，各县（市）、区人民政府负责落实。\n");
    assertEquals(List.of("二、为民办好实事 / 继续实施种粮直补，确保补贴总金额高于上年。 | 市财政局/LF 农业局/S 各县（市）人民政府/S 区人民政府/S |  | -"),
        shown(d));
  }

  /**
   * wild/w161 (四川 2022): a sentence after the unit list that says what holds for every task (不再做分工，下同) is a
   * note of the document's, not units; a convention of the list's own sentence (下同) still holds.
   */
  @Test
  void aStandingNoteAfterTheUnitListIsNoUnit() {
    Document d = PARSER.parse("（一）加强市场体系建设。推进高标准市场体系建设。〔责任单位：省发展改革委、省市场监管局按职责分工负责。"
        + "具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕\n（二）优化市场准入环境。〔责任单位：省市场监管局、省商务厅"
        + "（排名第一位为牵头单位，下同）〕\n");
    assertEquals(List.of("加强市场体系建设。推进高标准市场体系建设。 | 省发展改革委/LF 省市场监管局/S |  | -",
        "优化市场准入环境。 | 省市场监管局/LF 省商务厅/S |  | -"), shown(d));
    assertTrue(d.notes().contains("具体任务均涉及相关市（州）人民政府，不再做分工，下同"), d.notes().toString());
  }

  /**
   * wild round 7 (铜梁 2025): a table with one space between its cells and a progress column right of the units,
   * headings among its rows, and a unit list broken one unit a line before the row's progress.
   */
  @Test
  void aWordSpacedTableWithProgressHeadingsAndUnitsOneALine() {
    Document d = PARSER.parse("序号 目标任务 责任单位 上半年推进情况\n一、主要预期目标\n1 地区生产总值增长6%以上。 区发展改革委 同比增长2.9%。\n"
        + "2 第一产业增加值增长5%。 区农业农村委\n区林业局\n区供销联社\n同比增长3.4%。\n二、重点工作\n"
        + "3 实施高能级创新平台建设行动。 区科技局 全面启动创建工作。\n");
    assertEquals(List.of("一、主要预期目标 / 地区生产总值增长6%以上。 | 区发展改革委/LF | 6%以上 | -",
        "一、主要预期目标 / 第一产业增加值增长5%。 | 区农业农村委/LF 区林业局/S 区供销联社/S | 5% | -",
        "二、重点工作 / 实施高能级创新平台建设行动。 | 区科技局/LF |  | -"), shown(d));
  }

  /**
   * wild round 7 (祁门 2024): a table flattened a cell a line with each cell's pipe kept, an empty cell a pipe alone;
   * a category cell numbered 一、 right after the serial; the name 目标任务 again after the lead column, over figures
   * (1100 before 1063 is an amount, not row 1100); a second task under a row, its merged cells left out.
   */
  @Test
  void aPipeFlattenedTableWithCategoriesEmptyCellsAndFiguresAfterTheUnits() {
    Document d = PARSER.parse("序号 |\n类别 |\n项目名称 |\n目标任务 |\n牵头单位 |\n目标任务 |\n累计完成 |\n备注 |\n"
        + "1 |\n一、就业促进(3项) |\n促进重点群体稳定就业 |\n城镇新增就业1100人 |\n县人社局 |\n1100 |\n1063 |\n|\n"
        + "“三公里”充分就业社区4个 |\n4 |\n4 |\n|\n"
        + "2 |\n支持毕业生求职创业 |\n按1500元/人标准发放求职创业补贴 |\n县人社局 |\n|\n已组织网上申请。 |\n|\n"
        + "3 |\n放心家政行动 |\n培训家政服务人员613人次 |\n县科商工信局 |\n613 |\n626 |\n|\n");
    // (the sections of rows whose category cell is merged away are not asserted: a project's name then stands in the
    // category's column)
    assertEquals(List.of("城镇新增就业1100人 | 县人社局/LM | 1100人 | -",
        "“三公里”充分就业社区4个 | 县人社局/LM | 4个 | -",
        "按1500元/人标准发放求职创业补贴 | 县人社局/LM | 1500元/人 | -",
        "培训家政服务人员613人次 | 县科商工信局/LM | 613人次 | -"),
        shown(d).stream().map(m -> m.substring(m.indexOf(" / ") + 3)).collect(Collectors.toList()));
    assertEquals(List.of("一、就业促进(3项)", "促进重点群体稳定就业"), d.measures().get(0).section());
  }

  /** wild round 7 (普陀 2021): 指标名称 names what each row is about — the task — however 指标 starts it. */
  @Test
  void aColumnNamedSomethingsNameIsTheTask() {
    assertEquals(List.of(Columns.Kind.SECTION, Columns.Kind.TASK, Columns.Kind.OTHER, Columns.Kind.OTHER,
        Columns.Kind.UNITS), Columns.resolve(List.of(ColumnNames.name("类别"), ColumnNames.name("指标名称"),
        ColumnNames.name("年度目标"), ColumnNames.name("完成情况"), ColumnNames.name("责任部门"))));
  }

  /**
   * wild round 7 (金东 2024): a table flattened a cell a line, its support units one a line, a category and an item's
   * name before the task (the name counts things: 新建一批中小学校 is no school's name), an empty cell written {@code /}.
   */
  @Test
  void aFlattenedTableWithAnItemsNameSupportsOneALineAndASlashForEmpty() {
    Document d = PARSER.parse("序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n1\n打造区域教育高地\n新(改、扩)建一批中小学校\n"
        + "实施新(改、扩)建中小学校5家。\n区教体局\n东孝街道\n孝顺镇\n区发改局\n2\n中小学校清廉阳光厨房建设\n对28所中小学校食堂安装"
        + "数字化验收平台。\n区教体局\n/\n3\n献血屋建设\n建设献血屋1个。\n区卫健局\n区红十字会\n");
    // (sections of rows whose category is merged away are not asserted, as above)
    assertEquals(List.of("实施新(改、扩)建中小学校5家。 | 区教体局/LM 东孝街道/S 孝顺镇/S 区发改局/S | 5家 | -",
        "对28所中小学校食堂安装数字化验收平台。 | 区教体局/LM | 28所 | -", "建设献血屋1个。 | 区卫健局/LM 区红十字会/S | 1个 | -"),
        shown(d).stream().map(m -> m.substring(m.indexOf(" / ") + 3)).collect(Collectors.toList()));
    assertEquals(List.of("打造区域教育高地", "新(改、扩)建一批中小学校"), d.measures().get(0).section());
  }

  /**
   * wild round 8 (石家庄 2024): a table with one space between its cells whose units column comes before the task,
   * named 职责分工 — the duties are the task.
   */
  @Test
  void aWordSpacedTableWithTheUnitBeforeItsDuties() {
    Document d = PARSER.parse("烟花爆竹安全监管\n序号 涉及部门 职责分工\n1 市公安局 负责烟花爆竹运输通行证发放工作。\n"
        + "2 市供销社 负责加强对本系统企业烟花爆竹经营活动的管理。\n");
    assertEquals(List.of("负责烟花爆竹运输通行证发放工作。 | 市公安局/LF |  | -",
        "负责加强对本系统企业烟花爆竹经营活动的管理。 | 市供销社/LF |  | -"), shown(d));
  }

  /**
   * wild round 8 (天津 2006): targets run together on one line, each closed by its bracket of leads, one bracket
   * carried over to the next line; and unnumbered tasks whose bracket stands on the line below.
   */
  @Test
  void tasksRunTogetherEachClosedByItsBracket() {
    Document d = PARSER.parse("城镇新增就业1.2万人。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)"
        + "耕地保有量保持在国务院确定的面积。\n(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)\n");
    assertEquals(List.of("城镇新增就业1.2万人。 | 市人口计生委/LM 市公安局/LM | 1.2万人 | -",
        "万元地区生产总值能源消耗降低20%。 | 市经委/LM | 20% | -", "耕地保有量保持在国务院确定的面积。 | 市国土房管局/LM |  | -",
        "主要污染物排放总量减少10%。 | 市环保局/LM | 10% | -"), shown(d));
    assertEquals(List.of("新建学校3所。 | 市教育局/LM | 3所 | -", "新建医院1所。 | 市卫健委/LM | 1所 | -"),
        shown(PARSER.parse("新建学校3所。\n(市教育局牵头)\n新建医院1所。\n(市卫健委牵头)\n")));
  }

  /** wild round 7 (杨浦): 上述项目由X牵头负责 gives the items above to X, as 以上…的责任单位为X does. */
  @Test
  void aRoleSentenceForTheItemsAbove() {
    Document d = PARSER.parse("一、公共设施\n1.改建标准化菜市场4家。\n2.新建小区健身点15个。\n上述项目由区商务委牵头负责。\n"
        + "3.建设智能信息系统。\n以上工作均由区体育局、区财政局负责。\n");
    assertEquals(List.of("一、公共设施 / 改建标准化菜市场4家。 | 区商务委/LM | 4家 | -",
        "一、公共设施 / 新建小区健身点15个。 | 区商务委/LM | 15个 | -",
        "一、公共设施 / 建设智能信息系统。 | 区体育局/LF 区财政局/S |  | -"), shown(d));
  }

  /**
   * wild round 8 (兰州): each item a numbered name, then a paragraph that opens with the leader in charge, the lead
   * unit and the supporting ones (由X副市长负责,市Y牵头,Z配合,…) before the task.
   */
  @Test
  void itemsNamedThenLedByTheLeaderAndTheUnits() {
    Document d = PARSER.parse("1、在兰州设立综合配套改革试验区事宜\n由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。\n"
        + "2、污水处理厂项目\n由吴继德副市长负责,市建委牵头,市财政局配合,尽快完善前期工作。\n");
    assertEquals(List.of("1、在兰州设立综合配套改革试验区事宜 / 尽快完成实施方案。 | 市发改委/LM 相关部门/S |  | -",
        "2、污水处理厂项目 / 尽快完善前期工作。 | 市建委/LM 市财政局/S |  | -"), shown(d));
  }

  /**
   * wild round 8 (抚顺 2005): headings that name a department's duties ((二)公安部门职责:) give it to the duties
   * under them, though other items of their numbering are tasks led by their own department.
   */
  @Test
  void aDepartmentsDutiesUnderAHeadingBesideTasksLedByTheirDepartment() {
    Document d = PARSER.parse("(一)安全生产监督管理部门职责:\n1、负责监督烟花爆竹生产单位;\n2、组织查处烟花爆竹安全生产事故。\n"
        + "(二)公安部门职责:\n1、负责发放烟花爆竹运输通行证;\n(三)质量技术监督部门负责烟花爆竹生产领域的质量监督管理工作。\n"
        + "(四)工商行政管理部门负责烟花爆竹流通领域的质量监督管理工作。\n");
    assertEquals(List.of("(一)安全生产监督管理部门职责: / 负责监督烟花爆竹生产单位; | 安全生产监督管理部门/LF |  | -",
        "(一)安全生产监督管理部门职责: / 组织查处烟花爆竹安全生产事故。 | 安全生产监督管理部门/LF |  | -",
        "(二)公安部门职责: / 负责发放烟花爆竹运输通行证; | 公安部门/LF |  | -",
        "质量技术监督部门负责烟花爆竹生产领域的质量监督管理工作。 | 质量技术监督部门/LF |  | -",
        "工商行政管理部门负责烟花爆竹流通领域的质量监督管理工作。 | 工商行政管理部门/LF |  | -"), shown(d));
  }

  /**
   * wild round 7 (泰顺 2024): pipe rows whose merged lead cell was left out, so that their progress slides into the
   * lead column: what names no unit is no units cell, and the row keeps the units above.
   */
  @Test
  void progressSlidIntoTheUnitsColumnIsNoUnits() {
    Document d = PARSER.parse("序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n"
        + "1 | 免费接种流感疫苗24723人。 | 4月:制定工作方案。 | 县卫生健康局 | 已完成。 |\n"
        + "2 | 免费开展结直肠癌筛查7400人。 | 4月:完成筛查人数1480人。 | 已完成。 完成筛查人数3495人。 | |\n"
        + "3 | 培训应急救护人员235人。 | 4月:完成培训65人。 | 县红十字会 | 已完成。 |\n");
    assertEquals(List.of("免费接种流感疫苗24723人。 | 县卫生健康局/LM | 24723人 | -",
        "免费开展结直肠癌筛查7400人。 | 县卫生健康局/LM | 7400人 | -", "培训应急救护人员235人。 | 县红十字会/LM | 235人 | -"),
        shown(d));
  }

  /**
   * wild/w131 (同心 2023): a record of names and values one a line (具体任务 / task / 责任单位 / units / 配合单位 / 各乡镇 /
   * 完成时限 / date): 各乡镇 is units addressed, never a column's name.
   */
  @Test
  void aRecordOfNamesAndValuesOneALineWithUnitsAddressedAsEvery() {
    Document d = PARSER.parse("具体任务\n全面落实疫情防控,抓紧完成方舱医院升级改造。\n责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n"
        + "完成时限\n1月底前完成\n");
    assertEquals(List.of("全面落实疫情防控,抓紧完成方舱医院升级改造。 | 卫健局/LM 文旅局/LM 各乡镇/S |  | 1月底前完成"), shown(d));
  }

  /**
   * wild round 8 (成安 2026): a record of names and values one a line with blank lines between, named by words of no
   * list (整改任务): a label alone on its line is read by its shape, whatever char it starts with.
   */
  @Test
  void aLoneLabelOfNoListIsReadByItsShape() {
    Document d = PARSER.parse("整改任务\n\n全面落实疫情防控,抓紧完成方舱医院升级改造。\n\n责任单位\n\n成安县水利局、商城镇\n");
    assertEquals(List.of("全面落实疫情防控,抓紧完成方舱医院升级改造。 | 成安县水利局/LF 商城镇/S |  | -"), shown(d));
  }

  /** wild round 9 (国务院 2016): a table with one space between its cells whose header spaces a name out a char a word. */
  @Test
  void aWordSpacedTableWhoseHeaderIsLetterSpaced() {
    Document d = PARSER.parse("序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部\n");
    assertEquals(List.of("居民消费价格涨幅3%左右 | 发展改革委/LM | 3%左右 | -",
        "城镇新增就业1000万人以上 | 人力资源社会保障部/LM | 1000万人以上 | -"), shown(d));
  }

  /** wild round 9 (news of 2016's targets): each target, then 这项工作由X负责, then its progress. */
  @Test
  void aSentenceThatSaysWhoseThisTaskIsBeforeItsProgress() {
    Document d = PARSER.parse("城镇新增就业1000万人以上。这项工作由人力资源社会保障部负责,去年全国城镇新增就业1314万人。\n"
        + "居民消费价格涨幅3%左右。该项工作由发展改革委牵头负责,去年涨幅为2.0%。\n");
    assertEquals(List.of("城镇新增就业1000万人以上。 | 人力资源社会保障部/LF | 1000万人以上 | -",
        "居民消费价格涨幅3%左右。 | 发展改革委/LM | 3%左右 | -"), shown(d));
  }

  /** wild round 9 (丽水 2023): A、B分别牵头 — both lead, and 分别 (respectively) is no part of a name. */
  @Test
  void unitsThatLeadRespectively() {
    Document d = PARSER.parse("1.全面推进共同富裕。\n责任单位:市人力社保局、市农业农村局分别牵头\n");
    assertEquals(List.of("全面推进共同富裕。 | 市人力社保局/LM 市农业农村局/LM |  | -"), shown(d));
  }

  /**
   * wild round 9 (杭州 2021): a flattened table whose task column's name carries a long bracketed note, rows under
   * headings named after leaders, and a label line of the province's lead unit (省牵头单位:) under each row's units.
   */
  @Test
  void aFlattenedTableWithALongNoteInItsHeaderAndALeveledLeadLabel() {
    Document d = PARSER.parse("序号\n重点工作任务(杭州市2项配合工作)\n责任单位\n(一)王宏副市长牵头重点工作\n1\n"
        + "加强粮食和重要农产品保障,确保产量在120亿斤以上。\n市农业农村局、市商务局\n省牵头单位:省农业农村厅\n"
        + "(二)胡伟副市长牵头重点工作\n2\n深入实施消费新政,提升传统消费。\n市商务局、市发改委\n省牵头单位:省商务厅\n");
    assertEquals(List.of("(一)王宏副市长牵头重点工作 / 加强粮食和重要农产品保障,确保产量在120亿斤以上。 | 市农业农村局/S 市商务局/S "
        + "省农业农村厅/LM | 120亿斤以上 | -", "(二)胡伟副市长牵头重点工作 / 深入实施消费新政,提升传统消费。 | 市商务局/S 市发改委/S "
        + "省商务厅/LM |  | -"), shown(d));
  }

  /**
   * wild round 9 (嘉兴 2023, a sharing site): the document served in chunks numbered 1、 2、 at their lines' starts, the
   * numbers falling mid-word; the chunks are one text again, and its items are read from it.
   */
  @Test
  void aDocumentServedInNumberedChunksIsOneTextAgain() {
    String filler = "贯彻落实党中央、国务院关于延续优化完善实施阶段性税费优惠政策的决策部署,依规加大减税降费力度。".repeat(5);
    Document d = PARSER.parse("1、嘉兴市实施方案为深入贯彻决策部署,制定本实施方案。一、加强民营经济资源要素支持(一)强化财税政策保障。"
        + filler + "为农户、小微企业及个体工商\n2、户提供融资担保业务免征增值税。(市税务局、市财政局,列第一位的为牵头单位,下同)"
        + "(二)加强产业基金支持。发挥产业基金引领作用。(市发改委、市财政局)\n");
    assertEquals(2, d.measures().size(), shown(d).toString());
    assertTrue(d.measures().get(0).text().contains("个体工商户提供融资担保"), d.measures().get(0).text());
    assertEquals("加强产业基金支持。发挥产业基金引领作用。", d.measures().get(1).text());
    assertEquals("市发改委", d.measures().get(1).responsibilities().get(0).unit().name());
  }

  /**
   * Found by the rendered gold (RenderedGoldProperties, w196's measure): a row whose units read like columns' names
   * (一类部门, 二类部门) and whose remark is 年度任务 is still a row — its serial and its sentence say so — not a new header.
   */
  @Test
  void aRowWhoseCellsReadLikeNamesIsNoHeaderWhenItHasASerialAndASentence() {
    Document d = PARSER.parse("<table><tr><td>序号</td><td>事项</td><td>牵头责任单位</td><td>配合单位</td><td>说明</td></tr>"
        + "<tr><td>1</td><td>招商考核一类部门31个,当年开工项目31项。</td><td>一类部门</td><td>二类部门</td><td>年度任务</td></tr>"
        + "<tr><td>2</td><td>固定资产投资增长16%以上。</td><td>区发改局</td><td></td><td>正常推进</td></tr></table>");
    assertEquals(List.of("招商考核一类部门31个,当年开工项目31项。", "固定资产投资增长16%以上。"),
        d.measures().stream().map(Measure::text).collect(Collectors.toList()));
  }

  /**
   * wild round 8 (成安 2026): a 整改 record of names and values one a line — the problem (整改任务), its units, its goal,
   * then the measures taken (整改措施, numbered): the measures are the record's tasks, each with its units, and the
   * problem is none.
   */
  @Test
  void aRectificationRecordsMeasuresAreItsTasks() {
    Document d = PARSER.parse("整改任务\n\n河长巡查流于形式。2025年,镇、村两级河长巡查522次,仅发现2处垃圾问题。\n\n责任单位\n\n"
        + "成安县水利局、商城镇\n\n整改目标\n\n强化基层河长责任落实。\n\n整改措施\n\n(一)强化履职监督。加强河长履职能力培训。\n\n"
        + "(二)加强排查整治。对反馈问题限期整改到位。\n");
    assertEquals(List.of("强化履职监督。加强河长履职能力培训。 | 成安县水利局/LF 商城镇/S |  | -",
        "加强排查整治。对反馈问题限期整改到位。 | 成安县水利局/LF 商城镇/S |  | -"), shown(d));
  }

  /** wild round 9 (国务院 2014): X会同Y、Z — the first carries the task together with the others, as a list says. */
  @Test
  void aUnitTogetherWithOthers() {
    Document d = PARSER.parse("1.加快推进农业现代化。(发展改革委会同财政部、农业部负责)\n2.严守耕地保护红线。(國土資源部會同農業部負責)\n");
    assertEquals(List.of("加快推进农业现代化。 | 发展改革委/LF 财政部/S 农业部/S |  | -",
        "严守耕地保护红线。 | 國土資源部/LF 農業部/S |  | -"), shown(d));
  }

  /**
   * wild round 9 (国务院 2014): a role clause joined to the task's sentence by a comma is the sentence's own — the text
   * keeps it — and names the units; after 由 a ministry's name with a weak suffix (农业部) is a unit, and 等部门 is no
   * part of the last name.
   */
  @Test
  void aRoleClauseJoinedByACommaNamesTheUnitsAndStaysInTheText() {
    Document d = PARSER.parse("一、工作分工\n（一）关于严守耕地保护红线的问题，由国土资源部会同农业部等部门负责落实。\n"
        + "（二）关于完善粮食补贴政策的问题，由财政部牵头，农业部配合。\n");
    assertEquals(List.of("一、工作分工 / 关于严守耕地保护红线的问题，由国土资源部会同农业部等部门负责落实。 | 国土资源部/LF 农业部/S |  | -",
        "一、工作分工 / 关于完善粮食补贴政策的问题，由财政部牵头，农业部配合。 | 财政部/LM 农业部/S |  | -"), shown(d));
    Document own = PARSER.parse("（一）新建学校3所。由财政部会同教育部等部门负责。\n（二）新建医院2所。由卫生部负责。\n");
    assertEquals(List.of("新建学校3所。 | 财政部/LF 教育部/S | 3所 | -", "新建医院2所。 | 卫生部/LF | 2所 | -"), shown(own));
  }

  /** A notice that shares out work (关于…分工的通知) names its issuer first: the issuer is not the tasks' unit. */
  @Test
  void aNoticeThatSharesOutWorkDoesNotGiveItsIssuerToTheTasks() {
    Document d = PARSER.parse("国务院办公厅关于落实有关政策措施分工的通知\n一、加快推进农业现代化。\n二、严守耕地保护红线。\n");
    // (were the issuer given, both items would be measures it leads)
    assertTrue(d.measures().stream().allMatch(m -> m.responsibilities().isEmpty()), () -> shown(d).toString());
    Document own = PARSER.parse("县教育体育局2020年为民办实事\n一、新建学校3所。\n二、改造操场5个。\n");
    assertEquals(List.of("新建学校3所。 | 县教育体育局/LF | 3所 | -", "改造操场5个。 | 县教育体育局/LF | 5个 | -"), shown(own));
  }

  /**
   * wild round 10 (岳阳楼区 2017): a 完成情况 table with one space between cells and runs of them here and there; its
   * header's words broken after a dash (1- 8月) or ending in a sign (完成率%); a project's name before the units is the
   * task, a 目标任务 after them its figures; a row with no serial under a merged name goes on with its own task.
   */
  @Test
  void aWordSpacedProgressTableWithRowsUnderAMergedName() {
    Document d = PARSER.parse("序号 项目名称 责任单位 目标任务 1- 8月完成情况   完成率% 备注\n"
        + "1 新增城镇就业   人社局 8950 7356 82%\n"
        + "2 深化养老保险制度改革 完成在职参保人数6300人 区人社局 6300人 7558 119%\n"
        + "完成征缴基金10000万元 区人社局 10000万 7965 80%\n");
    assertEquals(List.of("新增城镇就业 | 人社局/LF |  | -", "完成在职参保人数6300人 | 区人社局/LF | 6300人 | -",
        "完成征缴基金10000万元 | 区人社局/LF | 10000万元 | -"), shown(d));
  }

  /**
   * wild round 10 (湖南 2019, 海曙 2023): leaders in charge listed before the units are people, no units; two bureaus
   * joined by 和 that 分别牵头 both lead.
   */
  @Test
  void leadersAmongUnitsAreNoneAndTwoBureausJoinedByAndBothLead() {
    Document d = PARSER.parse("1.经济增长7.5%。(分管副省长、协管副秘书长负责,省发展改革委牵头,省统计局配合)\n"
        + "2.扩大有效投资。(经济投资局和航空口岸局分别牵头、区发改局)\n3.推进住房保障。(住房和城乡建设局)\n");
    assertEquals(List.of("经济增长7.5%。 | 省发展改革委/LM 省统计局/S | 7.5% | -",
        "扩大有效投资。 | 经济投资局/LM 航空口岸局/LM 区发改局/S |  | -", "推进住房保障。 | 住房和城乡建设局/LF |  | -"),
        shown(d));
  }

  /**
   * wild round 11 (黔东南 2023, 郑州 2012): pinyin a converter left inside a label (責(zé)任單位, 推進(jìn)情況) is looked
   * through, as it is inside a figure (2.36萬(wàn)個); the progress line is no unit.
   */
  @Test
  void pinyinResidueInsideLabelsAndFigures() {
    Document d = PARSER.parse("1.新增學位2.36萬(wàn)個。(責(zé)任單位:州教育局)\n推進(jìn)情況:目前累計完成3所。\n"
        + "2.新建醫院2所。(責(zé)任單位:州衛生局)\n");
    assertEquals(List.of("新增學位2.36萬(wàn)個。 | 州教育局/LF | 2.36萬(wàn)個 | -", "新建醫院2所。 | 州衛生局/LF | 2所 | -"),
        shown(d));
  }

  /**
   * wild round 11 (金井镇 2025): a working group's duties by member — an office with a weak suffix before its colon
   * (财政所:, 行政执法队:) leads its line; the members' list (成员单位:…) is no task, and 成员单位 no unit.
   */
  @Test
  void dutiesByMemberUnitAfterTheMembersList() {
    Document d = PARSER.parse("组 长:刘威镇长\n成员单位:农业综合服务中心、财政所、行政执法队。\n"
        + "农业综合服务中心:负责秸秆综合利用工作。\n财政所:负责扶持政策资金发放。\n行政执法队:对焚烧对象进行处罚。\n");
    assertEquals(List.of("负责秸秆综合利用工作。 | 农业综合服务中心/LF |  | -", "负责扶持政策资金发放。 | 财政所/LF |  | -",
        "对焚烧对象进行处罚。 | 行政执法队/LF |  | -"), shown(d));
  }

  /**
   * wild round 11 (婺城区 2025, 广东 2023): a topic with its clause over sub-items that name none is their heading,
   * its clause theirs; a bureau's other name in brackets after it is no clause.
   */
  @Test
  void aTopicsClauseIsItsSubItemsAndABureausAliasIsNoClause() {
    Document d = PARSER.parse("一、强化科技创新(区科技局牵头)\n(一)加强科创平台效能建设。\n(二)加快培育科技型企业。\n"
        + "二、扩大有效投资。(区发改局牵头)\n");
    assertEquals(List.of("一、强化科技创新(区科技局牵头) / 加强科创平台效能建设。 | 区科技局/LM |  | -",
        "一、强化科技创新(区科技局牵头) / 加快培育科技型企业。 | 区科技局/LM |  | -", "扩大有效投资。 | 区发改局/LM |  | -"),
        shown(d));
    Document alias = PARSER.parse("今年省农业农村厅(乡村振兴局)\n1.粮食产量1268万吨以上。(省农业农村厅牵头)\n");
    assertEquals(List.of("粮食产量1268万吨以上。 | 省农业农村厅/LM | 1268万吨以上 | -"), shown(alias));
  }

  /**
   * wild round 12 (a city's 供暖 notice, 2022): a report's sentences each led by its units, after a lead-in that says
   * what the document asks ({@code 《通知》要求,}); a level's bracket inside a name ({@code 各县(市、区)政府}) parts nothing.
   */
  @Test
  void sentencesLedByTheirUnitsAfterAReportsLeadIn() {
    Document d = PARSER.parse("《通知》强调,各县(市、区)政府要认真践行以人民为中心的发展思想。\n"
        + "《通知》要求,各县(市、区)供热主管部门要督促供热企业严格落实通知要求。\n市气象局要密切关注天气变化情况。\n");
    assertEquals(List.of("各县(市、区)政府要认真践行以人民为中心的发展思想。 | 各县(市、区)政府/LF |  | -",
        "各县(市、区)供热主管部门要督促供热企业严格落实通知要求。 | 各县(市、区)供热主管部门/LF |  | -",
        "市气象局要密切关注天气变化情况。 | 市气象局/LF |  | -"), shown(d));
  }

  /**
   * wild round 12 (池州 信访局): a table flattened with a lone pipe between its cells, whose rows carry a serial its
   * header names no column for: the line before the serial is the row's category, merged into later rows.
   */
  @Test
  void aFlattenedTableWhoseRowsHaveASerialTheHeaderDoesNotName() {
    Document d = PARSER.parse("工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n强化行政规范性文件集中规范公开\n|\n1\n|\n"
        + "对行政规范性文件进行全面清理。\n|\n办公室\n|\n年底前\n|\n2\n|\n规范做好年度报告编制发布工作。\n|\n各科室\n|\n持续推进\n|\n");
    assertEquals(List.of("强化行政规范性文件集中规范公开 / 对行政规范性文件进行全面清理。 | 办公室/LF |  | 年底前",
        "强化行政规范性文件集中规范公开 / 规范做好年度报告编制发布工作。 | 各科室/LF |  | 持续推进"), shown(d));
    // a category short enough to read as a column's name is the first row's, not the header's
    Document shortCategory = PARSER.parse("工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n强化规范性文件公开\n|\n1\n|\n"
        + "对行政规范性文件进行全面清理。\n|\n办公室\n|\n年底前\n|\n");
    assertEquals(List.of("强化规范性文件公开 / 对行政规范性文件进行全面清理。 | 办公室/LF |  | 年底前"), shown(shortCategory));
  }

  /**
   * Found by RenderedGoldProperties on wild/w284's gold: a task whose sentence starts with units (各镇区、各单位结合实际…)
   * takes the units a role sentence or label lines after it name, its subject staying in the text.
   */
  @Test
  void aTaskLedByUnitsTakesTheClauseAfterIt() {
    Document d = PARSER.parse("①各镇区、各单位结合实际制定创卫工作实施方案;\n由爱卫办牵头,各镇区、各单位配合。\n"
        + "②各镇区要开展环境整治。\n牵头责任单位：爱卫办\n协同单位:各镇区\n");
    assertEquals(List.of("各镇区、各单位结合实际制定创卫工作实施方案; | 爱卫办/LM 各镇区/S 各单位/S |  | -",
        "各镇区要开展环境整治。 | 爱卫办/LM 各镇区/S |  | -"), shown(d));
  }

  /**
   * wild round 12 (黑龙江 2009, 西平 2020, 广东 2013, 荆门 2021): 总牵头 is a lead's role word; 按职责分工 before 分别负责
   * is no part of a name; a proposal's number or a target's kind before the labels of a bracket is no unit.
   */
  @Test
  void roleWordsAndWordsBeforeLabelsThatNameNoUnit() {
    Document d = PARSER.parse("1.新增水田面积100万亩。(省农委总牵头,省水利厅配合)\n2.推进依法行政。(乡镇人民政府按职责分工分别负责)\n"
        + "3.推进土地整治。(第1389号。牵头单位:省国土资源厅;协办单位:省财政厅)\n"
        + "4.地区生产总值增长7%。(预期性指标;牵头单位:市发改委)\n");
    assertEquals(List.of("新增水田面积100万亩。 | 省农委/LM 省水利厅/S | 100万亩 | -", "推进依法行政。 | 乡镇人民政府/LF |  | -",
        "推进土地整治。 | 省国土资源厅/LM 省财政厅/S |  | -", "地区生产总值增长7%。 | 市发改委/LM | 7% | -"), shown(d));
  }

  /**
   * wild round 13 (万盛经开区 2026) and round 10 (岳阳楼区 2017): a task's words after the units (事项内容) win over a
   * name before them (事项名称), which is the task's section; 目标任务 after the units is the figures beside the name.
   */
  @Test
  void aTasksContentAfterItsUnitsWinsOverItsNameAndGoalsAfterThemDoNot() {
    Document d = PARSER.parse("序号\n事项名称\n责任单位\n事项内容\n1\n实施老旧小区居住品质提升工程\n住房城乡建设局\n"
        + "完成城镇老旧小区改造;完成50台老旧电梯更新改造。\n2\n开展高层建筑消防安全能力建设\n消防救援大队\n完成20栋高层建筑消防设施改造。\n");
    assertEquals(List.of("实施老旧小区居住品质提升工程 / 完成城镇老旧小区改造;完成50台老旧电梯更新改造。 | 住房城乡建设局/LF | 50台 | -",
        "开展高层建筑消防安全能力建设 / 完成20栋高层建筑消防设施改造。 | 消防救援大队/LF | 20栋 | -"), shown(d));
  }

  /**
   * wild round 13 (咸宁 2020): a table's units cell on the line under its task, with no label, is the task's where the
   * document does so twice at least; a list of names once, under the last item, is its signature.
   */
  @Test
  void bareUnitsUnderTasksAreTheirsWhereTheDocumentDoesSoTwice() {
    Document d = PARSER.parse("1.纳入重点企业的设备购置补贴。\n市经信局、市财政局\n2.对重点企业已生产的库存产品予以收储。\n市财政局\n");
    assertEquals(List.of("纳入重点企业的设备购置补贴。 | 市经信局/LF 市财政局/S |  | -", "对重点企业已生产的库存产品予以收储。 | 市财政局/LF |  | -"),
        shown(d));
    Document signed = PARSER.parse("1.新建学校3所。(市教育局)\n2.新建医院2所。\n某某市人民政府办公室\n");
    assertTrue(signed.measures().stream().noneMatch(m -> m.responsibilities().stream()
        .anyMatch(r -> r.unit().name().contains("办公室"))), () -> shown(signed).toString());
  }

  /**
   * wild round 13 (山西 2008): a heading that names its lead (省编办牵头的工作) leads an item whose own line names only
   * its partners (协同单位:…); 等省直有关部门 after the last partner is the list's other members, no part of its name.
   */
  @Test
  void aHeadingsLeadLeadsAnItemWithPartnersOnly() {
    Document d = PARSER.parse("(二)省编办牵头的工作\n1.深化行政管理体制改革,优化政府机构设置。\n2.积极稳妥地推进乡镇机构改革。\n"
        + "协同单位:省财政厅、省人事厅等省直有关部门和各市人民政府。\n");
    assertEquals(List.of("(二)省编办牵头的工作 / 深化行政管理体制改革,优化政府机构设置。 | 省编办/LM |  | -",
        "(二)省编办牵头的工作 / 积极稳妥地推进乡镇机构改革。 | 省财政厅/S 省人事厅/S 各市人民政府/S 省编办/LM |  | -"), shown(d));
  }

  /**
   * wild round 14 (广东 2014): a task cell of several goals (——…) then its units cell broken one unit a line, a name
   * with its level and no suffix among them (省人口计生): each goal takes the units.
   */
  @Test
  void goalsOfOneCellShareTheUnitsCellBrokenOneALine() {
    Document d = PARSER.parse("1.妇女在整个生命周期享有良好的基本卫生服务。\n——女性人均预期寿命延长。\n——建立妇女健康档案。\n"
        + "省卫生厅\n省财政厅\n省人口计生\n2.提高孕产妇医疗保健水平。\n——提高住院分娩率。\n省卫生厅\n省妇联\n");
    assertEquals(List.of("1.妇女在整个生命周期享有良好的基本卫生服务。 / 女性人均预期寿命延长。 | 省卫生厅/LF 省财政厅/S 省人口计生/S |  | -",
        "1.妇女在整个生命周期享有良好的基本卫生服务。 / 建立妇女健康档案。 | 省卫生厅/LF 省财政厅/S 省人口计生/S |  | -",
        "2.提高孕产妇医疗保健水平。 / 提高住院分娩率。 | 省卫生厅/LF 省妇联/S |  | -"), shown(d));
  }

  /** wild round 14 (郧阳 2023): a flattened table's spanning heading of a long category is no row. */
  @Test
  void aFlattenedTablesLongSpanningHeadingIsNoRow() {
    Document d = PARSER.parse("序号\n目  标  任  务\n牵头单位\n责任单位\n"
        + "一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标\n"
        + "1\n地区生产总值增长15%。\n区发改局\n区统计局\n2\n固定资产投资增长12%。\n区发改局\n区统计局\n");
    assertEquals(2, d.measures().size(), () -> shown(d).toString());
    assertEquals("地区生产总值增长15%。", d.measures().get(0).text());
    assertEquals(List.of("区发改局", "区统计局"), d.measures().get(0).responsibilities().stream()
        .map(r -> r.unit().name()).collect(Collectors.toList()));
  }

  /**
   * wild round 11 (广东 2023): tasks run on in one paragraph, each with its 部门分工 label; groups of partners before
   * the last share its role word (省委网信办,省通信管理局等配合), so the label's sentence ends the task.
   */
  @Test
  void partnersInGroupsShareTheLastRoleWord() {
    Document d = PARSER.parse("大力推进产业集群建设 工作措施:出台专项行动计划。 部门分工:省工业和信息化厅牵头,省发展改革委等配合。 "
        + "促进数字经济深度融合 工作措施:实施数据增富工程。 部门分工:省工业和信息化厅牵头,省委网信办,省通信管理局等配合。 "
        + "促进知识产权高质量发展 工作措施:加强知识产权保护。 部门分工:省市场监管局牵头。\n");
    assertEquals(List.of("大力推进产业集群建设 工作措施:出台专项行动计划。 | 省工业和信息化厅/LM 省发展改革委/S |  | -",
        "促进数字经济深度融合 工作措施:实施数据增富工程。 | 省工业和信息化厅/LM 省委网信办/S 省通信管理局/S |  | -",
        "促进知识产权高质量发展 工作措施:加强知识产权保护。 | 省市场监管局/LM |  | -"), shown(d));
  }

  /** wild/w183: a clause cut where the page was, inside its label's word (牵头部), names no unit. */
  @Test
  void aLabelCutInsideItsWordNamesNoUnit() {
    Document d = PARSER.parse("①新增城镇就业1000人。(牵头部门:州人社局;责任单位:10县市人民政府)\n②以创业促发展,扶持创业。(牵头部\n");
    assertEquals(List.of("新增城镇就业1000人。 | 州人社局/LM 10县市人民政府/S | 1000人 | -", "以创业促发展,扶持创业。 |  |  | -"),
        shown(d));
  }

  /** Found by a blind review: a bare units line once, then a label line, keeps the label's units, no other's. */
  @Test
  void aBareUnitsLineOnceLeavesTheLabelAfterItToTheTask() {
    Document d = PARSER.parse("1.新建学校3所。\n市教育局\n(责任单位:市财政局)\n2.新建医院2所。(市卫生局)\n");
    assertEquals(List.of("新建学校3所。 | 市财政局/LF | 3所 | -", "新建医院2所。 | 市卫生局/LF | 2所 | -"), shown(d));
  }

  /**
   * Found by a blind review: a clause of partners after a task led by its units leaves the subject leading; a task's
   * words before a comma that are no document's lead-in stay in its text; 配合部署 ends a joined clause; 各高等学校保卫部门
   * is one name.
   */
  @Test
  void subjectsLeadInsAndJoinedClausesAsTheReviewFound() {
    assertEquals(List.of("市教育局要新建学校3所。 | 市教育局/LF 市财政局/S | 3所 | -"),
        shown(PARSER.parse("1.市教育局要新建学校3所。\n(市财政局配合)\n")));
    assertEquals("严格执行有关规定,市教育局要加强督促检查。",
        PARSER.parse("1.严格执行有关规定,市教育局要加强督促检查。(市教育局负责)\n").measures().get(0).text());
    assertEquals(List.of("做好宣传工作,由市民政局牵头,县文化局配合部署。 | 市民政局/LM 县文化局/S |  | -"),
        shown(PARSER.parse("1.做好宣传工作,由市民政局牵头,县文化局配合部署。\n")));
    assertEquals(List.of("加强校园安全。 | 各高等学校保卫部门/LF |  | -"),
        shown(PARSER.parse("1.加强校园安全。(各高等学校保卫部门)\n")));
  }

  /** Found by a blind review: a line of punctuation and a label alone gives no measure of blank text, and no error. */
  @Test
  void aLineOfPunctuationAndALabelIsNoMeasure() {
    assertTrue(PARSER.parse("一、，部门：厅部\n").measures().isEmpty());
    assertTrue(PARSER.parse("——,由分工:联合万工作任务财政部等部门\n").measures().isEmpty());
  }

  /**
   * wild round 15 (六安 2021, 余杭 2018, 苏州 2015): a flattened header whose lead's name is broken before its head noun
   * (牵头责任 / 单位) and whose last column names a status (完成状态); pipe rows whose every cell ends with the ? a lossy
   * copy left; where a column of words stands between task and units, a task short enough to read as a name's second
   * line is not joined to the name, and the line before the units is that column's cell, not the task's rest.
   */
  @Test
  void brokenLeadNamesStatusColumnsLostCharsAndShortTasks() {
    Document d = PARSER.parse("序号\n督查内容\n牵头责任\n单位\n协同责任单位\n落实情况\n完成状态\n1\n地区生产总值增长8.5%以上。\n"
        + "市发改委\n市统计局\n全年增长11%。\n已完成\n2\n一般公共预算收入增长5%。\n市财政局\n市税务局\n全年增长6%。\n已完成\n");
    assertEquals(List.of("地区生产总值增长8.5%以上。 | 市发改委/LM 市统计局/S | 8.5%以上 | -",
        "一般公共预算收入增长5%。 | 市财政局/LM 市税务局/S | 5% | -"), shown(d));
    Document pipes = PARSER.parse("序号? | 重点工作任务? | 牵头单位? |\n1? | 深化与浙江大学的合作,推进项目建设。? | 区科技局? |\n"
        + "2? | 加强装备制造等优势主导产业培育。? | 区经信局? |\n");
    assertEquals(List.of("深化与浙江大学的合作,推进项目建设。 | 区科技局/LM |  | -", "加强装备制造等优势主导产业培育。 | 区经信局/LM |  | -"),
        shown(pipes));
    Document named = PARSER.parse("序号\n名称\n工作任务\n上半年推进情况\n责任单位\n1\n地区生产总值\n地区生产总值增长8%左右\n"
        + "地区生产总值7088.4亿元,增长7.2%\n市发改委、统计局\n");
    assertEquals(List.of("地区生产总值 / 地区生产总值增长8%左右 | 市发改委/LF 统计局/S | 8%左右 | -"), shown(named));
  }

  /**
   * wild round 16 (吉林 2015, a plan of 安全生产 c. 2005): a role clause joined by a comma that ends an item's first
   * sentence, a topic's, before the body ({@code 由公安、交通部门负责,有关部门配合。要…}), bare fields before the
   * 部门 they share, a field's 部门 that reads as a label's shape ({@code 建设部门}); a topic's heading over the
   * paragraph that is its task, the last such paragraph cut before its clause; {@code 由协调处负责协调调度};
   * two offices joined by 和.
   */
  @Test
  void topicsOverParagraphsAndClausesThatEndATopicsSentence() {
    Document d = PARSER.parse("(三)道路交通安全专项整治,由公安、交通部门负责,有关部门配合。要继续加大违法行为的整治力度。\n"
        + "(六)建筑领域安全专项整治,由建设部门负责,有关部门配合。以预防建筑事故为重点。\n");
    assertEquals(List.of("道路交通安全专项整治,由公安、交通部门负责,有关部门配合。要继续加大违法行为的整治力度。 | 公安部门/LF 交通部门/S 有关部门/S |  | -",
        "建筑领域安全专项整治,由建设部门负责,有关部门配合。以预防建筑事故为重点。 | 建设部门/LF 有关部门/S |  | -"), shown(d));
    Document topics = PARSER.parse("一、开展集中宣传活动\n(一)与企业面对面交流。由煤监一处牵头负责,办公室配合。\n"
        + "(二)与企业厂长谈心对话。由协调处负责协调调度。\n三、播放安全生产公益广告\n6月份每天黄金时段,在卫视播放公益广告。由宣教办和教育中心负责。\n"
        + "四、组织应急预案演练\n按照计划组织实施应急演练。由应急救援指挥中心负责。\n五、开展行业性活动\n深入开展竞赛等传统活动,曝光一批违法\n");
    assertEquals(List.of("一、开展集中宣传活动 / 与企业面对面交流。 | 煤监一处/LM 办公室/S |  | -",
        "一、开展集中宣传活动 / 与企业厂长谈心对话。 | 协调处/LF |  | -",
        "三、播放安全生产公益广告 / 6月份每天黄金时段,在卫视播放公益广告。 | 宣教办/LF 教育中心/S |  | -",
        "四、组织应急预案演练 / 按照计划组织实施应急演练。 | 应急救援指挥中心/LF |  | -",
        "五、开展行业性活动 / 深入开展竞赛等传统活动,曝光一批违法 |  |  | -"), shown(topics));
    // found by a blind review: a (一) line is as often an item's first line wrapped; a label with a mistyped colon
    assertEquals(List.of("大力推进全市中小学校舍安全工程和教育信息化建设,年内完成改造校舍20所。 | 市教育局/LF | 20所 | 年内"),
        shown(PARSER.parse("(一)大力推进全市中小学校舍安全工程和教育\n信息化建设,年内完成改造校舍20所。由市教育局负责。\n")));
    assertEquals(List.of("完善交通设施。 | 区交通局/LF |  | -"), shown(PARSER.parse("1.完善交通设施。(落实单位;区交通局)\n")));
    // a numbered item of an item's rank, short, is its sentence's first words wrapped, not a topic
    assertEquals(List.of("加快推进污水处理厂建设确保年底完工。 | 市住建局/LF |  | 年底"),
        shown(PARSER.parse("1.加快推进污水处理厂建设\n确保年底完工。由市住建局负责。\n")));
  }

  /**
   * wild round 18 (略阳 2019, 广水 2025, 旌阳 2016): a bureau's sections (文化宣传股, 文物股, 广电事业股) are units, no
   * person's names, where the person's and deadline's cells are merged away; a sentence where
   * a column of words before the task stands (指标) is the task; a progress column's name of 18 chars; a task
   * numbered as the row's (56. / 86.) opens the next row; two bureaus glued with nothing between (区发改局区统计局).
   */
  @Test
  void sectionsOfABureauLongProgressNamesNumberedTasksAndGluedNames() {
    Document d = PARSER.parse("序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n备注\n1\n公共文化服务\n“两馆一站”免费开放服务人次较上年增长15%。\n"
        + "12月底前\n夏俊贵\n文化宣传股\n文化馆\n2\n全年组织开展文化下乡等惠民演出不少于100场。\n3\n非遗保护\n完成非遗展厅布展任务。\n文物股\n"
        + "郙阁公司\n4\n广电\n完成县级应急广播系统建设。\n广电事业股\n");
    assertEquals(List.of("“两馆一站”免费开放服务人次较上年增长15%。 | 文化宣传股/LF 文化馆/S | 15% | 12月底前",
        "全年组织开展文化下乡等惠民演出不少于100场。 | 文化宣传股/LF 文化馆/S | 不少于100场 | 12月底前",
        "完成非遗展厅布展任务。 | 文物股/LF 郙阁公司/S |  | 12月底前", "完成县级应急广播系统建设。 | 广电事业股/LF |  | -"),
        shown(d));
    Document numbered = PARSER.parse("序号\n牵头单位\n工作任务\n目前完成情况、存在问题及下一步工作措施\n完成进度(%)\n备注\n12\n市水利和湖泊局\n"
        + "56.做好农村自来水管网改造,新增充电桩300个。\n32个村的管网延伸工程已完工\n90%\n86.深入推进河长制,落实长江“十年禁渔”。\n"
        + "及时完成22条河流的河湖长更新调整\n");
    // (the task cell's own number is the row's place, not its text, as with items: 56. and 86. left out)
    assertEquals(List.of("做好农村自来水管网改造,新增充电桩300个。 | 市水利和湖泊局/LM | 300个 | -",
        "深入推进河长制,落实长江“十年禁渔”。 | 市水利和湖泊局/LM |  | -"), shown(numbered));
    assertEquals(List.of("新建学校3所。 | 区发改局/LF 区统计局/S | 3所 | -"), shown(PARSER.parse("1.新建学校3所。(区发改局区统计局)\n")));
    // a name that goes on after a bureau's opens no level of its own: one unit
    assertEquals(List.of("新建学校3所。 | 县教育局教研室/LM | 3所 | -"),
        shown(PARSER.parse("1.新建学校3所。(县教育局教研室牵头)\n")));
  }

  /**
   * Found by a blind review: an item whose own role sentence is not read ({@code 由公安、交通等部门负责}) keeps no
   * units rather than taking those of the next item's clause, which closes only items that state none.
   */
  @Test
  void anItemThatStatesItsOwnRoleTakesNoOtherItemsUnits() {
    Document d = PARSER.parse("一、重点任务\n1.加强道路安全管理。由公安、交通等部门负责。\n2.加强产业培育。由市发改委负责。\n");
    assertEquals(List.of("一、重点任务 / 加强道路安全管理。由公安、交通等部门负责。 |  |  | -",
        "一、重点任务 / 加强产业培育。 | 市发改委/LF |  | -"), shown(d));
    // items that state none are closed by the clause after them
    Document closed = PARSER.parse("一、重点任务\n1.加强道路安全管理。\n2.加强产业培育。(市发改委牵头)\n");
    assertEquals(List.of("一、重点任务 / 加强道路安全管理。 | 市发改委/LM |  | -", "一、重点任务 / 加强产业培育。 | 市发改委/LM |  | -"),
        shown(closed));
  }

  /**
   * Found by a second blind review: people in a leader's column whose names end as a body's may (张红旗, 李秀会); a
   * sentence under a column of words before the task, with the task after it, is that column's; a bureau's section
   * whose name opens with a level's char (市场科) is no second bureau; a size class of projects (10亿元以上项目) with
   * no count after it is still no target; a short (一) topic over its paragraph.
   */
  @Test
  void peopleFieldsSectionsAndTopicsAsTheSecondReviewFound() {
    assertEquals(List.of("新建学校3所。 | 县教育局/LF | 3所 | 12月底前", "新建医院1所。 | 县卫健局/LF | 1所 | 12月底前"),
        shown(PARSER.parse("序号\n工作任务\n责任领导\n责任单位\n完成时限\n1\n新建学校3所。\n张红旗\n县教育局\n12月底前\n2\n"
            + "新建医院1所。\n李秀会\n县卫健局\n12月底前\n")));
    assertEquals(List.of("加快推进学校建设,新建学校3所。 | 县教育局/LM | 3所 | 12月底前", "推进城镇老旧小区改造。 | 县住建局/LM |  | 12月底前"),
        shown(PARSER.parse("序号\n指标\n工作任务\n牵头单位\n完成时限\n1\n全年新增学位2000个。\n加快推进学校建设,新建学校3所。\n县教育局\n"
            + "12月底前\n2\n老旧小区改造完成率100%。\n推进城镇老旧小区改造。\n县住建局\n12月底前\n")));
    assertEquals(List.of("加强商贸。 | 区商务局市场科/LM |  | -"), shown(PARSER.parse("1.加强商贸。(区商务局市场科牵头)\n")));
    assertEquals(List.of("新开工10亿元以上项目,完成投资200亿元。 | 市发改委/LF | 200亿元 | -"),
        shown(PARSER.parse("1.新开工10亿元以上项目,完成投资200亿元。(市发改委)\n")));
    assertEquals(List.of("(一)加强学校建设 / 新建学校3所,改扩建幼儿园12所。 | 市教育局/LM | 3所 12所 | -"),
        shown(PARSER.parse("(一)加强学校建设\n新建学校3所,改扩建幼儿园12所。市教育局牵头。\n")));
  }

  /**
   * wild w454 (双牌工业集中区 2019): an office's heading with the other names the same office goes by in brackets (one
   * body, several boards) hands its items to the office; a numbered line that leads in with a colon heads the items
   * below it. A topic's bracket of units stays a clause.
   */
  @Test
  void anOfficeHeadingWithItsOtherNames() {
    Document d = PARSER.parse("(二)招商合作局(行政审批局、政务服务中心)\n(1)年度主要任务与要求:\n"
        + "①制作和更新园区招商手册,高质量打造5个以上工业招商项目;②积极主动服务企业,为企业全程代办相关证照手续,落实行政审批;"
        + "③积极宣传推介园区,全年在主要媒体完成上稿3篇;④每月拿出部门当月小结和下月计划。\n");
    String office = "(二)招商合作局(行政审批局、政务服务中心)/(1)年度主要任务与要求: / ";
    assertEquals(List.of(office + "制作和更新园区招商手册,高质量打造5个以上工业招商项目; | 招商合作局/LF | 5个以上 | -",
        office + "积极主动服务企业,为企业全程代办相关证照手续,落实行政审批; | 招商合作局/LF |  | -",
        office + "积极宣传推介园区,全年在主要媒体完成上稿3篇; | 招商合作局/LF | 3篇 | -",
        office + "每月拿出部门当月小结和下月计划。 | 招商合作局/LF |  | -"), shown(d));
    assertEquals(List.of("加强教育。 | 市教育局/LF 市财政局/S |  | -"), shown(PARSER.parse("(一)加强教育。(市教育局、市财政局)\n")));
  }

  /**
   * wild w458 (新密 2021): names a PDF's text broke with spaces (市 财政局, 资源规划 局, 伏羲 山管委 会) are whole again,
   * without the spaces; names a space parts (市教育局 市财政局) and a unit's head after it (市民政局 伍泽国) stay apart.
   */
  @Test
  void namesBrokenBySpacesAreWholeAgain() {
    Document d = PARSER.parse("1 . 严格管控地方政府债务。\n责任单位:市 财政局\n2 . 强化县城综合承载能力。\n牵头单位:市 城镇化服务中心\n"
        + "责任单位:市 住建局、 资源规划 局\n3.新建学校。\n责任单位:市教育局 市财政局\n");
    assertEquals(List.of("严格管控地方政府债务。 | 市财政局/LF |  | -",
        "强化县城综合承载能力。 | 市城镇化服务中心/LM 市住建局/S 资源规划局/S |  | -",
        "新建学校。 | 市教育局/LF 市财政局/S |  | -"), shown(d));
    // found by a third blind review: names a space parts stay apart, the level of the next one with it
    Document apart = PARSER.parse("1.加强协调。\n责任单位:市 财政局 市 教育局\n2.加强建设。\n责任单位:市城投 市交通局\n3.加强通信。\n"
        + "责任单位:联通 铁塔公司\n");
    assertEquals(List.of("加强协调。 | 市财政局/LF 市教育局/S |  | -", "加强建设。 | 市城投/LF 市交通局/S |  | -",
        "加强通信。 | 联通/LF 铁塔公司/S |  | -"), shown(apart));
    // a decimal a PDF's text spaced (6 . 5 %) is no numbering
    assertEquals(1, PARSER.parse("1.加快项目建设,全年完成固定资产投资增长\n6 . 5 %以上,新开工项目50个。(市发改委牵头)\n").measures().size());
  }

  /**
   * wild round 21 (沈阳, a district's 安全生产 rules): a unit's name alone on its numbered line, closed by a full stop,
   * over its duty ({@code (1)市林业局。} / 负责…); an article of a regulation (第七条) that names its unit's duties.
   */
  @Test
  void unitsOverTheirDuties() {
    assertEquals(List.of("(1)市林业局。 / 负责火灾扑救的组织、火灾现场勘察等工作。 | 市林业局/LF |  | -",
        "(2)市公安局。 / 负责火灾区域内的治安管理。 | 市公安局/LF |  | -"),
        shown(PARSER.parse("(1)市林业局。\n负责火灾扑救的组织、火灾现场勘察等工作。\n(2)市公安局。\n负责火灾区域内的治安管理。\n")));
    assertEquals(List.of("第七条 区科委工作职责: / 将推动安全生产科技进步纳入本区科学技术发展规划。 | 区科委/LF |  | -",
        "第八条 区公安分局工作职责: / 对本区消防工作实施监督管理。 | 区公安分局/LF |  | -"),
        shown(PARSER.parse("第七条 区科委工作职责:\n(一)将推动安全生产科技进步纳入本区科学技术发展规划。\n第八条 区公安分局工作职责:\n"
            + "(一)对本区消防工作实施监督管理。\n")));
  }

  /**
   * wild w479 (泰州高港 2015, a 责任清单): a table flattened one cell a line whose rows open with their units and have
   * no serial (相关部门 / 职责分工); the first row's units cell is no column's name, the sentence after it says so.
   */
  @Test
  void rowsThatOpenWithTheirUnits() {
    Document d = PARSER.parse("相关部门\n职责分工\n区公安分局\n维护考点周边安全、网上不良信息检查。\n区教育局\n"
        + "负责高考、中考的具体组织、实施和协调工作。\n区市场监管局\n考点周边宾馆及服务业、餐饮卫生检查。\n");
    assertEquals(List.of("维护考点周边安全、网上不良信息检查。 | 区公安分局/LF |  | -",
        "负责高考、中考的具体组织、实施和协调工作。 | 区教育局/LF |  | -", "考点周边宾馆及服务业、餐饮卫生检查。 | 区市场监管局/LF |  | -"),
        shown(d));
    // with a units column after the task (found by a blind review): a row opens past it
    Document both = PARSER.parse("牵头单位\n工作任务\n配合单位\n完成时限\n市发改委\n加快重大项目建设,全年新开工项目50个。\n"
        + "市财政局、市自然资源局\n2024年12月\n市教育局\n新建学校3所,改扩建幼儿园5所。\n市财政局\n2024年9月\n");
    assertEquals(List.of("加快重大项目建设,全年新开工项目50个。 | 市发改委/LM 市财政局/S 市自然资源局/S | 50个 | 2024年12月",
        "新建学校3所,改扩建幼儿园5所。 | 市教育局/LM 市财政局/S | 3所 5所 | 2024年9月"), shown(both));
  }

  /**
   * wild w508 (西安, a 地质灾害 plan): lines led by their units in a list by unit, one of them a name of weak suffix
   * (西安警备区) before the role word 负责 itself; alone, such a line stays prose.
   */
  @Test
  void aListByUnitWithANameOfWeakSuffixBeforeItsRoleWord() {
    Document d = PARSER.parse("市应急办负责各部门之间应急联动工作的组织、指挥、协调与检查。\n西安警备区负责组织民兵参加抢险救灾,协调驻地部队参加抢险救灾行动。\n"
        + "市发改委负责重大应急治理项目的协调安排工作。\n");
    assertEquals(List.of("市应急办负责各部门之间应急联动工作的组织、指挥、协调与检查。 | 市应急办/LF |  | -",
        "西安警备区负责组织民兵参加抢险救灾,协调驻地部队参加抢险救灾行动。 | 西安警备区/LF |  | -",
        "市发改委负责重大应急治理项目的协调安排工作。 | 市发改委/LF |  | -"), shown(d));
    assertEquals(List.of("修订应急预案。 | 县应急局/LF |  | -"), shown(PARSER.parse("1.修订应急预案。(县应急局负责)\n西安警备区负责组织民兵参加抢险救灾。\n")),
        "a line alone among tasks laid out is prose");
  }

  /**
   * Found by a fourth blind review: a site's footer credit after the last item is no unit of it; an empty 配合单位
   * column in a units-first table; long names a PDF's space broke (市自然资源和 规划局); items spaced from their
   * numbering that open with a year or a quote; findings under a unit's name (该局…良好) are no duties.
   */
  @Test
  void footersEmptyColumnsBrokenNamesAndFindingsAsTheFourthReviewFound() {
    assertEquals(List.of("开展城乡环境卫生整洁行动。 | 市卫生健康委/LF |  | -", "市教育局负责开展校园健康教育活动。 | 市教育局/LF |  | -"),
        shown(PARSER.parse("1.开展城乡环境卫生整洁行动。(市卫生健康委)\n2.市教育局负责开展校园健康教育活动。\n"
            + "主办单位：XX市人民政府办公室\n版权所有：XX市人民政府 地址：XX市人民路1号\n")));
    assertEquals(List.of("负责高考、中考的具体组织、实施和协调工作。 | 区教育局/LM |  | -",
        "维护考点周边安全、网上不良信息检查。 | 区公安分局/LM |  | -"),
        shown(PARSER.parse("牵头单位\n工作任务\n配合单位\n区教育局\n负责高考、中考的具体组织、实施和协调工作。\n区公安分局\n"
            + "维护考点周边安全、网上不良信息检查。\n")));
    assertEquals(List.of("推进不动产登记一网通办。 | 市自然资源和规划局/LF |  | -"),
        shown(PARSER.parse("1.推进不动产登记一网通办。\n责任单位:市自然资源和 规划局\n")));
    assertEquals(List.of("2024年底前新建改建城市公厕20座。 | 区城市管理局/LF | 20座 | 2024年底前",
        "“一件事一次办”改革扩面。 | 区政务服务管理局/LF |  | -"),
        shown(PARSER.parse("1 . 2024年底前新建改建城市公厕20座。(区城市管理局)\n2 . “一件事一次办”改革扩面。(区政务服务管理局)\n")));
    assertEquals(List.of("持续开展安全生产大排查。 | 县应急管理局/LM |  | -"),
        shown(PARSER.parse("一、检查情况\n(一)县交通运输局。\n该局安全生产台账齐全,隐患整改到位,总体情况良好。\n二、下步工作\n"
            + "1.县应急管理局牵头,持续开展安全生产大排查。\n")).stream().map(s -> s.substring(s.indexOf("/ ") + 2))
            .collect(Collectors.toList()));
  }

  /**
   * wild w479 (泰州高港 2015): a page's label printed twice on a line (职责分工 职责分工) over a units-first table is no
   * column, and the next such label (相关依据 相关依据) after it ends the table.
   */
  @Test
  void labelsPrintedTwiceAroundAUnitsFirstTable() {
    Document d = PARSER.parse("职责分工 职责分工\n相关部门\n职责分工\n区公安分局\n维护考点周边安全、网上不良信息检查。\n区教育局\n"
        + "负责高考、中考的具体组织、实施和协调工作。\n相关依据 相关依据\n《关于召开全国普通高校招生考试安全工作会议的通知》。\n");
    assertEquals(List.of("维护考点周边安全、网上不良信息检查。 | 区公安分局/LF |  | -",
        "负责高考、中考的具体组织、实施和协调工作。 | 区教育局/LF |  | -"), shown(d));
  }

  /**
   * wild w527 (a district's 森林防火 plan): items led by their units joined by 联合, names of weak suffix among them
   * (区森林防火指挥部); an item that names none keeps none.
   */
  @Test
  void itemsLedByUnitsJoinedByLianhe() {
    Document d = PARSER.parse("一、宣传培训工作\n1、区森林防火指挥部、区教育局联合印发“致全体学生家长的一封信”。\n"
        + "2、组织宣传车不间断地宣传森林防火工作。\n");
    assertEquals(List.of("一、宣传培训工作 / 区森林防火指挥部、区教育局联合印发“致全体学生家长的一封信”。 | 区森林防火指挥部/LF 区教育局/S |  | -",
        "一、宣传培训工作 / 组织宣传车不间断地宣传森林防火工作。 |  |  | -"), shown(d));
    assertEquals(List.of("修订应急预案。 | 县应急局/LF |  | -"), shown(PARSER.parse("1.修订应急预案。(县应急局负责)\n加强联合执法。\n各部门联合开展检查。\n")));
  }

  /**
   * wild round 23 (普陀 2021, w180): an indicator table flattened one cell a line with no serial column, whose rows
   * number their tasks (1、…) and open with a category cell where a category starts; each task's words are a cell of
   * their own where the lines up to the units are as many as the columns up to them; a number is no part of the task
   * where the table has no serial column.
   */
  @Test
  void anIndicatorTableWithNumberedTasksAndNoSerialColumn() {
    Document d = PARSER.parse("类别\n指标名称\n年度目标\n完成情况\n责任部门\n高质量发展\n1、地区生产总值增长率\n与市保持同步\n9.8%\n"
        + "区发改委\n2、区级财政收入增长率\n6%以上\n28.97%\n区财政局\n高品质生活\n3、新(迁)建社区卫生服务站点\n2个\n1个\n"
        + "区卫健委\n4、城乡登记失业人数\n");
    assertEquals(List.of("高质量发展 / 地区生产总值增长率 | 区发改委/LF |  | -", "高质量发展 / 区级财政收入增长率 | 区财政局/LF |  | -",
        "高品质生活 / 新(迁)建社区卫生服务站点 | 区卫健委/LF |  | -", "高品质生活 / 城乡登记失业人数 |  |  | -"),
        shown(d)); // (the last row, numbered as the rows are, is cut before its units where the text ends)
  }

  /**
   * wild round 23 (霍山, w559; 长兴 2025, w537): a header whose task column is a name's (资助项目), beside a column of an
   * unknown name whose cell is a sentence — the sentence is the task; a header's second cell a units column's name is
   * no label and its value; names that list (任务清单, 责任清单, 时限清单); a row of one cell under a row of cells spans the
   * table.
   */
  @Test
  void columnsTypedByTheirCellsListNamesAndSpanningPipeRows() {
    Document d = PARSER.parse("资助项目 | 牵头单位 | 学期 | 配套政策 | 资助人数 | 资助金额(万元) | 申请审批流程 | 监督电话 |\n"
        + "幼儿资助 | 县教育局 | 春季学期 | 资助普惠性幼儿园家庭经济困难幼儿接受学前教育,资助标准每生每年800元。 | 671 | 26.84 | "
        + "每学年开学后,5个工作日内,学生向幼儿园提交申请表。 | 0564-5229919 |\n");
    assertEquals(List.of("幼儿资助 / 资助普惠性幼儿园家庭经济困难幼儿接受学前教育,资助标准每生每年800元。 | 县教育局/LM | 800元 | -"),
        shown(d));
    Document lists = PARSER.parse("工作事项 | 工作指标 | 任务清单 | 责任清单 | 时限清单 |\n一、体系建设 |\n"
        + "组织机构 | 党政主要负责人是防汛第一责任人。 | 落实防汛防台行政首长负责制 | 党政办 应消站 | 4月 |\n");
    assertEquals(List.of("一、体系建设/组织机构 / 落实防汛防台行政首长负责制 | 党政办/LF 应消站/S |  | 4月"), shown(lists));
  }

  /**
   * wild round 23 (内蒙古, w564; 资阳 2010, w548; 学校周边 2006, w553): a unit's duty after its name and a comma
   * ({@code 交通部门,负责…}), also run together after 。 and spaces on one line, not a bracket's next label
   * ({@code 市发改局,配合部门:}); a unit's name with its duties' word before a colon or over its items
   * ({@code 工商部门职责:}, {@code 卫生部门职责、任务}).
   */
  @Test
  void dutiesAfterAUnitsNameAndComma() {
    assertEquals(List.of("负责通村公路和道路建设。 | 交通部门/LF |  | -", "负责试点嘎查村义务教育和成人教育。 | 教育部门/LF |  | -"),
        shown(PARSER.parse("交通部门,负责通村公路和道路建设。 教育部门,负责试点嘎查村义务教育和成人教育。\n")));
    assertEquals(List.of("聚力建设西安都市圈核心区。 | 市发改局/LM 市级相关部门/S |  | -"),
        shown(PARSER.parse("1.聚力建设西安都市圈核心区。(牵头部门:市发改局,配合部门:市级相关部门)\n")));
    assertEquals(List.of("依法取缔无照经营。 | 工商部门/LF |  | -", "负责车辆管理。 | 城管部门/LF |  | -"),
        shown(PARSER.parse("(九)工商部门职责:依法取缔无照经营。\n(十)城管部门职责:负责车辆管理。\n")));
    assertEquals(List.of("(七)卫生部门职责、任务 / 加强对学校食堂的监督管理。 | 卫生部门/LF |  | -",
        "(七)卫生部门职责、任务 / 依法对食堂从业人员进行定期体检。 | 卫生部门/LF |  | -",
        "(八)工商部门职责、任务 / 加大对无照经营摊点的打击力度。 | 工商部门/LF |  | -"),
        shown(PARSER.parse("(七)卫生部门职责、任务\n1.加强对学校食堂的监督管理。\n2.依法对食堂从业人员进行定期体检。\n"
            + "(八)工商部门职责、任务\n1.加大对无照经营摊点的打击力度。\n")));
    // (wild w541) a government's duties after 的工作职责; a body the task sets up (设立…办公室,负责…) is none
    assertEquals(List.of("(二)乡(镇)人民政府的工作职责 / 负责辖区道路的交通安全管理工作。 | 乡(镇)人民政府/LF |  | -",
        "(二)乡(镇)人民政府的工作职责 / 设立创建活动办公室,负责辖区创建活动的协调工作。 | 乡(镇)人民政府/LF |  | -"),
        shown(PARSER.parse("(二)乡(镇)人民政府的工作职责\n1、负责辖区道路的交通安全管理工作。\n"
            + "2、设立创建活动办公室,负责辖区创建活动的协调工作。\n")));
  }

  /**
   * wild round 23 (许昌 2017, w555; 庄浪 2022, w545; 城乡环境整治, w552): a place's name with its bracket of units over
   * numbered items that name none hands its units to each; an item's topic, then a sentence whose subject is its units.
   */
  @Test
  void aNamesClauseOverItemsAndUnitsAfterAnItemsTopic() {
    // (the place's line heads its items since round 30: UnseenShapesTest.aGroupsNameAndItsUnitsOverItemsNumberedFromOne)
    assertEquals(List.of("胖东来时代广场(责任单位:魏都区,市消防支队) / 进门地面无荧光标识; | 魏都区/LF 市消防支队/S |  | -",
        "胖东来时代广场(责任单位:魏都区,市消防支队) / 防火卷帘门下无提示; | 魏都区/LF 市消防支队/S |  | -"),
        shown(PARSER.parse("胖东来时代广场(责任单位:魏都区,市消防支队)\n1.进门地面无荧光标识;\n2.防火卷帘门下无提示;\n")));
    assertEquals(List.of("山洪防治。各乡镇、水务局要加强对山洪灾害的检查监测。 | 各乡镇/LF 水务局/S |  | -",
        "整治居民区。县城建局负责对住宅小区整治工作。 | 县城建局/LF |  | -"),
        shown(PARSER.parse("(一)山洪防治。各乡镇、水务局要加强对山洪灾害的检查监测。\n(二)整治居民区。县城建局负责对住宅小区整治工作。\n")));
    // a topic's sentence with a clause of its own is no topic; a subject of no unit's name gives none
    assertEquals(List.of(), shown(PARSER.parse("(一)加强领导。各地要高度重视,认真组织实施。\n")));
  }

  /**
   * wild round 24 (新乡 university, w599; 上海 district, w618): a table whose cells after the first each start a line
   * with their pipe, a pipe alone ending the row; a unit-led item over duties numbered under it that name no unit
   * hands its unit to each.
   */
  @Test
  void pipeLedCellsAndAUnitLedItemOverItsDuties() {
    Document d = PARSER.parse("任务分解表\n责任目标\n| 责任主体\n| 完成时间\n|\n1.1在学校门口设置公益广告;\n| 党委宣传部\n"
        + "| 8月28日\n|\n1.2在显著位置展示校训、校风;\n| 学生处\n团委\n| 8月28日\n|\n");
    assertEquals(List.of("1.1在学校门口设置公益广告; | 党委宣传部/LF |  | 8月28日", "1.2在显著位置展示校训、校风; | 学生处/LF 团委/S |  | 8月28日"),
        shown(d));
    assertEquals(List.of("(一)区民政局作为主管部门总体负责系统的运行。 / 负责起草系统的管理办法。 | 区民政局/LF |  | -",
        "(一)区民政局作为主管部门总体负责系统的运行。 / 负责协调各部门的网上处理。 | 区民政局/LF |  | -",
        "各街道办事处负责利用系统做好网上受理工作。 | 各街道办事处/LF |  | -"),
        shown(PARSER.parse("(一)区民政局作为主管部门总体负责系统的运行。\n1.负责起草系统的管理办法。\n2.负责协调各部门的网上处理。\n"
            + "(二)各街道办事处负责利用系统做好网上受理工作。\n")));
  }

  /** A second blind review (round 24's rules): what they must leave as it was, each a regression test. */
  @Test
  void round24RulesLeaveOtherLayoutsAsTheyWere() {
    // a lead's bracket inside a list of units is part of the list
    assertEquals(List.of("推进义务教育均衡发展。 | 县教育局/LM 县财政局/S |  | -"),
        shown(PARSER.parse("(一)县教育局(牵头)、县财政局:推进义务教育均衡发展。\n(二)县卫健局(牵头)、县医保局:提升基层医疗服务。\n"))
            .subList(0, 1));
    // a Markdown row of one heading across the table is a heading
    assertEquals(List.of("一、教育领域 / 新建学校3所 | 县教育局/LM | 3所 | 12月底前", "二、卫生领域 / 建设村卫生室20个 | 县卫健局/LM | 20个 | 11月底前"),
        shown(PARSER.parse("| 工作任务 | 牵头单位 | 完成时限 |\n|---|---|---|\n| 一、教育领域 | | |\n| 新建学校3所 | 县教育局 | 12月底前 |\n"
            + "| 二、卫生领域 | | |\n| 建设村卫生室20个 | 县卫健局 | 11月底前 |\n")));
    // a subject beside an item of the same numbering with its bracket keeps its units
    assertEquals(List.of("推进义务教育均衡。县教育局要新建学校3所。 | 县教育局/LF | 3所 | -",
        "加强就业帮扶。开展技能培训500人次。 | 县人社局/LF | 500人次 | -"),
        shown(PARSER.parse("(一)推进义务教育均衡。县教育局要新建学校3所。\n(二)加强就业帮扶。开展技能培训500人次。(责任单位:县人社局)\n")));
    // a task's number before a numeral of another script goes (3、四大…)
    assertEquals(List.of("四大产业占比提升 | 区科委/LM |  | -"),
        shown(PARSER.parse("| 工作任务 | 牵头单位 |\n| 3、四大产业占比提升 | 区科委 |\n")));
    // cells led by their pipes: a row with its first cell merged away, prose between two tables, the last row with no
    // closing pipe, a task cell wrapped
    assertEquals(List.of("新建学校3所,完善配套设施 | 县教育局/LF 县财政局/S | 3所 | -", "改扩建幼儿园5所 | 县教育局/LF | 5所 | -",
        "县医保局负责落实医保待遇。 | 县医保局/LF |  | -", "县卫健局负责统筹推进健康县城建设。 | 县卫健局/LF |  | -",
        "建设村卫生室20个 | 县卫健局/LF | 20个 | -"),
        shown(PARSER.parse("序号\n| 工作任务\n| 责任单位\n|\n1\n| 新建学校3所,\n完善配套设施\n| 县教育局\n县财政局\n|\n"
            + "| 改扩建幼儿园5所\n| 县教育局\n|\n(一)县医保局负责落实医保待遇。\n(二)县卫健局负责统筹推进健康县城建设。\n序号\n"
            + "| 工作任务\n| 责任单位\n|\n1\n| 建设村卫生室20个\n| 县卫健局\n")));
    // names that open with a word of a phrase (组织部, 对台办) are names; 新建 sets up a body, 新建区 is a district
    // (the body to be set up names no unit, and a line with none among lines led by units is no task)
    assertEquals(List.of("负责将创建工作纳入干部考核。 | 组织部/LF |  | -", "负责涉台事务协调。 | 对台办/LF |  | -"),
        shown(PARSER.parse("组织部,负责将创建工作纳入干部考核。\n对台办,负责涉台事务协调。\n新建城市运行管理中心,负责城市运行监测。\n")));
    // a column's name of a four-char stem that lists (重点任务清单)
    assertEquals(List.of("新建学校3所 | 县教育局/LF | 3所 | 12月底前"),
        shown(PARSER.parse("序号\n重点任务清单\n责任单位\n完成时限\n1\n新建学校3所\n县教育局\n12月底前\n")));
    // 根据…要求 frames a sentence; it names no unit
    assertTrue(PARSER.parse("(四)根据省政府要求,县财政局负责资金保障。\n").measures().stream()
        .flatMap(m -> m.responsibilities().stream()).noneMatch(r -> r.unit().name().startsWith("根据")));
  }

  /**
   * wild round 25 (谯城 2025, w679): a table apart by single spaces with a lead and a support column: a name alone
   * under a row goes on with its lead cell, a list with its support cell.
   */
  @Test
  void aLeadCellOverLinesInATableApartBySpaces() {
    Document d = PARSER.parse("序号 重点工作任务 主要责任单位 协同配合单位\n1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府。\n"
        + "2 一般公共预算收入增长5%左右。 区财政局\n区税务局\n区政府有关部门,各乡镇人民政府。\n");
    assertEquals("区财政局/LM 区税务局/LM 区政府有关部门/S 各乡镇人民政府/S", shown(d).get(1).split(" \\| ")[1]);
  }

  /** A third blind review (round 25's fixes): what they must leave as it was, each a regression test. */
  @Test
  void round25FixesLeaveOtherLayoutsAsTheyWere() {
    // a last row with cells after its task, no closing pipe, under a merged units cell inherits it (dev/doc08)
    assertEquals("打通城市断头路6条。 | 住建局/LF | 6条 | -", shown(PARSER.parse("序号 | 项目内容 | 进展情况 | 责任单位 |\n"
        + "1 | 新建成保障性住房1700套。 | 已完成1721套。 | 住建局 |\n完成公共租赁住房保障家庭800户。 | 已完成872户。 | ||\n"
        + "打通城市断头路6条。 | 已新建6处路桥。\n")).get(2));
    // a task numbered 二、 among tasks numbered so, its other cells merged, is a task
    assertEquals(List.of("推进棚户区改造500户 | 县住建局/LF | 500户 | 2024年底", "新建学校3所 | 县住建局/LF | 3所 | 2024年底",
        "新建公园2个 | 县城管局/LF | 2个 | 2024年底"),
        shown(PARSER.parse("工作任务 | 责任单位 | 完成时限 |\n一、推进棚户区改造500户 | 县住建局 | 2024年底 |\n二、新建学校3所 | | |\n"
            + "三、新建公园2个 | 县城管局 | 2024年底 |\n")));
    // 组织 and 对 before names with their level open a phrase, no name
    assertTrue(PARSER.parse("一、重点任务\n(一)加强宣传引导。开展政策宣传活动20场。(县委宣传部牵头)\n"
        + "(二)组织县卫健局、县疾控中心,指导开展传染病防控演练。\n(三)对县直各单位,督促开展节能检查。\n").measures().stream()
        .skip(1).allMatch(m -> m.responsibilities().isEmpty()));
    // where most items of a numbering name their units in brackets, a subject in one that does not is no unit
    assertEquals("支持小微企业健康快速发展。银行业金融机构要创新产品和服务。 |  |  | -",
        shown(PARSER.parse("(一)建立就业联动机制。做好就业工作。(市发展改革委负责)\n(二)发展吸纳就业能力强的产业。做好产业工作。"
            + "(市商务局负责)\n(三)支持小微企业健康快速发展。银行业金融机构要创新产品和服务。\n")).get(2));
  }

  /**
   * A sample RenderedGoldProperties found (seed 5761087400703833952): a task's 主办单位 line after its leader's label
   * line, two lines above the site's 网站标识码, is the task's label, not the site's credit.
   */
  @Test
  void aTasksCreditLabelAfterItsLeadersLineNearTheFooter() {
    Document d = PARSER.parse("主办单位:XX市人民政府办公室\nXX市2024年重点工作任务分解表\n一、重点任务\n"
        + "①把学习贯彻讲话精神作为党委政府一项政治任务,制定具体学习计划及实施方案;\n牵头领导:张三\n主办单位:市委宣传部\n"
        + "配合单位:市委组织部、市委党校、各区\n网站标识码:1234000001\n主办单位:XX市人民政府办公室 承办单位:XX市信息中心\n");
    assertEquals(List.of("一、重点任务 / 把学习贯彻讲话精神作为党委政府一项政治任务,制定具体学习计划及实施方案; | 市委宣传部/LM 市委组织部/S "
        + "市委党校/S 各区/S |  | -"), shown(d));
  }

  /** A fourth blind review (round 26's fixes): what they must leave as it was, each a regression test. */
  @Test
  void round26FixesLeaveOtherLayoutsAsTheyWere() {
    // a lead's bracket of a role word and its noun inside a list of units
    assertEquals("县教育局/LM 县财政局/S", shown(PARSER.parse("1.县教育局(牵头单位)、县财政局负责推进学校建设,新建中小学校3所。\n"
        + "2.县卫健局牵头、县医保局配合推进医共体建设。\n")).get(0).split(" \\| ")[1]);
    // a page's credit after a task's units line is the page's, whatever office it names
    assertEquals("推进医共体建设,提升基层医疗服务能力。 | 县卫健局/LF |  | -", shown(PARSER.parse("某县2024年重点工作任务分工方案\n"
        + "1.加强学校建设,新建中小学校3所。\n责任单位:县教育局\n2.推进医共体建设,提升基层医疗服务能力。\n责任单位:县卫健局\n"
        + "主办单位:中共某县委宣传部\n网站标识码:5101000001  蜀ICP备12345678号\n")).get(1));
    // a signature after a blank line under a table apart by spaces is no cell of its last row
    assertEquals("完成农村公路改造50公里。 | 县交通局/LM 县财政局/S | 50公里 | -", shown(PARSER.parse("某县2024年重点工作任务分工表\n"
        + "序号 重点工作任务 牵头单位 配合单位\n1 新建中小学校3所。 县教育局 县财政局\n2 完成农村公路改造50公里。 县交通局 县财政局\n\n"
        + "某县人民政府办公室\n2024年3月1日\n")).get(1));
    // a pipe row cut after its units cell inherits no deadline
    assertEquals("改造道路5条。 | 县交通局/LM | 5条 | -", shown(PARSER.parse("| 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        + "| 新建学校3所。 | 县教育局 | 县财政局 | 2024年底 |\n| 新建公园2个。 | 县城管局 | 县住建局 | 2024年6月 |\n"
        + "| 改造道路5条。 | 县交通局\n")).get(2));
    // an agency with its level as a topic's subject keeps it beside items with brackets
    assertEquals("加强校园安全。县公安局要在每所学校设立警务室。 | 县公安局/LF |  | -", shown(PARSER.parse(
        "1.扩大学前教育资源。新建公办幼儿园2所。(牵头单位:县教育局;配合单位:县财政局)\n"
            + "2.推进义务教育优质均衡。改造薄弱学校5所。(牵头单位:县教育局;配合单位:县住建局)\n"
            + "3.加强校园安全。县公安局要在每所学校设立警务室。\n")).get(2));
  }

  /** wild w273: a units line whose label the copy lost before its colon. */
  @Test
  void aUnitsLineWhoseLabelWasLost() {
    assertEquals(List.of("开展乡镇环境卫生综合整治。 | 市市容局/LF |  | -"),
        shown(PARSER.parse("开展乡镇环境卫生综合整治。\n:市市容局\n")));
  }

  /** A blind review of round 23's rules: what they must leave as it was (each a regression test). */
  @Test
  void round23RulesLeaveOtherLayoutsAsTheyWere() {
    // a page's title with a pipe after it, under its metadata's row, is the title still
    assertEquals(Optional.of("某某县人民政府办公室关于印发2022年重点工作责任分解的通知"), PARSER.parse(
        "索引号: | 11330424/2022-69894 | 成文日期: | 2022-04-18 |\n发布机构: | 县政府办公室 | 有效性: |\n"
            + "某某县人民政府办公室关于印发2022年重点工作责任分解的通知 |\n一、扩大有效投资\n"
            + "1.完成固定资产投资增长10%。(县发改局牵头,县财政局配合)\n").title());
    // a numbered task under merged cells, its empty cells written, is a task, not a heading; it inherits
    assertEquals(List.of("推进老旧小区改造30个 | 县住建局/LM | 30个 | 2023年底", "推进棚户区改造500户 | 县住建局/LM | 500户 | 2023年底",
        "新建城市公园2个 | 县城管局/LM | 2个 | 2023年底"),
        shown(PARSER.parse("| 工作任务 | 牵头单位 | 完成时限 |\n| (一)推进老旧小区改造30个 | 县住建局 | 2023年底 |\n"
            + "| (二)推进棚户区改造500户 | | |\n| (三)新建城市公园2个 | 县城管局 | 2023年底 |\n")));
    // a title ending in 任务清单 is no column's name
    Document titled = PARSER.parse("2023年重点工作任务清单\n序号\n重点任务\n责任单位\n完成时限\n1\n深化放管服改革。\n区政务服务局\n"
        + "2023年6月\n2\n推进一网通办。\n区数据局\n2023年底\n");
    assertEquals(List.of("深化放管服改革。 | 区政务服务局/LF |  | 2023年6月", "推进一网通办。 | 区数据局/LF |  | 2023年底"), shown(titled));
    // numbered tasks sharing one units cell after them, under a category, keep it
    assertEquals(List.of("培育壮大新兴产业。 | 区发改委/LF |  | -", "改造提升传统产业。 | 区发改委/LF |  | -",
        "深化放管服改革。 | 区政务服务局/LF |  | -"),
        shown(PARSER.parse("类别\n重点任务\n责任单位\n产业发展\n1、培育壮大新兴产业。\n2、改造提升传统产业。\n区发改委\n营商环境\n"
            + "1、深化放管服改革。\n区政务服务局\n")));
    // a numeral after the task's number is the text's; a cell of several items keeps their numbers
    assertEquals(List.of("一、二期污水处理厂提标改造 | 市住建局/LM |  | 2023年底", "3、4月份开展春季植树造林 | 市林业局/LM |  | 2023年4月",
        "(1)完成老旧小区改造30个;(2)完成棚户区改造500户 | 市住建局/LM | 30个 500户 | 2023年底"),
        shown(PARSER.parse("| 工作任务 | 牵头单位 | 完成时限 |\n| 一、二期污水处理厂提标改造 | 市住建局 | 2023年底 |\n"
            + "| 3、4月份开展春季植树造林 | 市林业局 | 2023年4月 |\n"
            + "| (1)完成老旧小区改造30个;(2)完成棚户区改造500户 | 市住建局 | 2023年底 |\n")));
    // the last numbered row under merged cells inherits them
    assertEquals(List.of("推进老旧小区改造30个 | 市住建局/LM | 30个 | 2023年底", "推进棚户区改造500户 | 市住建局/LM | 500户 | 2023年底"),
        shown(PARSER.parse("| 工作任务 | 牵头单位 | 完成时限 |\n| 1.推进老旧小区改造30个 | 市住建局 | 2023年底 |\n"
            + "| 2.推进棚户区改造500户 | | |\n")));
    // units that are only a topic's subject give way where the plan names its units in clauses
    assertEquals(List.of("二、重点任务 / 开展危化品专项整治。 | 县应急局/LM 县公安局/S |  | -", "二、重点任务 / 开展道路交通专项整治。 | 县公安局/LM |  | -"),
        shown(PARSER.parse("一、总体要求\n(一)基本原则。各乡镇、各部门要坚持人民至上、生命至上。\n二、重点任务\n"
            + "1.开展危化品专项整治。(牵头单位:县应急局;配合单位:县公安局)\n2.开展道路交通专项整治。(牵头单位:县公安局)\n三、保障措施\n"
            + "(一)加强组织领导。县安委会要加强统筹协调。\n(二)强化督导检查。县安委办要定期通报。\n")));
    // a phrase of how a task is done before a comma is no unit; 新建区 is a district
    Document how = PARSER.parse("三、工作措施\n(一)依托县融媒体中心,组织开展校园安全宣传。\n"
        + "(二)联合县市场监管局,督促学校食堂落实主体责任。\n");
    assertTrue(how.measures().stream().allMatch(m -> m.responsibilities().isEmpty()), shown(how).toString());
    assertEquals(List.of("推进城乡融合发展示范区建设。 | 新建区政府/LM |  | -"),
        shown(PARSER.parse("1.新建区政府牵头,推进城乡融合发展示范区建设。\n")));
  }

  /**
   * wild w383 (闵行 2024): a paragraph of tasks each closed by its bracket of units, the last cut inside a name by the
   * text's end (only there: a bracket a later line may close is no clause yet).
   */
  @Test
  void aBracketTheTextsEndCutInsideItsLastName() {
    Document d = PARSER.parse("一、实施提升工程\n创新推广场景应用(区市场局、区行政服务中心)。为个体工商户提供集中登记地(区市场局)。"
        + "在食品经营许可的基础上升级项目(区市场局、区大数据\n");
    assertEquals(List.of("一、实施提升工程 / 创新推广场景应用 | 区市场局/LF 区行政服务中心/S |  | -",
        "一、实施提升工程 / 为个体工商户提供集中登记地 | 区市场局/LF |  | -",
        "一、实施提升工程 / 在食品经营许可的基础上升级项目 | 区市场局/LF 区大数据/S |  | -"), shown(d));
    Document wrapped = PARSER.parse("1.推进污水管网建设,实施范围(经开区、高新区、临空\n港)等片区,完成管网50公里。\n牵头单位:市住建局\n");
    assertTrue(wrapped.measures().stream().flatMap(m -> m.responsibilities().stream())
        .noneMatch(r -> r.unit().name().equals("临空")), "a bracket closed on the next line names no unit 临空");
  }

  /**
   * wild w373 (长沙 2021): a table flattened one cell a line with its pipes kept, whose header's last cell carries the
   * row's empty cells after it ({@code 责任单位 | ||}), and whose 责任领导 column holds a leader's title, no name.
   */
  @Test
  void pipeCellsWithTrailingEmptyCellsAndALeadersTitle() {
    Document d = PARSER.parse("目标任务 |\n责任领导 |\n牵头单位 |\n责任单位 | ||\n地区生产总值增长8% |\n常务副市长 |\n市发展改革委 |\n"
        + "市统计局 |\n规模工业增加值增长8% |\n副市长 |\n市工信局 |\n市统计局 |\n");
    assertEquals(List.of("地区生产总值增长8% | 市发展改革委/LM 市统计局/S | 8% | -",
        "规模工业增加值增长8% | 市工信局/LM 市统计局/S | 8% | -"), shown(d));
  }

  /**
   * wild w339 (芜湖 2020): a flattened header names a serial (序号) its rows do not carry; each row opens with its
   * task's sentence. (A last row with no units of its own takes the row above's, as under a merged cell: that the
   * page cut it off mid-word is not told by its missing full stop, which a whole row may lack too.)
   */
  @Test
  void flattenedRowsWithoutTheSerialTheirHeaderNames() {
    Document d = PARSER.parse("序号\n目标与任务\n牵头责任单位\n责任单位\n加快推进国土空间规划编制,让城市住下来有所值。\n市自然资源和规划局\n"
        + "各县(市)区政府、开发区管委会\n扎实打好污染防治攻坚战。抓好突出生态环境问题整改。\n市生态环境局\n各县(市)区政府\n"
        + "推动产业环保、智慧环保、阳光环\n");
    assertEquals(List.of("加快推进国土空间规划编制,让城市住下来有所值。 | 市自然资源和规划局/LM 各县(市)区政府/S 开发区管委会/S |  | -",
        "扎实打好污染防治攻坚战。抓好突出生态环境问题整改。 | 市生态环境局/LM 各县(市)区政府/S |  | -",
        "推动产业环保、智慧环保、阳光环 | 市生态环境局/LM 各县(市)区政府/S |  | -"), shown(d));
  }

  /** wild round 5 (广东 2021): a leader of a level on a label line, and 部门分工 before a role sentence. */
  @Test
  void aLevelsLeaderAndADivisionOfDutiesLabel() {
    Document d = PARSER.parse("1.地区生产总值增长6%以上。\n分管省领导：林克庆\n部门分工：省发展改革委牵头，各地、各部门配合。\n"
        + "2.地方一般公共预算收入增长5%左右。\n分管省领导：林克庆\n部门分工：省财政厅牵头。\n");
    assertEquals(List.of("地区生产总值增长6%以上。 | 省发展改革委/LM 各地/S 各部门/S | 6%以上 | -",
        "地方一般公共预算收入增长5%左右。 | 省财政厅/LM | 5%左右 | -"), shown(d));
  }

  /**
   * wild round 5 (楚雄 2022): problems under a heading that names the town and counts them, a problem listing its
   * parts after a colon on its own line.
   */
  @Test
  void aTownsHeadingWithItsCountAndAnItemThatEnumeratesItsParts() {
    Document d = PARSER.parse("二、存在问题\n(一)鹿城镇(2个)\n1.格林天城大门公益广告褪色破损。\n"
        + "2.丽景花园二期:(1)小区内车辆乱停乱放;(2)无生活圈提示牌。\n");
    assertEquals(List.of("二、存在问题/(一)鹿城镇(2个) / 格林天城大门公益广告褪色破损。 | 鹿城镇/LF |  | -",
        "二、存在问题/(一)鹿城镇(2个) / 丽景花园二期:(1)小区内车辆乱停乱放;(2)无生活圈提示牌。 | 鹿城镇/LF |  | -"), shown(d));
  }

  /** wild round 5 (呼和浩特 2021): news that hands out tasks sentence by sentence, each led by its unit. */
  @Test
  void proseThatHandsOutTasksSentenceBySentence() {
    Document d = PARSER.parse("根据目标任务要求，今年各部门要抓好落实。市轨道交通公司要加快地铁开发，10月底完成年度任务。"
        + "市机场建管公司12月中旬全面开工新机场项目。市教育局要在11月底新建幼儿园9所。\n");
    assertEquals(List.of("市轨道交通公司要加快地铁开发，10月底完成年度任务。 | 市轨道交通公司/LF |  | 10月底",
        "市机场建管公司12月中旬全面开工新机场项目。 | 市机场建管公司/LF |  | 12月中旬",
        "市教育局要在11月底新建幼儿园9所。 | 市教育局/LF | 9所 | 11月底"), shown(d));
  }

  /** Found by RenderedGoldProperties: rows short of an empty 配合部门 cell are no evidence that two names are one. */
  @Test
  void rowsShortOfAnEmptyCellKeepTheHeadersColumns() {
    Document d = PARSER.parse("序号\n主要任务\n牵头部门\n配合部门\n当前进度\n1\n城区新建1个农贸市场。\n县商务局\n年度任务\n"
        + "2\n地区生产总值增长6%左右。\n区发改局\n年度任务\n3\n年内完成主体建设。\n市卫生健康委\n市财政局\n年度任务\n");
    assertEquals("年内完成主体建设。 | 市卫生健康委/LM 市财政局/S |  | 年内", shown(d).get(2));
  }

  @Test
  void anHtmlTableWhoseHeaderHasNamesNoListHas() {
    Document d = PARSER.parse("<table><tr><td>序号</td><td>事项</td><td>进展</td><td>责任科室</td></tr>"
        + "<tr><td>1</td><td>完成年度招生计划。</td><td>已完成80%</td><td>招生科</td></tr>"
        + "<tr><td>2</td><td>新建实验室3个。</td><td>推进中</td><td>资产科、财务科</td></tr></table>");
    assertEquals(List.of("完成年度招生计划。 | 招生科/LF |  | -", "新建实验室3个。 | 资产科/LF 财务科/S | 3个 | -"), shown(d));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1﹒|2﹒", "⒈|⒉", "⑴|⑵", "㈠|㈡", "Ⅳ、|Ⅴ、", "①|②", "1）|2）", "1．|2．", "1、|2、"})
  void itemsNumberedInAnyScriptUnderAHeading(String marks) {
    String[] m = marks.split("\\|");
    Document d = PARSER.parse("一、教育\n" + m[0] + "新建学校3所。\n牵头单位：市教育局\n" + m[1] + "新建医院2所。\n"
        + "牵头单位：市卫健委\n");
    assertEquals(List.of("一、教育 / 新建学校3所。 | 市教育局/LM | 3所 | -", "一、教育 / 新建医院2所。 | 市卫健委/LM | 2所 | -"),
        shown(d), marks);
  }

  @Test
  void aLabelOfNoListReadByItsShape() {
    Document d = PARSER.parse("1.新建学校3所。\n牵头落实单位：县教育局\n2.新建医院2所。\n问题整改责任单位：县卫健局 整改时限：3天\n"
        + "3.新建道路5公里。\n牵头负责领导：张三。\n协同责任单位：县交通局、县财政局。\n");
    assertEquals(List.of("新建学校3所。 | 县教育局/LM | 3所 | -", "新建医院2所。 | 县卫健局/LF | 2所 | 3天",
        "新建道路5公里。 | 县交通局/S 县财政局/S | 5公里 | -"), shown(d));
  }

  @Test
  void aDeadlineInsideTheResponsibilityBracketIsTheDeadline() {
    Document d = PARSER.parse("1.开展两癌筛查2万人。（市卫生健康委牵头，市妇联、市财政局配合；2023年12月底前完成）\n");
    assertEquals(List.of("开展两癌筛查2万人。 | 市卫生健康委/LM 市妇联/S 市财政局/S | 2万人 | 2023年12月底前完成"), shown(d));
  }

  @Test
  void aNumberingBeforeADateIsNoPartOfTheText() {
    Document d = PARSER.parse("1、2023年底前新建学校48所。（市教育局牵头）\n");
    assertEquals(List.of("2023年底前新建学校48所。 | 市教育局/LM | 48所 | 2023年底前"), shown(d));
    assertEquals("学校", d.measures().get(0).targets().get(0).subject().orElseThrow());
  }

  @Test
  void aWebPagesFooterAfterTheLastRowIsNoUnit() {
    Document d = PARSER.parse("<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
        + "<tr><td>1</td><td>新建学校3所。</td><td>市教育局</td></tr></table>"
        + "<p>主办单位：XX市人民政府办公室</p><p>承办单位：XX市大数据中心</p><p>网站标识码：1234</p>");
    assertEquals(List.of("新建学校3所。 | 市教育局/LF | 3所 | -"), shown(d));
  }

  @Test
  void aSiteHeaderAndPageMetadataAreNoLabels() {
    Document d = PARSER.parse("主办单位：中共XX市委宣传部\n承办单位：XX网\n索引号: 1134/2025-00023 组配分类: 决策部署落实情况\n"
        + "发布机构: XX区教育局\n名称: XX区2025年重点工作任务分解表\n文号:\n"
        + "1.新建学校3所。\n主办单位：市教育局\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LM | 3所 | -"), shown(d));
  }

  @Test
  void aSignBesideAUnitMarksTheLeadWhereTheDocumentSaysSo() {
    Document d = PARSER.parse("（标*的为牵头单位）\n1.新建学校3所。（市财政局、市教育局*）\n2.新建医院2所。（★市卫健委、市财政局）\n");
    assertEquals(List.of("新建学校3所。 | 市财政局/S 市教育局/LM | 3所 | -", "新建医院2所。 | 市卫健委/LM 市财政局/S | 2所 | -"),
        shown(d));
    assertEquals(List.of("标*的为牵头单位"), d.notes());
  }

  @Test
  void aSentenceNamingEachListsRole() {
    Document d = PARSER.parse("1.新建学校3所。\n市教育局为牵头单位，市财政局为配合单位。\n2.新建医院2所。\n市卫健委为牵头单位。\n");
    assertEquals(List.of("新建学校3所。 | 市教育局/LM 市财政局/S | 3所 | -", "新建医院2所。 | 市卫健委/LM | 2所 | -"), shown(d));
  }

  @Test
  void exceedingIsAtLeastAndTheSubjectKeepsItsCoordinatedVerbs() {
    Document d = PARSER.parse("1.主营业务收入超400亿元。（市工信局牵头）\n2.新建改扩建中小学48所。（市教育局牵头）\n");
    assertEquals(Comparison.AT_LEAST, d.measures().get(0).targets().get(0).comparator());
    assertEquals("主营业务收入", d.measures().get(0).targets().get(0).subject().orElseThrow());
    assertEquals("新建改扩建中小学", d.measures().get(1).targets().get(0).subject().orElseThrow());
  }

  @Test
  void unitsAssignedInProseGoToTheItemsTheyReferTo() {
    Document d = PARSER.parse("一、目标\n1.地区生产总值增长15%;\n2.第三产业增加值达到1000亿元;\n以上2项目标的责任单位均为市发展改革委。\n"
        + "3.地方财政收入净增50亿元;\n该目标责任单位为市财政局。\n");
    assertEquals(List.of("一、目标 / 地区生产总值增长15%; | 市发展改革委/LF | 15% | -",
        "一、目标 / 第三产业增加值达到1000亿元; | 市发展改革委/LF | 1000亿元 | -",
        "一、目标 / 地方财政收入净增50亿元; | 市财政局/LF | 50亿元 | -"), shown(d));
  }

  @Test
  void aDocumentOrganisedByUnit() {
    Document d = PARSER.parse("各部门职责分工如下：\n区委宣传部：制订宣传工作方案，教育群众自觉遵守规定。\n教委：负责在中小学校开展宣传。\n"
        + "区城管局负责生活垃圾的收集和转运，确保无害化处理率达100%。\n");
    assertEquals(List.of("制订宣传工作方案，教育群众自觉遵守规定。 | 区委宣传部/LF |  | -", "负责在中小学校开展宣传。 | 教委/LF |  | -",
        "区城管局负责生活垃圾的收集和转运，确保无害化处理率达100%。 | 区城管局/LF | 100% | -"), shown(d));
  }

  @Test
  void aUnitNamedAloneInAnItemsProseIsNoListByUnit() {
    // one line led by a unit among prose is the letter's, not a task
    Document d = PARSER.parse("区委办公室负责将目标任务的完成情况纳入综合考评。\n1.新建学校3所。（区教育局牵头）\n");
    assertEquals(List.of("新建学校3所。 | 区教育局/LM | 3所 | -"), shown(d));
  }

  @Test
  void aHeadingThatNamesAUnitGivesItToTheItemsUnderIt() {
    Document d = PARSER.parse("一、县示范区管委会牵头工作(2项)\n1.建设产业园3个。\n2.打造食用菌生产基地。\n"
        + "二、县教育局牵头工作(1项)\n1.新建学校2所。\n");
    assertEquals(List.of("一、县示范区管委会牵头工作(2项) / 建设产业园3个。 | 县示范区管委会/LM | 3个 | -",
        "一、县示范区管委会牵头工作(2项) / 打造食用菌生产基地。 | 县示范区管委会/LM |  | -",
        "二、县教育局牵头工作(1项) / 新建学校2所。 | 县教育局/LM | 2所 | -"), shown(d));
  }

  /** wild round 3 (a Taiwan ministry's plan): headings that are a unit's name alone, with an alias, over its items. */
  @Test
  void aHeadingThatIsAUnitsNameAloneGivesItToTheItemsUnderIt() {
    Document d = PARSER.parse("二、任务分工如下：\n（一）市教育局：\n1.新建学校3所。\n2.新建幼儿园2所。\n"
        + "（二）市卫生健康委员会（以下简称市卫健委）：\n1.新建医院1所。\n");
    assertEquals(List.of("二、任务分工如下：/（一）市教育局： / 新建学校3所。 | 市教育局/LF | 3所 | -",
        "二、任务分工如下：/（一）市教育局： / 新建幼儿园2所。 | 市教育局/LF | 2所 | -",
        "二、任务分工如下：/（二）市卫生健康委员会（以下简称市卫健委）： / 新建医院1所。 | 市卫生健康委员会/LF | 1所 | -"), shown(d));
  }

  /** wild/w46: a unit's name over problems found there, each group closed by the unit that must put them right. */
  @Test
  void aUnitsNameOverItemsWithUnitsOfTheirOwnIsWhomTheyConcern() {
    Document d = PARSER.parse("1. 市科技馆\n（1）灭火器过期未更换；\n问题整改责任单位：市文旅局\n2. 市第二人民医院\n"
        + "（1）宣传牌内容不规范。\n");
    assertEquals(List.of("1. 市科技馆 / 灭火器过期未更换； | 市文旅局/LF |  | -", "2. 市第二人民医院 / 宣传牌内容不规范。 |  |  | -"),
        shown(d));
  }

  @Test
  void oneLabelLineAfterSubItemsCoversEach() {
    Document d = PARSER.parse("1. 市科技馆\n(1)院内电动车未按指定区域停放;\n(2)灭火器过期未更换。\n"
        + "问题整改责任单位:市科技馆 整改时限:3天\n");
    assertEquals(List.of("1. 市科技馆 / 院内电动车未按指定区域停放; | 市科技馆/LF |  | 3天",
        "1. 市科技馆 / 灭火器过期未更换。 | 市科技馆/LF |  | 3天"), shown(d));
  }

  @Test
  void progressAndAProjectsSizeAreNoTargets() {
    Document d = PARSER.parse("1.全面落实80万吨乙烯改扩建项目相关工作，已完成投资1.2亿元，新增就业500人。（市发改委牵头）\n");
    assertEquals(List.of("全面落实80万吨乙烯改扩建项目相关工作，已完成投资1.2亿元，新增就业500人。 | 市发改委/LM | 500人 | -"),
        shown(d));
  }

  /**
   * Round 28 (w780): a flattened header broken inside its names ({@code 项目} / {@code 类别}, {@code 牵头} / {@code 部门}), a
   * column of the other units ({@code 相关责任部门}), units counted ({@code 13个街道、镇}).
   */
  @Test
  void aFlattenedHeaderBrokenInsideItsNamesWithAColumnOfTheOtherUnits() {
    Document d = PARSER.parse("序号\n\n项目\n\n类别\n\n具 体 内 容\n\n牵头\n\n部门\n\n相关责任部门\n\n完成\n\n时间\n\n"
        + "108\n\n继续全面推进素质教育\n\n教育局\n\n13个街道、镇\n\n2010年\n\n"
        + "109\n\n加强0-3岁婴幼儿教育\n\n教育局\n\n人口计生委等相关部门,13个街道、镇\n\n2010年\n\n"
        + "110\n\n完成南洋中学等新建、扩建项目\n\n机管局\n\n教育局、规划局\n\n2010年\n");
    assertEquals(List.of("继续全面推进素质教育 | 教育局/LM 13个街道/S 镇/S |  | 2010年",
        "加强0-3岁婴幼儿教育 | 教育局/LM 人口计生委/S 13个街道/S 镇/S |  | 2010年",
        "完成南洋中学等新建、扩建项目 | 机管局/LM 教育局/S 规划局/S |  | 2010年"), shown(d));
  }

  /** Round 28 (w839): a label's units with their roles, {@code X牵头,Y配合}, inside a task's bracket, stay its clause. */
  @Test
  void aLabelsUnitsWithTheirRolesInsideABracketStayTheTasksClause() {
    Document d = PARSER.parse("一、持续提升政务服务能力\n"
        + "(一)加快推动政务服务事项进驻。梳理尚未进驻的事项。[责任单位:市教育局、市财政局牵头,市政务服务数据管理局配合;完成时间:2022年6月]\n"
        + "(二)推进政务服务标准化。(责任单位:市教育局牵头,市政务服务数据管理局配合)\n");
    assertEquals(List.of(
        "一、持续提升政务服务能力 / 加快推动政务服务事项进驻。梳理尚未进驻的事项。 | 市教育局/LM 市财政局/LM 市政务服务数据管理局/S |  | 2022年6月",
        "一、持续提升政务服务能力 / 推进政务服务标准化。 | 市教育局/LM 市政务服务数据管理局/S |  | -"), shown(d));
  }

  /**
   * Round 28 (w818, w817): a pipe table whose first column is a heading merged over its rows ({@code 一、…} beside
   * {@code 1.…}), and rows that open with their serial but lost the merged cell after it.
   */
  @Test
  void pipeRowsUnderAMergedHeadingOrCategoryCell() {
    Document headed = PARSER.parse("工作任务 | 具体要求 | 责任单位 | 时限要求 |\n"
        + "一、抓好主动公开。 | 1.重点加强学前教育信息公开。 | 人事处、发规处 | 持续推进 |\n"
        + "2.持续加大民生实事信息公开力度。 | 办公室、基教处 | 6月底前 | |\n");
    assertEquals(List.of("一、抓好主动公开。 / 重点加强学前教育信息公开。 | 人事处/LF 发规处/S |  | 持续推进",
        "一、抓好主动公开。 / 持续加大民生实事信息公开力度。 | 办公室/LF 基教处/S |  | 6月底前"), shown(headed));
    Document serial = PARSER.parse("序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
        + "1 | 做好疫情防控信息发布 | 重点围绕隔离管控发布权威信息 | 应急处、疾控处 | 长期推进 |\n|\n"
        + "2 | 扎实做好疫苗接种信息公开 | 疾控处 | 2021年8月前 |\n|\n");
    assertEquals(List.of("做好疫情防控信息发布 / 重点围绕隔离管控发布权威信息 | 应急处/LF 疾控处/S |  | 长期推进",
        "做好疫情防控信息发布 / 扎实做好疫苗接种信息公开 | 疾控处/LF |  | 2021年8月前"), shown(serial));
  }

  /** Round 28 (w818): every place's bureau named once after the last place ({@code 各市、县(市、区)教育局}). */
  @Test
  void aBureauNamedOnceAfterTheLastOfItsPlaces() {
    Document d = PARSER.parse("1.做好信息公开。(责任单位:各市、县(市、区)教育局;省教育厅)\n"
        + "2.做好政务公开。(责任单位:沂水县、沂南县、临沭县教育局)\n3.做好财政公开。(责任单位:市财政局、县教育局)\n");
    assertEquals(List.of("做好信息公开。 | 各市教育局/LF 县(市、区)教育局/S 省教育厅/S |  | -",
        "做好政务公开。 | 沂水县教育局/LF 沂南县教育局/S 临沭县教育局/S |  | -",
        "做好财政公开。 | 市财政局/LF 县教育局/S |  | -"), shown(d));
  }

  /** Round 28 (w824): a unit's other name in brackets broken onto its own line in a table flattened one cell a line. */
  @Test
  void aUnitsBracketOnItsOwnLineInAFlattenedTable() {
    Document d = PARSER.parse("序号\n工作任务\n牵头单位\n配合单位\n1\n地区生产总值增长6%左右。\n发改局\n高新园\n(邹区镇)\n"
        + "2\n一般公共预算收入增长3%以上。\n财政局\n应急管理局\n(安委办)\n");
    assertEquals(List.of("地区生产总值增长6%左右。 | 发改局/LM 高新园(邹区镇)/S | 6%左右 | -",
        "一般公共预算收入增长3%以上。 | 财政局/LM 应急管理局/S | 3%以上 | -"), shown(d));
  }

  /** Round 28 (w800): a sentence framed by {@code 按照…,} whose subject after the frame carries the task. */
  @Test
  void theSubjectAfterASentencesFrameCarriesTheTask() {
    Document d = PARSER.parse("(一)第一阶段\n1.按照县政府统一部署,公安局交警大队要牵头制定工作方案,于5月10日前完成上牌点选址。\n"
        + "2.按照有关规定,县市场监管局要加强电动自行车销售监管。\n");
    assertEquals(List.of("(一)第一阶段 / 按照县政府统一部署,公安局交警大队要牵头制定工作方案,于5月10日前完成上牌点选址。 | 公安局交警大队/LF |  | 5月10日前",
        "(一)第一阶段 / 按照有关规定,县市场监管局要加强电动自行车销售监管。 | 县市场监管局/LF |  | -"), shown(d));
  }

  /**
   * wild w719: offices named by a weak suffix as sub-headings ({@code (一)学院}, {@code (二)教务处}) carry the items under
   * them where most of the items under that name open with a unit's duty; a heading so named over other items is a
   * heading only.
   */
  @Test
  void officesNamedAsSubHeadingsOverTheirDuties() {
    Document d = PARSER.parse("一、教学改革与研究\n(一)学院\n1、负责推进各项教学改革工作。\n2、负责推荐本学院申报教改项目。\n"
        + "(二)教务处\n1、负责全校本科教学改革的规划。\n2、负责制订学校重大教学改革方案。\n3、组建校级评估专家组。\n");
    assertEquals(List.of("一、教学改革与研究/(一)学院 / 负责推进各项教学改革工作。 | 学院/LF |  | -",
        "一、教学改革与研究/(一)学院 / 负责推荐本学院申报教改项目。 | 学院/LF |  | -",
        "一、教学改革与研究/(二)教务处 / 负责全校本科教学改革的规划。 | 教务处/LF |  | -",
        "一、教学改革与研究/(二)教务处 / 负责制订学校重大教学改革方案。 | 教务处/LF |  | -",
        "一、教学改革与研究/(二)教务处 / 组建校级评估专家组。 | 教务处/LF |  | -"), shown(d));
    Document other = PARSER.parse("一、主要任务\n(一)学院\n1、完善值班制度。\n2、加强公文管理。\n(二)资料室\n1、整理档案。\n"
        + "2、更新目录。\n");
    assertTrue(other.measures().stream().allMatch(m -> m.responsibilities().isEmpty()), shown(other).toString());
  }

  /** Round 28 (w798): a label's list goes on on the next line with no label; a letter's signature under it does not. */
  @Test
  void aLabelsListGoesOnOnTheNextLine() {
    Document d = PARSER.parse("1. 深入开展城市黑臭水体整治。\n牵头单位:县住建局\n配合单位:县发改委、环保局、水利局\n各乡镇(街道)、黎阳建管办\n");
    assertEquals(List.of("深入开展城市黑臭水体整治。 | 县住建局/LM 县发改委/S 环保局/S 水利局/S 各乡镇(街道)/S 黎阳建管办/S |  | -"),
        shown(d));
    Document signed = PARSER.parse("1. 深入开展城市黑臭水体整治。\n牵头单位:县住建局\n配合单位:县发改委、县水利局\n"
        + "县人民政府办公室、县政务公开办\n2018年5月2日\n");
    assertEquals(List.of("深入开展城市黑臭水体整治。 | 县住建局/LM 县发改委/S 县水利局/S |  | -"), shown(signed));
  }

  /** Round 27 (w780): a table flattened one cell a paragraph prints its header again on its next page. */
  @Test
  void aFlattenedTablesHeaderPrintedAgainMidPage() {
    Document d = PARSER.parse("序号\n\n具体内容\n\n牵头部门\n\n相关责任部门\n\n完成时间\n\n1\n\n推进素质教育\n\n教育局\n\n"
        + "各街道\n\n2010年\n\n序号\n\n具体内容\n\n牵头部门\n\n相关责任部门\n\n完成时间\n\n2\n\n构建疾病预防网络\n\n卫生局\n\n"
        + "各街道\n\n2010年\n");
    assertEquals(List.of("推进素质教育 | 教育局/LM 各街道/S |  | 2010年", "构建疾病预防网络 | 卫生局/LM 各街道/S |  | 2010年"),
        shown(d));
  }

  /**
   * Round 28 (w819): a role sentence after the task's full stop whose last list is named by a weak suffix after a lead's
   * part; a line of roles under a numbered item with no units is its clause (the document gave no measure at all).
   */
  @Test
  void roleSentencesAndLinesOfRolesUnderAnItem() {
    Document sentence = PARSER.parse("1. 系统梳理规范性文件,集中统一对外公开。办公室牵头,各有关处室、民服中心,省信息中心运维九部配合\n");
    assertEquals(List.of("系统梳理规范性文件,集中统一对外公开。 | 办公室/LM 各有关处室/S 民服中心/S 省信息中心运维九部/S |  | -"),
        shown(sentence));
    Document lines = PARSER.parse("1. 系统梳理规范性文件。\n办公室牵头,各有关处室、民服中心共同推进\n2. 完善权责清单。\n"
        + "审批处牵头,人事处协助\n");
    assertEquals(List.of("系统梳理规范性文件。 | 办公室/LM 各有关处室/S 民服中心/S |  | -", "完善权责清单。 | 审批处/LM 人事处/S |  | -"),
        shown(lines));
    // a unit-led task under a numbered name stays the unit's task (制定学校 is no name)
    Document task = PARSER.parse("1、在兰州设立分支机构事宜\n由市发改委牵头,市商务局配合,做好对接工作。\n2、引进总部企业事宜\n"
        + "由市商务局牵头,市财政局配合,做好服务保障。\n");
    assertEquals(2, task.measures().size(), shown(task).toString());
  }

  /** A blind review of round 28's rules: what they must leave as it was (each a regression test). */
  @Test
  void round28RulesLeaveOtherLayoutsAsTheyWere() {
    // a bureau after a named place of another level, or after a level of all with no bracket of levels, is its own
    assertEquals(List.of("实施农村人居环境整治。 | 柳泉镇/LF 淄川区住建局/S |  | -", "推进学校建设。 | 西城区/LF 北京市教育委员会/S |  | -",
        "加强宣传引导。 | 各县（市、区）/LF 市委宣传部/S |  | -", "强化督导检查。 | 各县（市、区）/LF 市直有关部门/S |  | -",
        "做好统计监测。 | 各区/LF 市统计局/S |  | -", "加强市场监管执法。 | 各区/LF 市场监管局/S |  | -"),
        shown(PARSER.parse("1.实施农村人居环境整治。（责任单位：柳泉镇、淄川区住建局）\n2.推进学校建设。（责任单位：西城区、北京市教育委员会）\n"
            + "3.加强宣传引导。（责任单位：各县（市、区）、市委宣传部）\n4.强化督导检查。（责任单位：各县（市、区）、市直有关部门）\n"
            + "5.做好统计监测。（责任单位：各区、市统计局）\n6.加强市场监管执法。（责任单位：各区、市场监管局）\n")));
    // a level of all before a government's word shares it, whatever bracket closes the level (wild w757, w68)
    assertEquals(List.of("加强地震监测。 | 省地震局/LF 各市政府/S 县〔市、区〕政府/S |  | -"),
        shown(PARSER.parse("1.加强地震监测。（责任单位：省地震局，各市、县〔市、区〕政府）\n")));
    // places inspected as sub-headings, over items that open with no unit's duty, are no units
    Document inspected = PARSER.parse("一、检查重点\n（一）商场\n1.组织检查疏散通道是否畅通。\n2.督促落实消防值班制度。\n（二）公园\n"
        + "1.组织排查游乐设施隐患。\n2.检查水域防护栏杆。\n二、工作要求\n（一）加强组织领导。县应急管理局负责统筹协调。\n");
    assertTrue(inspected.measures().stream().noneMatch(m -> m.responsibilities().stream()
        .anyMatch(r -> r.unit().name().equals("商场") || r.unit().name().equals("公园"))), shown(inspected).toString());
    Document mixed = PARSER.parse("一、职责分工\n（一）学院\n1、负责推进各项教学改革工作。\n2、负责推荐本学院申报教改项目。\n"
        + "二、安全检查重点\n（一）实验室\n1、检查危险化学品存放是否规范。\n2、检查通风设备运行情况。\n");
    assertEquals(List.of("一、职责分工/（一）学院 / 负责推进各项教学改革工作。 | 学院/LF |  | -",
        "一、职责分工/（一）学院 / 负责推荐本学院申报教改项目。 | 学院/LF |  | -",
        "二、安全检查重点/（一）实验室 / 检查危险化学品存放是否规范。 |  |  | -",
        "二、安全检查重点/（一）实验室 / 检查通风设备运行情况。 |  |  | -"), shown(mixed));
    // a count in the column after the units is that column's, no more units; a fragment before a whole name, over
    // rows as wide as the lines, is a column of its own (任务量 / 完成时间)
    assertEquals(List.of("推进老旧小区改造 | 县住建局/LF |  | 2023年12月", "开展农村厕所改造 | 县农业农村局/LF |  | 2023年10月"),
        shown(PARSER.parse("序号\n工作任务\n责任单位\n任务量\n完成时间\n1\n推进老旧小区改造\n县住建局\n3个社区\n2023年12月\n"
            + "2\n开展农村厕所改造\n县农业农村局\n12个乡镇\n2023年10月\n")));
    // 项目 / 内容 over rows as wide as the header's lines are two columns
    assertEquals(List.of("校园安全 / 完善校园视频监控系统 | 县教育局/LF |  | 2023年12月",
        "食品安全 / 开展校园食品安全专项检查 | 县市场监管局/LF |  | 2023年10月"),
        shown(PARSER.parse("序号\n项目\n内容\n责任单位\n完成时间\n1\n校园安全\n完善校园视频监控系统\n县教育局\n2023年12月\n"
            + "2\n食品安全\n开展校园食品安全专项检查\n县市场监管局\n2023年10月\n")));
    // a serial-first pipe row short of a merged cell in the middle puts its units and date in their columns
    assertEquals(List.of("推进垃圾分类 | 县城管局/LF |  | 2023年底", "开展农村厕所改造 | 县农业农村局/LF |  | 2023年10月",
        "推进老旧小区改造 | 县住建局/LF |  | 2023年12月"),
        shown(PARSER.parse("序号 | 工作任务 | 工作目标 | 责任单位 | 完成时限 |\n1 | 推进垃圾分类 | 城区覆盖率达到90% | 县城管局 | 2023年底 |\n"
            + "2 | 开展农村厕所改造 | 县农业农村局 | 2023年10月 |\n3 | 推进老旧小区改造 | 改造3个小区 | 县住建局 | 2023年12月 |\n")));
    // a bracket of progress after a units cell is no part of the unit's name
    assertEquals(List.of("推进老旧小区改造。 | 县住建局/LM 县财政局/S |  | -", "完善城市排水管网。 | 县城管局/LM 县水利局/S |  | -"),
        shown(PARSER.parse("序号\n工作任务\n牵头单位\n配合单位\n进展情况\n1\n推进老旧小区改造。\n县住建局\n县财政局\n（已完成）\n"
            + "2\n完善城市排水管网。\n县城管局\n县水利局\n（正在推进）\n")));
    // a label's list broken inside a body's name goes on with the name's office
    assertEquals(List.of("深入开展城市黑臭水体整治。 | 县住建局/LM 县发改委/S 县人民政府办公室/S 县水利局/S |  | -",
        "加强饮用水水源地保护。 | 县生态环境分局/LM |  | -"),
        shown(PARSER.parse("1. 深入开展城市黑臭水体整治。\n牵头单位：县住建局\n配合单位：县发改委、县人民政府\n办公室、县水利局\n"
            + "2. 加强饮用水水源地保护。\n牵头单位：县生态环境分局\n")));
    // a frame's subject beside another subject in the same sentence is not taken for the task's unit
    assertEquals(List.of("二、工作任务 / 根据省政府安排，省发改委负责下达年度投资计划，县发改局要及时分解落实到项目。 |  |  | -",
        "二、工作任务 / 按照县委要求，县直各部门要于5月底前报送工作总结。 | 县直各部门/LF |  | 5月底前"),
        shown(PARSER.parse("二、工作任务\n1.根据省政府安排，省发改委负责下达年度投资计划，县发改局要及时分解落实到项目。\n"
            + "2.按照县委要求，县直各部门要于5月底前报送工作总结。\n")));
  }

  /**
   * wild w546, w620 and others: a plan whose items name no unit a rule reads gives its items as tasks without units
   * (each with its diagnostic), not a document of nothing; a page viewer's chunk numbers cutting words are no items.
   */
  @Test
  void itemsThatNameNoUnitAreTasksStillNotNothing() {
    Document d = PARSER.parse("乡镇防汛行政首长负责制\n1、乡(镇)长为本辖区防汛第一行政责任人,负责防汛法规的宣传工作。\n"
        + "2、组织乡镇技术人员制订水库度汛方案和防洪抢险应急预案。\n3、加快乡镇防办能力建设,准备防汛物资。\n");
    assertEquals(List.of("乡(镇)长为本辖区防汛第一行政责任人,负责防汛法规的宣传工作。 |  |  | -",
        "组织乡镇技术人员制订水库度汛方案和防洪抢险应急预案。 |  |  | -", "加快乡镇防办能力建设,准备防汛物资。 |  |  | -"),
        shown(d));
    assertTrue(d.diagnostics().stream().anyMatch(x -> x.kind() == dev.mandate.model.Diagnostic.Kind.MISSING_RESPONSIBILITY),
        d.diagnostics().toString());
    Document chunks = PARSER.parse("1、2023年县域经济考核指标目标任务状况汇报 依据区政府支配,各相关职能部门依据原那么,结合年初区人\n"
        + "2、代会指标设置状况如下:规模以上工业增加值:增长8%,责任单位为区经\n3、信局;效劳业增加值:增长8%,责任单位为区发\n");
    assertTrue(chunks.measures().isEmpty(), shown(chunks).toString());
  }

  /** A second blind review of the session's rules: what they must leave as it was (each a regression test). */
  @Test
  void round28SecondReviewFindings() {
    // a numbered cell beside a figure is the task, not a heading over it
    assertEquals(List.of("(一)推进老旧小区改造,年内完成改造30个。 | 县住建局/LF | 30个 | 2024年12月"),
        shown(PARSER.parse("| 重点工作 | 主要内容 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
            + "| (一)推进老旧小区改造,年内完成改造30个。 | 30个 | 县住建局 | 2024年12月 |\n")));
    // a line of roles under an item needs its units' role word; its units end there
    assertEquals(List.of("开展安全生产大检查,全面排查各类隐患。 |  |  | -",
        "县城污水处理厂扩建工程,新增处理能力2万吨/日。 | 县住建局/LM 城投公司/S 各相关乡镇人民政府/S | 2万吨/日 | -"),
        shown(PARSER.parse("1.开展安全生产大检查,全面排查各类隐患。\n县应急管理局牵头,各乡镇、各部门迅速行动\n"
            + "2.县城污水处理厂扩建工程,新增处理能力2万吨/日。\n县住建局牵头,城投公司、各相关乡镇人民政府共同推进实施\n")).subList(0, 2));
    // a role sentence whose support goes on as a task gives no unit named by the task's words
    Document training = PARSER.parse("1.加强干部队伍建设。组织部牵头,各单位配合做好干部教育培训工作。\n2.做好信息宣传工作。(责任单位:县委宣传部)\n");
    assertTrue(training.measures().get(0).responsibilities().stream().noneMatch(r -> r.unit().name().contains("工作")),
        shown(training).toString());
    // an office of a weak name beside one of a strong name carries its duties, whatever verb opens them
    assertEquals(List.of("一、职责分工/(二)财务科 / 组织开展内部审计工作。 | 财务科/LF |  | -"),
        shown(PARSER.parse("一、职责分工\n(一)办公室\n1.负责机关日常运转和公文处理工作。\n2.负责信息宣传和政务公开工作。\n"
            + "(二)财务科\n1.负责机关财务管理和预算编制。\n2.组织开展内部审计工作。\n")).subList(3, 4));
    // a frame's subject beside a second subject of its own level leads
    assertEquals(List.of("二、工作任务 / 按照市政府部署,县发改局牵头做好项目谋划储备工作,县财政局做好资金保障。 | 县发改局/LM |  | -"),
        shown(PARSER.parse("二、工作任务\n1.按照市政府部署,县发改局牵头做好项目谋划储备工作,县财政局做好资金保障。\n"
            + "2.根据省厅要求,县教育局要于6月底前完成校舍安全排查。\n")).subList(0, 1));
    // items with no units read: the numbering most items use, not one task's sub-list
    Document propaganda = PARSER.parse("一、主要任务\n(一)开展集中宣传活动。在国际禁毒日前后组织开展集中宣传。\n"
        + "(二)推进禁毒教育进校园。每学期开展不少于两次专题教育。\n(三)强化媒体宣传。充分利用各类媒体开展宣传:\n"
        + "1.利用电视台开设禁毒专题专栏;\n2.利用微信公众号定期推送禁毒知识;\n(四)加强宣传队伍建设。组建禁毒志愿者队伍。\n");
    assertEquals(4, propaganda.measures().size(), shown(propaganda).toString());
    // a news page's, a meeting's numbered points are no tasks
    assertTrue(PARSER.parse("会议指出,主要体现在以下几个方面:\n1.事故总量持续下降,全年共发生事故23起,同比下降15%。\n"
        + "2.重点行业领域专项整治深入推进,排查整改隐患1.2万余处。\n3.安全生产责任体系进一步健全,基层监管力量得到加强。\n")
        .measures().isEmpty());
    assertTrue(PARSER.parse("纪要如下:\n一、会议听取了县教育局关于全县中小学校舍安全情况的汇报。会议同意所提意见。\n"
        + "二、会议审议通过了《某县城乡环境整治实施方案》,请县住建局按程序印发实施。\n").measures().isEmpty());
    // each item's role sentence is its own, weak names in it too; a whole population is no unit
    assertEquals(List.of("推进机关作风建设。 | 纪检组/LM 各科室/S |  | -", "做好信息宣传工作。 | 办公室/LF 各中心/S |  | -"),
        shown(PARSER.parse("1.推进机关作风建设。纪检组牵头,各科室配合。\n2.做好信息宣传工作。办公室负责,各中心协助。\n")));
    Document fitness = PARSER.parse("1.推进全民健身设施建设,新建社区健身点50个。市体育局牵头,全社会参与。\n"
        + "2.加强城乡医疗救助。市医保局牵头,各医院协助。\n");
    assertTrue(fitness.measures().stream().flatMap(m -> m.responsibilities().stream())
        .noneMatch(r -> r.unit().name().equals("全社会")), shown(fitness).toString());
  }

  /** A third blind review: a report's points that hold 要 or 应 in a word are no tasks; a line of roles keeps its task. */
  @Test
  void round28ThirdReviewFindings() {
    // 主要, 重要, 需要, 应急: no modal; a summary's achievements give nothing
    assertTrue(PARSER.parse("一、主要工作成效\n1、主要经济指标稳中有进,上半年完成固定资产投资8.6亿元。\n"
        + "2、重要项目建设有序推进,县医院新院区主体完工。\n3、需要说明的是,受汛期影响部分工程进度滞后。\n"
        + "4、应急物资储备充足,全年未发生较大安全事故。\n二、下一步工作打算\n1、加强项目调度,确保全年目标完成。\n")
        .measures().isEmpty());
    // (w802) two lists joined by 及 before 分工负责, the second an addressee's: two units, no 分工 in a name
    assertEquals(List.of("做好工作。 | 市委组织部/LM 各镇(街道)/S 市安委会有关成员单位/S 有关产业园区/S |  | -"),
        shown(PARSER.parse("1.做好工作。〔市委组织部牵头,各镇(街道)、市安委会有关成员单位及有关产业园区分工负责〕\n")));
    // (w725) 由X牵头,Y及各乡镇配合,…: the supporters joined by 及 are read, not left in the task's text
    assertEquals(List.of("在全县组织一次创卫知识小测试。 | 宣传部/LM 统计局/S 各乡镇/S |  | -"),
        shown(PARSER.parse("2、由宣传部牵头,统计局及各乡镇配合,在全县组织一次创卫知识小测试。\n")));
    // (w821) a flattened table's heading numbered 一、 and closed by a full stop, over a task's sentence, spans the
    // table; a task so numbered, its units next, stays a task
    assertEquals(List.of("一、做好各类规划主动公开。 / 做好民政事业相关规划的归集整理和主动公开工作。 | 办公室/LF |  | -",
        "新建学校3所。 | 县教育局/LF | 3所 | -"), java.util.stream.Stream.concat(
            shown(PARSER.parse("工作任务\n具体要求\n责任股室\n一、做好各类规划主动公开。\n做好民政事业相关规划的归集整理和主动公开工作。\n"
                + "办公室\n")).stream(),
            shown(PARSER.parse("序号\n工作任务\n责任单位\n1\n一、新建学校3所。\n县教育局\n")).stream())
        .collect(Collectors.toList()));
    // a line of roles whose words after the role word are a task of their own stays the task
    assertEquals(List.of("一、加强组织领导 / 各学校共同制定实施细则 | 县教育局/LM |  | -"),
        shown(PARSER.parse("一、加强组织领导\n县教育局牵头,各学校共同制定实施细则\n二、开展宣传教育\n"
            + "县教育局牵头,各乡镇配合开展家访劝导\n")).subList(0, 1));
  }
}
