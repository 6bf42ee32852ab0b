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
 * Shapes met in the twentieth session's work on real documents the parser had not read (wild corpus, round 48, and
 * the twenty-second blind review), each as a short hand-written snippet.
 */
class LeadersLeadInsAndBrokenCellsTest {

  /**
   * wild/w2463: working groups whose heading puts them under a leader named with his unit
   * ({@code 由区农林水利局张崇芳局长负责}): the unit was cut before the title's 长 with the person in it
   * ({@code 区农林水利局张崇芳局}), and the partners after it ({@code …参与}) were lost. An office's head by title alone
   * ({@code 县政府办公室主任}, the twenty-second blind review's case) keeps the office whole.
   */
  @Test
  void aLeaderNamedWithTheUnitHeHeadsGivesThatUnit() {
    assertEquals(List.of("二、工作组职责分工:/(一)办公室。由区农林水利局张崇芳局长负责,主要职责: / 汇总全区各地每日疫情,编报疫情专报。 | 区农林水利局/LF |  | -",
        "二、工作组职责分工:/(二)禽病防治工作组。由区农林水利局黄新民副局长负责,区公安分局、卫生局、工商分局参与,主要职责: / 制订疫情防控和扑灭的技术方案。 | 区农林水利局/LM 区公安分局/S 卫生局/S 工商分局/S |  | -",
        "二、工作组职责分工:/(三)宣传工作组。由县政府办公室主任负责,县委宣传部参与,主要职责: / 做好防控知识宣传。 | 县政府办公室/LF |  | -"),
        Shown.parsed("二、工作组职责分工:\n"
            + "(一)办公室。由区农林水利局张崇芳局长负责,主要职责:\n"
            + "1、汇总全区各地每日疫情,编报疫情专报。\n"
            + "(二)禽病防治工作组。由区农林水利局黄新民副局长负责,区公安分局、卫生局、工商分局参与,主要职责:\n"
            + "1、制订疫情防控和扑灭的技术方案。\n"
            + "(三)宣传工作组。由县政府办公室主任负责,县委宣传部参与,主要职责:\n"
            + "1、做好防控知识宣传。\n"));
  }

  /**
   * wild/w2521: a news report's {@code 会议要求,} before a chain of clauses each led by its unit and 要: the chain
   * was asked to open the line, and the line gave nothing.
   */
  @Test
  void aChainOfUnitsClausesMayFollowAReportsLeadIn() {
    assertEquals(List.of("市环卫园林局要对易涝积水处严加监控,及时做好排涝工作; | 市环卫园林局/LF |  | -",
        "交通部门要准备好车辆,运送考生到考点; | 交通部门/LF |  | -",
        "食药监局要对考点周边餐饮店进行监管; | 食药监局/LF |  | -",
        "供电部门要确保高考期间的电力供应。 | 供电部门/LF |  | -"),
        Shown.parsed("会议要求,市环卫园林局要对易涝积水处严加监控,及时做好排涝工作;交通部门要准备好车辆,运送考生到考点;食药监局要对考点周边餐饮店进行监管;供电部门要确保高考期间的电力供应。\n"));
  }

  /**
   * The twenty-second blind review's case: the lead-in kept with the chain's first clause, no part of its own, so that
   * a section before the chain keeps its one sentence and the chain's section no heading made of the lead-in.
   */
  @Test
  void aLeadInBeforeOneUnitsSentenceStaysItsOwn() {
    assertEquals(List.of("一、关于安全生产工作 / 县应急管理局要加强重点企业检查,确保不发生较大事故。 | 县应急管理局/LF |  | -",
        "二、关于城区环境卫生整治工作 / 市城管局要加强城区主次干道保洁; | 市城管局/LF |  | -",
        "二、关于城区环境卫生整治工作 / 市交通运输局要加强渣土车辆管理; | 市交通运输局/LF |  | -",
        "二、关于城区环境卫生整治工作 / 各街道要组织开展背街小巷清理。 | 各街道/LF |  | -"),
        Shown.parsed("一、关于安全生产工作\n"
            + "会议要求,县应急管理局要加强重点企业检查,确保不发生较大事故。\n"
            + "二、关于城区环境卫生整治工作\n"
            + "会议要求,市城管局要加强城区主次干道保洁;市交通运输局要加强渣土车辆管理;各街道要组织开展背街小巷清理。\n"));
  }

  /**
   * wild/w2362: a unit's duty opening with two verbs and a class of bodies ({@code 组织协调新闻单位做好…}) was
   * read as led by a unit named {@code 组织协调新闻单位}, and dropped as a lone unit-led line; the document's last duty,
   * cut by the page before its full stop, was dropped too.
   */
  @Test
  void aBodyAfterTwoVerbsIsNoSubjectAndACutLastDutyIsKept() {
    assertEquals(List.of("(七)法制部门 / 配合有关部门起草治理超限超载工作的规范性文件。 | 法制部门/LF |  | -",
        "(八)宣传部门 / 组织协调新闻单位做好超限超载治理工作的宣传报道。 | 宣传部门/LF |  | -",
        "(九)监察部门 / 对相关部门在治理超限超载工作中的执法行为和行业作风进行监督 | 监察部门/LF |  | -"),
        Shown.parsed("(七)法制部门\n"
            + "配合有关部门起草治理超限超载工作的规范性文件。\n"
            + "(八)宣传部门\n"
            + "组织协调新闻单位做好超限超载治理工作的宣传报道。\n"
            + "(九)监察部门\n"
            + "对相关部门在治理超限超载工作中的执法行为和行业作风进行监督\n"));
  }

