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
 * Shapes met in the fourteenth session's work on real documents the parser had not read (wild corpus, round 42 and
 * shapes left before), each as a short hand-written snippet of the shape, with a neighbour the rule must leave as it
 * was.
 */
class UnseenDutiesTest {

  /**
   * A unit's name with its duties' words and a colon ({@code 县水利局职责:}) heads the unit's duties, numbered below it
   * or on its line; it was read as a task column's label (职责), its unit lost and the lines below run into one task.
   */
  @Test
  void aUnitsDutiesLabelHeadsItsDuties() {
    assertEquals(List.of("五、责任分工/县水利局职责: / 负责水库安全度汛检查。 | 县水利局/LF |  | -",
        "五、责任分工/县水利局职责: / 负责防汛物资储备。 | 县水利局/LF |  | -",
        "五、责任分工/县交通局职责: / 负责公路抢通。 | 县交通局/LF |  | -"),
        Shown.parsed("五、责任分工\n县水利局职责:\n1.负责水库安全度汛检查。\n2.负责防汛物资储备。\n县交通局职责:\n1.负责公路抢通。\n"));
    assertEquals(List.of("负责水库安全度汛检查。 | 县水利局/LF |  | -", "负责公路抢通,保障运输。 | 县交通局/LF |  | -"),
        Shown.parsed("县水利局职责:负责水库安全度汛检查。\n县交通局职责:负责公路抢通,保障运输。\n"));
    // (a table's column named by a kind of unit and 职责 stays the task's column; a task label's words alone stay a
    // label over the task: 主要职责:负责…)
    assertEquals(List.of("负责河湖管理保护日常工作 | 县水利局/LF |  | -", "负责水污染防治监督管理 | 县生态环境局/LF |  | -"),
        Shown.parsed("序号 | 单位 | 县直部门职责\n1 | 县水利局 | 负责河湖管理保护日常工作\n2 | 县生态环境局 | 负责水污染防治监督管理\n"));
    assertEquals(List.of("负责全县防汛工作的组织协调。 | 县水利局/LF |  | -"),
        Shown.parsed("主要职责:负责全县防汛工作的组织协调。\n责任单位:县水利局\n"));
  }

  /**
   * Units' names with their colons alone, two or more, each over a list numbered from 1 ({@code 交通部门:} / {@code
   * 1.负责…}), on their lines or in a line run together, head their lists; one alone may be a report's addressee.
   */
  @Test
  void namesWithTheirColonsOverTheirLists() {
    List<String> both = List.of("五、责任分工/交通部门: / 负责公路抢通工作,确保道路畅通。 | 交通部门/LF |  | -",
        "五、责任分工/交通部门: / 负责应急运输保障,调配运输车辆。 | 交通部门/LF |  | -",
        "五、责任分工/宣传部门: / 负责舆论引导工作,及时发布权威信息。 | 宣传部门/LF |  | -");
    assertEquals(both, Shown.parsed("五、责任分工\n交通部门:\n1.负责公路抢通工作,确保道路畅通。\n2.负责应急运输保障,调配运输车辆。\n"
        + "宣传部门:\n1.负责舆论引导工作,及时发布权威信息。\n"));
    assertEquals(both, Shown.parsed("五、责任分工 交通部门:1.负责公路抢通工作,确保道路畅通。2.负责应急运输保障,调配运输车辆。"
        + "宣传部门:1.负责舆论引导工作,及时发布权威信息。\n"));
    assertEquals(List.of(), Shown.parsed("市水利局:\n1.我县已完成病险水库除险加固3座。\n2.剩余3座正在施工。\n市交通局:\n"));
    // (the seventeenth blind review: two reports bound together, each to its addressee, tell what was done in the first
    // person, no duties)
    assertEquals(List.of(), Shown.parsed("市水利局:\n1.我县已完成病险水库除险加固3座。\n2.完成农村饮水工程改造15处。\n"
        + "市防汛抗旱指挥部办公室:\n1.我县已储备编织袋5万条。\n2.已落实巡堤查险人员800人。\n"));
  }

