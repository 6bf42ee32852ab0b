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
 * Shapes met in the tenth session's round of real documents the parser had not been built against (wild corpus
 * w1561–w1641), each as a short hand-written snippet of the shape, with a neighbour the rule must leave as it was.
 */
class UnseenRecordsTest {

  /**
   * The tenth blind review's case, met again in round 38: an item's sentences, then the one sentence led by 由 that
   * names its lead and partners and goes on with the task — one task, its units from that sentence (before, the
   * sentences before it were cut off as a heading, and a second such item was lost).
   */
  @Test
  void sentencesThenTheOneSentenceSayingByWhom() {
    assertEquals(List.of("粮食生产。稳定粮食播种面积。由县农业农村局牵头,各乡镇配合,力争2025年粮食产量达到50万吨。 | 县农业农村局/LM 各乡镇/S "
        + "| 50万吨 | -", "畜牧生产。做好防疫。由县畜牧局牵头,各乡镇配合,2025年出栏家禽200万只。 | 县畜牧局/LM 各乡镇/S | 200万只 | -"),
        Shown.parsed("1.粮食生产。稳定粮食播种面积。由县农业农村局牵头,各乡镇配合,力争2025年粮食产量达到50万吨。\n"
            + "2.畜牧生产。做好防疫。由县畜牧局牵头,各乡镇配合,2025年出栏家禽200万只。\n"));
    // sentences led by 由 one after another in an item are each a task, as before
    List<String> each = Shown.parsed("1.加强宣传。开展系列活动。由县委宣传部牵头,组织专题宣传。由县教育局牵头,组织进校园活动。\n");
    assertEquals(2, each.size(), each.toString());
  }

  /** wild/w1561: rows of a list copied with a space between their cells, the units last. */
  @Test
  void aRowsUnitsAfterASpace() {
    assertEquals(List.of("南京随园大厦 | 鼓楼区人民政府/LF |  | -", "南京民族大厦 | 白下区人民政府/LF |  | -"),
        Shown.parsed("附:重大火灾隐患单位及督改责任单位名单\n1、南京随园大厦 鼓楼区人民政府\n2、南京民族大厦  白下区人民政府\n"));
    // a list broken by a space, or two names, is no row of a task and its units
    assertEquals(List.of(), Shown.parsed("1、县教育局 县财政局\n2、县卫健委 县民政局\n").stream()
        .filter(s -> s.contains("| 县财政局/")).toList());
  }

  /**
   * wild/w1562: a record of a problem and the measures taken (存在问题: / 整改措施:): the measures are the task, and
   * the unit ordered to act (责令X) or ordering (X责令…) is its unit.
   */
  @Test
  void theMeasuresTakenAndWhoIsOrderedToAct() {
    assertEquals(List.of("1.路面坑槽破损。 / 责令公路建设养护中心立即对路面进行修复。 | 公路建设养护中心/LF |  | -",
        "2.渡船救生衣破损。 / 水运事务中心责令该船所有人立即更换。 | 水运事务中心/LF |  | -"),
        Shown.parsed("1.路面坑槽破损。\n存在问题:路面坑槽破损,影响行车安全。\n整改措施:责令公路建设养护中心立即对路面进行修复。\n"
            + "2.渡船救生衣破损。\n存在问题:部分救生衣破损,存在安全隐患。\n整改措施:水运事务中心责令该船所有人立即更换。\n"));
    // a project's name then what it consists of stay one text, as before
    assertEquals(List.of("新建学校：建设教学楼1栋 | 市教育局/LF | 1栋 | -"),
        Shown.parsed("项目名称:新建学校\n建设内容:建设教学楼1栋\n责任单位:市教育局\n"));
  }

