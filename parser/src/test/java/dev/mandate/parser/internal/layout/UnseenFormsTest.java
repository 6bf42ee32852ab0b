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
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the seventh session's round of real documents the parser had not been built against (wild corpus
 * w1221–w1325), each as a short hand-written snippet of the shape, with a neighbour the rule must leave as it was.
 */
class UnseenFormsTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  private static List<String> shown(String text) {
    return Shown.measures(PARSER.parse(text));
  }

  /** wild/w1243: a table's header run onto the end of the notice before it, its names apart by spaces. */
  @Test
  void aHeaderAtTheEndOfTheNoticeStandsOnItsOwn() {
    List<String> shown = shown("请认真组织实施。附件:某市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n\n"
        + "1 地区生产总值增长7%以上. 发改委\n\n2 一般公共预算收入增长8%以上. 财政局\n");
    assertEquals(List.of("地区生产总值增长7%以上. | 发改委/LM | 7%以上 | -", "一般公共预算收入增长8%以上. | 财政局/LM | 8%以上 | -"),
        shown);
    // a sentence that mentions 序号, its words after it no column's names, stays prose
    assertEquals(0, shown("请按序号 填写表格 并于月底前 报送市政府办公室\n\n1 地区生产总值增长7%以上. 发改委\n").stream()
        .filter(m -> m.contains("/LM")).count());
  }

  /**
   * wild/w1244: a form's own field over its table (填报单位(盖章):) is no units label; a column of deadlines and progress
   * together (完成时限及项目推进完成情况) holds progress; a progress cell's numbered parts run apart stay the cell's.
   */
  @Test
  void aFormsFieldsAndAProgressColumnAreNoTasks() {
    List<String> shown = shown("填报单位(盖章):市住建局 时间:2021年6月18日\n序号 |\n项目内容 |\n服务对象 |\n牵头科室 |\n"
        + "完成时限及项目推进完成情况 |\n3 |\n持续推进海绵城市建设。 |\n全市市民群众 |\n城建科 |\n"
        + "指导各县区开展海绵城市建设工作,累计完成3平方公里。 |\n7 |\n蚌埠市再生水回用工程 |\n全市市民 |\n节水中心 |\n"
        + "(1)城南再生水厂:完成供水泵房基坑开挖。 (2)杨台子再生水厂:正在对滤池实施改造。 |\n");
    assertEquals(List.of("持续推进海绵城市建设。 | 城建科/LM |  | -", "蚌埠市再生水回用工程 | 节水中心/LM |  | -"), shown);
  }

  /**
   * wild/w1264: units cells that close with their role (市发改委牵头落实, X、Y分别牵头落实); the text's last line, a list
   * the page's end cut inside a name, is the units of the task before it.
   */
  @Test
  void unitsCellsClosedByTheirRoleAndAListCutByThePage() {
    List<String> shown = shown("主要内容\n责任单位\n围绕就业创业政策,加强政策信息公开。\n市人社局牵头落实\n"
        + "加强金融政策信息公开。\n市金融办、潍坊银监分局分别牵头落实\n加强舆情收集研判。\n市发改委、市财政局、人民银\n");
    assertEquals(List.of("围绕就业创业政策,加强政策信息公开。 | 市人社局/LM |  | -",
        "加强金融政策信息公开。 | 市金融办/LM 潍坊银监分局/LM |  | -",
        "加强舆情收集研判。 | 市发改委/LF 市财政局/S 人民银/S |  | -"), shown);
  }

  /** wild/w1281: a numbered project and its attributes under it (投资:500万元 实施单位:…): the attributes are no task. */
  @Test
  void anItemsAttributesUnderItGiveItsUnits() {
    List<String> shown = shown("1.某乡定居点人饮巩固提升工程\n投资:500万元 实施单位:某县农牧水利和科技局\n"
        + "2.某村饲料加工基地扩建项目\n投资:167万元(少数民族发展资金)实施单位:王家乡人民政府\n");
    assertEquals(List.of("某乡定居点人饮巩固提升工程 | 某县农牧水利和科技局/LF |  | -",
        "某村饲料加工基地扩建项目 | 王家乡人民政府/LF |  | -"), shown);
    // a task's own words before a units label stay a task: a sentence, no attribute
    assertEquals(List.of("1.推进工程 / 新建学校3所,改造校舍2万平方米。 | 市教育局/LF | 3所 2万平方米 | -"),
        shown("1.推进工程\n新建学校3所,改造校舍2万平方米。 责任单位:市教育局\n"));
  }

  /** wild/w1303: paragraphs each opening with a group's name and 职责。 are the group's duties. */
  @Test
  void aGroupsDutiesAfterItsNameAndAFullStop() {
    List<String> shown = shown("综合组职责。主要负责活动的组织协调、情况综合、简报编发。\n宣传组职责。主要负责活动开展期间的日常报道。\n");
    assertEquals(List.of("主要负责活动的组织协调、情况综合、简报编发。 | 综合组/LF |  | -", "主要负责活动开展期间的日常报道。 | 宣传组/LF |  | -"),
        shown);
    // under a number, 明确政府职责。 is a principle's heading, no government's duties
    assertTrue(shown("(一)明确政府职责。充分发挥市场的基础性作用。\n(二)明确各级责任。统筹考虑政府事权。\n").stream()
        .noneMatch(m -> m.contains("明确政府/L")));
  }
}
