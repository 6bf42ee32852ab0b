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

import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Duties handed out in sentences whose subjects are the units, as the twelfth session met them in real documents the
 * parser had not read (wild corpus, round 40): law-site copies of plans (w1822, w1842), a regulation (w1766), a
 * liaison list (w1843). Each with a neighbour the rule must leave as it was.
 */
class DutySentencesTest {

  /** wild/w1822: a paragraph of clauses between semicolons, each led by its units and 负责, one measure a clause. */
  @Test
  void aChainOfDutiesBetweenSemicolons() {
    assertEquals(List.of("(二)明确分工,责任到人。 / 市发改委负责提出全市节能规划; | 市发改委/LF |  | -",
        "(二)明确分工,责任到人。 / 市经贸委负责全市工业节能; | 市经贸委/LF |  | -",
        "(二)明确分工,责任到人。 / 市规划局、市建设局负责建筑节能; | 市规划局/LF 市建设局/S |  | -",
        "(二)明确分工,责任到人。 / 市教育局、市卫生局分别负责教育、卫生系统节能。 | 市教育局/LF 市卫生局/S |  | -"),
        Shown.parsed("(二)明确分工,责任到人。市发改委负责提出全市节能规划;市经贸委负责全市工业节能;"
            + "市规划局、市建设局负责建筑节能;市教育局、市卫生局分别负责教育、卫生系统节能。\n"));
    // one or two clauses after a semicolon are one task's parts: the item stays whole
    assertEquals(List.of("加强宣传引导。做好宣传工作;县教育局负责学校宣传。 | 县委宣传部/LM |  | -",
        "完善监测网络。县环保局负责监测站建设;县财政局负责保障经费。 | 县环保局/LF |  | -"),
        Shown.parsed("1. 加强宣传引导。做好宣传工作;县教育局负责学校宣传。(县委宣传部牵头)\n"
            + "2. 完善监测网络。县环保局负责监测站建设;县财政局负责保障经费。\n"));
  }

  /**
   * The fourteenth blind review: a chain that is one task's parts — its label line after it, its bracket of units, a
   * clause after a comma opening it, a title with the task's count, 负责人 (a person) — stays one task.
   */
  @Test
  void chainsThatAreOneTasksParts() {
    assertEquals(List.of("加强食品安全全链条监管。县市场监管局负责生产环节监管;县农业农村局负责种植养殖环节监管;县卫健局负责风险监测;"
        + "县公安局负责打击食品安全犯罪。 | 县食安办/LM 县市场监管局/S |  | 2024年12月底"),
        Shown.parsed("一、加强食品安全全链条监管。县市场监管局负责生产环节监管;县农业农村局负责种植养殖环节监管;县卫健局负责风险监测;"
            + "县公安局负责打击食品安全犯罪。\n责任单位:县食安办(牵头)、县市场监管局\n完成时限:2024年12月底\n"));
    assertEquals(List.of("开展城区环境卫生集中整治,县城管局负责主次干道;县住建局负责背街小巷;县交通局负责车站周边;县水利局负责河道沿岸。"
        + " | 县城管局/LM |  | 2024年10月底"),
        Shown.parsed("1.开展城区环境卫生集中整治,县城管局负责主次干道;县住建局负责背街小巷;县交通局负责车站周边;县水利局负责河道沿岸。"
            + "(牵头单位:县城管局;完成时限:2024年10月底)\n"));
    assertEquals(List.of("组织开展全民健身活动,全年举办赛事50场以上。县文旅局负责总体策划;县教育局负责校园赛事;县总工会负责职工运动会;"
        + "县妇联负责广场舞展演。 | 县文旅局/LM | 50场以上 | -"),
        Shown.parsed("(一)组织开展全民健身活动,全年举办赛事50场以上。县文旅局负责总体策划;县教育局负责校园赛事;县总工会负责职工运动会;"
            + "县妇联负责广场舞展演。(县文旅局牵头)\n"));
    assertEquals(List.of("落实安全责任人制度。县教育局负责人为教育系统第一责任人;县卫健局负责人为卫生系统第一责任人;县民政局负责人为养老机构第一责任人;"
        + "县住建局负责人为建筑工地第一责任人。 | 县安委办/LF |  | -"),
        Shown.parsed("一、落实安全责任人制度。县教育局负责人为教育系统第一责任人;县卫健局负责人为卫生系统第一责任人;县民政局负责人为养老机构第一责任人;"
            + "县住建局负责人为建筑工地第一责任人。\n责任单位:县安委办\n"));
  }