  /**
   * wild/w1583: labels that are a role's word alone (承办:, 协办:) under a topic's heading and its paragraph: the
   * paragraph is the task, the heading its section, no heading wrapped onto a sentence.
   */
  @Test
  void aTopicsParagraphAndLabelsOfARolesWordAlone() {
    assertEquals(List.of("五、市容工程 / 武术节期间,城市市容要达到“亮、净、齐、美”。重点对主要街道进行必要的装饰。 | 筹委会市容工程部/LM 筹委会宣传部/S |  | -",
        "六、交通与安全保卫 / 交通与安全工作事关城市形象。要做到精心组织,确保万无一失。 | 筹委会安全保卫部/LF 市公安局/S 消防支队/S |  | -"),
        Shown.parsed("五、市容工程\n武术节期间,城市市容要达到“亮、净、齐、美”。重点对主要街道进行必要的装饰。\n承办:筹委会市容工程部\n"
            + "协办:筹委会宣传部\n六、交通与安全保卫\n交通与安全工作事关城市形象。要做到精心组织,确保万无一失。\n承办:筹委会安全保卫部\n"
            + "责任单位:市公安局、消防支队\n"));
  }

  /** wild/w1586: a topic, then its agent after 由 and what the agent does (由市文化馆创作…), a name of weak suffix too. */
  @Test
  void theAgentAfterATopic() {
    assertEquals(List.of("二、具体任务 / 送电影下乡工程。由市影剧总公司采购优秀的片源,确保每村每年放映电影12场。 | 市影剧总公司/LF | 12场 | -",
        "二、具体任务 / 送戏下乡工程。由市文化馆创作排练一批节目,每年向镇村送戏不少于100场。 | 市文化馆/LF | 不少于100场 | -"),
        Shown.parsed("二、具体任务\n(一)送电影下乡工程。由市影剧总公司采购优秀的片源,确保每村每年放映电影12场。\n"
            + "(二)送戏下乡工程。由市文化馆创作排练一批节目,每年向镇村送戏不少于100场。\n"));
  }

  /**
   * wild/w1584: records under their titles, fields one a line and numbered (时间, 地点, 负责单位, 组队形式): the title
   * is the task, the units field its units, the time field its deadline, the others no text of it.
   */
  @Test
  void recordsOfFieldsUnderTheirTitles() {
    assertEquals(List.of("春节农夫篮球赛 | 汤口社区/LF |  | 年初一、初二", "新春象棋团体竞赛 | 冈村/LF |  | 年初一至年初二"),
        Shown.parsed("(一)春节农夫篮球赛\n1、竞赛时间:年初一、初二\n2、竞赛地点:消防大队篮球场\n3、负责单位:汤口社区\n"
            + "4、组队形式:以村居为单位,分男女组队\n(二)新春象棋团体竞赛\n1、活动时间:年初一至年初二\n2、活动地点:冈村文化活动中心\n"
            + "3、负责单位:冈村\n"));
    // a heading whose first field is its task (目标任务:) keeps that field as its text, as before
    assertEquals(List.of("一、交通路网项目 / 开工建设主干公路15公里。 | 区交通局/LF | 15公里 | 2024年底"),
        Shown.parsed("一、交通路网项目\n目标任务:开工建设主干公路15公里。\n完成时限:2024年底\n责任单位:区交通局\n"));
  }

  /** wild/w1586: a deadline's before written 以前 (2008年底以前, 6月30日以前) is the deadline's, as 前 is. */
  @Test
  void aDeadlineBeforeWrittenYiQian() {
    assertEquals(List.of("各镇文化站必须在2008年底以前完成站房面积达标工作。 | 各镇文化站/LF |  | 2008年底以前",
        "完成验收工作。 | 县文广局/LF |  | 6月30日以前"), Shown.parsed("1.各镇文化站必须在2008年底以前完成站房面积达标工作。\n"
            + "2.完成验收工作。责任单位:县文广局;完成时限:6月30日以前\n"));
  }

  /** wild/w1641: a copy that masks names with stars (****体育局): the stars are the name's, no sign of a lead. */
  @Test
  void starsThatMaskANameMarkNoLead() {
    assertEquals(List.of("落实校园食品安全责任。 | ****体育局/LF 县财政局/S |  | -"),
        Shown.parsed("1.落实校园食品安全责任。责任单位:****体育局、县财政局\n"));
  }

