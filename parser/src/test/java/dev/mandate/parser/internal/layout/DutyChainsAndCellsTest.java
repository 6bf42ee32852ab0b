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

import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the seventeenth session's work on real documents the parser had not read (wild corpus, rounds 44 and
 * 45), each as a short hand-written snippet, with a neighbour the rule must leave as it was.
 */
class DutyChainsAndCellsTest {

  /**
   * wild/w2164, w2165: a numbered item's paragraph hands out duties sentence by sentence, each led by a sector and the
   * work it takes on ({@code 民政部门牵头做好…;住建部门统筹协调…}), between semicolons or full stops: a task each, after
   * the item's title and the sentence that asks every unit to do its part. Before, the item was one task with no unit.
   */
  @Test
  void aParagraphOfDutiesLedBySectorsIsATaskPerDuty() {
    String chained = "四、保障措施\n(一)明确职责分工。各级民政、扶贫、财政等部门要各负其责,加强沟通协调。"
        + "民政部门牵头做好农村低保制度与扶贫开发政策衔接工作;住建部门统筹协调危房改造工作;"
        + "统计部门会同有关部门组织实施农村贫困监测;财政部门做好相关资金保障工作。\n(二)加强资金统筹。各地要统筹安排资金。\n";
    String section = "四、保障措施/(一)明确职责分工。各级民政、扶贫、财政等部门要各负其责,加强沟通协调。 / ";
    assertEquals(List.of(section + "民政部门牵头做好农村低保制度与扶贫开发政策衔接工作; | 民政部门/LM |  | -",
        section + "住建部门统筹协调危房改造工作; | 住建部门/LF |  | -",
        section + "统计部门会同有关部门组织实施农村贫困监测; | 统计部门/LF |  | -",
        section + "财政部门做好相关资金保障工作。 | 财政部门/LF |  | -"), Shown.parsed(chained));
    // full stops between the duties; 会同 names those who support the sector that leads, 会同有关部门 none
    assertEquals(List.of("五、工作措施/(一)明确工作职责。 / 民政部门会同发展改革、财政等部门负责做好危房改造计划安排。"
            + " | 民政部门/LM 发展改革部门/S 财政部门/S |  | -",
        "五、工作措施/(一)明确工作职责。 / 住房和城乡建设部门负责抓好农村危房的技术鉴定。 | 住房和城乡建设部门/LF |  | -",
        "五、工作措施/(一)明确工作职责。 / 财政部门会同有关部门负责危房改造资金的筹措和拨付。 | 财政部门/LF |  | -",
        "五、工作措施/(一)明确工作职责。 / 国土资源部门配合做好农村危房改造的选址及用地报批。 | 国土资源部门/LF |  | -"),
        Shown.parsed("五、工作措施\n(一)明确工作职责。各有关部门要各司其职,密切配合。"
            + "民政部门会同发展改革、财政等部门负责做好危房改造计划安排。住房和城乡建设部门负责抓好农村危房的技术鉴定。"
            + "财政部门会同有关部门负责危房改造资金的筹措和拨付。国土资源部门配合做好农村危房改造的选址及用地报批。\n"));
    // (one sentence with a unit as its subject is the item's prose; names with 统 or 综 in them stay whole)
    assertEquals(List.of("三、重点任务 / 加强食品安全监管。市市场监管局要加强日常监管。全年抽检食品5000批次。 | 市市场监管局/LF | 5000批次 | -",
        "三、重点任务 / 推进学校建设。新建改扩建中小学48所。 | 市教育局/LM 市财政局/S | 48所 | -"),
        Shown.parsed("三、重点任务\n(一)加强食品安全监管。市市场监管局要加强日常监管。全年抽检食品5000批次。\n"
            + "(二)推进学校建设。新建改扩建中小学48所。(市教育局牵头,市财政局配合)\n"));
    assertEquals(List.of("三、重点任务/(一)加强统筹。 / 市统计局负责统计监测; | 市统计局/LF |  | -",
        "三、重点任务/(一)加强统筹。 / 县综合执法局负责执法检查; | 县综合执法局/LF |  | -",
        "三、重点任务/(一)加强统筹。 / 市委统战部负责联络工作; | 市委统战部/LF |  | -",
        "三、重点任务/(一)加强统筹。 / 市发改委负责综合协调。 | 市发改委/LF |  | -"),
        Shown.parsed("三、重点任务\n(一)加强统筹。市统计局负责统计监测;县综合执法局负责执法检查;市委统战部负责联络工作;市发改委负责综合协调。\n"));
  }

