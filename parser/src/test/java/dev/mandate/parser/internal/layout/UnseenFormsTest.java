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
import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the seventh session's round of real documents the parser had not been built against (wild corpus
 * w1221–w1325), each as a short hand-written snippet of the shape, with a neighbour the rule must leave as it was.
 */
class UnseenFormsTest {

  /** wild/w1243: a table's header run onto the end of the notice before it, its names apart by spaces. */
  @Test
  void aHeaderAtTheEndOfTheNoticeStandsOnItsOwn() {
    List<String> shown = Shown.parsed("请认真组织实施。附件:某市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n\n"
        + "1 地区生产总值增长7%以上. 发改委\n\n2 一般公共预算收入增长8%以上. 财政局\n");
    assertEquals(List.of("地区生产总值增长7%以上. | 发改委/LM | 7%以上 | -", "一般公共预算收入增长8%以上. | 财政局/LM | 8%以上 | -"),
        shown);
    // (review) prose that lists a table's names after 序号, no title or sentence's end before them, stays prose
    assertTrue(Shown.parsed("各单位报送台账时须包含 序号 工作任务 责任单位 完成时限\n1.加强组织领导。牵头单位:市政府办\n").stream()
        .noneMatch(m -> m.contains("各单位报送台账时/")));
    // a sentence that mentions 序号, its words after it no column's names, stays prose
    assertEquals(0, Shown.parsed("请按序号 填写表格 并于月底前 报送市政府办公室\n\n1 地区生产总值增长7%以上. 发改委\n").stream()
        .filter(m -> m.contains("/LM")).count());
  }

  /**
   * wild/w1244: a form's own field over its table (填报单位(盖章):) is no units label; a progress cell's numbered parts
   * run apart stay the cell's.
   */
  @Test
  void aFormsFieldsAndAProgressColumnAreNoTasks() {
    List<String> shown = Shown.parsed("填报单位(盖章):市住建局 时间:2021年6月18日\n序号 |\n项目内容 |\n服务对象 |\n牵头科室 |\n"
        + "完成时限及项目推进完成情况 |\n3 |\n持续推进海绵城市建设。 |\n全市市民群众 |\n城建科 |\n"
        + "指导各县区开展海绵城市建设工作,累计完成3平方公里。 |\n7 |\n蚌埠市再生水回用工程 |\n全市市民 |\n节水中心 |\n"
        + "(1)城南再生水厂:完成供水泵房基坑开挖。 (2)杨台子再生水厂:正在对滤池实施改造。 |\n");
    assertEquals(List.of("持续推进海绵城市建设。 | 城建科/LM |  | -", "蚌埠市再生水回用工程 | 节水中心/LM |  | -"), shown);
    // (review) 报送单位 alone under a task is the task's units label, no form's field
    List<String> labelled = Shown.parsed("具体任务:编制年度统计报表。\n报送单位:市发改委\n完成时限:每月5日前\n"
        + "具体任务:汇总项目进度。\n报送单位:市统计局\n完成时限:每月10日前\n");
    assertEquals(2, labelled.size(), labelled.toString());
    assertTrue(labelled.get(1).contains("市统计局/L"), labelled.toString());
  }

  /**
   * wild/w1264: units cells that close with their role (市发改委牵头落实, X、Y分别牵头落实); the text's last line, a list
   * the page's end cut inside a name, is the units of the task before it.
   */
  @Test
  void unitsCellsClosedByTheirRoleAndAListCutByThePage() {
    List<String> shown = Shown.parsed("主要内容\n责任单位\n围绕就业创业政策,加强政策信息公开。\n市人社局牵头落实\n"
        + "加强金融政策信息公开。\n市金融办、潍坊银监分局分别牵头落实\n加强舆情收集研判。\n市发改委、市财政局、人民银\n");
    assertEquals(List.of("围绕就业创业政策,加强政策信息公开。 | 市人社局/LM |  | -",
        "加强金融政策信息公开。 | 市金融办/LM 潍坊银监分局/LM |  | -",
        "加强舆情收集研判。 | 市发改委/LF 市财政局/S 人民银/S |  | -"), shown);
  }

  /** wild/w1281: a numbered project and its attributes under it (投资:500万元 实施单位:…): the attributes are no task. */
  @Test
  void anItemsAttributesUnderItGiveItsUnits() {
    List<String> shown = Shown.parsed("1.某乡定居点人饮巩固提升工程\n投资:500万元 实施单位:某县农牧水利和科技局\n"
        + "2.某村饲料加工基地扩建项目\n投资:167万元(少数民族发展资金)实施单位:王家乡人民政府\n");
    assertEquals(List.of("某乡定居点人饮巩固提升工程 | 某县农牧水利和科技局/LF |  | -",
        "某村饲料加工基地扩建项目 | 王家乡人民政府/LF |  | -"), shown);
    // a task's own words before a units label stay a task: a sentence, or a label's words that are no figure
    assertEquals(List.of("1.推进工程 / 新建学校3所,改造校舍2万平方米。 | 市教育局/LF | 3所 2万平方米 | -"),
        Shown.parsed("1.推进工程\n新建学校3所,改造校舍2万平方米。 责任单位:市教育局\n"));
    assertTrue(String.join("\n", Shown.parsed("1.新建城东小学\n目标:新建学校3所 责任单位:县教育局\n")).contains("| 3所 |"),
        "(review) a target's words after 目标: keep their target");
  }

  /**
   * Found by the rendered-gold property: a task's lead labelled 主办单位 with a government's office, the partners labelled
   * on the next line, is the task's, though the page's credits and site words stand near.
   */
  @Test
  void aTasksLeadLabelBesideItsPartnersIsNoSiteCredit() {
    List<String> shown = Shown.parsed("承办单位:XX市大数据中心\n主办单位:XX市人民政府办公室\n浏览次数:\nXX市2024年重点工作任务分解表\n\n"
        + "一、重点任务\n1、为推动经济高质量发展提供法治保障。\n主办单位:县政府办公室\n参与单位:县司法局、各有关部门\n\n"
        + "网站标识码:1234000001\n版权所有:XX市人民政府\n");
    assertEquals(List.of("一、重点任务 / 为推动经济高质量发展提供法治保障。 | 县政府办公室/LM 县司法局/S 各有关部门/S |  | -"), shown);
  }
}