  /**
   * The twenty-second blind review's cases: offices whose names open with two verbs ({@code 综合协调组},
   * {@code 统筹协调办公室}) lead their lines still, and a last line that is a label's ({@code 附件:…}) is no duty of the
   * heading above it.
   */
  @Test
  void namesOpeningWithVerbsAndALabelLastLineStayAsTheyWere() {
    assertEquals(List.of("三、工作专班职责 / 综合协调组负责专班日常运转和信息汇总。 | 综合协调组/LF |  | -",
        "三、工作专班职责 / 统筹协调办公室负责协调各成员单位。 | 统筹协调办公室/LF |  | -"),
        Shown.parsed("三、工作专班职责\n"
            + "综合协调组负责专班日常运转和信息汇总。\n"
            + "统筹协调办公室负责协调各成员单位。\n"
            + "(十)审计部门\n"
            + "附件:各部门党风廉政建设责任清单及考核办法\n"));
  }

  /**
   * wild/w558 and the twenty-second blind review's cases: a table copied with single spaces whose task cell the copy
   * broke ({@code 推进生活垃圾分类 试点}) gave the short last word as the task, and a leader's name in its own column
   * ({@code 牵头领导}) was taken as the task.
   */
  @Test
  void aSpacedTablesShortWordsJoinTheTaskAndALeadersNameKeepsItsColumn() {
    assertEquals(List.of("推进城区老旧小区改造12个 | 县住建局/LF | 12个 | 12月底前",
        "推进生活垃圾分类试点 | 县城管局/LF |  | 11月底前",
        "新建城区公办幼儿园3所 | 县教育局/LF | 3所 | 9月底前"),
        Shown.parsed("重点工作任务表\n"
            + "序号 工作任务 牵头领导 责任单位 完成时限\n"
            + "1 推进城区老旧小区改造12个 王明 县住建局 12月底前\n"
            + "2 推进生活垃圾分类 试点 李强 县城管局 11月底前\n"
            + "3 新建城区公办幼儿园 3所 张伟 县教育局 9月底前\n"));
  }

  /**
   * wild/w2503: a town's plan in traditional characters whose items open with their bodies ({@code 統籌},
   * {@code 負總責}): the folding table lacked the characters of these words, and the page gave nothing.
   */
  @Test
  void traditionalPagesFoldTheWordsOfDutiesAndBodies() {
    assertEquals(List.of("一、構建網格化責任體係 / 鎮學生安全專業委員會統籌領導全鎮防溺水工作,落實領導包片責任製。 | 鎮學生安全專業委員會/LF |  | -",
        "一、構建網格化責任體係 / 村(社區)黨組織書記對本村(社區)防溺水工作負總責,組織幹部開展走訪宣傳和水域巡查。 |  |  | -",
        "一、構建網格化責任體係 / 學校(幼兒園)黨組織書記對全校防溺水工作負總責,加強校內水域安全管理。 |  |  | -"),
        Shown.parsed("一、構建網格化責任體係\n"
            + "(一)鎮學生安全專業委員會統籌領導全鎮防溺水工作,落實領導包片責任製。\n"
            + "(二)村(社區)黨組織書記對本村(社區)防溺水工作負總責,組織幹部開展走訪宣傳和水域巡查。\n"
            + "(三)學校(幼兒園)黨組織書記對全校防溺水工作負總責,加強校內水域安全管理。\n"));
  }

  /**
   * wild/w2501: a town's items led by their bodies with verbs the unit reader did not know ({@code 派出所依照…})
   * or a name it did not know as strong ({@code 镇卫生院做好…}).
   */
  @Test
  void townItemsLedByTheirBodiesGiveThem() {
    assertEquals(List.of("二、职责分工 / 征兵办公室负责日常工作,会同有关单位做好宣传、体检、政审。 | 征兵办公室/LF |  | -",
        "二、职责分工 / 派出所依照有关征兵政治审查工作的政策规定,组织人员对应征公民进行政治考核。 | 派出所/LF |  | -",
        "二、职责分工 / 镇卫生院做好应征青年体检工作准备,确保送县体检青年的合格率。 | 镇卫生院/LF |  | -"),
        Shown.parsed("二、职责分工\n"
            + "(一)征兵办公室负责日常工作,会同有关单位做好宣传、体检、政审。\n"
            + "(二)派出所依照有关征兵政治审查工作的政策规定,组织人员对应征公民进行政治考核。\n"
            + "(三) 镇卫生院做好应征青年体检工作准备,确保送县体检青年的合格率。\n"));
  }

  /**
   * wild/w2485, met through {@code RenderedGoldProperties}: an office named by the two trades it oversees, joined by 及
   * ({@code 市娱乐场所及网吧管理工作领导小组办公室}), was split in two at the 及 as if 娱乐场所 were an office.
   */
  @Test
  void anOfficeNamedByTheTradesItOverseesIsOneUnit() {
    assertEquals(List.of("组织各部门联合查处各类违法违规经营活动。 | 市娱乐场所及网吧管理工作领导小组办公室/LM |  | -",
        "做好网吧日常巡查。 | 市文化局/LM |  | -"),
        Shown.parsed("序号 | 工作任务 | 牵头单位\n1 | 组织各部门联合查处各类违法违规经营活动。 | 市娱乐场所及网吧管理工作领导小组办公室\n"
            + "2 | 做好网吧日常巡查。 | 市文化局\n"));
  }
}