  /**
   * wild/w2203: a table copied so that a pipe alone starts each row and every cell is a line its pipe ends gave its
   * first cells run together as a task and the units of the wrong column; each row is read as the row it was.
   */
  @Test
  void rowsStartedByALonePipeWithACellALine() {
    assertEquals(List.of("农村地区“三线”整治规范 | 省农业农村厅乡村建设处/LF 省邮电规划设计院有限公司/S 省农业农村厅/S |  | 2027年6月",
        "厨房排油烟设施清洗管理规程 | 省消防救援局法制处/LF 省餐饮行业协会/S 省消防救援总队/S |  | 2027年12月"),
        Shown.parsed("附件\n2026年地方标准制修订计划项目汇总表\n|\n计划编号 |\n标准名称 |\n起草单位 |\n归口单位 |\n完成时限 |\n"
            + "|\nDB42-2026001 |\n农村地区“三线”整治规范 |\n省农业农村厅乡村建设处、省邮电规划设计院有限公司 |\n省农业农村厅 |\n"
            + "2027年6月 |\n|\nDB42-2026002 |\n厨房排油烟设施清洗管理规程 |\n省消防救援局法制处、省餐饮行业协会 |\n"
            + "省消防救援总队 |\n2027年12月 |\n"));
  }

  /**
   * wild/w2224: a notice that forwards another body's plan ({@code 关于转发…的通知}) gave its issuer as the unit of every
   * item that names none; a unit's own list ({@code 县教育局2021年为民办实事项目}) still gives its unit.
   */
  @Test
  void aForwardingNoticesIssuerCarriesNoneOfTheItems() {
    assertEquals(List.of("一、工作任务 / 开展企业执法检查,查处违法排污行为。 |  |  | -",
        "一、工作任务 / 实施挂牌督办,加强案件管理。 |  |  | -"),
        Shown.parsed("上海市闵行区人民政府办公室关于转发闵行区2008年环保专项行动工作方案的通知\n一、工作任务\n"
            + "1.开展企业执法检查,查处违法排污行为。\n2.实施挂牌督办,加强案件管理。\n"));
    assertEquals(List.of("新建幼儿园3所。 | 县教育局/LF | 3所 | -", "改造薄弱学校10所。 | 县教育局/LF | 10所 | -"),
        Shown.parsed("县教育局2021年为民办实事项目\n1.新建幼儿园3所。\n2.改造薄弱学校10所。\n"));
  }

  /**
   * wild/w2241: a list of indicators in traditional characters whose bullets are a hyphen and a space, whose bureaus
   * are parted by a slash, and whose digits are spaced off the Han: the first bullet ran into its heading, two bureaus
   * were one unit, and the deadline lost its year.
   */
  @Test
  void hyphenBulletsSlashedBureausAndSpacedDates() {
    assertEquals(List.of("在完成計劃的學員中,不少於 70% 取得進步。 | 政務司司長辦公室/LF 勞工及福利局/S | 70% | -",
        "2. 改善環境衛生及市容: / 約 600 個環境衛生黑點於 2023 年底前消除至少 75%。 | 政務司副司長辦公室/LF | 600 個 75% | 2023 年底前",
        "2. 改善環境衛生及市容: / 鼠患主要黑點數目於 2023 年底前至少減半。 | 環境及生態局/LF |  | 2023 年底前"),
        Shown.parsed("地區事項統籌工作組\n1. 在完成計劃的學員中,不少於 70% 取得進步。(政務司司長辦公室/勞工及福利局)\n"
            + "2. 改善環境衛生及市容:\n- 約 600 個環境衛生黑點於 2023 年底前消除至少 75%。(政務司副司長辦公室)\n"
            + "- 鼠患主要黑點數目於 2023 年底前至少減半。(環境及生態局)\n"));
    // (a page number between hyphens is no bullet; a slash in a date is no separator)
    assertEquals(List.of("推进城区道路改造,完成率达到95%。 | 县住建局/LM 县交通局/LM 各镇/S |  | 2024/12",
        "推进背街小巷整治。 | 县城管局/LF |  | -", "推进公厕提标改造。 | 县城管局/LF |  | -"),
        Shown.parsed("2024年重点工作任务分解表\n1.推进城区道路改造,完成率达到95%。(县住建局/县交通局牵头,各镇配合,2024/12)\n"
            + "2.推进背街小巷整治。(县城管局)\n- 2 -\n3.推进公厕提标改造。(县城管局)\n"));
  }