  /**
   * wild/w1842: the unit leads its sentence before 协助, before a time clause (在…期间,负责), or after the sentence's
   * frame (按照…的规定,, 在…的统一领导下,).
   */
  @Test
  void subjectsAfterFramesAndBeforeTimeClauses() {
    assertEquals(List.of("(二)部门职责 / 县财政局负责安排应急处理所需经费。 | 县财政局/LF |  | -",
        "(二)部门职责 / 县交通局协助卫生行政部门对乘坐公路交通工具的人员进行检疫。 | 县交通局/LF |  | -",
        "(二)部门职责 / 县经济局在流感期间,负责组织生活必需品的市场供应。 | 县经济局/LF |  | -",
        "(二)部门职责 / 按照《应急预案》的规定,县卫生局负责组织、协调应急处理工作。 | 县卫生局/LF |  | -",
        "(二)部门职责 / 在卫生行政部门的统一领导下,县疾病预防控制中心负责加强监测工作。 | 县疾病预防控制中心/LF |  | -"),
        Shown.parsed("(二)部门职责\n县财政局负责安排应急处理所需经费。\n县交通局协助卫生行政部门对乘坐公路交通工具的人员进行检疫。\n"
            + "县经济局在流感期间,负责组织生活必需品的市场供应。\n按照《应急预案》的规定,县卫生局负责组织、协调应急处理工作。\n"
            + "在卫生行政部门的统一领导下,县疾病预防控制中心负责加强监测工作。\n"));
    // the subject ends at its helping verb: the units after 协助 are whom it helps (wild/w1766)
    assertEquals(List.of("村(居)民委员会协助乡镇人民政府、街道办事处做好预防溺水相关工作。 | 村(居)民委员会/LF |  | -",
        "乡镇人民政府、街道办事处负责本辖区预防溺水工作。 | 乡镇人民政府/LF 街道办事处/S |  | -"),
        Shown.parsed("村(居)民委员会协助乡镇人民政府、街道办事处做好预防溺水相关工作。\n乡镇人民政府、街道办事处负责本辖区预防溺水工作。\n"));
    // a report's sentence with a time after its frame is no unit's line (beside a task laid out)
    assertEquals(List.of("修订应急预案。 | 县应急局/LF |  | -"), Shown.parsed("1.修订应急预案。(县应急局负责)\n根据目标任务要求,今年,市住建局要在8月底完成57个村燃煤散烧综合治理任务。\n"
        + "根据工作安排,各街道要在6月底前完成排查。\n"));
  }

  /** wild/w1843: a duty that opens with 负责 has its unit above it; 负责人 is a person, not the verb. */
  @Test
  void dutiesUnderTheirUnitsHeading() {
    assertEquals(List.of("(四)市外宣办 / 负责组织新闻发布会; | 市外宣办/LF |  | -",
        "(四)市外宣办 / 负责市长记者见面会和市政府部门负责人专访; | 市外宣办/LF |  | -",
        "(五)市府研究室 / 负责主题演讲稿的审核。 | 市府研究室/LF |  | -"),
        Shown.parsed("(四)市外宣办\n1.负责组织新闻发布会;\n2.负责市长记者见面会和市政府部门负责人专访;\n(五)市府研究室\n负责主题演讲稿的审核。\n"));
  }

  /** wild/w1766: a regulation's article led by the unit it binds is an item; one binding all units is not. */
  @Test
  void articlesLedByTheirUnits() {
    assertEquals(List.of("第三条 教育主管部门负责日常工作,履行以下职责: / 建立健全预防溺水安全管理制度; | 教育主管部门/LF |  | -",
        "第三条 教育主管部门负责日常工作,履行以下职责: / 牵头开展督导检查评估。 | 教育主管部门/LF |  | -",
        "水务主管部门应当加强对水库等水域的管理。 | 水务主管部门/LF |  | -", "公安机关负责危险水域的巡查。 | 公安机关/LF |  | -"),
        Shown.parsed("第三条 教育主管部门负责日常工作,履行以下职责:\n(一)建立健全预防溺水安全管理制度;\n(二)牵头开展督导检查评估。\n"
            + "第四条 水务主管部门应当加强对水库等水域的管理。\n第五条 公安机关负责危险水域的巡查。\n"));
    // an article whose unit takes its duties after a colon heads its items (the fourteenth blind review)
    assertEquals(List.of("第五条 县应急管理局履行以下职责: / 负责安全生产综合监督管理; | 县应急管理局/LF |  | -",
        "第五条 县应急管理局履行以下职责: / 负责生产安全事故应急救援。 | 县应急管理局/LF |  | -",
        "县教育局负责学校安全管理。 | 县教育局/LF |  | -", "第七条 县公安局履行以下职责: / 负责道路交通安全管理。 | 县公安局/LF |  | -"),
        Shown.parsed("第五条 县应急管理局履行以下职责:\n(一)负责安全生产综合监督管理;\n(二)负责生产安全事故应急救援。\n"
            + "第六条 县教育局负责学校安全管理。\n第七条 县公安局履行以下职责:\n(一)负责道路交通安全管理。\n"));
    assertEquals(List.of("第二十六条 各级各有关部门根据分工认真履行职责。 / 负责土地权属调查核实。 | 市国土资源局/LF |  | -",
        "第二十六条 各级各有关部门根据分工认真履行职责。 / 负责资金保障。 | 市财政局/LF |  | -"),
        Shown.parsed("第二十六条 各级各有关部门根据分工认真履行职责。\n市国土资源局:负责土地权属调查核实。\n市财政局:负责资金保障。\n"));
  }
}