  /**
   * The eleventh blind review's cases, each a shape a rule of this round first broke: a unit as a sentence's subject
   * before or after the one sentence led by 由 (the item names its units its own way); a row's units after a space with
   * detail lines under it, or a roster's posts (组长 县政府); a project's fields before its units (建设规模:…, its figure a
   * target); 由 before places and levels (由区街道社区三级联动); a list after 责令 running into the sentence, or with a
   * units label below; classifiers of idioms and places (两头兼顾, 九眼桥, 三孔桥).
   */
  @Test
  void shapesTheRulesLeaveAlone() {
    assertEquals(List.of("1.推进河湖长制。各乡镇要落实属地责任,加强巡河。 / 完成河道清淤20公里。 | 县水利局/LM 县生态环境局/S | 20公里 | -"),
        Shown.parsed("1.推进河湖长制。各乡镇要落实属地责任,加强巡河。由县水利局牵头,县生态环境局配合,完成河道清淤20公里。\n"));
    List<String> after = Shown.parsed("1.粮食生产。稳定粮食播种面积。由县农业农村局牵头,各乡镇配合,力争粮食产量达到50万吨。县财政局要做好资金保障。\n");
    assertEquals(2, after.size(), after.toString());
    List<String> detail = Shown.parsed("一、重点工程\n1、城乡供水一体化工程 县水利局\n完成城乡供水管网改造50公里,2024年底前完工。\n"
        + "2、农村公路提档升级工程 县交通运输局\n新改建农村公路100公里,2024年10月底前完工。\n");
    assertEquals(2, detail.stream().filter(d -> d.contains("50公里") || d.contains("100公里")).count(), detail.toString());
    assertEquals(List.of(), Shown.parsed("三、领导小组成员\n1、组长 县政府\n2、副组长 县应急管理局\n3、成员 县住建局、县水利局\n").stream()
        .filter(d -> d.contains("县政府/") || d.contains("县应急管理局/")).toList());
    List<String> project = Shown.parsed("1.城区污水管网改造工程\n建设规模:改造污水管网15公里\n总投资:1.2亿元\n牵头单位:县住建局\n"
        + "完成时限:2024年底\n");
    assertEquals(1, project.stream().filter(d -> d.contains("15公里")).count(), project.toString());
    assertEquals(List.of(), Shown.parsed("二、主要任务\n(一)社区治理。由区街道社区三级联动,建设智慧社区10个。\n"
        + "(二)公共服务均等化。由县城向乡村延伸,推动优质资源下沉。\n").stream().filter(d -> d.contains("/L")).toList());
    assertEquals(List.of("部分乡镇垃圾清运不及时。 / 责令各乡镇建立垃圾日产日清制度,县城管局加强督查。 | 县城管局/LF |  | -"),
        Shown.parsed("1.部分乡镇垃圾清运不及时。\n存在问题:垃圾清运不及时。\n整改措施:责令各乡镇建立垃圾日产日清制度,县城管局加强督查。\n"
            + "责任单位:县城管局\n").stream().map(d -> d.replace("1.", "")).toList());
    List<String> idioms = Shown.parsed("1.坚持一手抓发展一手抓安全,做到两头兼顾。(县应急管理局负责)\n"
        + "2.推进九眼桥片区城市更新。(区住建局负责)\n3.实施三孔桥至城南段道路拓宽工程。(县交通运输局负责)\n");
    assertEquals(3, idioms.stream().filter(d -> d.contains("| - ") || d.matches(".*\\|  \\| [^|]*$")).count(), idioms.toString());
  }

  /**
   * Found by the rendered-gold property on round 38's gold (w1562's task led by 大湖口镇人民政府): a task's 主办单位 naming
   * a government by its place, the page's share buttons below it and the site's own credit after them, is the task's
   * lead; the site credits once, in its footer's last credit.
   */
  @Test
  void aTasksCreditBeforeTheSitesIsTheTasks() {
    assertEquals(List.of("一、重点任务 / 责令大湖口镇人民政府立即对修建围墙的行为进行制止。 | 大湖口镇人民政府/LM |  | -"),
        Shown.parsed("一、重点任务\n1、责令大湖口镇人民政府立即对修建围墙的行为进行制止。\n牵头领导:李四\n主办单位:大湖口镇人民政府\n"
            + "分享到: 微信 微博 QQ空间 【打印本页】 【关闭窗口】\n主办单位:XX市人民政府办公室 承办单位:XX市大数据中心\n"));
  }
}
