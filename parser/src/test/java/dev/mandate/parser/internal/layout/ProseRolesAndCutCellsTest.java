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
 * Round 57: role clauses inside a news report's sentences, a units label glued to its task, a units bracket the page
 * cut after a name's first char, rows of a table with one space between its cells whose units cell holds several
 * words or whose row holds one word only, and an inspection's problems closed by their units a word apart or by a
 * request.
 */
class ProseRolesAndCutCellsTest {

  /**
   * wild/w1723: a problems list flattened with a space between its cells, two units in its one units column: the
   * first unit was taken for the task and the task lost.
   */
  @Test
  void theOneUnitsColumnHoldsEveryUnitWordBeforeIt() {
    assertEquals(List.of("星辰网吧内吸烟现象普遍,地面有大量散落的烟蒂. | 区文广新局/LF 区公安分局/S |  | -",
        "投诉机制未按规定建立. | 区卫生局/LF |  | -"),
        Shown.parsed("序号 具体点位 存在问题 整改责任单位\n\n1 民航路103号 星辰网吧内吸烟现象普遍,地面有大量散落的烟蒂. 区文广新局 区公安分局\n\n"
            + "3 黎明社区卫生服务中心 投诉机制未按规定建立. 区卫生局\n"));
  }

  /**
   * wild/w1723: a numbered row of one word ({@code 2 南汇街道金色家园}, its items on the lines below) read as a unit
   * and no task; the row was no row and the table ended, losing every row after it with no word said.
   */
  @Test
  void aNumberedRowsOneWordIsItsTaskAndTheTableGoesOn() {
    assertEquals(List.of("南汇街道金色家园 |  |  | -", "投诉机制未按规定建立. | 区卫生局/LF |  | -"),
        Shown.parsed("序号 具体点位 存在问题 整改责任单位\n\n2 南汇街道金色家园\n\n3 黎明社区卫生服务中心 投诉机制未按规定建立. 区卫生局\n"));
  }

  /** wild/w3181: a lead's label glued to the item's last word, no space or stop before it. */
  @Test
  void aUnitsLabelGluedToTheTasksLastWord() {
    assertEquals(List.of("一、进展情况 / 适龄女生HPV疫苗接种 | 县卫生健康委员会/LM |  | -",
        "一、进展情况 / 新生儿先天性心脏病筛查与诊治 | 县卫生健康委员会/LM |  | -"),
        Shown.parsed("一、进展情况\n\n(一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会\n\n截至4月28日,已完成1剂次接种\n\n"
            + "(二)新生儿先天性心脏病筛查与诊治牵头责任部门:县卫生健康委员会\n\n截至4月28日,我县出生人数274人\n"));
  }

  /**
   * wild/w3201: a news report that says in its sentences who leads and who supports ({@code 通知还明确了,由X牵头,Y配合,开展…};
   * {@code 此外,由X牵头、Y配合,…}; {@code ,首先由X牵头、Y配合,…}): each clause starts a task, the few words that lead into
   * it (此外) no part of the task before, more words than a lead-in's (各部门编发了排查清单,首先) its heading, as a numbered
   * item's topic before its clause is; the report gave nothing.
   */
  @Test
  void roleClausesInsideAReportsSentencesStartTasks() {
    assertEquals(List.of("开展无物业管理场所电动自行车清底建账和规范停放、充电专项行动。 | 市城管局/LM 市消防救援支队/S |  | -",
        "以区(市)县为主体,发动物业管理人员开展排查。 | 市住建局/LM 市消防救援支队/S |  | -",
        "各部门编发了排查清单,首先 / 开展电动自行车停放点巡查。 | 市公安局/LM 市交通运输局/S |  | -"),
        Shown.parsed("关于开展整治的通知\n\n按照通知要求,除了开展专项行动外,通知还特别明确了,由市城管局牵头,市消防救援支队配合,"
            + "开展无物业管理场所电动自行车清底建账和规范停放、充电专项行动。此外,由市住建局牵头、市消防救援支队配合,以区(市)县为主体,"
            + "发动物业管理人员开展排查。\n各部门编发了排查清单,首先由市公安局牵头、市交通运输局配合,开展电动自行车停放点巡查。\n"));
  }

  /** A meeting's decision led into by its words ({@code 会议议定,由…}): the words are no heading of the task. */
  @Test
  void theWordsLeadingIntoARoleClauseHeadNothing() {
    assertEquals(List.of("三、关于冬季供暖工作 / 研究制定供暖补贴方案,11月底前报县政府审定。 | 县住建局/LM 县发改局/S 县财政局/S |  | 11月底前"),
        Shown.parsed("县政府专题会议纪要\n\n三、关于冬季供暖工作\n会议议定,由县住建局牵头,县发改局、县财政局配合,研究制定供暖补贴方案,"
            + "11月底前报县政府审定。\n"));
  }