  /**
   * wild/w1863: units' labels whose duties are counted in words ({@code 交通部门:一是负责…。二是制订…。}), two at least,
   * give a task a duty, the count's words dropped; one such label alone, or 一是 inside a task's own paragraph, counts
   * that task's steps.
   */
  @Test
  void aUnitsDutiesCountedInWords() {
    assertEquals(List.of("五、责任分工 / 负责整治办日常工作,筹备相关工作会议。 | 交通部门/LF |  | -",
        "五、责任分工 / 制订重点区域专项整治方案,开展专项整治行动。 | 交通部门/LF |  | -",
        "五、责任分工 / 科学合理调整运力,保障群众正常出行。 | 交通部门/LF |  | -",
        "五、责任分工 / 负责审查专项整治工作宣传方案。 | 宣传部门/LF |  | -",
        "五、责任分工 / 组织协调新闻媒体做好宣传报道工作。 | 宣传部门/LF |  | -"),
        Shown.parsed("五、责任分工\n交通部门:一是负责整治办日常工作,筹备相关工作会议。二是制订重点区域专项整治方案,开展专项整治行动。"
            + "三是科学合理调整运力,保障群众正常出行。\n宣传部门:一是负责审查专项整治工作宣传方案。二是组织协调新闻媒体做好宣传报道工作。\n"));
    // (one unit's label counted so lists one task's steps: its figure and its time stay together)
    assertEquals(List.of("一、推进农村改厕 / 一是摸清改厕底数,建立台账。二是完成改厕2000户。三是2024年10月底前完成验收。 | 县农业农村局/LF | 2000户 | "
        + "2024年10月底前", "一、推进农村改厕 / 做好改厕技术指导。 | 县卫健局/LF |  | -"),
        Shown.parsed("一、推进农村改厕\n县农业农村局:一是摸清改厕底数,建立台账。二是完成改厕2000户。三是2024年10月底前完成验收。\n"
            + "县卫健局:做好改厕技术指导。\n"));
    assertEquals(List.of("加强组织领导。一是成立工作专班,统筹推进整治工作。二是建立周调度机制。 | 县委办/LF |  | -"),
        Shown.parsed("(一)加强组织领导。一是成立工作专班,统筹推进整治工作。二是建立周调度机制。(责任单位:县委办)\n"));
  }

  /**
   * wild/w2002: an item's last sentence {@code 由X、Y共同组织实施。} (or 牵头组织实施, 组织实施) names its units, the first
   * leading; after 由 a population or a place (由各地组织实施) names none.
   */
  @Test
  void unitsThatCarryOutTheItem() {
    assertEquals(List.of("交通项目。安排村屯级公路20个项目,共投资400万元。 | 县民族局/LF 交通局/S | 20个 400万元 | -",
        "桥梁项目。新建桥梁2座170米,共投资40万元。 | 县民族局/LM | 2座 170米 40万元 | -"),
        Shown.parsed("(一)交通项目。安排村屯级公路20个项目,共投资400万元。由县民族局、交通局共同组织实施。\n"
            + "(二)桥梁项目。新建桥梁2座170米,共投资40万元。由县民族局牵头组织实施。\n"));
    assertEquals(List.of(), Shown.parsed("(一)交通项目。安排村屯级公路20个项目,共投资400万元。由各地组织实施。\n"
        + "(二)桥梁项目。新建桥梁2座170米,共投资40万元。由各地组织实施。\n"));
  }

  /**
   * A chain of clauses between semicolons, each led by its units and what they must do (要, 应, 必须), gives a task a
   * clause, as units and 负责 do; a name with 应 inside it (县应急管理局) goes on to its 负责.
   */
  @Test
  void aChainOfUnitsAndWhatTheyMustDo() {
    assertEquals(List.of("县教育局要加强学校安全管理,定时检查校舍情况; | 县教育局/LF |  | -",
        "县公安局要加强校园周边安全巡查,防火防盗; | 县公安局/LF |  | -",
        "县卫健局应加强重点区域的安全检查,保证水、电、气的供给; | 县卫健局/LF |  | -",
        "县应急管理局负责做好物资保障工作。 | 县应急管理局/LF |  | -"),
        Shown.parsed("县教育局要加强学校安全管理,定时检查校舍情况;县公安局要加强校园周边安全巡查,防火防盗;"
            + "县卫健局应加强重点区域的安全检查,保证水、电、气的供给;县应急管理局负责做好物资保障工作。\n"));
  }

  /**
   * wild/w2026: an inspection notice's headings {@code 一、属住建局职责范围:} give the unit within whose duties the problems
   * listed below them fall.
   */
  @Test
  void problemsWithinAUnitsDuties() {
    assertEquals(List.of("一、属住建局职责范围: / 工地围挡尚未按要求布置公益广告。 | 住建局/LF |  | -",
        "一、属住建局职责范围: / 建筑垃圾未及时清理。 | 住建局/LF |  | -",
        "二、属凤城镇职责范围: / 流动摊点沿街随意摆摊。 | 凤城镇/LF |  | -"),
        Shown.parsed("一、属住建局职责范围:\n1、工地围挡尚未按要求布置公益广告。\n2、建筑垃圾未及时清理。\n二、属凤城镇职责范围:\n"
            + "1、流动摊点沿街随意摆摊。\n"));
  }
}