  /**
   * wild/w2243: a unit heading with a bracket after the name that names what the office runs
   * ({@code (一)本府秘書處(會議管理系統):}) gave its items no unit.
   */
  @Test
  void aBracketAfterAUnitsHeadingThatNamesNoUnitIsARemark() {
    String section = "三、系統管理及使用/(一)本府秘書處(會議管理系統): / ";
    assertEquals(List.of(section + "負責本府市政會議開會通知單之上網公告。 | 本府秘書處/LF |  | -",
        section + "負責市政會議記錄、簽核及公布等事宜。 | 本府秘書處/LF |  | -",
        "三、系統管理及使用/(二)本府研考會(案件管理系統): / 負責市政會議主席裁示事項選項列管。 | 本府研考會/LF |  | -"),
        Shown.parsed("三、系統管理及使用\n(一)本府秘書處(會議管理系統):\n1.負責本府市政會議開會通知單之上網公告。\n"
            + "2.負責市政會議記錄、簽核及公布等事宜。\n(二)本府研考會(案件管理系統):\n1.負責市政會議主席裁示事項選項列管。\n"));
  }

  /**
   * The nineteenth blind review: field lines bulleted by a hyphen ({@code - 牵头单位:…}) became items of their own and
   * the list gave nothing; a role in a bracket after a unit's heading ({@code (配合)}) was taken for a remark; a slash
   * before a short form that shares the first name's prefix ({@code 各乡镇党委/政府}) split one unit in two; an item whose
   * sentences have units as subjects and whose last sentence gives the whole item's date and figure was cut apart.
   */
  @Test
  void theNineteenthReviewsCases() {
    List<String> fields = Shown.parsed("2024年为民办实事项目\n\n1. 新建公办幼儿园5所\n- 牵头单位:市教育局\n"
        + "- 配合单位:市财政局、各区政府\n- 完成时限:2024年9月底前\n\n2. 改造老旧小区30个\n- 牵头单位:市住建局\n"
        + "- 完成时限:2024年12月底前\n");
    assertTrue(fields.stream().anyMatch(m -> m.contains("市教育局/LM")), fields.toString());
    assertTrue(fields.stream().anyMatch(m -> m.contains("市住建局/LM")), fields.toString());
    assertEquals(List.of("负责创卫工作的日常调度。 | 区卫健局/LM |  | -", "负责城区环境卫生整治。 | 区城管局/S |  | -",
        "负责农贸市场整治。 | 区市场监管局/S |  | -"),
        Shown.parsed("关于印发创建国家卫生城市任务分工的通知\n\n(一)区卫健局(牵头):负责创卫工作的日常调度。\n"
            + "(二)区城管局(配合):负责城区环境卫生整治。\n(三)区市场监管局(协办):负责农贸市场整治。\n"));
    assertEquals(List.of("加强村级组织建设。 | 各乡镇党委/政府/LF |  | -", "推进机构编制规范管理。 | 县委组织部/编办/LF |  | -",
        "开展村(社区)减负工作。 | 县委组织部/LF 县民政局/S 各乡镇/S |  | -"),
        Shown.parsed("关于印发基层治理重点任务分工的通知\n\n1. 加强村级组织建设。(责任单位:各乡镇党委/政府)\n"
            + "2. 推进机构编制规范管理。(责任单位:县委组织部/编办)\n3. 开展村(社区)减负工作。(责任单位:县委组织部、县民政局/各乡镇)\n"));
    assertEquals(List.of("集中整治农村人居环境。各乡镇落实属地管理责任,做好村庄清洁行动。县农业农村局督促各乡镇建立长效保洁机制。"
            + "县生态环境局指导做好农村生活污水治理。县财政局落实整治专项资金1000万元。2024年底前,农村生活垃圾收运处置体系覆盖率达到100%。"
            + " | 各乡镇/LF | 1000万元 100% | 2024年底前", "整治城区占道经营。 | 县城管局/LF |  | 2024年9月底前"),
        Shown.parsed("关于印发城乡环境整治行动方案任务分工的通知\n\n(一)集中整治农村人居环境。各乡镇落实属地管理责任,做好村庄清洁行动。"
            + "县农业农村局督促各乡镇建立长效保洁机制。县生态环境局指导做好农村生活污水治理。县财政局落实整治专项资金1000万元。"
            + "2024年底前,农村生活垃圾收运处置体系覆盖率达到100%。\n(二)整治城区占道经营。县城管局负责。2024年9月底前完成。\n"));
  }
}