  /** wild/w3241: the page cut the last item's units bracket one char into a name ({@code ;(社会事业局、各}). */
  @Test
  void aUnitsBracketCutOneCharIntoANameKeepsTheNamesBefore() {
    assertEquals(List.of("一、工作 / 新建学校3所; | 市教育局/LF | 3所 | -", "一、工作 / 新增学位500个; | 市教育局/LF | 500个 | -"),
        Shown.parsed("一、工作\n\n1、新建学校3所;(市教育局)\n\n2、新增学位500个;(市教育局、各\n"));
  }

  /**
   * Review of round 57: a lead's role clause ended by a list mark before its partners' ({@code 由X牵头、Y配合}) in an
   * item's body after its topic and in a clause closing the item's sentence; the partners were lost.
   */
  @Test
  void aLeadsClauseEndedByAListMarkKeepsItsPartners() {
    assertEquals(List.of("三、重点任务 / 开展高层建筑消防安全隐患整治。由市住建局牵头、市消防救援支队配合,以物业服务企业为主体,开展高层住宅"
        + "消防设施排查整治,年底前完成。 | 市住建局/LM 市消防救援支队/S |  | 年底前",
        "三、重点任务 / 加强高层建筑消防安全管理,由市住建局牵头、市消防救援支队配合。 | 市住建局/LM 市消防救援支队/S |  | -"),
        Shown.parsed("三、重点任务\n(一)开展高层建筑消防安全隐患整治。由市住建局牵头、市消防救援支队配合,以物业服务企业为主体,"
            + "开展高层住宅消防设施排查整治,年底前完成。\n(二)加强高层建筑消防安全管理,由市住建局牵头、市消防救援支队配合。\n"));
  }

  /**
   * Review of round 57: a known label glued to the task's words reads as one label by its shape from the item's
   * start ({@code 建设口袋公园责任单位:}); the known label at its end is the label, the words before it the task.
   */
  @Test
  void aKnownLabelAtTheEndOfATasksWordsIsTheLabel() {
    assertEquals(List.of("二、重点工作 / 推进生活垃圾分类 | 市城管局/LF 市商务局/S |  | -", "二、重点工作 / 建设口袋公园 | 市城管局/LF |  | -"),
        Shown.parsed("二、重点工作\n1.推进生活垃圾分类责任单位:市城管局、市商务局\n2.建设口袋公园责任单位:市城管局\n"));
  }

  /**
   * Review of round 57: minutes whose role clauses follow an adverb after a full stop ({@code 。其次由…}) or are written
   * with ASCII stops ({@code …完成. 会议要求…}); the second clause's task ran into the first's and what follows the
   * clause's sentence stayed in its task.
   */
  @Test
  void eachRoleClauseOfMinutesEndsWithItsSentence() {
    assertEquals(List.of("完成城中村现状调查,6月底前完成。 | 市住建局/LM 市自然资源局/S |  | 6月底前",
        "研究制定资金筹措方案。 | 市财政局/LM 市发展改革委/S |  | -"),
        Shown.parsed("第12次市长办公会议纪要\n会议听取了市住建局关于城中村改造工作的汇报。会议议定,形成问题清单,首先由市住建局牵头、"
            + "市自然资源局配合,完成城中村现状调查,6月底前完成。其次由市财政局牵头,市发展改革委配合,研究制定资金筹措方案。\n"));
    assertEquals(List.of("开展建筑施工领域安全隐患排查, 4月底前完成. | 区应急管理局/LM 区住建局/S |  | 4月底前"),
        Shown.parsed("区政府召开安全生产专题会议\n会议通报了一季度安全生产形势. 通知还明确了, 由区应急管理局牵头, 区住建局配合, "
            + "开展建筑施工领域安全隐患排查, 4月底前完成. 会议要求各单位压实责任.\n"));
  }

  /**
   * wild/w1723: an inspection's problems, each closed by its row's units a space apart after its full stop ({@code
   * …挂牌服务. 南汇街道 房管鹿城分局}): the last word alone was read, the first left in the task.
   */
  @Test
  void unitWordsAfterAProblemsStopAreItsUnits() {
    assertEquals(List.of("小区门口宣传栏写错; | 南汇街道/LF 房管鹿城分局/S |  | -",
        "物业工作人员未按规定做到挂牌服务. | 南汇街道/LF 房管鹿城分局/S |  | -"),
        Shown.parsed("督查情况\n\n1、小区门口宣传栏写错;\n\n2、物业工作人员未按规定做到挂牌服务. 南汇街道 房管鹿城分局\n"));
  }

  /**
   * wild/w1723, wild/w2701: a problem closed by a request to its units ({@code 2、食堂工作人员无健康证. 请市文明办协调解决},
   * {@code 請水資處落實}): the request names the units, no part of the problem's text; a request with no stop after it
   * was taken for a heading.
   */
  @Test
  void aRequestClosingAProblemNamesItsUnits() {
    assertEquals(List.of("食堂工作人员无健康证. | 市文明办/LF |  | -", "投诉机制未按规定建立。 | 区卫生局/LF |  | -"),
        Shown.parsed("督查通报\n\n1、食堂工作人员无健康证. 请市文明办协调解决\n\n2、投诉机制未按规定建立。请区卫生局督促整改。\n"));
  }

