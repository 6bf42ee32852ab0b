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

import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Shown;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in real documents the parser had not been built against (wild corpus, from the round of the fourth
 * session on), each as a short hand-written snippet of the shape, with a neighbour the rule must leave as it was.
 * {@link UnseenLayoutsTest} holds the earlier rounds'.
 */
class UnseenShapesTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  private static List<String> shown(Document d) {
    return Shown.measures(d);
  }

  private static String show(Measure m) {
    return Shown.measure(m);
  }

  /** wild/w618: a long list of units leads a sentence that leads in to the duties under it ({@code 具体包括:}). */
  @Test
  void aUnitsSentenceThatLeadsInToItsDutiesHandsThemItsUnits() {
    Document d = PARSER.parse("(一)区民政局作为主管部门总体负责救助帮困系统的运行。\n1.负责起草救助帮困系统的管理办法。\n"
        + "2.负责协调本区各部门的救助帮困工作。\n(二)区劳动保障局、区卫生局、区教育局、区总工会、区残联、区妇联、团区委、区老龄委、"
        + "区房地局、区慈善基金会、区红十字会等部门根据救助帮困系统设计功能,做好本部门有关救助帮困工作的网上处理。具体包括:\n"
        + "1.负责公布有关救助政策和具体标准。\n2.负责与本部门相关的救助帮困业务的网上受理与处理。\n");
    List<String> shown = shown(d);
    assertEquals(4, shown.size(), shown.toString());
    assertEquals("负责公布有关救助政策和具体标准。 | 区劳动保障局/LF 区卫生局/S 区教育局/S 区总工会/S 区残联/S 区妇联/S 团区委/S "
        + "区老龄委/S 区房地局/S 区慈善基金会/S 区红十字会/S |  | -", shown.get(2).replaceFirst("^.* / 负责", "负责"));
    // a unit's long sentence that does not lead in keeps its units; the items under it have none of theirs
    Document own = PARSER.parse("(一)区民政局作为主管部门总体负责救助帮困系统的运行。\n1.负责起草救助帮困系统的管理办法。\n"
        + "(二)区劳动保障局、区卫生局、区教育局根据救助帮困系统设计功能,做好本部门有关救助帮困工作的网上处理和统计。\n"
        + "1.公布有关救助政策和具体标准。\n");
    assertEquals("区劳动保障局、区卫生局、区教育局根据救助帮困系统设计功能,做好本部门有关救助帮困工作的网上处理和统计。 | "
        + "区劳动保障局/LF 区卫生局/S 区教育局/S |  | -", shown(own).get(1));
  }

  /**
   * A header of two levels written as text: a units column's name over its lead and support columns, the second level
   * on a line of its own (pipes), or after the first level's names (a table flattened one cell a line, wild/w721).
   */
  @Test
  void aUnitsColumnOverItsLeadAndSupportColumns() {
    List<String> expected = List.of("新建学校3所 | 市教育局/LM 市财政局/S 市自然资源局/S | 3所 | 2023年底",
        "新建医院1所 | 市卫健委/LM 市财政局/S | 1所 | 2024年6月");
    assertEquals(expected, shown(PARSER.parse("序号 | 工作任务 | 责任单位 | 完成时限\n牵头单位 | 配合单位\n"
        + "1 | 新建学校3所 | 市教育局 | 市财政局、市自然资源局 | 2023年底\n2 | 新建医院1所 | 市卫健委 | 市财政局 | 2024年6月\n")));
    assertEquals(expected, shown(PARSER.parse("序号 |\n工作任务 |\n责任单位 |\n完成时限 |\n牵头单位 |\n配合单位 |\n1 |\n"
        + "新建学校3所 |\n市教育局 |\n市财政局、市自然资源局 |\n2023年底 |\n2 |\n新建医院1所 |\n市卫健委 |\n市财政局 |\n"
        + "2024年6月 |\n")));
    // a header of one level with a units column and a lead column after it: rows as wide as its names say so
    assertEquals(List.of("地区生产总值增长6.5%以上。 | 区经商局/S 区发改局/LM | 6.5%以上 | -",
        "区本级固定资产投资增长25%。 | 区发改局/LM | 25% | -"),
        shown(PARSER.parse("序号\n事项\n责任单位\n牵头单位\n1\n地区生产总值增长6.5%以上。\n区经商局\n区发改局\n2\n"
            + "区本级固定资产投资增长25%。\n区发改局\n区发改局\n")));
    assertEquals(List.of("新建学校3所 | 县政府/S 市教育局/LM 市财政局/S | 3所 | -", "新建医院1所 | 县政府/S 市卫健委/LM 市财政局/S | 1所 | -"),
        shown(PARSER.parse("序号\n工作任务\n责任单位\n牵头单位\n配合单位\n1\n新建学校3所\n县政府\n市教育局\n市财政局\n2\n"
            + "新建医院1所\n县政府\n市卫健委\n市财政局\n")));
  }

  /** A task's closing sentence of units that share it, how they share it between the list and its role word. */
  @Test
  void unitsThatShareATaskByTheirDutiesCloseItsSentence() {
    for (String manner : List.of("按职责分工负责", "按职责负责", "分别负责", "按照职责分工负责")) {
      Document d = PARSER.parse("(二)扎实推进乡村振兴\n5.稳定粮食播种面积,粮食总产量稳定在120万吨以上。市农业农村局、市发展改革委、"
          + "市财政局" + manner + "。\n6.推进高标准农田建设。市农业农村局牵头,市财政局配合。\n");
      assertEquals(List.of("(二)扎实推进乡村振兴 / 稳定粮食播种面积,粮食总产量稳定在120万吨以上。 | 市农业农村局/LF 市发展改革委/S "
          + "市财政局/S | 120万吨以上 | -", "(二)扎实推进乡村振兴 / 推进高标准农田建设。 | 市农业农村局/LM 市财政局/S |  | -"),
          shown(d), manner);
    }
    // a sentence of the whole population's, no list of units: the task's text still
    Document d = PARSER.parse("1.推进垃圾分类,城区覆盖率达到90%。全社会共同参与。\n2.推进高标准农田建设。市农业农村局牵头,市财政局配合。\n");
    assertEquals("推进垃圾分类,城区覆盖率达到90%。全社会共同参与。", d.measures().get(0).text());
  }

  /**
   * A subject ends at its modal (应, 应当, 要): the unit after it is its object (wild/w554); a sentence that opens with
   * helping another body has no subject (协助县政府做好…, wild/w502), nor has a duty cut short (负责组织本学院, wild/w719).
   */
  @Test
  void aSubjectEndsAtItsModalAndAHelpersObjectIsNoSubject() {
    Document d = PARSER.parse("六、完善市场机制\n(二十)规范农村客运经营行为。县级人民政府应指导督促乡镇人民政府落实工作责任。\n"
        + "(二十一)规范农村客运经营行为。县交通局应当指导乡镇人民政府落实工作责任。\n");
    assertEquals(List.of("六、完善市场机制 / 规范农村客运经营行为。县级人民政府应指导督促乡镇人民政府落实工作责任。 | 县级人民政府/LF |  | -",
        "六、完善市场机制 / 规范农村客运经营行为。县交通局应当指导乡镇人民政府落实工作责任。 | 县交通局/LF |  | -"), shown(d));
    // (应急: a bureau's name goes on, 县人民政府应急办)
    Document emergency = PARSER.parse("1.县人民政府应急办负责预案的修订。\n2.县交通局负责交通运输工具的调集。\n");
    assertEquals("负责预案的修订。 | 县人民政府应急办/LF |  | -", shown(emergency).get(0).replaceFirst("^县人民政府应急办", ""));
    Document office = PARSER.parse("(1)市交通局:负责救灾时的应急交通运输工具的调集。\n(2)武警绍兴市支队:指挥所属部队支援扑救行动。\n"
        + "2.市指挥部办公室职责\n(1)负责本预案的制订、修订和实施。\n(2)指导和协助县(市、区)政府做好森林火灾事故的预防。\n"
        + "(3)协助县政府做好森林火灾事故的预防。\n");
    assertEquals(List.of("负责救灾时的应急交通运输工具的调集。 | 市交通局/LF |  | -", "指挥所属部队支援扑救行动。 | 武警绍兴市支队/LF |  | -",
        "2.市指挥部办公室职责 / 负责本预案的制订、修订和实施。 | 市指挥部办公室/LF |  | -",
        "2.市指挥部办公室职责 / 指导和协助县(市、区)政府做好森林火灾事故的预防。 | 市指挥部办公室/LF |  | -",
        "2.市指挥部办公室职责 / 协助县政府做好森林火灾事故的预防。 | 市指挥部办公室/LF |  | -"), shown(office));
  }

  /** Of two headings that name units over the same items, the nearer one's (wild/w502): (二)日常办事机构 / 2.办公室职责. */
  @Test
  void theNearerOfTwoHeadingsThatNameUnitsCarriesTheItems() {
    Document d = PARSER.parse("(一)市森林防火指挥部\n1.负责全市森林防火工作的组织领导。\n2.负责重大森林火灾的扑救指挥。\n"
        + "(二)日常办事机构\n1.市指挥部办公室职责\n(1)负责本预案的制订、修订和实施。\n(2)负责森林火灾信息的汇总上报。\n"
        + "(三)学院\n1、负责组织本学院的观摩评比。\n2、负责推荐参评教师。\n");
    List<String> shown = shown(d);
    assertEquals(List.of("(二)日常办事机构/1.市指挥部办公室职责 / 负责本预案的制订、修订和实施。 | 市指挥部办公室/LF |  | -",
        "(二)日常办事机构/1.市指挥部办公室职责 / 负责森林火灾信息的汇总上报。 | 市指挥部办公室/LF |  | -",
        "(三)学院 / 负责组织本学院的观摩评比。 | 学院/LF |  | -"), shown.subList(2, 5), shown.toString());
  }

  /**
   * A table flattened a cell a line with a pipe between cells (wild/w352): a line of pipes alone pads a row to the
   * table's end; a row's leaders a name a line; a column of aims and tasks (重点工作目标任务) after a project's name.
   */
  @Test
  void aFlattenedTablesPaddingLeadersAndAimsAndTasks() {
    String body = "序号\n|\n项目\n|\n重点工作目标任务\n|\n牵头领导\n|\n责任单位\n|\n一、2024年全区经济社会发展主要预期目标\n|\n||||\n"
        + "1\n|\n主要预期目标\n|\n1.地区生产总值增长5%以上。\n|\n钱 宇\n|\n★区发改委、统计局\n|\n"
        + "2.一般公共预算收入同口径增长6%以上。\n|\n★区财政局、税务局\n|\n|||\n3.主要污染物排放总量削减完成上级下达任务。\n|\n"
        + "王 嵘\n方 勇\n|\n★生态环境局\n|\n||\n4.不发生重特大生产安全责任事故。\n|\n钱 宇\n|\n★区应急管理局\n|\n";
    String section = "一、2024年全区经济社会发展主要预期目标/主要预期目标 / ";
    assertEquals(List.of(section + "地区生产总值增长5%以上。 | 区发改委/LM 统计局/S | 5%以上 | -",
        section + "一般公共预算收入同口径增长6%以上。 | 区财政局/LM 税务局/S | 6%以上 | -",
        section + "主要污染物排放总量削减完成上级下达任务。 | 生态环境局/LM |  | -",
        section + "不发生重特大生产安全责任事故。 | 区应急管理局/LM |  | -"), shown(PARSER.parse(body)));
    // the same as a table of pipes: the project's name is the section, the aims and tasks the text
    assertEquals(List.of("主要预期目标 / 地区生产总值增长5%以上。 | 区发改委/LF 统计局/S | 5%以上 | -",
        "筑牢经济发展底座 / 强化项目导向,积极扩大有效投资。 | 区发改委/LF |  | -"),
        shown(PARSER.parse("序号 | 项目 | 重点工作目标任务 | 牵头领导 | 责任单位\n1 | 主要预期目标 | 地区生产总值增长5%以上。 | 钱宇 | "
            + "区发改委、统计局\n2 | 筑牢经济发展底座 | 强化项目导向,积极扩大有效投资。 | 钱宇 | 区发改委\n")));
  }

  /**
   * A task's topic and its units after 由 in one sentence ({@code 防汛工作由县水利局负责。}, wild/w560): its own item, the
   * whole sentence its text, not the item before's units line.
   */
  @Test
  void aTopicThenItsUnitsAfterBy() {
    assertEquals(List.of("加强汛期巡查。 | 县应急局/LF |  | -", "防汛工作由县水利局负责。 | 县水利局/LF |  | -",
        "做好物资储备。 | 县粮食局/LF |  | -"),
        shown(PARSER.parse("1.加强汛期巡查。(县应急局负责)\n2.防汛工作由县水利局负责。\n3.做好物资储备。(县粮食局负责)\n")));
    assertEquals(List.of("(一)会议安排 / 党委常委会、校长办公会由政务科负责。 | 政务科/LF |  | -",
        "(一)会议安排 / 中层干部会由综合科承办。 | 综合科/LF |  | -"),
        shown(PARSER.parse("(一)会议安排\n1.党委常委会、校长办公会由政务科负责。\n2.中层干部会由综合科承办。\n")));
    // 自由贸易试验区 is one name; 由于 no frame; a leader after 由 is no unit
    assertEquals("省自由贸易试验区管委会/LF", shown(PARSER.parse("1.省自由贸易试验区管委会负责制度创新。\n2.省商务厅负责外贸。\n"))
        .get(0).split(" \\| ")[1]);
    assertEquals(List.of("汛期工作由分管副县长负责。 |  |  | -", "做好物资储备。 | 县粮食局/LF |  | -"),
        shown(PARSER.parse("1.汛期工作由分管副县长负责。\n2.做好物资储备。(县粮食局负责)\n")));
  }

  /** {@code 以上工作由X负责,Y配合。} after items (wild/w718): the items' units, with their roles. */
  @Test
  void theWorkAboveGivenToUnitsWithTheirRoles() {
    Document d = PARSER.parse("一、加强交通管理\n1.严厉查处非法营运的外地出租车。\n2.研究外地出租车下客后即行返回的管理办法。\n"
        + "以上工作由市交通局负责,各有关部门配合。\n二、打通小区微循环\n3.取消部分小区道路设卡收费。\n"
        + "以上工作由市城管办、市规划局负责,各区政府配合。\n");
    assertEquals(List.of("一、加强交通管理 / 严厉查处非法营运的外地出租车。 | 市交通局/LF 各有关部门/S |  | -",
        "一、加强交通管理 / 研究外地出租车下客后即行返回的管理办法。 | 市交通局/LF 各有关部门/S |  | -",
        "二、打通小区微循环 / 取消部分小区道路设卡收费。 | 市城管办/LF 市规划局/S 各区政府/S |  | -"), shown(d));
    // units that take part (参加) support
    assertEquals("开展科普活动。 | 科技部/LM 中国科协/S |  | -",
        shown(PARSER.parse("1.推进平台建设。(科技部负责)\n2.开展科普活动。科技部牵头,中国科协参加。\n")).get(1));
  }

  /**
   * Unit lists as the State Council's and counties' plans write them: short names after a full one closed by 等部门
   * (wild/w551); the units before the plan's standing note in the same bracket (以下均需各地区落实,不再列出, wild/w742);
   * a unit and its duty apart by a dash.
   */
  @Test
  void unitListsWithShortNamesStandingNotesAndDashes() {
    assertEquals("开展违法建设专项整治。 | 县住建局/LF 公安/S 工商/S |  | -",
        shown(PARSER.parse("1.开展违法建设专项整治。(责任单位:县住建局、公安、工商等部门)\n2.开展市容整治。(责任单位:县城管局)\n")).get(0));
    // (without 等部门, short words after a list are what followed it on its line)
    assertEquals("开展违法建设专项整治。 | 县住建局/LF |  | -",
        shown(PARSER.parse("1.开展违法建设专项整治。(责任单位:县住建局、公安、工商)\n2.开展市容整治。(责任单位:县城管局)\n")).get(0));
    Document d = PARSER.parse("(一)加快发展数字经济。(国家发展改革委、工业和信息化部、商务部按职责分工负责;以下均需各地区落实,不再列出)\n"
        + "(二)扩大有效投资。(国家发展改革委牵头)\n");
    assertEquals("加快发展数字经济。 | 国家发展改革委/LF 工业和信息化部/S 商务部/S |  | -", shown(d).get(0));
    assertEquals(List.of("以下均需各地区落实,不再列出"), d.notes());
    assertEquals(List.of("三、职责分工 / 负责作好全县层面宣传。 | 县委宣传部/LF |  | -", "三、职责分工 / 负责学校安全教育。 | 县教育局/LF |  | -"),
        shown(PARSER.parse("三、职责分工\n县委宣传部——负责作好全县层面宣传。\n县教育局——负责学校安全教育。\n")));
  }

  /**
   * Paragraphs of sentences each led by its units: a paragraph run together (X负责…。Y负责…。, wild/w420), and a run of
   * such paragraphs where one's subject goes unread: the others stay tasks (wild/w622, w81).
   */
  @Test
  void sentencesLedByTheirUnitsInParagraphs() {
    assertEquals(List.of("一、职责分工 / 市农业农村局负责落实国家惠农政策。 | 市农业农村局/LF |  | -",
        "一、职责分工 / 市发改委负责落实粮食安全考核。 | 市发改委/LF |  | -", "一、职责分工 / 市统计局负责粮食产量的统计。 | 市统计局/LF |  | -",
        "二、保障 / 市财政局要加强资金统筹。 | 市财政局/LF |  | -"),
        shown(PARSER.parse("一、职责分工\n市农业农村局负责落实国家惠农政策。市发改委负责落实粮食安全考核。市统计局负责粮食产量的统计。\n"
            + "二、保障\n市财政局要加强资金统筹。\n")));
    // one unit's duties after its label stay one task, whatever their sentences' subjects
    assertEquals(1, PARSER.parse("三、职责\n乡镇政府:建立乡镇交通安全管理站。交通安全管理站负责交通安全宣传教育。各行政村要建立交通安全联组。\n"
        + "交通部门:负责农村客运网络建设。\n").measures().stream().filter(m -> m.text().startsWith("建立乡镇")).count());
    assertEquals(List.of("三、集聚社会资源 / 区财政局要切实保障帮困资金。 | 区财政局/LF |  | -",
        "三、集聚社会资源 / 区红十字会组织落实好迎春募捐帮困活动。 | 区红十字会/LF |  | -",
        "三、集聚社会资源 / 各街道要积极发动社会组织参与送温暖活动。 | 各街道/LF |  | -"),
        shown(PARSER.parse("三、集聚社会资源\n区财政局要切实保障帮困资金。\n慈善组织要做好爱心活动。\n区红十字会组织落实好迎春募捐帮困活动。\n"
            + "各街道要积极发动社会组织参与送温暖活动。\n")));
    // a unit-led line alone among prose is prose still, where the text lays out its tasks
    assertEquals(List.of("二、任务 / 修订应急预案。 | 县应急局/LF |  | -"), shown(PARSER.parse("一、背景\n近年来我县高度重视。\n"
        + "县教育局要加强学校管理。\n全县上下形成合力。\n二、任务\n1.修订应急预案。(县应急局负责)\n")));
  }

  /**
   * A flattened table's deadline cells (wild/w347, w723): a date with a space before its words (2016 年底前), and a
   * row's last short cell under its deadline column that is no date (省意见出台后6个月内完成, 常态工作) — none a task.
   */
  @Test
  void deadlineCellsThatLookLittleLikeDates() {
    assertEquals(List.of("完善城市管理体制 | 市委编办/LF 市住建局/S |  | 2016 年底前", "开展环境卫生设施规划编制工作 | 市住建局/LF 市发改委/S |  | 常态工作"),
        shown(PARSER.parse("|\n序号\n|\n工作任务\n|\n负责部门\n|\n时间进度\n|\n1\n|\n完善城市管理体制\n|\n市委编办、市住建局\n|\n"
            + "2016 年底前\n|\n2\n|\n开展环境卫生设施规划编制工作\n|\n市住建局、市发改委\n|\n常态工作\n|\n")));
    assertEquals(List.of("研究制定社会救助实施办法。 | 县民政局/LF 县财政局/S |  | 2014年12月底前",
        "制定村民委员会协助做好社会救助工作的意见。 | 县民政局/LF 县教育局/S |  | 省意见出台后6个月内完成",
        "开展社会救助专项检查。 | 县民政局/LF |  | 按上级要求"),
        shown(PARSER.parse("序号 |\n工作任务 |\n负责单位 |\n完成时限 |\n1 |\n研究制定社会救助实施办法。 |\n县民政局、县财政局 |\n"
            + "2014年12月底前 |\n2 |\n制定村民委员会协助做好社会救助工作的意见。 |\n县民政局、县教育局 |\n省意见出台后6个月内完成 |\n"
            + "3 |\n开展社会救助专项检查。 |\n县民政局 |\n按上级要求 |\n")));
  }

  /**
   * A flattened table's row whose cells come out of order loses no row after it (wild/w659): a task cell of two
   * paragraphs, each a sentence, before its units; a progress cell before the units.
   */
  @Test
  void aRowOutOfOrderLosesNoRowAfterIt() {
    String head = "序号\n项目内容\n牵头单位\n落实情况\n1\n新增老年大学3所。\n县教育局\n已建成3所老年大学\n2\n";
    String tail = "3\n新建ICU床位10张。\n县卫生健康局\n已完成。\n";
    assertEquals(List.of("新增老年大学3所。 | 县教育局/LM | 3所 | -",
        "完成成人初高中学历提升416人。完成大专及以上学历提升902人。 | 县教育局/LM | 416人 902人 | -",
        "新建ICU床位10张。 | 县卫生健康局/LM | 10张 | -"),
        shown(PARSER.parse(head + "完成成人初高中学历提升416人。\n完成大专及以上学历提升902人。\n县教育局\n基本完成。\n" + tail)));
    assertEquals(List.of("新增老年大学3所。 | 县教育局/LM | 3所 | -", "完成成人初高中学历提升416人。 | 县教育局/LM | 416人 | -",
        "新建ICU床位10张。 | 县卫生健康局/LM | 10张 | -"),
        shown(PARSER.parse(head + "完成成人初高中学历提升416人。\n已基本完成\n县教育局\n" + tail)));
  }

  /** A table's units cell that names its units by labels (wild/w657): each label's list with its role. */
  @Test
  void aUnitsCellWithLabelsInside() {
    assertEquals(List.of("推进文化旅游融合发展。 | 市文广旅游局/LM |  | -", "举办文化惠民活动。 | 市文广旅游局/LF 市财政局/S |  | -",
        "建设文化公园。 | 市文广旅游局/LM 市财政局/S 金华开发区管委会/S |  | -"),
        shown(PARSER.parse("序号 | 工作任务 | 进展情况 | 责任单位 |\n1 | 推进文化旅游融合发展。 | 正常推进。 | 牵头单位:市文广旅游局 |\n"
            + "2 | 举办文化惠民活动。 | 正常推进。 | 责任单位:市文广旅游局、市财政局 |\n"
            + "3 | 建设文化公园。 | 正常推进。 | 牵头单位:市文广旅游局 责任单位:市财政局、金华开发区管委会 |\n")));
  }

  /**
   * A paragraph of tasks each closed by its role bracket, then a sentence with none (wild/w290, w784): the tasks are
   * read still; an addressee's or a name's bracket is no such clause.
   */
  @Test
  void tasksClosedByTheirRoleBracketsThenOneWithout() {
    assertEquals(List.of("一、努力保持经济平稳健康发展 / 增强创新驱动发展能力。推进自主创新示范区建设 | 省科技厅/LM |  | -",
        "一、努力保持经济平稳健康发展 / 实施一批关键技术协同攻关项目 | 省科技厅/LF 省发改委/S 省财政厅/S |  | -"),
        shown(PARSER.parse("一、努力保持经济平稳健康发展\n(一)增强创新驱动发展能力。推进自主创新示范区建设(省科技厅牵头)。实施一批关键技术协同攻关项目"
            + "(省科技厅、省发改委、省财政厅等负责)。推进财政科技计划改革。\n(二)扩大有效投资。推进重大项目建设(省发改委牵头)。\n"))
            .subList(0, 2));
    Document letter = PARSER.parse("各县区人民政府,市经济开发区管委会(高新区),市政府各部门:\n现将方案印发给你们。\n"
        + "1.新建学校3所。(市教育局牵头)\n2.新建医院1所。(市卫健委牵头)\n");
    assertEquals(2, letter.measures().size(), shown(letter).toString());
  }

  /**
   * A number that goes on from the item before, then a digit after its dot (2.30个行政村…), is the item's number, not a
   * decimal; a figure's cell (2.5%) stays a figure.
   */
  @Test
  void anItemsNumberBeforeADigit() {
    assertEquals(List.of("推进农村土地整治。 | 区自然资源局/LM |  | -", "30个行政村完成改造。 | 区住建局/LM | 30个 | -",
        "2024年底前完成验收。 | 区教育局/LM |  | 2024年底前"),
        shown(PARSER.parse("1.推进农村土地整治。(区自然资源局牵头)\n2.30个行政村完成改造。(区住建局牵头)\n3.2024年底前完成验收。(区教育局牵头)\n")));
    assertEquals("GDP增长2.5% | 市统计局/LF | 2.5% | -",
        shown(PARSER.parse("序号 | 指标 | 责任单位\n1 | GDP增长1.5% | 市发改委\n2 | GDP增长2.5% | 市统计局\n")).get(1));
  }

  /** A topic with its lead over items with their own units heads them (wild/w670), no task of its own. */
  @Test
  void aTopicWithItsLeadOverItemsWithTheirOwnUnits() {
    assertEquals(List.of("一、整治提升村容村貌(县委农办、县农业农村局牵头) / 提升村庄公共环境。 | 县委农办/LF 县农业农村局/S |  | -",
        "一、整治提升村容村貌(县委农办、县农业农村局牵头) / 实施乡村绿化行动。 | 县林业局/LF |  | -",
        "二、推进厕所革命(县卫健局牵头) / 推进农村改厕。 | 县卫健局/LF 各镇街/S |  | -"),
        shown(PARSER.parse("一、整治提升村容村貌(县委农办、县农业农村局牵头)\n1.提升村庄公共环境。(责任单位:县委农办、县农业农村局)\n"
            + "2.实施乡村绿化行动。(责任单位:县林业局)\n二、推进厕所革命(县卫健局牵头)\n1.推进农村改厕。(责任单位:县卫健局、各镇街)\n")));
    // a task's sentence with its lead over its parts keeps its units (a long text: no topic)
    assertEquals("推进全县城乡环境整治,年内完成农村人居环境整治提升任务。 | 县住建局/LM |  | 年内",
        shown(PARSER.parse("一、推进全县城乡环境整治,年内完成农村人居环境整治提升任务。(县住建局牵头)\n"
            + "1.开展垃圾治理。(责任单位:县城管局)\n")).get(0));
  }

  /** A row's serial marked as a key task (2*, 3★) is its serial still (wild/w212): no row after it lost. */
  @Test
  void aMarkedSerial() {
    assertEquals(List.of("推进数字生活服务建设。 | 市商务局/LF 市发改委/S |  | -", "大力推进科创大走廊建设。 | 市科技局/LF 市发改委/S |  | -",
        "加快培育国际消费中心城市。 | 市商务局/LF |  | -"),
        shown(PARSER.parse("序号\n\n重点工作任务\n\n责任单位\n\n1\n\n推进数字生活服务建设。\n\n市商务局、市发改委\n\n2*\n\n"
            + "大力推进科创大走廊建设。\n\n市科技局、市发改委\n\n3★\n\n加快培育国际消费中心城市。\n\n市商务局\n")));
  }

  /**
   * Every prefecture and city (各州、市人民政府), every county, city and district (各县、市、区政府, wild/w210, w292): the
   * government after the last level is each level's, none lost.
   */
  @Test
  void everyPrefectureAndCity() {
    assertEquals("开展专项整治。 | 各州人民政府/LF 市人民政府/S |  | -",
        shown(PARSER.parse("1.开展专项整治。(责任单位:各州、市人民政府)\n2.开展市容整治。(责任单位:县城管局)\n")).get(0));
    assertEquals("开展专项整治。 | 市财政局/LF 各县政府/S 市政府/S 区政府/S |  | -",
        shown(PARSER.parse("1.开展专项整治。(责任单位:市财政局、各县、市、区政府)\n2.开展市容整治。(责任单位:县城管局)\n")).get(0));
    // (a town's one char after every street is the towns, with no government after it)
    assertEquals("开展专项整治。 | 各街道/LF 镇/S |  | -",
        shown(PARSER.parse("1.开展专项整治。(责任单位:各街道、镇)\n2.开展市容整治。(责任单位:县城管局)\n")).get(0));
  }

  /**
   * Items numbered under their heading's number (1、 / 1.1 / 1.2, wild/w599), known by their sequence, not decimals;
   * a figure after a heading's number (1.5万人) stays a figure.
   */
  @Test
  void itemsNumberedUnderTheirHeadingsNumber() {
    assertEquals(List.of("1、宣传氛围 / 在多种阵地宣传社会主义核心价值观。 | 党委宣传部/LF |  | -",
        "1、宣传氛围 / 在学校门口设置宣传栏。 | 党委宣传部/LF |  | -", "2、环境整治 / 清理校园垃圾。 | 县城管局/LF |  | -"),
        shown(PARSER.parse("1、宣传氛围\n1.1在多种阵地宣传社会主义核心价值观。(党委宣传部)\n1.2在学校门口设置宣传栏。(党委宣传部)\n"
            + "2、环境整治\n2.1 清理校园垃圾。(县城管局)\n")));
    Document figure = PARSER.parse("1、技能培训\n1.5万人次参加职业技能培训。(县人社局)\n");
    assertEquals("1.5万人次", figure.measures().get(0).targets().get(0).text(), shown(figure).toString());
  }

  /**
   * A regulation's articles that carry their own clauses are items under their chapters (wild/w578); an article with
   * none is the regulation's text, no task.
   */
  @Test
  void articlesWithTheirOwnClauses() {
    assertEquals(List.of("第二章  推进改革高效落地 / 推进“一件事”一窗办。 | 县政务服务中心/LM 各相关单位/S |  | -",
        "第二章  推进改革高效落地 / 推进政务服务事项网上办。 | 县大数据中心/LM |  | -"),
        shown(PARSER.parse("第一章  总  则\n第一条  为优化营商环境,制定本规定。\n第二章  推进改革高效落地\n"
            + "第二条  推进“一件事”一窗办。(牵头责任单位:县政务服务中心;责任单位:各相关单位)\n"
            + "第三条  推进政务服务事项网上办。(牵头责任单位:县大数据中心)\n")));
  }

  /** 由X主责/具体负责/组织实施,Y配合 after a task (wild/w204): the responsible units lead, their partners support. */
  @Test
  void theUnitsInChargeThenTheirPartners() {
    for (String inCharge : List.of("主责", "具体负责", "组织实施")) {
      assertEquals("推进重大项目建设,由县发改局" + inCharge + ",县财政局配合。 | 县发改局/L" + (inCharge.equals("主责") ? "M" : "F")
          + " 县财政局/S |  | -", shown(PARSER.parse("1.推进重大项目建设,由县发改局" + inCharge + ",县财政局配合。\n"
          + "2.推进招商引资,由县商务局负责。\n")).get(0), inCharge);
    }
  }

  /** A sentence whose subject follows its time (今年11月底前,市经信委要…, wild/w256): the unit leads, the time stays. */
  @Test
  void aSubjectAfterItsTime() {
    assertEquals(List.of("三、工作安排 / 今年11月底前,市经信委要完成工业园区规划修编。 | 市经信委/LF |  | 11月底前",
        "三、工作安排 / 12月底前,市重大项目办要完成项目储备库建设。 | 市重大项目办/LF |  | 12月底前",
        "三、工作安排 / 今年,市住建局要新开工保障性住房3000套。 | 市住建局/LF | 3000套 | -"),
        shown(PARSER.parse("三、工作安排\n今年11月底前,市经信委要完成工业园区规划修编。\n12月底前,市重大项目办要完成项目储备库建设。\n"
            + "今年,市住建局要新开工保障性住房3000套。\n")));
  }

  /**
   * Where a list's items carry their own clauses, one with none does not take the next one's (wild/w819); where none
   * does, a clause after the last covers the items before it.
   */
  @Test
  void aClauseAfterAnItemIsItsOwnWhereItemsCarryTheirs() {
    assertEquals(List.of("公开救助政策。 | 救助处/LF |  | -", "公开养老政策。 | 养老处/LF |  | -", "全面优化政务服务办事流程。 |  |  | -",
        "积极推进政务公开试点工作。 | 救助处/LF 养老处/S |  | -"),
        shown(PARSER.parse("1. 公开救助政策。(救助处负责)\n2. 公开养老政策。(养老处负责)\n3. 全面优化政务服务办事流程。\n"
            + "4. 积极推进政务公开试点工作。(救助处、养老处分别负责)\n")));
    assertEquals(List.of("全面优化政务服务办事流程。 | 救助处/LF 养老处/S |  | -", "积极推进政务公开试点工作。 | 救助处/LF 养老处/S |  | -"),
        shown(PARSER.parse("1. 全面优化政务服务办事流程。\n2. 积极推进政务公开试点工作。(救助处、养老处分别负责)\n")));
  }

  /** What a blind review of this round's rules found they misread, each now read as before or better. */
  @Test
  void reviewFindings() {
    // a decimal's line after numbered items is no item 3 (3.5%); a wrapped line's figure (2.5万亩) stays a figure
    assertEquals(2, PARSER.parse("1.推进工业发展。(县工信局牵头)\n2.推进招商引资。(县商务局牵头)\n附件\n3.5%的年均增速目标要确保完成。\n")
        .measures().size());
    assertEquals("2.5万亩 3亿元", String.join(" ", PARSER.parse("1.建设高标准农田,全年新建高标准农田\n2.5万亩,完成投资3亿元。(县农业农村局牵头)\n"
        + "2.推进农村改厕。(县卫健局牵头)\n").measures().get(0).targets().stream().map(t -> t.text()).toArray(String[]::new)));
    // one topic's clause mid-line, the words after it its body: one task with that clause and its target
    assertEquals("一、重点任务 / 加强耕地保护(县自然资源局牵头)。严格落实耕地占补平衡,全年补充耕地1000亩。 | 县自然资源局/LM | 1000亩 | -",
        shown(PARSER.parse("一、重点任务\n1.加强耕地保护(县自然资源局牵头)。严格落实耕地占补平衡,全年补充耕地1000亩。\n"
            + "2.推进农村改厕。(县卫健局牵头)\n")).get(0));
    // a task with its figure over its parts keeps its lead and target
    assertEquals("实施老旧小区改造120个。 | 市住建局/LM | 120个 | -", shown(PARSER.parse("(一)实施老旧小区改造120个。(市住建局牵头)\n"
        + "1.东城区改造60个。(责任单位:东城区政府)\n2.西城区改造60个。(责任单位:西城区政府)\n")).get(0));
    // 应对 goes on a name
    assertEquals("省人民政府应对气候变化领导小组办公室/LF", shown(PARSER.parse("1.省人民政府应对气候变化领导小组办公室负责统筹协调碳达峰工作。\n"
        + "2.省发改委负责能耗双控。\n")).get(0).split(" \\| ")[1]);
    // a contact's colon inside a units cell is no label
    assertEquals("新建学校3所。 | 市教育局(联系人:张三,电话:1234567)/LF | 3所 | 2024年底",
        shown(PARSER.parse("序号 | 工作任务 | 责任单位 | 完成时限\n1 | 新建学校3所。 | 市教育局(联系人:张三,电话:1234567) | 2024年底\n"
            + "2 | 新建医院1所。 | 市卫健委 | 2024年底\n")).get(0));
    // a row's last short cell that says no time is no deadline
    assertTrue(PARSER.parse("序号\n工作任务\n责任单位\n完成时限\n1\n新建学校3所。\n县教育局\n其中城区2所\n2\n新建医院1所。\n县卫健局\n"
        + "2024年底\n").measures().stream().noneMatch(m -> m.deadline().orElse("").contains("城区")));
    // 自由 in a name is no 由-frame
    assertEquals("推进制度创新。 | 市商务局/LF 市自由贸易试验区管委会/S |  | -", shown(PARSER.parse("1.推进制度创新。市商务局、市自由贸易试验区管委会负责。\n"
        + "2.推进外贸。市商务局负责。\n")).get(0));
    // a line that says by whom (由) under an item that names no unit is that item's
    assertEquals("加强汛期巡查,落实24小时值班制度。 | 县应急局/LF |  | -", shown(PARSER.parse("1.加强汛期巡查,落实24小时值班制度。\n"
        + "防汛物资储备由县应急局负责。\n2.做好山洪灾害预警。(县水利局负责)\n")).get(0));
    // a task's sentence before its units' sentences is no prose to drop: the paragraph stays one
    assertTrue(PARSER.parse("二、重点任务\n加强食品安全监管,全年抽检食品样品5000批次。市市场监管局负责日常监督检查。市卫健委负责风险监测。\n"
        + "1.修订应急预案。(县应急局负责)\n").measures().stream().noneMatch(m -> m.text().startsWith("市市场监管局")));
    // a flattened table of one row names its units three ways, one level
    assertEquals("新建学校3所。 | 县政府/S 县教育局/LM 县财政局/S | 3所 | -",
        shown(PARSER.parse("序号\n工作任务\n责任单位\n牵头单位\n配合单位\n1\n新建学校3所。\n县政府\n县教育局\n县财政局\n")).get(0));
    // a flattened table's rows under a second spanning heading, numbered from 1 again
    Document sections = PARSER.parse("序号\n|\n项目\n|\n重点工作目标任务\n|\n牵头领导\n|\n责任单位\n|\n一、主要预期目标\n|\n||||\n1\n|\n"
        + "主要预期目标\n|\n1.地区生产总值增长5%以上。\n|\n钱 宇\n|\n★区发改委\n|\n二、重点工作\n|\n||||\n1\n|\n筑牢经济发展底座\n|\n"
        + "3.强化项目导向,积极扩大有效投资。\n|\n钱 宇\n|\n★区发改委\n|\n4.推动签约项目落地开工。\n|\n★区商务局\n|\n");
    assertEquals(3, sections.measures().size(), shown(sections).toString());
  }

  /**
   * A progress cell right after a task whose units and deadline are merged away (目前已完成…, wild/w562) is the progress
   * column's, not the task's wrapped words.
   */
  @Test
  void aProgressCellAfterATaskOfMergedCells() {
    assertEquals(List.of("新增老年食堂15个 | 区民政局/LM | 15个 | 11月底前", "新增养老机构护理型床位500张 | 区民政局/LM | 500张 | 11月底前"),
        shown(PARSER.parse("序号\n重点工作任务\n牵头单位\n计划完成时间\n进展情况\n1\n新增老年食堂15个\n区民政局\n11月底前\n"
            + "其中3个点位已完成建设。\n2\n新增养老机构护理型床位500张\n目前已完成200张护理型床位建设。\n3\n"
            + "开展为老服务活动300场次\n目前已累计开展73场次。\n")).subList(0, 2));
  }

  /**
   * A unit's name alone as a heading over the paragraph of its duty (wild/w724), and the work a heading gives its lead
   * over the paragraph that is that work (`(一)县发改局牵头的工作`, wild/w291).
   */
  @Test
  void headingsOverTheParagraphThatIsTheirUnitsWork() {
    assertEquals(List.of("一、职责分工/(一)区委宣传部 / 负责统筹全区新闻宣传工作,组织开展重大主题宣传。 | 区委宣传部/LF |  | -",
        "一、职责分工/(二)区委报道组 / 负责对外新闻报道,每年在省级以上媒体发稿100篇。 | 区委报道组/LF | 100篇 | -"),
        shown(PARSER.parse("一、职责分工\n(一)区委宣传部\n负责统筹全区新闻宣传工作,组织开展重大主题宣传。\n(二)区委报道组\n"
            + "负责对外新闻报道,每年在省级以上媒体发稿100篇。\n")));
    assertEquals(List.of("(一)县发改局牵头的工作 / 推进重大项目建设,全年完成投资100亿元。 | 县发改局/LM | 100亿元 | -",
        "(二)县商务局牵头的工作 / 推进招商引资,全年引进项目50个。 | 县商务局/LM | 50个 | -"),
        shown(PARSER.parse("(一)县发改局牵头的工作\n推进重大项目建设,全年完成投资100亿元。\n(二)县商务局牵头的工作\n"
            + "推进招商引资,全年引进项目50个。\n")));
    // a place's name over remarks about it is no unit's duty
    assertEquals(0, PARSER.parse("(一)某社区\n该点位环境卫生良好,无乱堆乱放。\n(二)某小区\n该点位存在占道经营。\n").measures().size());
  }

  /** An item led by its units whose text wraps onto the next line (wild/w538): the line is the text's rest. */
  @Test
  void anItemLedByItsUnitsWrapsOntoTheNextLine() {
    assertEquals(List.of("深入宣传贯彻食品安全法,制定宣传方案,部署安排学习。 | 市食安办/LF |  | -", "制定年度食品污染物监测计划。 | 市卫生局/LF |  | -"),
        shown(PARSER.parse("(一)市食安办负责,深入宣传贯彻食品安全法,制定宣传\n方案,部署安排学习。\n(二)市卫生局负责,制定年度食品污染物监测计划。\n")));
    // an item that ends its sentence takes no line after it
    assertEquals("制定宣传方案。 | 市食安办/LF |  | -",
        shown(PARSER.parse("(一)市食安办负责,制定宣传方案。\n各单位要高度重视。\n(二)市卫生局负责,制定监测计划。\n")).get(0));
  }

  /** What a second blind review of this round's rules found they misread, each now read as before or better. */
  @Test
  void secondReviewFindings() {
    // units' sentences after a preamble with no figure: the preamble is dropped, the sentences read
    assertEquals(3, PARSER.parse("三、职责分工\n各部门要按照职责分工,抓好落实。市发改委负责统筹重大项目建设,全年完成投资100亿元。"
        + "市财政局负责资金保障,安排专项资金5000万元。市教育局负责学校建设,新建学校3所。\n").measures().size());
    // a row's last cell that says when the standard way (立行立改, 每周一次) is its deadline
    assertEquals(List.of("立行立改", "即知即改"), PARSER.parse("序号\n问题\n整改措施\n责任单位\n整改时限\n1\n部分路段垃圾清运不及时\n"
        + "加强垃圾清运,做到日产日清。\n县城管局\n立行立改\n2\n农贸市场周边占道经营\n开展专项整治。\n县市场监管局\n即知即改\n")
        .measures().stream().map(m -> m.deadline().orElse("-")).collect(Collectors.toList()));
    // a leader's name of four chars on its own line is the leaders' cell's
    assertEquals("推进重大项目建设,全年完成投资100亿元。 | 县发改局/LF | 100亿元 | 2024年底", shown(PARSER.parse("序号\n工作任务\n牵头领导\n"
        + "责任单位\n完成时限\n1\n推进重大项目建设,全年完成投资100亿元。\n王 嵘\n欧阳晓明\n县发改局\n2024年底\n2\n"
        + "推进招商引资,全年引进项目50个。\n方 勇\n县商务局\n2024年底\n")).get(0));
    // a clause that names the items before it covers them, whatever the items' own clauses
    assertEquals("推进垃圾分类。 | 县住建局/LF |  | -", shown(PARSER.parse("1.推进农村改厕。(县卫健局牵头)\n2.推进垃圾分类。\n"
        + "3.推进污水治理。(以上两项责任单位:县住建局)\n4.推进招商引资。(县商务局牵头)\n")).get(1));
    // a sentence wrapped before its figure (2.1平方公里) is no item numbered under it; 2.3个 after 1. is item 2
    assertEquals("一、重点任务 / 新建城市绿道,全年新增绿地面积2.1平方公里以上。 | 县住建局/LM | 2.1平方公里以上 | -",
        shown(PARSER.parse("一、重点任务\n1.推进农村改厕。(县卫健局牵头)\n2.新建城市绿道,全年新增绿地面积\n2.1平方公里以上。(县住建局牵头)\n"
            + "3.推进招商引资。(县商务局牵头)\n")).get(1));
    assertEquals("3个行政村完成人居环境整治。 | 县住建局/LM | 3个 | -", shown(PARSER.parse("1.推进美丽乡村建设。(县农业农村局牵头)\n"
        + "2.3个行政村完成人居环境整治。(县住建局牵头)\n3.推进农村改厕。(县卫健局牵头)\n")).get(1));
    // a sentence that introduces a lead's work is no task of it
    assertTrue(PARSER.parse("(一)县发改局牵头的工作\n主要包括以下几个方面的内容。\n1.推进重大项目建设。\n2.推进以工代赈项目建设。\n")
        .measures().stream().noneMatch(m -> m.text().startsWith("主要包括")));
  }

  /** A lead cell merged over rows in a table written as text reaches the rows that name their own other units. */
  @Test
  void aLeadCellMergedOverRowsWithTheirOwnUnits() {
    assertEquals(List.of("严肃查处腐败行为 | 市监察局/LM 市直各单位/S |  | -", "建设诚信、廉洁的政府 | 市监察局/LM 审计局/S 财政局/S |  | -",
        "加强行政监察 | 市监察局/LM 审计局/S 财政局/S |  | -"),
        shown(PARSER.parse("| 牵头单位 | 目标任务 | 责任单位 |\n| 市监察局 | 严肃查处腐败行为 | 市直各单位 |\n"
            + "| | 建设诚信、廉洁的政府 | 审计局、财政局 |\n| | 加强行政监察 | |\n")));
  }

  /**
   * A table whose task cells close with their own units, its header naming no units column (wild/w841); or with a units
   * column the row leaves empty, where the row above's units are no longer taken.
   */
  @Test
  void taskCellsThatCloseWithTheirOwnUnits() {
    assertEquals(List.of("促进房地产市场平稳健康发展。 | 市建设局/LF |  | -",
        "发展装配式建筑,新建绿色建筑200万平方米。 | 市建设局/LF 市金融办/S | 200万平方米 | -"),
        shown(PARSER.parse("序号 | 目标任务 | 推进情况 |\n1 | 促进房地产市场平稳健康发展。(责任单位:市建设局) | 1-7月,面积497万平方米 |\n"
            + "2 | 发展装配式建筑,新建绿色建筑200万平方米。(责任单位:市建设局、市金融办) | 已完成 |\n")));
    assertEquals(List.of("新建学校3所 | 市教育局/LF | 3所 | -", "新建医院1所。 | 市卫健委/LM 市财政局/S | 1所 | -"),
        shown(PARSER.parse("序号 | 工作任务 | 责任单位 |\n1 | 新建学校3所 | 市教育局 |\n2 | 新建医院1所。(市卫健委牵头,市财政局配合) |  |\n")));
    // a header without a units column over rows without clauses is no table: its rows are none of the measures
    assertEquals(List.of(), shown(PARSER.parse("序号 | 目标任务 | 推进情况 |\n1 | 促进房地产市场平稳健康发展。 | 已完成 |\n")));
  }

  /** A units cell whose line breaks were copied as spaces inside a name (wild/w921): the row's units, not the row above's. */
  @Test
  void aUnitsCellBrokenInsideItsNames() {
    assertEquals(List.of("实施洋市中心河道整治工程。 | 区农业农村局/LF |  | -",
        "实施江堤设施设备修复提升工程。 | 区综合行政执法局/LF 区公建中心/S |  | -",
        "新建保障性租赁住房。 | 区新兴产业服务中心/LF |  | -"),
        shown(PARSER.parse("序号 | 项目 | 责任单位 | 进展情况 |\n1 | 实施洋市中心河道整治工程。 | 区农业农村局 | 已开工 |\n"
            + "2 | 实施江堤设施设备修复提升工程。 | 区综合行政 执法局 区公建中心 | 已开工 |\n"
            + "3 | 新建保障性租赁住房。 | 区新兴产业 服务中心 | 完成桩基 |\n")));
  }

  /** A group's heading merged down the serial column, in the first row of its group only (wild/w921). */
  @Test
  void aGroupHeadingInItsFirstRowsSerialCell() {
    Document d = PARSER.parse("序号 | 项目 | 责任单位 | 进展情况 | 完成百分比 |\n"
        + "一、完善交通基础设施 | 实施宏图路提升改造工程。 | 区新兴产业服务中心 | 已开工 | 50% |\n"
        + "寺慈线路面提升改造工程 | 区住建局 | 已开工 | 50% |\n"
        + "二、提升区域防洪能力 | 实施河道整治工程。 | 区农业农村局 | 已开工 | 50% |\n");
    assertEquals(List.of("一、完善交通基础设施 / 实施宏图路提升改造工程。 | 区新兴产业服务中心/LF |  | -",
        "一、完善交通基础设施 / 寺慈线路面提升改造工程 | 区住建局/LF |  | -",
        "二、提升区域防洪能力 / 实施河道整治工程。 | 区农业农村局/LF |  | -"), shown(d));
  }

  /**
   * A road's name is no unit (湘北大道, wild/w885): in a flattened table its cell is the row's category, and a column
   * named as the problem described (问题描述) is the task's; 街道 stays a body's name.
   */
  @Test
  void aRoadsNameAndAProblemDescribed() {
    assertEquals(List.of("湘北大道 / 湘北大道沿线街道车辆违停严重 | 停车办/LF |  | -",
        "赶山西路 / 工地上泥巴大量流向街道,污染严重 | 城管大队/LF |  | -"),
        shown(PARSER.parse("序号 |\n路段名称 |\n问题描述 |\n责任单位 |\n备注 |\n1 |\n湘北大道 |\n湘北大道沿线街道车辆违停严重 |\n"
            + "停车办 |\n|\n2 |\n赶山西路 |\n工地上泥巴大量流向街道,污染严重 |\n城管大队 |\n|\n")));
    assertEquals(List.of("清理积存垃圾 | 各街道/LF 区城管局/S |  | -", "整治占道经营 | 街道/LF 区城管局/S |  | -"),
        shown(PARSER.parse("1.清理积存垃圾(责任单位:各街道、区城管局)\n2.整治占道经营(责任单位:街道、区城管局)\n")));
  }

  /**
   * A site's name closed by its units, over the problems numbered from 1 below it (wild/w883, an inspection's list):
   * the units of every item under it, as {@code 一、三义街社区(责任单位:…)} would be; neither an item nor the last line
   * of the item above.
   */
  @Test
  void aGroupsNameAndItsUnitsOverItemsNumberedFromOne() {
    Document d = PARSER.parse("现就问题清单曝光如下:\n\n三义街社区(责任单位:西城街道三义街社区)\n\n1、学雷锋志愿岗无人在岗\n\n"
        + "2、北街占道乱停车现象严重\n\n胜利街道办:(责任单位:沙市区胜利街道办事处)\n\n1、临街商铺出店经营。\n\n2、垃圾未及时清理。\n");
    List<String> shown = shown(d).stream().map(m -> m.replaceFirst("^.* / ", "")).collect(Collectors.toList());
    assertEquals(List.of("学雷锋志愿岗无人在岗 | 西城街道三义街社区/LF |  | -", "北街占道乱停车现象严重 | 西城街道三义街社区/LF |  | -",
        "临街商铺出店经营。 | 沙市区胜利街道办事处/LF |  | -", "垃圾未及时清理。 | 沙市区胜利街道办事处/LF |  | -"), shown);
    // a task of its own closed by its clause, before items that do not start a list (2、) or a heading (一、), is a task
    assertEquals(List.of("整治占道经营 | 区城管局/LF |  | -", "新建学校3所。 | 区教育局/LF | 3所 | -"),
        shown(PARSER.parse("整治占道经营(责任单位:区城管局)\n一、新建学校3所。(责任单位:区教育局)\n")));
    assertEquals(2, shown(PARSER.parse("1、新建学校3所。(责任单位:区教育局)\n整治占道经营(责任单位:区城管局)\n"
        + "2、新建医院1所。(责任单位:区卫健委)\n")).size() - 1);
  }

  /** A flattened table's support cell whose later names the grammar does not know (wild/w865: 未來科技城, 鎮街). */
  @Test
  void aSupportCellLedByAUnitsName() {
    List<String> shown = shown(PARSER.parse("序号\n项目\n重点工作\n牵头领导\n牵头单位\n主要参与单位\n1\n厚植创新发展源动力\n"
        + "建设城西科创大走廊核心区,推进实验室装置建设。\n梅建胜\n区科技局\n区发改局、未来科技城\n2\n"
        + "深挖名校名院名企资源,加快构建技术创新中心体系。\n顾国煜\n区科技局\n各平台、镇街\n"));
    assertEquals(2, shown.size(), shown.toString());
    assertTrue(shown.get(0).contains("区科技局/LM 区发改局/S 未来科技城/S"), shown.get(0));
    assertTrue(shown.get(1).startsWith("厚植创新发展源动力 / 深挖名校名院名企资源") && shown.get(1).contains("区科技局/LM 各平台/S"),
        shown.get(1));
  }

  /** A bracket of several names closing a task, all but one by a strong suffix (wild/w884: 运管所、执法大队、交警大队). */
  @Test
  void aBracketOfNamesMostlyStrong() {
    assertEquals(List.of("三角坪、火车站非法营运车辆多。 | 运管所/LF 执法大队/S 交警大队/S |  | -"),
        shown(PARSER.parse("一、三角坪、火车站非法营运车辆多。(运管所、执法大队、交警大队)\n")));
    // two weak names, or a remark, are no units
    assertEquals(List.of(), shown(PARSER.parse("一、加强城区管理。(社区、村组)\n二、开展环境整治。(含乡镇、街道)\n")));
  }

  /**
   * A flattened header whose name is broken after its first words (市政府 / 分管领导), over a heading with no number, a
   * numbered heading whose number and words stand in two cells, and rows (wild/w984).
   */
  @Test
  void aBrokenNameAndHeadingsOverAFlattenedTable() {
    List<String> shown = shown(PARSER.parse("序号\n\n重点工作\n\n市政府\n\n分管领导\n\n牵头单位\n\n配合单位\n\n备注\n\n"
        + "强化科技创新支撑能力。\n\n\n\n(一)\n\n加强战略科技力量建设。\n\n\n\n1\n\n加快建设科学城。\n\n王 东\n\n市科技局\n\n"
        + "黄埔区政府\n\n\n2\n\n全力做好国家实验室筹建保障服务工作。\n\n王 东\n\n市科技局\n\n市财政局\n\n\n"));
    assertEquals(List.of("(一)加强战略科技力量建设。 / 加快建设科学城。 | 市科技局/LM 黄埔区政府/S |  | -",
        "(一)加强战略科技力量建设。 / 全力做好国家实验室筹建保障服务工作。 | 市科技局/LM 市财政局/S |  | -"), shown);
  }

  /** 小于 and 大于 as bounds, 减排 as a decrease (wild/w985). */
  @Test
  void lessThanAndEmissionCuts() {
    List<String> shown = shown(PARSER.parse("1.人口自然增长率小于4‰,完成COD减排15%。(省卫生厅牵头)\n"));
    assertEquals(1, shown.size(), shown.toString());
    assertTrue(shown.get(0).contains("小于4‰"), shown.get(0));
    dev.mandate.model.Measure m = PARSER.parse("1.人口自然增长率小于4‰,完成COD减排15%。(省卫生厅牵头)\n").measures().get(0);
    assertEquals(dev.mandate.model.Comparison.AT_MOST, m.targets().get(0).comparator());
    assertEquals("人口自然增长率", m.targets().get(0).subject().orElse(null));
    assertEquals(dev.mandate.model.Change.DECREASE_BY, m.targets().get(1).change().orElse(null));
  }

  /** What the round's first blind review found the rules above did wrong, each now right. */
  @Test
  void round30ReviewFindings() {
    // a bracket with 负责 that names no unit, or a person, is no clause: the row keeps its text and its merged units
    assertEquals(List.of("新建城区学校3所。 | 县教育局/LF | 3所 | 2024年12月",
        "实施道路提升工程(由主要负责同志挂帅)。 | 县教育局/LF |  | 2024年11月",
        "完善公共法律服务体系(负责人:张三)。 | 县教育局/LF |  | 2024年11月", "新建医院1所 | 县卫健委/LF | 1所 | 2024年12月"),
        shown(PARSER.parse("序号 | 项目名称 | 责任单位 | 完成时限 |\n1 | 新建城区学校3所。 | 县教育局 | 2024年12月 |\n"
            + "2 | 实施道路提升工程(由主要负责同志挂帅)。 | | 2024年11月 |\n3 | 完善公共法律服务体系(负责人:张三)。 | | 2024年11月 |\n"
            + "4 | 新建医院1所 | 县卫健委 | 2024年12月 |\n")));
    // beside a units column merged down the rows, a bracket of places is the project's scope, no clause
    assertEquals(List.of("新建城区学校3所。 | 市教育局/LF | 3所 | -", "建设智慧校园20所(高新区、经开区)。 | 市教育局/LF | 20所 | -",
        "开展课后服务全覆盖(市本级)。 | 市教育局/LF |  | -", "新建医院1所 | 市卫健委/LF | 1所 | -"),
        shown(PARSER.parse("序号 | 工作任务 | 责任单位 |\n1 | 新建城区学校3所。 | 市教育局 |\n2 | 建设智慧校园20所(高新区、经开区)。 | |\n"
            + "3 | 开展课后服务全覆盖(市本级)。 | |\n4 | 新建医院1所 | 市卫健委 |\n")));
    // a table with no units column: a row without its own clause has none, none inherited from the row above; the
    // first row's empty last cell left out of the text
    assertEquals(List.of("促进房地产市场平稳健康发展。 | 市建设局/LF |  | -", "持续优化营商环境。 |  |  | -",
        "扩大有效投资。 | 市发改委/LF |  | -"),
        shown(PARSER.parse("序号 | 目标任务 | 推进情况 |\n1 | 促进房地产市场平稳健康发展。(责任单位:市建设局) | |\n"
            + "2 | 持续优化营商环境。 | 已出台若干措施。 |\n3 | 扩大有效投资。(责任单位:市发改委) | 已完成。 |\n")));
    // a row's own serial, (一) alone, is no heading of its group
    assertEquals(List.of("实施城区主干道路提升改造工程。 | 区住建局/LF |  | 2024年12月", "推进公交场站建设。 | 区交通局/LF |  | 2024年6月"),
        shown(PARSER.parse("序号 | 工作任务 | 责任单位 | 完成时限 |\n(一) | 实施城区主干道路提升改造工程。 | 区住建局 | 2024年12月 |\n"
            + "(二) | 推进公交场站建设。 | 区交通局 | 2024年6月 |\n")));
    // progress whose words run on after a name, spaced, is no units cell
    assertEquals(List.of("推进城区排水管网改造工程。 | 区住建局/LF |  | -", "实施背街小巷综合整治。 | 区住建局/LF |  | -",
        "推进老旧小区改造。 | 区房管局/LF |  | -"),
        shown(PARSER.parse("序号 | 工作任务 | 责任单位 | 推进情况 |\n1 | 推进城区排水管网改造工程。 | 区住建局 | 已完成60%。 |\n"
            + "2 | 实施背街小巷综合整治。 | 各 乡镇 已完成 摸排 |\n3 | 推进老旧小区改造。 | 区房管局 | 已开工。 |\n")));
  }

  /**
   * A header of two levels whose first level has columns that span several (wild/w922): the second level's names are
   * no row, the rows are wider than the first level, and their units stand where their cells say; a column of a
   * project's size and contents (建设规模及内容) is the task's, its name beside it the section.
   */
  @Test
  void aHeaderWhoseColumnsSpanASecondLevel() {
    Document d = PARSER.parse("序号 | 项目名称 | 建设规模及内容 | 总投资 | 2022年工作计划 | 项目建设阶段 | 责任单位 | 政策处理单位 | ||\n"
        + "投资 | 工程主要形象进度 | 完成投资 | % | 主要形象进度 | |||||\n"
        + "1 | 护眼灯光工程 | 对全县70所中小学校教室照明进行提升 | 1800 | 1800 | 建成 | 1800 | 100 | 完成 | 县教育局 | |\n"
        + "2 | 电梯加装工程 | 敬老院改加装电梯10台 | 600 | 600 | 建成 | 600 | 100 | 投入使用 | 县民政局 | |\n");
    assertEquals(List.of("护眼灯光工程 / 对全县70所中小学校教室照明进行提升 | 县教育局/LF | 70所 | -",
        "电梯加装工程 / 敬老院改加装电梯10台 | 县民政局/LF | 10台 | -"), shown(d));
    // a row as wide as its header keeps its cells where they are
    assertEquals(List.of("新建学校3所 | 市教育局/LF | 3所 | -"),
        shown(PARSER.parse("序号 | 工作任务 | 责任单位 | 进展 |\n1 | 新建学校3所 | 市教育局 | 已完成 |\n")));
  }

  /** What the round's second blind review found the rules above did wrong, each now right. */
  @Test
  void round30SecondReviewFindings() {
    // an item's wrapped last line, closed by its clause, before its sub-items: the item's, no group's name
    List<String> wrapped = shown(PARSER.parse("一、重点任务\n1、实施城市更新行动,全面完成今年老旧小区\n改造任务(责任单位:市住建局)\n"
        + "(1)2024年底前完成30个小区改造。\n(2)2025年底前完成剩余小区改造。\n"));
    assertEquals(2, wrapped.size(), wrapped.toString());
    assertTrue(wrapped.stream().allMatch(m -> m.contains("| 市住建局/LF |")), wrapped.toString());
    // a bracket of hospitals, parks or venues is what the task works on, no units
    assertEquals(List.of("实施城市更新行动 | 市住建局/LM |  | -", "完善县级医院设施(县人民医院、县中医院、县妇幼保健院) |  |  | -",
        "推进重点园区扩容提质(高新区、经开区、临港产业园) |  |  | -"),
        shown(PARSER.parse("1.实施城市更新行动(市住建局牵头)\n2.完善县级医院设施(县人民医院、县中医院、县妇幼保健院)\n"
            + "3.推进重点园区扩容提质(高新区、经开区、临港产业园)\n")));
    // progress after the units of a flattened table, a row's project that opens with a unit's name, a column for a unit
    // beside the deadline's
    List<String> progress = shown(PARSER.parse("序号\n重点任务\n牵头单位\n配合单位\n进展情况\n1\n加快推进数字经济发展\n市发改委\n"
        + "市工信局\n市发改委、已完成\n2\n实施城市更新行动\n市住建局\n各区政府\n区住建局、已开工\n"));
    assertEquals(List.of("加快推进数字经济发展 | 市发改委/LM 市工信局/S |  | -", "实施城市更新行动 | 市住建局/LM 各区政府/S |  | -"),
        progress);
    List<String> projects = shown(PARSER.parse("2024年民生实事项目\n项目名称\n责任单位\n县城区道路提升改造\n县住建局\n"
        + "县图书馆、文化馆新馆建设\n县文旅局\n县人民医院、县中医院改扩建\n县卫健局\n城区公厕新建改造\n县城管局\n"));
    assertTrue(projects.stream().noneMatch(m -> m.contains("县中医院改扩建/")), projects.toString());
    assertEquals(List.of("推进高新技术企业培育,新增高新技术企业20家 | 县科技局/LF | 20家 | 2024年底",
        "实施城市更新行动 | 县住建局/LF |  | 2024年底"),
        shown(PARSER.parse("重点工作任务分解表\n序号\n重点任务\n责任单位\n发改委\n完成时限\n1\n推进高新技术企业培育,新增高新技术企业20家\n"
            + "县科技局\n●\n2024年底\n2\n实施城市更新行动\n县住建局\n \n2024年底\n")));
  }

  /** Bounds stated as rules or with their equality, and a cut of a rate (the second review's targets). */
  @Test
  void boundsAsRulesAndRateCuts() {
    Document d = PARSER.parse("1.占比不大于5%,达标率不得小于90%,收集率大于等于70%,浓度小于等于35微克/立方米。(市环保局牵头)\n"
        + "2.推进节能减排10项重点工程,氮氧化物减排5%。(市发改委牵头)\n");
    List<dev.mandate.model.Target> first = d.measures().get(0).targets();
    assertEquals(List.of(dev.mandate.model.Comparison.AT_MOST, dev.mandate.model.Comparison.AT_LEAST,
        dev.mandate.model.Comparison.AT_LEAST, dev.mandate.model.Comparison.AT_MOST),
        first.stream().map(dev.mandate.model.Target::comparator).collect(Collectors.toList()));
    List<dev.mandate.model.Target> second = d.measures().get(1).targets();
    assertEquals(java.util.Optional.empty(), second.get(0).change(), "10项 counts projects");
    assertEquals("节能减排", second.get(0).subject().orElse(null));
    assertEquals(java.util.Optional.of(dev.mandate.model.Change.DECREASE_BY), second.get(1).change());
  }

  /** What the round's third blind review found the rules above did wrong, each now right. */
  @Test
  void round30ThirdReviewFindings() {
    // a row wider than its header: the first units cell right of the units column, the lead's before the support's
    assertEquals(List.of("城北污水处理厂扩建工程 / 新建污水处理设施及配套管网12公里 | 市住建局/LM 市发改局/S 市财政局/S | 12公里 | -"),
        shown(PARSER.parse("| 序号 | 项目名称 | 建设内容 | 2024年计划 | 牵头单位 | 配合单位 |\n| 投资 | 形象进度 |\n"
            + "| 1 | 城北污水处理厂扩建工程 | 新建污水处理设施及配套管网12公里 | 8000 | 完成主体工程 | 市住建局 | 市发改局、市财政局 |\n")));
    // an empty lead cell is the row's own: no cell past the deadline is taken for its units
    assertEquals(List.of("推进农村人居环境整治,完成改厕1000户 | 县卫健委/S 县财政局/S | 1000户 | 2024年12月",
        "实施老旧小区改造20个 | 县住建局/LM 县财政局/S | 20个 | 2024年10月"),
        shown(PARSER.parse("| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
            + "| 1 | 推进农村人居环境整治,完成改厕1000户 |  | 县卫健委、县财政局 | 2024年12月 | 持续推进 |\n"
            + "| 2 | 实施老旧小区改造20个 | 县住建局 | 县财政局 | 2024年10月 | 已完成 |\n")));
    // 完成情况及内容 is progress, no task column
    assertEquals(List.of("新建幼儿园3所,新增学位900个 | 县教育局/LF | 3所 900个 | -", "改造农村公路50公里 | 县交通运输局/LF | 50公里 | -"),
        shown(PARSER.parse("| 序号 | 工作任务 | 完成情况及内容 | 责任单位 |\n| 1 | 新建幼儿园3所,新增学位900个 | 已完成2所主体建设 | 县教育局 |\n"
            + "| 2 | 改造农村公路50公里 | 已完成30公里 | 县交通运输局 |\n")));
    // a task closed by its units before a list whose items have their own: a task, no group's name; one whose items
    // have none heads them
    List<String> own = shown(PARSER.parse("一、重点任务\n1.推进农村人居环境整治,完成改厕1000户。(责任单位:县农业农村局)\n"
        + "建立长效管护机制(责任单位:县农业农村局、各乡镇)\n1、新建农村公路50公里。(责任单位:县交通运输局)\n"));
    assertEquals(List.of("一、重点任务 / 推进农村人居环境整治,完成改厕1000户。 | 县农业农村局/LF | 1000户 | -",
        "一、重点任务 / 建立长效管护机制 | 县农业农村局/LF 各乡镇/S |  | -",
        "一、重点任务 / 新建农村公路50公里。 | 县交通运输局/LF | 50公里 | -"), own);
    List<String> heads = shown(PARSER.parse("二、推进城市更新\n开展背街小巷整治(责任单位:县城管局)\n1、整治背街小巷15条。\n"
        + "2、新增停车位500个。\n"));
    assertEquals(2, heads.size(), heads.toString());
    assertTrue(heads.stream().allMatch(m -> m.contains("| 县城管局/LF |")), heads.toString());
  }

  /**
   * A flattened table whose units stand before the task (wild/w863): a header name broken after its year (2023年 /
   * 目标进度), a unit's name broken over two lines, a row's sub-tasks under its merged serial each opening with its units,
   * an amount that is no serial (1 then 1000), a progress cell broken after its comma or over a second line.
   */
  @Test
  void aFlattenedTableWithItsUnitsBeforeTheTask() {
    List<String> shown = shown(PARSER.parse("序号\n项目\n责任单位\n建设内容\n总投资\n2023年\n目标进度\n1\n完善交通基础设施\n"
        + "区新兴产业\n服务中心\n实施宏图路提升改造工程。\n48414\n一季度开工,宏图路年内完成工程量的50%,\n通惠路年内完成工程量的75%。\n"
        + "区住建局\n实施寺慈线路面提升工程。\n1000\n6月开工,年内完工。\n2\n提升区域防洪能力\n区农业农村局\n实施河道整治工程。\n"
        + "19311\n7月底\n具备挡水条件\n区综合行政\n执法局\n区公建中心\n实施江堤设施设备修复提升工程。\n4950\n年内完工\n"));
    assertEquals(List.of("完善交通基础设施 / 实施宏图路提升改造工程。 | 区新兴产业服务中心/LF |  | -",
        "完善交通基础设施 / 实施寺慈线路面提升工程。 | 区住建局/LF |  | -",
        "提升区域防洪能力 / 实施河道整治工程。 | 区农业农村局/LF |  | -",
        "提升区域防洪能力 / 实施江堤设施设备修复提升工程。 | 区综合行政执法局/LF 区公建中心/S |  | -"), shown);
  }

  /**
   * A unit's heading over its tasks (县公安局主要工作任务:) with its partners labelled after them, in a document that
   * starts mid-way (wild/w1021): each task is the heading unit's; the units stop at the next heading above.
   */
  @Test
  void aUnitsTasksHeadingWithItsPartners() {
    List<String> shown = shown(PARSER.parse("(八)县经济局主要工作任务:\n1、鼓励和引导淘汰落后产能。\n2、大力推进清洁生产。\n"
        + "(九)县公安局主要工作任务:\n1、依法整治运输车辆的扬尘污染。\n协助单位:交通局、县城管监察大队。\n七、工作步骤及时间\n"
        + "1、2010年3月1日-4月30日,各部门制定具体整治方案。\n"));
    assertEquals(List.of("(八)县经济局主要工作任务: / 鼓励和引导淘汰落后产能。 | 县经济局/LF |  | -",
        "(八)县经济局主要工作任务: / 大力推进清洁生产。 | 县经济局/LF |  | -",
        "(九)县公安局主要工作任务: / 依法整治运输车辆的扬尘污染。 | 交通局/S 县城管监察大队/S 县公安局/LM |  | -",
        "七、工作步骤及时间 / 2010年3月1日-4月30日,各部门制定具体整治方案。 |  |  | 2010年3月1日"), shown);
  }

  /** A numbered topic, then its body led by its lead after 由 and the partners it gathers (wild/w1023, w515). */
  @Test
  void aTopicsBodyLedByItsLeadAfterBy() {
    List<String> shown = shown(PARSER.parse("七、开展助力志愿服务行动。由县委宣传部牵头,组织文明办、住建局、城区办等单位,大力宣传核心价值观。"
        + "通过道德讲堂等形式,深入农村、社区。\n3、初步建立秸秆利用的产业链。由区农业局牵头引进秸秆加工企业,建成收储加工点4个。\n"));
    assertEquals(2, shown.size(), shown.toString());
    assertTrue(shown.get(0).startsWith("开展助力志愿服务行动。由县委宣传部牵头") && shown.get(0).contains(
        "| 县委宣传部/LM 文明办/S 住建局/S 城区办/S |"), shown.get(0));
    assertTrue(shown.get(1).contains("| 区农业局/LM |"), shown.get(1));
  }

  /** What the round's fourth blind review found the rules above did wrong, each now right. */
  @Test
  void round32ReviewFindings() {
    // a support column after the task: its units lines are the row's, no sub-row's
    assertEquals(List.of("编制县域国土空间总体规划。 | 县发改局/LM 县自然资源局/S 县住建局/S |  | 2023年6月底",
        "实施棚户区改造,改造房屋320套。 | 县住建局/LM 县财政局/S 县城投公司/S | 320套 | 2023年12月底"),
        shown(PARSER.parse("序号\n牵头单位\n工作任务\n配合单位\n完成时限\n1\n县发改局\n编制县域国土空间总体规划。\n县自然资源局\n"
            + "县住建局\n2023年6月底\n2\n县住建局\n实施棚户区改造,改造房屋320套。\n县财政局\n县城投公司\n2023年12月底\n")));
    // a sub-task under its row's merged units cell, a sentence after the last cell, is a task of its own
    List<String> sub = shown(PARSER.parse("序号\n项目类别\n责任单位\n建设内容\n总投资(万元)\n目标进度\n1\n市政道路\n区住建局\n"
        + "新建滨河路,全长2.3公里。\n6000\n年底前通车\n新建学府路,全长1.1公里。\n2800\n9月底前完工\n2\n公园绿地\n区城管局\n"
        + "建设口袋公园10处。\n900\n年底前完成\n"));
    assertEquals(3, sub.size(), sub.toString());
    assertTrue(sub.get(1).startsWith("市政道路 / 新建学府路,全长1.1公里。 | 区住建局/LF"), sub.get(1));
    // partners after the lead's 由 clause, by their role word or gathered without 等部门
    List<String> partners = shown(PARSER.parse("一、提升政务服务效能\n1.推行一网通办。由县政务服务中心牵头,县大数据中心、县司法局配合,"
        + "网上可办率达到98%。\n2.优化不动产登记。由县自然资源局牵头,会同县税务局、县住建局,一般登记3个工作日内办结。\n"
        + "3.开展志愿服务提升行动。由县委宣传部牵头负责,会同县文明办、团县委等部门,注册志愿者比例达到15%。\n"));
    assertTrue(partners.get(0).contains("| 县政务服务中心/LM 县大数据中心/S 县司法局/S |"), partners.get(0));
    assertTrue(partners.get(1).contains("| 县自然资源局/LM 县税务局/S 县住建局/S |"), partners.get(1));
    assertTrue(partners.get(2).contains("| 县委宣传部/LM 县文明办/S 团县委/S |"), partners.get(2));
  }

  /**
   * Units' tasks headings two levels above their items, in a document whose closing section's sentences are led by
   * their subjects (各乡镇要…): the headings still give their units; 主要 after a unit's bracket is no modal.
   */
  @Test
  void unitsTasksHeadingsBesideAClosingSection() {
    List<String> shown = shown(PARSER.parse("一、县住建局主要工作任务\n1.改造老旧小区12个。\n2.新建城市停车泊位800个。\n"
        + "二、县交通运输局主要工作任务\n1.新改建农村公路50公里。\n三、工作要求\n1.建立联席会议制度。\n2.各乡镇要明确专人负责,县委办定期督查。\n"
        + "四、分工\n(一)各乡镇(街道)主要工作任务:\n1.推进村庄清洁行动,完成改厕1000户。\n"));
    assertTrue(shown.get(0).contains("| 县住建局/LF |") && shown.get(1).contains("| 县住建局/LF |"), shown.toString());
    assertTrue(shown.get(2).contains("| 县交通运输局/LF |"), shown.get(2));
    assertTrue(shown.get(shown.size() - 1).contains("| 各乡镇/LF |"), shown.toString());
  }

  /** What the fifth blind review found the last rules did wrong, each now right. */
  @Test
  void round32FifthReviewFindings() {
    // sites inspected as headings, one problem led by a unit as its subject: the sites are no units of the problems
    List<String> sites = shown(PARSER.parse("一、东关社区\n1.小区内垃圾桶破损,未及时更换。\n2.县城管局要加大对背街小巷的保洁频次。\n"
        + "二、县人民医院\n1.院内吸烟现象突出,禁烟标识缺失。\n2.县卫健委要督促整改。\n"));
    assertTrue(sites.stream().noneMatch(m -> m.contains("东关社区/") || m.contains("县人民医院/")), sites.toString());
    // an owner before 要 is a subject, its 要 the modal
    List<String> owners = shown(PARSER.parse("1.加强超限超载治理。\n2.各货运车辆车主要主动配合超限检测。\n"));
    assertTrue(owners.stream().anyMatch(m -> m.contains("各货运车辆车主/")), owners.toString());
  }

  /**
   * Tasks run together on a line, each closed by its clause bracket and then a bullet a page lost the glyph of (?), the
   * role word before the bracket's time (wild/w1084); problems run together, each closed by its units' bracket and a
   * semicolon (wild/w1062); a unit's name heading over a paragraph that opens with 具体负责 (wild/w1047).
   */
  @Test
  void tasksRunTogetherAfterBulletsAndUnitsBrackets() {
    List<String> bullets = shown(PARSER.parse("? 实施基础研究十年规划,提高基础研究经费比重。(科技部、财政部等按职责分工负责,年内持续推进) "
        + "? 实施科技体制改革三年攻坚方案。(科技部牵头,国家国防科工局等按职责分工负责,年内持续推进) ? 加强知识产权保护和运用。\n"));
    assertEquals(3, bullets.size(), bullets.toString());
    assertTrue(bullets.get(0).startsWith("实施基础研究十年规划") && bullets.get(0).contains("| 科技部/LF 财政部/S |"),
        bullets.get(0));
    assertTrue(bullets.get(1).startsWith("实施科技体制改革三年攻坚方案。 | 科技部/LM 国家国防科工局/S |"), bullets.get(1));
    List<String> problems = shown(PARSER.parse("抽查发现:蔡伦北路113号巷子里的白色垃圾成片,清扫保洁未到位(金盆居委会);"
        + "振兴学校后面居民区白色垃圾成片(金南居委会);东二路马路市场占道经营(开发区社会工作局)。\n"));
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(1).startsWith("振兴学校后面居民区白色垃圾成片 | 金南居委会/LF |"), problems.get(1));
    List<String> duty = shown(PARSER.parse("一、安全生产行政责任划分\n(一)县(市)区政府\n具体负责对本行政区域内的安全生产工作实施监督管理。\n"
        + "(二)乡镇政府\n具体负责对本行政区域内的安全生产工作进行检查。\n"));
    assertEquals(2, duty.size(), duty.toString());
    assertTrue(duty.get(0).contains("| 县(市)区政府/LF |"), duty.get(0));
  }

  /** What the sixth blind review found the rules above did wrong, each now right. */
  @Test
  void round33ReviewFindings() {
    // one bracket of names before a semicolon is a name's other name or the task's object, no problem's units
    List<String> alias = shown(PARSER.parse("一、县卫健局牵头的工作\n1.加快建设县人民医院(县中医院);年底前主体完工。\n"
        + "2.支持民营医院发展(仁和医院有限公司);规范服务行为。\n"));
    assertTrue(alias.stream().allMatch(m -> m.contains("| 县卫健局/LM |")), alias.toString());
    // a slogan's 负责 before a comma in a bracket is no role before a time
    List<String> slogan = shown(PARSER.parse("一、县水利局牵头的工作\n1.全面推行河长制(属地负责,部门联动)。建立县乡村三级河长体系。\n"
        + "2.推行首问负责制(谁受理谁负责,限时办结)。提高办事效率。\n"));
    assertTrue(slogan.stream().allMatch(m -> m.contains("| 县水利局/LM |")), slogan.toString());
  }

  /**
   * wild/w1122: a document run into one line, each unit's heading glued to the title before it and to its first duty
   * ({@code …职责分解一、县城区办事处(一)积极…}); the outline's two levels show where the parts start.
   */
  @Test
  void aUnitsHeadingGluedToItsFirstDutyInALineRunTogether() {
    List<String> shown = shown(PARSER.parse("某县创建园林县城责任单位职责分解一、县城区办事处(一)积极开展全民义务植树活动,"
        + "植树成活率不低于85%。(二)配合各主管部门做好户外广告管理工作。二、县建设局(一)完善城市绿地系统规划,实行“绿线”制度。"
        + "(二)县城居住区人均公园绿地面积不小于2平方米。\n"));
    assertEquals(List.of("一、县城区办事处 / 积极开展全民义务植树活动,植树成活率不低于85%。 | 县城区办事处/LF | 不低于85% | -",
        "一、县城区办事处 / 配合各主管部门做好户外广告管理工作。 | 县城区办事处/LF |  | -",
        "二、县建设局 / 完善城市绿地系统规划,实行“绿线”制度。 | 县建设局/LF |  | -",
        "二、县建设局 / 县城居住区人均公园绿地面积不小于2平方米。 | 县建设局/LF | 不小于2平方米 | -"), shown);
    // a heading's number inside a word is none: 统一、规范 with no first item glued after a short name
    List<String> word = shown(PARSER.parse("1.推进统一、规范的政务服务(一)网通办平台建设,年底前完成。(县政务服务中心牵头)\n"
        + "2.加快建设县人民医院。(县卫健局牵头)\n"));
    assertEquals(2, word.size(), word.toString());
    // (review) a glued 一、 after a heading 一、 already in the line, or after a 二 before it, is a word's (统一、)
    List<String> again = shown(PARSER.parse("一、总体要求。坚持问题导向,做到标准统一、规范管理(一)统一建设标准。(二)规范管理流程。"
        + "(县住建局)二、主要任务。加强城乡建设管理。(县城管局)\n"));
    assertTrue(again.stream().noneMatch(m -> m.startsWith("一、规范管理")), again.toString());
    List<String> after = shown(PARSER.parse("一、总体要求坚持以人民为中心的发展思想。二、主要任务全面推进政务服务标准统一、办理便捷"
        + "(一)推进事项标准化。(县政务服务中心)(二)推进办理便利化。(县数据局)三、保障措施加强组织领导。(县政府办)\n"));
    assertTrue(after.stream().anyMatch(m -> m.contains("标准统一、办理便捷")), after.toString());
  }

  /** wild/w1144: governments and a zone's committee joined by 及 are two kinds of bodies; the governments share theirs. */
  @Test
  void governmentsAndACommitteeJoinedByJi() {
    List<String> shown = shown(PARSER.parse("1.加快推进重点项目建设。\n责任单位:市财政局等有关部门,各区、县(市)政府及开发区管委会\n"));
    assertEquals(List.of("加快推进重点项目建设。 | 市财政局/LF 各区政府/S 县(市)政府/S 开发区管委会/S |  | -"), shown);
    // a government and its own departments are the government's: 政府及其部门, 政府及所属部门 stay one
    assertEquals(List.of("加快推进重点项目建设。 | 市财政局/LF 各县(市)政府及其部门/S |  | -"),
        shown(PARSER.parse("1.加快推进重点项目建设。\n责任单位:市财政局,各县(市)政府及其部门\n")));
    // (review) a bureau with no place of its own after 及 is each government's own: one unit; streets are a place
    assertEquals(List.of("加强耕地保护。 | 各县(市、区)政府及自然资源局/LF |  | -"),
        shown(PARSER.parse("1.加强耕地保护。(责任单位:各县(市、区)政府及自然资源局)\n")));
    assertEquals(List.of("抓好农业生产。 | 市农业农村局/LF 各乡镇人民政府/S 街道办事处/S |  | -"),
        shown(PARSER.parse("1.抓好农业生产。(责任单位:市农业农村局、各乡镇人民政府及街道办事处)\n")));
  }

  /**
   * wild/w1181: a cover letter's principles, one naming the towns' governments with their other name in a bracket
   * ({@code 镇人民政府(街道办事处)}), are no tasks; and the text's last task, its clause cut inside the level that opens its
   * unit's name ({@code 。(市环}), is one all the same.
   */
  @Test
  void aGovernmentsOtherNameIsNoClauseAndAClauseCutAtItsLevelClosesTheLastTask() {
    List<String> shown = shown(PARSER.parse("一、分工原则\n(一)明确政府职责。对涉及政府履行职责的目标和任务进行分解。\n"
        + "(二)明确各级责任。部分指标同时分解落实到相关镇人民政府(街道办事处)。\n二、主要目标和任务分工\n"
        + "单位生产总值能源消耗降低19.5%。(市经信局牵头)\n单位工业增加值用水量降低20%。(市水务局牵头)\n"
        + "主要污染物排放降低22%。(市环"));
    assertEquals(List.of("二、主要目标和任务分工 / 单位生产总值能源消耗降低19.5%。 | 市经信局/LM | 19.5% | -",
        "二、主要目标和任务分工 / 单位工业增加值用水量降低20%。 | 市水务局/LM | 20% | -",
        "二、主要目标和任务分工 / 主要污染物排放降低22%。 |  | 22% | -"), shown);
    // a bracket of units after a government's name, two names or a role, is a clause still
    assertEquals(List.of("加快建设县人民医院,支持县人民政府。 | 县卫健局/LM 县财政局/S |  | -"),
        shown(PARSER.parse("1.加快建设县人民医院,支持县人民政府。(县卫健局牵头,县财政局配合)\n")));
  }

  /**
   * wild/w98, w304, w982: a table whose cells a sharing site glued together, no separator left, read back into rows
   * by its header's names after 序号, its serials counting up after cells that end as units or a time do, and its
   * units after the task's last full stop; two units columns glued split at the first name's strong suffix.
   */
  @Test
  void aTableGluedWithNoSeparatorIsReadBackIntoRows() {
    List<String> shown = shown(PARSER.parse("重点任务责任分工表序号主要工作任务第一责任单位主要责任单位一、主要发展指标"
        + "1地区生产总值年均增长12%左右。市发展改革委各县(市、区)政府、嘉兴港区2地方财政收入年均增长13%。市财政局各县(市、区)政府、"
        + "市国税局3新建中小学5所,其中小学2所。市教育局市财政局、市自然资源局\n"));
    // (the heading glued between the header and the first row is their section)
    assertEquals(List.of("一、主要发展指标 / 地区生产总值年均增长12%左右。 | 市发展改革委/LM 各县(市、区)政府/S 嘉兴港区/S | 12%左右 | -",
        "一、主要发展指标 / 地方财政收入年均增长13%。 | 市财政局/LM 各县(市、区)政府/S 市国税局/S | 13% | -",
        "一、主要发展指标 / 新建中小学5所,其中小学2所。 | 市教育局/LM 市财政局/S 市自然资源局/S | 5所 2所 | -"), shown);
    // a time after the units is the deadline's cell; units glued after a bracket are two
    List<String> timed = shown(PARSER.parse("任务清单序号任务名称工作内容责任单位完成期限1习惯培养开展垃圾分类联动活动每季度不少于2次。"
        + "镇(街道)、区委组织部全年2宣传引导加强垃圾分类宣传,普及分类知识。区城管局高新园(邹区镇)各街道2023年12月底前\n"));
    assertEquals(2, timed.size(), timed.toString());
    assertTrue(timed.get(0).endsWith("| 镇(街道)/LF 区委组织部/S | 不少于2次 | 全年"), timed.toString());
    assertTrue(timed.get(1).contains("| 区城管局高新园(邹区镇)/LF 各街道/S |"), timed.toString());
    // (review) 各乡镇 is one word of levels; a time's 2 before 季度 is no serial; a leader named once before a unit's
    // name that the rest would name too is the name's (林业和草原局, 高新区管委会); a sentence after the last full stop,
    // a function word in it, no units; a heading glued between two rows is theirs
    List<String> towns = shown(PARSER.parse("民生实事分解表序号项目名称责任单位完成时限1新建城市公园3个。市住房城乡建设局2024年2季度"
        + "2改造农村公路200公里。市交通运输局各乡镇人民政府2024年底3新增托位500个。市卫生健康委2024年3季度\n"));
    assertEquals(List.of("新建城市公园3个。 | 市住房城乡建设局/LF | 3个 | 2024年2季度",
        "改造农村公路200公里。 | 市交通运输局/LF 各乡镇人民政府/S | 200公里 | 2024年底",
        "新增托位500个。 | 市卫生健康委/LF | 500个 | 2024年3季度"), towns);
    List<String> leaders = shown(PARSER.parse("重点工作分解表序号工作任务责任领导责任单位1加强林草资源保护。林业和草原局"
        + "2推进高标准农田建设。王建国县农业农村局3加快数字乡村建设。高新区管委会4做好青少年工作。团县委\n"));
    assertEquals(4, leaders.size(), leaders.toString());
    assertTrue(leaders.get(0).contains("| 林业和草原局/LF |") && leaders.get(1).contains("| 县农业农村局/LF |")
        && leaders.get(2).contains("| 高新区管委会/LF |"), leaders.toString());
    List<String> sentence = shown(PARSER.parse("任务清单序号工作任务责任单位1开展安全生产大检查。各乡镇要加强督查,确保不留死角"
        + "市应急管理局2推进农村改厕。市农业农村局3完善社会救助体系。市民政局\n"));
    assertTrue(sentence.get(0).endsWith("确保不留死角市应急管理局 |  |  | -"), sentence.toString());
    Document between = PARSER.parse("重点工作任务清单序号主要工作任务牵头单位责任单位一、经济发展1加快建设现代产业体系。"
        + "市发展改革委市工业和信息化局2推进招商引资,全年引进项目50个以上。市商务局各县(市、区)政府二、社会民生3提高城乡居民收入。"
        + "市人力社保局市统计局4建设保障性住房2000套。市住房城乡建设局市自然资源局\n");
    assertEquals(List.of("一、经济发展 / 加快建设现代产业体系。 | 市发展改革委/LM 市工业和信息化局/S |  | -",
        "一、经济发展 / 推进招商引资,全年引进项目50个以上。 | 市商务局/LM 各县(市、区)政府/S | 50个以上 | -",
        "二、社会民生 / 提高城乡居民收入。 | 市人力社保局/LM 市统计局/S |  | -",
        "二、社会民生 / 建设保障性住房2000套。 | 市住房城乡建设局/LM 市自然资源局/S | 2000套 | -"), shown(between));
    // glued words that name no columns, or serials that do not count up, are no table
    assertEquals(0, shown(PARSER.parse("会议纪要序号一二三四五六七八九十各单位要认真落实1地区生产总值增长12%。市发展改革委3地方财政收入增长13%。"
        + "市财政局\n")).stream().filter(m -> m.contains("市财政局/L")).count());
  }

  /**
   * A table flattened one cell a line: the text's last line, going on the units just placed, is theirs though the
   * page's end cut its last name; a remarks cell broken before its figure keeps the figure, no Han in it, as its own.
   */
  @Test
  void aFlattenedRowsLastCellsStayItsOwnWhenCutOrBroken() {
    List<String> cut = shown(PARSER.parse("主要工作任务\n\n牵头单位\n\n责任单位\n\n1.壮大支撑企业。\n\n区发改局\n\n"
        + "区工信局、区商务局\n\n2.建设数字港。\n\n区发改局\n\n区工信局\n\n区投促局、多福湾工作专\n"));
    assertEquals(2, cut.size(), cut.toString());
    assertTrue(cut.get(1).contains("区投促局/S"), cut.toString());
    List<String> underHeading = shown(PARSER.parse("主要工作任务\n\n牵头单位\n\n责任单位\n\n一、优结构、谋发展\n\n"
        + "1.壮大支撑企业。\n\n区发改局\n\n区工信局、区商务局\n\n2.建设数字港。\n\n区发改局\n\n区工信局\n\n区投促局、多福湾工作专\n"));
    assertEquals(2, underHeading.size(), underHeading.toString());
    assertTrue(underHeading.get(1).contains("区投促局/S"), underHeading.toString());
    // not where the list is a next row's task after a complete row: a units line ends it, no units go on
    List<String> next = shown(PARSER.parse("主要工作任务\n\n牵头单位\n\n责任单位\n\n1.壮大支撑企业。\n\n区发改局\n\n"
        + "区工信局\n\n2.建设数字港。\n\n区发改局\n\n区工信局\n"));
    assertEquals(2, next.size(), next.toString());
    List<String> figure = shown(PARSER.parse("序号\n\n目标任务\n\n牵头责任单位\n\n进展情况\n\n备注\n\n1\n\n农民收入同步增长\n\n"
        + "经管科\n\n增速7.7%。\n\n完成率\n\n(  100 %)\n\n2\n\n推进23个示范片区建设\n\n人教科\n\n已启动。\n"));
    assertEquals(2, figure.size(), figure.toString());
    assertTrue(figure.get(1).startsWith("推进23个示范片区建设 | 人教科/L"), figure.toString());
  }
}