  /**
   * Review of round 57: a topic, its units after 由 and what is to be done after the partners' part, in one sentence
   * ({@code 防汛工作由县水利局牵头,县应急局配合,汛前完成隐患排查。}), read nothing; a heading over a list so written
   * ({@code …由X牵头,Y配合,重点抓好以下工作:}) still hands its units down to the items under it.
   */
  @Test
  void aTopicsUnitsBeforeWhatIsToBeDone() {
    assertEquals(List.of("二、任务 / 防汛工作由县水利局牵头,县应急局配合,汛前完成隐患排查。 | 县水利局/LM 县应急局/S |  | -",
        "二、任务/2.“一网通办”:由市政务服务中心牵头,市大数据局配合,重点抓好以下工作: / 推进高频事项网上办理。 | 市政务服务中心/LM "
            + "市大数据局/S |  | -"),
        Shown.parsed("二、任务\n1.防汛工作由县水利局牵头,县应急局配合,汛前完成隐患排查。\n2.“一网通办”:由市政务服务中心牵头,市大数据局配合,"
            + "重点抓好以下工作:\n(1)推进高频事项网上办理。\n"));
  }

  /**
   * Left by the twenty-sixth session: words of charge after the lead's role word ({@code 由X牵头负责推进,Y参加}) lost the
   * partners, and a leader in charge before the lead ({@code 由分管副市长负责,X牵头,Y配合}) lost every unit; a leader
   * named with the unit he heads ({@code 由县卫健局局长负责}) is no leader skipped.
   */
  @Test
  void chargeWordsAndALeaderInChargeBeforeTheLead() {
    assertEquals(List.of("二、重点任务 / 完善养老服务体系。由市民政局牵头负责推进,市财政局、市卫健委参加。 | 市民政局/LM 市财政局/S 市卫健委/S |  | -",
        "二、重点任务 / 推进城市更新,由分管副市长负责,市住建局牵头,各区配合。 | 市住建局/LM 各区/S |  | -",
        "二、重点任务 / 推进老旧小区改造。 | 市住建局/LM 各区/S |  | -"),
        Shown.parsed("二、重点任务\n1.完善养老服务体系。由市民政局牵头负责推进,市财政局、市卫健委参加。\n2.推进城市更新,由分管副市长负责,"
            + "市住建局牵头,各区配合。\n3.推进老旧小区改造。由分管副市长负责,市住建局牵头,各区配合。\n"));
  }

  /**
   * Second review of round 57: a closing request that says more than whose the problem is (a time, a figure, a
   * partner's clause) stays in the task's text, its deadline and targets with it, and its partners are read; a request
   * to a person by title ({@code 请张局长协调解决}) names no unit; a bureau's whole name after 请 is read, not its first
   * chars ({@code 请县市场监管局…}, not 县市场).
   */
  @Test
  void aClosingRequestKeepsWhatItSaysBesidesItsUnits() {
    assertEquals(List.of("部分临街店铺跨门经营. 请区综合执法局于5月底前整改到位 | 区综合执法局/LF |  | 5月底前",
        "背街小巷积水严重。请区住建局牵头,区综合执法局配合,6月底前整改到位。 | 区住建局/LM 区综合执法局/S |  | 6月底前",
        "部分餐馆后厨无防鼠设施. | 县市场监管局/LF |  | -", "助餐点整改进展缓慢。请张局长协调解决 |  |  | -"),
        Shown.parsed("督查通报\n\n1、部分临街店铺跨门经营. 请区综合执法局于5月底前整改到位\n\n2、背街小巷积水严重。请区住建局牵头,"
            + "区综合执法局配合,6月底前整改到位。\n\n3、部分餐馆后厨无防鼠设施. 请县市场监管局督促整改\n\n4、助餐点整改进展缓慢。请张局长协调解决\n"));
  }

  /**
   * Second review of round 57: an item of a short topic and its role clause ({@code 1.实施河长制,由县水利局牵头,县生态环境局
   * 配合。}) was taken for a unit's heading, the clause cut at its role word for the name's end, and gave nothing — a
   * bug older than the session; a name with a comma inside heads nothing.
   */
  @Test
  void aShortTopicAndItsRoleClauseIsNoUnitsHeading() {
    assertEquals(List.of("二、重点任务 / 实施河长制,由县水利局牵头,县生态环境局配合。 | 县水利局/LM 县生态环境局/S |  | -",
        "二、重点任务 / 完善补贴政策,由财政局组织,农业局配合。 | 财政局/LF 农业局/S |  | -"),
        Shown.parsed("二、重点任务\n1.实施河长制,由县水利局牵头,县生态环境局配合。\n2.完善补贴政策,由财政局组织,农业局配合。\n"));
  }
}
